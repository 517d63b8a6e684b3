"""disclosure.lived-experience and disclosure.third-party-status on varied sentences (FR and EN)."""
from __future__ import annotations

import pytest

LIVED = "disclosure.lived-experience"
THIRD = "disclosure.third-party-status"


def _post(text: str, lang: str) -> str:
    return f"---\ntype: post\nlang: {lang}\n---\n{text}\n"


def _found(result, rule_id):
    return [(f, result.finding_dict(f)) for f in result.findings if f.rule == rule_id]


@pytest.mark.parametrize("lang,text,severity", [
    ("fr", "Je consomme de l'héroïne depuis quinze ans.", "warning"),
    ("fr", "« J'ai commencé à fumer du crack il y a six ans et j'en consomme encore aujourd'hui. »", "warning"),
    ("fr", "Je me shoote depuis l'âge de 19 ans.", "warning"),
    ("fr", "Moi, je m’injecte tous les jours, alors les seringues propres, c'est vital.", "warning"),
    ("fr", "Je suis séropo depuis 2004 et je le dis haut et fort.", "warning"),
    ("fr", "Je vis avec le VIH depuis vingt ans.", "warning"),
    ("fr", "Je suis travailleuse du sexe à Abidjan.", "warning"),
    ("fr", "Je suis sans papiers depuis trois ans.", "warning"),
    ("fr", "Je n'ai pas de titre de séjour.", "warning"),
    ("fr", "J'ai fait deux ans de prison pour un joint.", "warning"),
    ("fr", "Je suis sous méthadone depuis 2019.", "warning"),
    ("fr", "J'ai longtemps consommé de la cocaïne.", "info"),
    ("fr", "Je ne consomme plus d'héroïne depuis 2015.", "info"),
    ("fr", "Je suis une ancienne usagère de drogues.", "info"),
    ("en", "I've been injecting since 2009.", "warning"),
    ("en", "I still use heroin most days.", "warning"),
    ("en", "I'm HIV positive and proud.", "warning"),
    ("en", "I have been living with HIV for twelve years.", "warning"),
    ("en", "I'm undocumented and I'm scared.", "warning"),
    ("en", "I'm a sex worker and a mother.", "warning"),
    ("en", "I was in prison for two years.", "warning"),
    ("en", "I'm on methadone.", "warning"),
    ("en", "I used to inject.", "info"),
    ("en", "I no longer use crack.", "info"),
    ("en", "I'm in recovery.", "info"),
])
def test_first_person_disclosures(lint, lang, text, severity):
    result = lint(_post(text, lang))
    found = _found(result, LIVED)
    assert len(found) == 1, [d for _, d in found]
    f, d = found[0]
    assert d["severity"] == severity
    assert d["line"] == 5


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous accompagnons les personnes qui consomment des drogues."),
    ("fr", "Nous accompagnons les personnes qui consomment."),
    ("fr", "Il m'a dit qu'il consomme encore du crack."),
    ("fr", "Je n'ai jamais consommé de drogues."),
    ("fr", "Que faire si je consomme de l'alcool pendant mon traitement ?"),
    ("fr", "Dire « je suis séropo » reste difficile pour beaucoup."),
    ("fr", "Je m'injecte de l'insuline chaque matin."),
    ("fr", "Je consomme moins de viande depuis un an."),
    ("fr", "Divulgation publique d'une expérience vécue d'usage de drogues : les pours et les contres."),
    ("fr", "Je suis fière de travailler avec des personnes séropositives."),
    ("fr", "Je shoote dans le ballon avec les jeunes du quartier."),
    ("en", "I'm proud to support people who use drugs."),
    ("en", "I have never used drugs."),
    ("en", "I'm not HIV positive."),
    ("en", "Do I use drugs? That's not the point."),
    ("en", "I inject humor into every talk I give."),
    ("en", "I take the bus to the clinic every day."),
    ("en", "I work with sex workers in Lagos."),
])
def test_not_a_first_person_disclosure(lint, lang, text):
    result = lint(_post(text, lang))
    assert _found(result, LIVED) == []


