"""What it checks: the release text (lead and body) holds at least one quotation — « … », “…”, "…" or a
Markdown block quote — attributed to a named person: a reporting verb ("a déclaré", "déclare",
"souligne", "explique", "selon", "a fait valoir", "said", "says", "according to" …) or a dash
("— Aya Kouassi") with a name next to it. Quoted phrases of a few words (scare quotes) are not
statements and are ignored.
A release with no quotation at all is reported at info level: the guide says a release *may* include
one. A quotation with no named speaker is a warning. Press releases only: a statement speaks in the
organisation's own voice. A title in guillemets (« Visibles, invisibles : … ») is a title, not a quotation.
No quote is expected (no info) of a statement attributed as a whole to a person ("Attributable to …"), an
event announcement with its schedule ("7:30pm- March to …"), or a communiqué of several organisations
(« X et Y appellent … », "Joint statement") that names no person, neither as contact nor as signatory, or a
communiqué signed at its foot by an officer (« Le Président de l'AMDH », « Le Secrétaire … » and a name): the
whole text is theirs.
Why: the INPUD media guide suggests a quote from the organisation's main spokesperson; journalists can
only reuse a quote they can attribute.
Fix safety: no automatic fix."""
from __future__ import annotations

from postlint.core.rule import Context, rule
from postlint.document.model import Document
from postlint.rules.structure._release import GUIDE, RELEASE, people, release
from postlint.rules.structure import _examples as ex
from postlint.text.dates import DAY_NAMES, MONTH_NAMES
from postlint.text.patterns import LazyRegex


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
        if _quote_optional(doc, rel):
            return
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


# "Attributable to Maria Calivis, Regional Director": the whole statement is the person's own words
_ATTRIBUTED = LazyRegex(r"(?im)^[\s>*_#]*(?:(?:statement|d[ée]claration)\s+)?(?:attributable|attributed|attribu[ée]e?)\s+"
                        r"(?:to|à)\s+\p{Lu}")
# a line of an event's schedule: "7:30pm- March down …", "Saturday, August 31: 8:00 AM", « 14h30 : accueil »
_SCHEDULE_LINE = LazyRegex(rf"(?im)^[\s>*_\-]*(?:\d{{1,2}}(?::\d\d)?\s*(?:[ap]\.?m\.?)|\d{{1,2}}\s*h\s*\d{{0,2}}|"
                           rf"(?:{DAY_NAMES}),?\s+(?:\d{{1,2}}\s+)?(?:{MONTH_NAMES})|(?:{MONTH_NAMES})\s+\d{{1,2}}\s*[-–:])")
# a communiqué in the voice of several organisations: « X et Y appellent … », "Joint statement"
_JOINT = LazyRegex(r"(?i)\b(?:communiqu[ée]\s+(?:conjoint|commun)|joint\s+(?:statement|release|communiqu[ée])|tribune)\b|"
                   r"(?-i:\p{Lu}[\p{Lu}\p{L}\p{M}'’ -]{1,60}\s+(?:et|and)\s+\p{Lu}[\p{L}\p{M}'’ -]{1,60}\s+)"
                   r"(?:appellent|d[ée]noncent|demandent|exigent|condamnent|d[ée]poseront|call|demand|condemn|urge)\b")
# a communiqué signed at its foot by an officer (« Le Président de l'AMDH / Me Moctar Mariko », "Signed: …, Executive
# Director"): the whole text is that person's statement
_SIGNED = LazyRegex(
    r"(?im)^[\s*_>]*(?:(?:pour|for)\s+)?(?:(?:le|la|l['’]|the)\s*)?(?:pr[ée]sident(?:e)?|secr[ée]taire|"
    r"coordonnat(?:eur|rice)|coordinat(?:eur|rice|or)|directeur|directrice|bureau\s+(?:national|ex[ée]cutif)|"
    r"president|chair(?:person)?|executive\s+director|secretary[\s-]general|signed|sign[ée])\b[^\n]{0,80}$")
_PERSON = LazyRegex(r"\b\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?\s+(?:\p{Lu}\p{Ll}+|\p{Lu}{2,})\b")


def _quote_optional(doc: Document, rel) -> bool:
    """No quote is expected (the guide says a release *may* include one) of a statement attributed as a whole
    to a person, an event announcement (its schedule: the spokespeople speak on the day), or a communiqué of
    several organisations in their own voice that names no person, neither in a contact block nor a signature."""
    text = doc.source
    if _ATTRIBUTED.search(text[:1500]) or len(_SCHEDULE_LINE.findall(text)) >= 2:
        return True
    foot = [line for line in text[-400:].splitlines() if line.strip()][-3:]  # the last lines: a signature
    if len(foot) >= 2 and any(_SIGNED.match(line) for line in foot[:-1]) and len(foot[-1].split()) <= 6:
        return True
    if rel.contact is not None or not _JOINT.search(doc.prose):
        return False
    tail = [u for u in rel.units if u.kind in ("paragraph", "list")][-4:]
    return not any(_PERSON.search(text, u.span.start, u.span.end) for u in tail)


RULES = [quote]
