"""What the geotag rules share: the guideline they cite, and how a position is shown in a message."""
from __future__ import annotations

from postlint.core.spans import Span
from postlint.document.child_cues import child_cues
from postlint.document.model import Document

SOURCE = ("ACT Alliance, « Politique de l'Alliance ACT relative aux médias sociaux »: « il est interdit de publier […] "
          "des informations sur des mineur·e·s qui permettraient […] d'identifier où elles se trouvent (en désactivant "
          "par exemple le géomarquage des photographies) » ; « gardez la sécurité à l'esprit »")


def fmt_position(ctx, lat: float, lon: float) -> str:
    ns = ("N" if lat >= 0 else "S")
    ew = ("E" if lon >= 0 else ("O" if ctx.lang == "fr" else "W"))
    text = f"{abs(lat):.2f}° {ns}, {abs(lon):.2f}° {ew}"  # two decimals: about a kilometre
    return text.replace(".", ",") if ctx.lang == "fr" else text


def child_near(doc: Document, span: Span) -> bool:
    """A child cue in the paragraph of the place: the place may be where the child is. A
    child spoken of elsewhere in an event page does not make its venue the child's location."""
    block = next((b for b in doc.blocks if b.span.start <= span.start < b.span.end), None)
    lo, hi = (block.span.start, block.span.end) if block else (span.start - 200, span.end + 200)
    return any(lo <= c.start < hi for cues in child_cues(doc).values() for c in cues)
