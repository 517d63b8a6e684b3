"""What it checks: the release text (lead and body) holds at least one quotation — « … », “…”, "…" or a
Markdown block quote — attributed to a named person: a reporting verb ("a déclaré", "déclare",
"souligne", "explique", "selon", "a fait valoir", "said", "says", "according to" …) or a dash
("— Aya Kouassi") with a name next to it. Quoted phrases of a few words (scare quotes) are not
statements and are ignored.
A release with no quotation at all is reported at info level: the guide says a release *may* include
one. A quotation with no named speaker is a warning. Press releases only: a statement speaks in the
organisation's own voice. A title in guillemets (« Visibles, invisibles : … ») is a title, not a quotation.
Why: the INPUD media guide suggests a quote from the organisation's main spokesperson; journalists can
only reuse a quote they can attribute.
Fix safety: no automatic fix."""
from __future__ import annotations

from postlint.core.rule import Context, rule
from postlint.document.model import Document
from postlint.rules.structure._release import GUIDE, RELEASE, people, release
from postlint.rules.structure import _examples as ex


@rule("structure.quote", summary="A press release quotes a named spokesperson.",
      source=GUIDE + "… pouvant inclure une citation du porte-parole principal de votre organisation. »",
      doc_types=RELEASE,
      examples={"fail": ("« Nous voulons ouvrir la porte aux jeunes et les aider à participer. »",
                         ex.without(ex.QUOTE)),
                "pass": ("« Nous voulons ouvrir la porte aux jeunes », explique Aya Kouassi, présidente du collectif.",
                         "\"Peers save lives,\" said Joanne Reilly, coordinator of the collective.")})
def quote(doc: Document, ctx: Context):
    rel = release(doc)
    if rel is None or rel.lead is None:
        return
    qs = people.quotes(doc, rel)
    if any(q.named for q in qs):
        return
    if not qs:
        yield ctx.finding(None, ctx.msg(
            fr="Aucune citation dans le communiqué. Le guide conseille une citation du porte-parole principal, "
               "attribuée par son nom et sa fonction (« … », déclare Prénom Nom, fonction).",
            en="No quotation in the release. The guide advises a quote from the main spokesperson, attributed by "
               "name and role (\"…,\" said First Last, role)."), severity="info")
        return
    yield ctx.finding(qs[0].span, ctx.msg(
        fr="Citation sans porte-parole nommé : un journaliste ne peut la reprendre que si elle est attribuée "
           "(« … », déclare Prénom Nom, fonction).",
        en="Quotation without a named spokesperson: journalists can only reuse a quote they can attribute "
           "(\"…,\" said First Last, role)."))


RULES = [quote]
