"""Image credits: every image (front matter, Markdown, HTML) names its author or source.

The parser (`parse/builder.py`) fills `Image.credit` from the front matter entry (`credit:`, or a
`caption:` holding a credit), the image title, text after the image on its line, an HTML figcaption, or
a caption line right after the image ("Photo : …", "© …", "Crédit : …", "Credit: …", "Source : …",
"via Unsplash"). This module judges what was found.
"""
from __future__ import annotations

import regex

from postlint.text.patterns import LazyRegex

from postlint.document.model import Document, Image
from postlint.core.spans import Span
from postlint.core.rule import rule

SOURCE = ("Guides 000 (INPUD), 001 et 003 (ACT Alliance) : respecter le droit d'auteur, « citer totalement la "
          "source », utiliser des banques libres (Pexels, Unsplash) ou ses propres images ; « indiquer clairement "
          "que le contenu partagé provient d'une autre source »")

FREE_LIBRARIES = LazyRegex(
    r"(?i)\b(?:unsplash|pexels|pixabay|freepik|stocksnap|kaboompics|burst(?:\s+by\s+shopify)?|wikimedia(?:\s+commons)?|"
    r"wikipedia|flickr|openverse)(?:\.com|\.org)?\b")
NOT_A_SOURCE = LazyRegex(
    r"(?i)^(?:google(?:\s+images?)?|internet|(?:le\s+|the\s+)?web|facebook|whatsapp|twitter|x|instagram|tiktok|"
    r"pinterest|réseaux\s+sociaux|social\s+media|inconnue?|unknown|n/?a|dr|droits\s+réservés|tous\s+droits\s+réservés|"
    r"all\s+rights\s+reserved|libre\s+de\s+droits?|royalty[\s-]free|free)$")
_PREFIX = LazyRegex(
    r"(?i)^(?:[\s*_:：\-–—/|,()]|©|\(c\)|photos?|crédits?|credits?|sources?|images?|illustrations?|vidéos?|videos?|"
    r"photographie|photograph(?:ed)?|courtesy(?:\s+of)?|avec\s+l['’]aimable\s+autorisation\s+de|via|by|de|par|"
    r"copyright)+")
_FILLER = LazyRegex(r"(?i)\b(?:via|on|sur|from|de|by|par|photos?|images?|sources?|crédits?|credits?|copyright|free|gratuites?|libres?|de\s+droits?|"
                        r"licen[cs]e|cc0|cc\s+by(?:-sa)?(?:\s+\d\.\d)?|domaine\s+public|public\s+domain)\b|https?://\S+|"
                        r"www\.\S+|[\s/|,;:.\-–—()©]")


# `regex.V0` (the regex module's default) keeps a pattern on `regex`: (?i) and \S differ in the stdlib's `re`.
_LIBRARY_DOMAIN = LazyRegex(r"(?i)(?:unsplash|pexels|pixabay|wikimedia|flickr)\.", regex.V0)
_LIBRARY_WORD = LazyRegex(r"(?i)(?:unsplash|pexels|pixabay|wikimedia|flickr)\S*", regex.V0)
_TWO_LETTERS = LazyRegex(r"\p{L}{2,}")


def credit_kind(credit: str) -> str:
    """"ok", "library" (a free library only, no author) or "vague" (not a source: "Google", "Internet")."""
    rest = _PREFIX.sub("", credit.strip()).strip()
    if not rest:
        return "vague"
    if NOT_A_SOURCE.match(rest.rstrip(". ")):
        return "vague"
    if FREE_LIBRARIES.search(credit) or _LIBRARY_DOMAIN.search(credit):
        leftover = _FILLER.sub(" ", FREE_LIBRARIES.sub(" ", credit))
        leftover = _LIBRARY_WORD.sub(" ", leftover)
        if not _TWO_LETTERS.search(leftover):
            return "library"
    return "ok"


