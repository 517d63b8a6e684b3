"""Stigma terms that are not the writer's label for people, second round: person-first wording (« personnes
prostituées »), the Title Case title of a cited work without quotation marks, the UN grouping behind a figure, an
act a code of conduct forbids, a suspicion or a suspect, the offender of a code of conduct, a drunk driver, clean
code, the recipients of grants to organisations, the capitalised name of Deaf culture, an accepted feminine form
(« auteure »), a correction quoting its alternative. Own drafts: what stays quiet beside what still fires."""
from __future__ import annotations

import pytest


def stigma(result):
    return [(f.rule, result.text(f)) for f in result.findings if f.category == "stigma"]


QUIET = [
    ("Nous demandons pour les personnes prostituées l'accès aux soins.", "fr"),
    ("Chaque personne prostituée reçue a droit à un accompagnement.", "fr"),
    ("In 2001 the league published its study, Locking Up the Seriously Ill: Jails as Mental Hospitals, which "
     "found the same.", "en"),
    ("Further reading:\n\n- Cities Target Buyers in New Street Prostitution Sweep - Example.com\n", "en"),
    ("One in four girls in developing countries marries before the age of 18.", "en"),
    ("Près de 60 % des nouveaux cas sont recensés dans les pays en développement.", "fr"),
    ("Unacceptable behaviour includes threats of violence, including encouraging a person to commit suicide.", "en"),
    ("Staff often assume that callers are lazy or a criminal.", "en"),
    ("Tips from the public help investigators find these criminals before they strike again.", "en"),
    ("Our captioning team works with the Deaf community every week.", "en"),
    ("L'auteure du rapport répondra aux questions.", "fr"),
    ("# Code of conduct\n\nIf anyone engages in harassing behavior, the organisers may warn the offender.", "en"),
    ("A drunk driver hit the bus.", "en"),
    ("We keep things clean, simple, and decoupled.", "en"),
    # a correction that quotes the alternative: the writer already does what the rule asks
    ('We say "a person with diabetes" instead of "a diabetic."', "en"),
    ('Don\'t refer to "handicapped people," but "people with disabilities".', "en"),
    ("Écrivez « personne qui consomme des drogues » au lieu de « toxicomane ».", "fr"),
]


@pytest.mark.parametrize("text,lang", QUIET)
def test_not_the_writers_label_stays_quiet(lint, text, lang):
    assert stigma(lint(text, lang=lang)) == []


def test_grant_recipients_stay_quiet(lint):
    text = ("Le service suit les subventions versées aux associations. Chaque subvention est publiée, et les "
            "entités peuvent suivre leur subvention en ligne.\n\nLes bénéficiaires consultent leur espace.")
    assert stigma(lint(text, lang="fr")) == []


FIRES = [
    ("Les prostituées du quartier témoignent.", "fr", "stigma.sex-work"),
    ("Elle est prostituée depuis dix ans.", "fr", "stigma.sex-work"),
    ("The study found that the prisons work as mental hospitals for prostitutes.", "en", "stigma.sex-work"),
    ("# Junkies Take Over the Park - Example.com", "en", "stigma.drug-use"),
    ("Access to care is limited in developing countries.", "en", "stigma.victim-framing"),
    ("In 2020 he built a water test for developing countries.", "en", "stigma.victim-framing"),
    ("La majorité des cas se trouve dans des pays en développement.", "fr", "stigma.victim-framing"),
    ("He was given the means and opportunity to commit suicide.", "en", "stigma.mental-health"),
    ("People who commit suicide often gave signs.", "en", "stigma.mental-health"),
    ("They treat us like criminals.", "en", "stigma.incarceration"),
    ("They treat us like criminals whenever a suspect is sought.", "en", "stigma.incarceration"),
    ("Staff assume we are lying, like criminals released from prison.", "en", "stigma.incarceration"),
    ("Sign-language courses for the deaf begin in May.", "en", "stigma.disability"),
    ("Nous distribuons des kits aux bénéficiaires chaque semaine.", "fr", "stigma.victim-framing"),
    ('He said "junkies should be jailed instead of treated" and "nothing works".', "en", "stigma.drug-use"),
    ('Don\'t refer to "handicapped people", but ask them.', "en", "stigma.disability"),
    ('Say people who use drugs instead of "addicts".', "en", "stigma.drug-use"),
    ("# Code of conduct\n\nThe offenders were released early from prison.", "en", "stigma.incarceration"),
    ("A drunk was turned away.", "en", "stigma.drug-use"),
    ("I have stayed clean for two years.", "en", "stigma.drug-use"),
]


@pytest.mark.parametrize("text,lang,rule", FIRES)
def test_the_writers_label_still_fires(lint, text, lang, rule):
    assert rule in {r for r, _ in stigma(lint(text, lang=lang))}


def test_one_subsidy_does_not_make_recipients_organisations(lint):
    text = ("Les associations d'aide alimentaire répondent aux appels à projets et reçoivent une subvention.\n\n"
            "Elles améliorent leurs services aux bénéficiaires.")
    assert "stigma.victim-framing" in {r for r, _ in stigma(lint(text, lang="fr"))}
