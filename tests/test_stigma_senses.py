"""Stigma terms on published site pages and releases, in another sense than a label for people: the recipients of
a named benefit, a form's field label, a linked package's name, a surname, an office held by a named person,
an enthusiast ("data addict"), a compound's prefix, names written with commas, slashes or an acronym, counts of
new infections. Own drafts for each pattern: what must stay quiet beside what must still fire."""
from __future__ import annotations

import pytest


def stigma(result):
    return [(f.rule, result.text(f)) for f in result.findings if f.category == "stigma"]


QUIET = [
    # the holder of a named benefit or service, a definition, an adjective after a body
    ("Les bénéficiaires du RSA attendent huit mois avant leur premier rendez-vous.", "fr"),
    ("Les bénéficiaires de la protection internationale ont accès au dispositif.", "fr"),
    ("Un bénéficiaire de fonds européens doit avancer les dépenses.", "fr"),
    ("Décris ta solution en quelques lignes ? Qui seront les bénéficiaires ?", "fr"),
    ("Les bénéficiaires sont les agriculteurs en activité et les jeunes en formation.", "fr"),
    ("Le bilan est transmis à l'administration bénéficiaire.", "fr"),
    ("Le nombre de bénéficiaires croît : près de 4 500 organismes sont inscrits.", "fr"),
    ("Simplifier l'accès aux droits et aller vers les bénéficiaires en informant de leur éligibilité.", "fr"),
    ("Medicare beneficiaries can now download their claims data.", "en"),
    ("Veterans should update the beneficiary designation form each year.", "en"),
    # a field label of a product sheet
    ("## Bénéficiaires\n\nLes agents des services déconcentrés.", "fr"),
    ("**Bénéficiaires :** les agents des services régionaux de l'archéologie.", "fr"),
    ("* Les bénéficiaires opérationnels : communes, gestionnaires, directeurs d'établissement.", "fr"),
    ("Bénéficiaires : les agents instructeurs et les référents contrôle.", "fr"),
    # names: a linked package, a linked report's title, a surname, an office, a name with commas or an acronym
    ("The [nuts](https://docs.ropensci.org/nuts) package converts regional data between NUTS 1 and NUTS 2.", "en"),
    ("Read [The War on Marijuana in Black and White](https://example.org/report) before the meeting.", "en"),
    ("Thanks to Alycia Piazza, Angela Hooker, Anthony Calabrese and Arianne Miller for their reviews.", "en"),
    ("The fellowship is funded by Google chairman Eric Schmidt.", "en"),
    ("The prize was presented at the FCC Chairman's reception in Washington.", "en"),
    ("Michael Shanks, former chairman of the National Consumer Council, wrote the foreword.", "en"),
    ("Dioecious populations need a greater fitness than hermaphrodite competitors.", "en"),
    ("The following statement was issued by the Spokesman for UN Secretary-General António Guterres.", "en"),
    ("Director, National Center for HIV/AIDS, Viral Hepatitis, STD, and TB Prevention, will speak.", "en"),
    ("She works at the Substance Abuse and Mental Health Services Administration.", "en"),
    ("La Ligue sénégalaise (LSDH) et la Rencontre Africaine pour la Défense des Droits de l'Homme (RADDHO) "
     "demandent le calme.", "fr"),
    # another sense: an enthusiast, a compound's prefix, hardware, a blind test, a backlog, an offence's name
    ("Developer, open data advocate and data addict.", "en"),
    ("Mara is an NBA stats junkie and a tidyverse advocate.", "en"),
    ("The course covers text linguistics, psycho- and sociolinguistics.", "en"),
    ("Nuts and washers have sensors too.", "en"),
    ("Le site compare à l'aveugle les réponses de deux agents conversationnels.", "fr"),
    ("Les dossiers se sont entassés : on parle d'arriéré.", "fr"),
    ("L'exploitation de la prostitution d'autrui est punie par la loi.", "fr"),
    ("The state replaced its criminal jury instructions in 2005.", "en"),
    ("Il prend un plaisir fou à livrer chaque semaine.", "fr"),
    # named to denounce it, a stereotype reported in order to rebut it
    ("Beaucoup associent les maladies mentales à des dénominations négatives : débile, attardé.", "fr"),
    ("74 % des sondés considèrent qu'un schizophrène représente un danger. Pourtant, 0,2 % le sont.", "fr"),
    ("Many believe that addicts choose their fate. In fact, dependence is a health condition.", "en"),
    # a table of replacements: its first column names the words to replace
    ("Use simple words.\n\n**Don't say** | **Say**\n---- | ----\nfemales | women\naddicts | people who use drugs\n",
     "en"),
    ("<table>\n<tr><th>Instead of:</th><th>Use:</th></tr>\n<tr><td>Drug user, addict</td>"
     "<td>Person with a substance use disorder</td></tr>\n</table>\n", "en"),
    # counts: new infections, declared AIDS cases
    ("En 2016, environ 60 000 enfants ont été nouvellement infectés par le VIH dans la région.", "fr"),
    ("Le nombre de malades du sida annoncés est resté constant.", "fr"),
    ("In 2016, 60,000 children were newly infected with HIV.", "en"),
    # official names and portfolios in sentence case, an acronym inside a name, a list of substances
    ("La Rencontre africaine pour la défense des droits de l'homme, plus connue sous son acronyme RADDHO, "
     "appelle au calme.", "fr"),
    ("Le ministre togolais des droits de l'homme a répondu au rapport.", "fr"),
    ("Tioga County Allies in Substance Abuse Prevention (ASAP) Coalition is hosting the vigil.", "en"),
    ("Les substances classiques (marijuana, héroïne, cocaïne, etc.) deviennent plus toxiques.", "fr"),
    ("Le Mali se désolidarise des sanctions qu'il qualifie d'illégales, inhumaines et illégitimes.", "fr"),
    ("Les lois encadrant la prostitution ont changé en 2016.", "fr"),
    ("Du fait de la loi d'avril 2016 sur la prostitution, le client est pénalisé.", "fr"),
    ("The police department announced a prostitution sting operation.", "en"),
    # a policy's own wording, the law's description of the activity
    ("The pledge requires every recipient to adopt a position opposing prostitution.", "en"),
    ("La prostitution n'est pas considérée comme une infraction en Belgique.", "fr"),
]