@rule("image-credit.missing", severity="warning",
      summary="An image without a credit (author or source), or with a credit that is not a source",
      source=SOURCE,
      explain="""
What it checks: every image of the draft — front matter `images:` entries, Markdown `![alt](src)` and HTML
`<img>` — must carry a credit: `credit:` in its front matter entry, a title that credits ("© X", "Photo by X"),
text after the image on its line, a <figcaption>, or a caption line right after it: "Photo : X", "© X",
"Crédit(s) : X", "Credit: X", "Source : X", "via X". Remote images count like local ones.
A "credit" that is not a source ("Source : Google Images", "Internet", "Facebook", "DR") is reported too.
Why: the guides ask to respect copyright and to cite the source fully, and to show clearly that shared
material comes from another source.
Fix safety: no automatic fix; add `credit: "© Author / Organisation"` to the image entry, or a line
"Photo : Author / Organisation" right under the image.""",
      examples={"fail": ("![Le jury](img/jury.jpg)  (no credit line)", "![](x.jpg)\nSource : Google Images"),
                "pass": ("![La lauréate](img/laureate.jpg)\nCrédit : Fatou Ba / Réseau Teranga Numérique",
                         "images: [{src: a.jpg, credit: \"© Awa Diallo / Grdr\"}]")})
def missing(doc: Document, ctx):
    for im in doc.images:
        where = doc.image_span(im)
        name = im.src if im.src not in ("", "None") else ctx.msg(fr="(sans fichier)", en="(no file)")
        if not im.credit or not im.credit.strip():
            msg = ctx.msg(fr="Image sans crédit : « {s} ». Indiquez l'auteur et la source (« Photo : Prénom Nom / "
                             "Organisation »), dans le front matter (credit:) ou sur la ligne sous l'image.",
                          en="Image without a credit: '{s}'. Name the author and source (\"Photo: First Last / "
                             "Organisation\"), in the front matter (credit:) or on the line under the image.", s=name)
            yield ctx.finding(where, msg, suggestions=[ctx.msg(fr="Photo : Prénom Nom / Organisation",
                                                               en="Photo: First Last / Organisation")])
        elif credit_kind(im.credit) == "vague":
            msg = ctx.msg(fr="Le crédit « {c} » de l'image « {s} » n'est pas une source : nommez l'auteur ou "
                             "l'organisation qui a fourni l'image.",
                          en="The credit '{c}' of image '{s}' is not a source: name the author or the organisation "
                             "that supplied the image.", c=im.credit.strip(), s=name)
            yield ctx.finding(where, msg)


@rule("image-credit.free-library", severity="info",
      summary="An image credited to a free library (Unsplash, Pexels…) without its photographer",
      source=SOURCE,
      explain="""
What it checks: a credit that names only a free image library — "via Unsplash", "© Pexels", "Source :
Pixabay", "Wikimedia Commons" — without the photographer.
Why: free libraries are the guides' recommended source (guide 000: Pexels, Unsplash), and citing them is
the minimum; naming the photographer ("Photo : Jane Doe / Unsplash") is the full citation the guides
ask for, and Wikimedia/Flickr licences (CC BY) require the author's name. Info only.
Fix safety: no automatic fix; add the photographer's name from the library page.""",
      examples={"fail": ("![](a.jpg)\nvia Unsplash",), "pass": ("![](a.jpg)\nPhoto : Jane Doe / Unsplash",)})
def free_library(doc: Document, ctx):
    for im in doc.images:
        if im.credit and credit_kind(im.credit) == "library":
            msg = ctx.msg(fr="Le crédit « {c} » nomme la banque d'images mais pas l'auteur : ajoutez le nom du ou de la "
                             "photographe (« Photo : Prénom Nom / Unsplash »).",
                          en="The credit '{c}' names the library but not the author: add the photographer's name "
                             "(\"Photo: First Last / Unsplash\").", c=im.credit.strip())
            yield ctx.finding(doc.image_span(im), msg)


RULES = [missing, free_library]
