"""What it checks: an "about" paragraph — under a heading or label "À propos de …", "About …",
"Qui sommes-nous", or an unlabelled closing paragraph presenting the organisation ("X est une
association …", "X is a charity …"), e.g. after a *** separator — holding the website address and
`min_sentences` to `max_sentences` sentences. A missing "about" paragraph is a warning; a missing website
address and a paragraph shorter or longer than asked are info. Press releases only.
Why: the INPUD media guide asks for « un court paragraphe (4 à 5 phrases) avec l'information de base de
votre organisation, y compris l'adresse URL de son site internet ».
Fix safety: no automatic fix."""
from __future__ import annotations

from postlint.core.rule import Context, Option, rule
from postlint.document.model import Document
from postlint.rules.structure._release import GUIDE, RELEASE, count, first_line, press, release
from postlint.rules.structure import _examples as ex


@rule("structure.boilerplate", summary="A short \"about\" paragraph (4–5 sentences) with the website URL.",
      source=GUIDE + "Un court paragraphe (4 à 5 phrases) avec l'information de base de votre organisation, y compris "
                     "l'adresse URL de son site internet. »", doc_types=RELEASE,
      options={"min_sentences": Option(int, 4, "fewer sentences are reported (info)", minimum=1),
               "max_sentences": Option(int, 5, "more sentences are reported", minimum=1)},
      examples={"fail": (ex.without(ex.ABOUT), "# Un centre ouvre à Pikine\n\nDakar, le 5 mai 2025 – Sunu Santé ouvre un centre.\n\n## À propos\n\nSunu Santé est une association communautaire sénégalaise fondée en 2009 à Pikine. Elle réunit des personnes qui consomment des drogues, leurs proches et des soignants. Elle gère deux centres d'accueil de jour et une maraude de nuit. Elle forme chaque année deux cents pairs éducateurs. Elle plaide pour une politique des drogues fondée sur la santé et les droits. Elle est membre du réseau régional des pairs d'Afrique de l'Ouest.\n"),
                "pass": (ex.release(*ex.PARTS),)})
def boilerplate(doc: Document, ctx: Context):
    rel = release(doc)
    if rel is None or rel.lead is None:
        return
    about = rel.about
    if about is None:
        yield ctx.finding(None, ctx.msg(
            fr="Pas de paragraphe « À propos ». Le guide demande un court paragraphe (4 à 5 phrases) présentant "
               "l'organisation, avec l'adresse de son site web.",
            en="No \"About\" paragraph. The guide asks for a short paragraph (4 to 5 sentences) presenting the "
               "organisation, with its website address."))
        return
    # point at the label, or else at the paragraph's first sentence
    first = press.sentences(doc, about.span)[:1]
    where = about.label if about.label else (first[0] if first else first_line(doc, about.span))
    messages = []
    no_url = not press.section_has_url(doc, about.span)
    if no_url:
        messages.append(ctx.msg(
            fr="Le paragraphe « À propos » ne donne pas l'adresse (URL) du site web de l'organisation, que le "
               "guide demande d'y inclure.",
            en="The \"About\" paragraph does not give the organisation's website address (URL), which the guide "
               "asks to include."))
    n = len(press.sentences(doc, about.text or about.span))
    lo, hi = ctx.options["min_sentences"], ctx.options["max_sentences"]
    if n > hi or n < lo:
        messages.append(ctx.msg(
            fr="Le paragraphe « À propos » compte {n} : le guide demande un court paragraphe de {lo} à {hi} "
               "phrases.",
            en="The \"About\" paragraph has {n}: the guide asks for a short paragraph of {lo} to {hi} "
               "sentences.", n=count(ctx, n, "phrase", "sentence"), lo=lo, hi=hi))
    if messages:  # one finding for the paragraph: both problems have the same place and the same fix
        site = (ctx.organization.get("website") or "").strip()
        yield ctx.finding(where, " ".join(messages), suggestions=[site] if site and no_url else [], severity="info")


RULES = [boilerplate]