@pytest.mark.parametrize("text,lang", QUIET)
def test_another_sense_or_a_name_stays_quiet(lint, text, lang):
    assert stigma(lint(text, lang=lang)) == []


FIRES = [
    ("Nous distribuons des kits aux bénéficiaires chaque semaine.", "fr", "stigma.victim-framing"),
    ("Les bénéficiaires de nos programmes témoignent.", "fr", "stigma.victim-framing"),
    ("## Nos bénéficiaires\n\nIls témoignent.", "fr", "stigma.victim-framing"),
    ("Our beneficiaries need dignity, not pity.", "en", "stigma.victim-framing"),
    ("# Usagers de drogues\n\nMédecins du Monde ouvre un centre.", "fr", "stigma.drug-use"),
    ("# Prostitution décriminalisée : mobilisation communautaire", "fr", "stigma.sex-work"),
    ("# Prostitution : des associations contre la pénalisation\n\nElles manifestent.", "fr", "stigma.sex-work"),
    ("This policy is nuts.", "en", "stigma.mental-health"),
    ("Read [junkies in the park](https://example.org/junkies-park) today.", "en", "stigma.drug-use"),
    ("A heroin addict died in the park.", "en", "stigma.drug-use"),
    ("Junkies turn city park into no-go zone.", "en", "stigma.drug-use"),
    ("A psycho attacked the guard.", "en", "stigma.mental-health"),
    ("The chairman opened the meeting.", "en", "stigma.gender"),
    ("The chairman of the group is the Director-General.", "en", "stigma.gender"),
    ("Nous défendons les droits de l'homme (DH) au Sénégal.", "fr", "stigma.gender"),
    ("Substance abuse and mental health go together.", "en", "stigma.drug-use"),
    ("Les enfants infectés par le VIH sont suivis à l'hôpital.", "fr", "stigma.hiv"),
    ("Les malades du sida étaient isolés.", "fr", "stigma.hiv"),
    ("They treat us like criminals.", "en", "stigma.incarceration"),
    ("Ils le traitent comme un arriéré.", "fr", "stigma.disability"),
    ("Les aveugles votent avec un guide.", "fr", "stigma.disability"),
    ("Ce projet est complètement fou.", "fr", "stigma.mental-health"),
    ("La prostitution de rue recule.", "fr", "stigma.sex-work"),
    ("Il considère qu'un schizophrène est dangereux.", "fr", "stigma.mental-health"),
    ("Many believe that addicts choose their fate.", "en", "stigma.drug-use"),
    ("Les illégaux vivent dans la peur.", "fr", "stigma.migration"),
    ("Our data:\n\nGroup | Count\n---- | ----\naddicts | 40\n", "en", "stigma.drug-use"),
    ("La consommation de marijuana augmente chez les jeunes.", "fr", "stigma.drug-use"),
    ("Substance abuse prevention starts at school.", "en", "stigma.drug-use"),
]


@pytest.mark.parametrize("text,lang,rule", FIRES)
def test_the_label_for_people_still_fires(lint, text, lang, rule):
    assert rule in {r for r, _ in stigma(lint(text, lang=lang))}

