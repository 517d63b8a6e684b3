"""What it checks: after the headline (and the optional subtitle, dateline, release and embargo lines) comes
an introductory paragraph. A lead more than 15 % longer than `max_words` is reported at info level (a soft
limit: an 85-word lead is not reported). Press releases only: a media advisory has who/what/when/where
lines instead, a statement or an article opens as its author chooses.
Why: the INPUD media guide asks for « un paragraphe d'introduction qui constitue une déclaration
convaincante »: who, what, when, where and why in a few lines, because many journalists read no further.
Fix safety: no automatic fix."""
from __future__ import annotations

from postlint.core.rule import Context, Option, rule
from postlint.document.model import Document
from postlint.rules.structure._release import GUIDE, RELEASE, first_line, press, release, soft_over


@rule("structure.lead", summary="A press release has an introductory paragraph (lead) right after the headline.",
      source=GUIDE + "Un paragraphe d'introduction qui constitue une déclaration convaincante sur votre projet de "
                     "plaidoyer. »", doc_types=RELEASE,
      options={"max_words": Option(int, 80, "a longer lead is reported (info)", minimum=10)},
      examples={"fail": ("# Titre\n\n– 30 –\n", "# Un centre d'accueil ouvre à Pikine\n\nDakar, le 5 mai 2025 – Sunu Santé ouvre aujourd'hui à Pikine un centre d'accueil de jour pour les personnes qui consomment des drogues, le premier de la banlieue de Dakar, avec le soutien du ministère de la Santé, de la mairie de Pikine et de trois partenaires internationaux qui financent le projet pour trois ans ; le centre, ouvert tous les jours de huit heures à dix-huit heures, proposera des douches, des repas, un dépistage gratuit du VIH et des hépatites, des traitements de substitution, un accompagnement social et juridique, des ateliers animés par des pairs éducateurs formés par l'association, une permanence d'écoute pour les familles et un espace de repos, et il devrait accueillir chaque année plus de deux mille personnes venues de toute la région de Dakar et des villes voisines.\n"),
                "pass": ("# Titre\n\nDakar, le 5 mai 2025 – Sunu Santé ouvre aujourd'hui un centre à Pikine.\n",)})
def lead(doc: Document, ctx: Context):
    rel = release(doc)
    if rel is None or rel.headline_span is None and rel.lead is None:
        return
    if rel.lead is None:
        yield ctx.finding(None, ctx.msg(
            fr="Pas de paragraphe d'introduction après le titre. Le guide demande un chapeau qui constitue une "
               "déclaration convaincante : qui, quoi, où, quand et pourquoi, en quelques lignes.",
            en="No introductory paragraph after the headline. The guide asks for a lead that makes a compelling "
               "statement: who, what, where, when and why, in a few lines."))
        return
    n = press.word_count(doc.prose[rel.lead.span.start:rel.lead.span.end])
    if soft_over(n, ctx.options["max_words"]):
        yield ctx.finding(first_line(doc, rel.lead.span), ctx.msg(
            fr="Le chapeau compte {n} mots (plus de {m}) : le guide veut une déclaration d'introduction courte et "
               "convaincante. Gardez l'essentiel (qui, quoi, pourquoi maintenant) et passez le reste au corps.",
            en="The lead runs to {n} words (over {m}): the guide asks for a short, compelling opening statement. "
               "Keep the essentials (who, what, why now) and move the rest into the body.",
            n=n, m=ctx.options["max_words"]), severity="info")


RULES = [lead]
