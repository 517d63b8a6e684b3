"""What it checks: a contact block introduced by "Contact presse", "Contact(s) média", "Relations presse",
"Renseignements", "Source :", "Pour plus d'informations, contactez …", "Media contact", "Press contact",
"Media enquiries", "For more information, contact …" (a heading, a bold label or the start of a
paragraph; at the top or at the end of the release) with a person's name, a job title ("chargée de
communication", "Communications Officer" …) and an e-mail address. A phone number is optional. The
finding says which of the three parts is missing; it is info when the block names someone a journalist
can reach (a name or a press office, and an e-mail address or a phone number), a warning otherwise; a press
office ("Media Relations", « Bureau de presse ») with its phone or e-mail needs no person's name. The block may be a label followed by one line per part ("Media contact" /
name / phone / e-mail). Press releases and media advisories (not statements, articles or posts).
Why: the INPUD media guide asks for « le contact presse dans votre organisation comprenant son nom,
l'appellation de son poste et son adresse électronique ».
Fix safety: no automatic fix."""
from __future__ import annotations

from postlint.core.rule import Context, rule
from postlint.text.patterns import LazyRegex
from postlint.document.model import Document
from postlint.rules.structure._release import CONTACT_TYPES, GUIDE, first_line, people, release
from postlint.rules.structure import _examples as ex


# a team, not a person's job: "Media Relations", « Bureau de presse », "Press Office", « Service de presse »
_OFFICE = LazyRegex(r"\b(?:relations?|office|bureau|service|desk|team|equipe|department|departement|unit)\b")


@rule("structure.press-contact", summary="A press release names a press contact: name, job title and e-mail.",
      source=GUIDE + "Le contact presse dans votre organisation comprenant son nom, l'appellation de son poste et "
                     "son adresse électronique. »", doc_types=CONTACT_TYPES,
      examples={"fail": (ex.without(ex.CONTACT),
                         ex.replacing(ex.CONTACT, "Pour plus d'information, contactez Thomas Fitzsimons au +41 79 …")),
                "pass": (ex.release(*ex.PARTS),
                         "**Media contact:** Sam Patel, Communications Officer, press@northernpeers.org.uk")})
def press_contact(doc: Document, ctx: Context):
    rel = release(doc)
    if rel is None:
        return
    if rel.contact is None:
        yield ctx.finding(None, ctx.msg(
            fr="Pas de contact presse. Le guide demande le nom, le poste et l'adresse électronique de la personne à "
               "contacter, par exemple « Contact presse : Prénom Nom, chargée de communication, presse@exemple.org ».",
            en="No press contact. The guide asks for the name, job title and e-mail address of the person to "
               "contact, e.g. \"Media contact: First Last, Communications Officer, press@example.org\"."))
        return
    names = tuple(ctx.organization.get("names") or ())
    parts = people.contact_parts(doc, rel.contact, names)
    # a press office with its phone or e-mail ("Contact: Media Relations / (404) 639-3286") is reached as such:
    # no person's name is needed
    office = not parts.name and parts.title and _OFFICE.search(parts.title) and (parts.email or parts.phone)
    missing = [label for label, value in (
        (ctx.msg(fr="le nom", en="a name"), parts.name or office),
        (ctx.msg(fr="le titre du poste", en="a job title"), parts.title),
        (ctx.msg(fr="l'adresse électronique", en="an e-mail address"), parts.email)) if not value]
    if not missing:
        return
    joined = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + ctx.msg(fr=" et ", en=" and ") + missing[-1]
    yield ctx.finding(first_line(doc, rel.contact.span), ctx.msg(
        fr="Contact presse incomplet : il manque {m}. Le guide demande le nom, l'appellation du poste et "
           "l'adresse électronique du contact presse.",
        en="Incomplete press contact: missing {m}. The guide asks for the press contact's name, job title and "
           "e-mail address.", m=joined), severity="info" if (parts.name or parts.title) and (parts.email or parts.phone) else None)  # reachable all the same


RULES = [press_contact]