def test_message_lists_the_guide_risks_in_the_draft_language(lint):
    fr = _found(lint(_post("Je consomme du crack depuis six ans.", "fr")), LIVED)[0][1]
    for risk in ("arrestation", "stigmatisation", "perte d'emploi", "harcèlement", "surveillance",
                 "services sociaux", "proches"):
        assert risk in fr["message"]
    assert "consentement" in fr["message"]
    en = _found(lint(_post("I smoke crack every day.", "en")), LIVED)[0][1]
    for risk in ("arrest", "stigma", "job loss", "harassment", "surveillance", "social services", "loved ones"):
        assert risk in en["message"]
    assert "consent" in en["message"]


def test_one_finding_per_sentence_keeps_the_present(lint):
    text = "J'ai commencé à fumer du crack il y a six ans et j'en consomme encore aujourd'hui."
    found = _found(lint(_post(text, "fr")), LIVED)
    assert [d["text"] for _, d in found] == ["j'en consomme"]
    assert found[0][1]["severity"] == "warning"


def test_past_severity_option(lint):
    cfg = {"rules": {LIVED: {"past_severity": "warning"}}}
    found = _found(lint(_post("I used to inject.", "en"), config=cfg), LIVED)
    assert found[0][1]["severity"] == "warning"


# ----------------------------------------------------------------------------- third parties
@pytest.mark.parametrize("lang,text,cue", [
    ("fr", "Joyeux anniversaire à notre trésorière, Aïssatou Diop, qui vit avec le VIH depuis 2012.",
     "vit avec le VIH"),
    ("fr", "Mme Traoré est séropositive depuis 2010.", "est séropositive"),
    ("fr", "Awa Diallo coordonne le programme. Elle vit avec le VIH depuis 2010.", "vit avec le VIH"),
    ("fr", "Notre médiateur Modou Fall a fait deux ans de prison.", "a fait deux ans de prison"),
    ("fr", "Mon frère est sans papiers.", "est sans papiers"),
    ("fr", "Merci à Fatou Sow, qui est sous méthadone depuis cinq ans, pour son témoignage.",
     "est sous méthadone"),
    ("en", "Our colleague John Smith has been on methadone for ten years.", "has been on methadone"),
    ("en", "Happy birthday to Grace Okafor, who is living with HIV.", "is living with HIV"),
    ("en", "Dr Jones was diagnosed with schizophrenia in 2019.", "was diagnosed with"),
    ("en", "Thanks to @amina_k, who is undocumented, for speaking up.", "is undocumented"),
])
def test_named_person_with_a_status(lint, lang, text, cue):
    found = _found(lint(_post(text, lang)), THIRD)
    assert len(found) == 1, [d for _, d in found]
    d = found[0][1]
    assert d["severity"] == "error"
    assert d["text"] == cue


@pytest.mark.parametrize("lang,text", [
    ("fr", "Nous accompagnons les personnes vivant avec le VIH."),
    ("fr", "Awa Diallo coordonne le programme de dépistage du VIH."),
    ("fr", "Mme Traoré n'est pas séropositive."),
    ("fr", "Le centre est détenu par M. Diallo."),
    ("fr", "Les femmes qui vivent avec le VIH ont droit à des soins."),
    ("fr", "Une personne qui consomme du crack a besoin d'un accueil sans jugement."),
    ("en", "People living with HIV deserve respect, says Dr Jones."),
    ("en", "Dr Jones said the clinic has HIV testing on Fridays."),
    ("en", "The Northern Peer Collective is run by people who use drugs."),
    ("en", "Chidi Okafor, coordinator of the coalition, called for an end to arrests."),
])
def test_no_identifiable_person_or_no_status(lint, lang, text):
    assert _found(lint(_post(text, lang)), THIRD) == []


def test_first_person_quote_is_not_a_third_party_finding(lint):
    text = "« Je vis avec le VIH depuis 2004 », raconte Awa Diallo."
    result = lint(_post(text, "fr"))
    assert _found(result, THIRD) == []
    assert len(_found(result, LIVED)) == 1


def test_pointing_to_the_person_is_in_the_message(lint):
    text = "Joyeux anniversaire à notre trésorière, Aïssatou Diop, qui vit avec le VIH depuis 2012."
    d = _found(lint(_post(text, "fr")), THIRD)[0][1]
    assert "Aïssatou Diop" in d["message"]
    assert "accord" in d["message"]
