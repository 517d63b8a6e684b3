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
    ("fr", "Je suis suivi au programme méthadone depuis 2019.", "warning"),
    ("fr", "Je suis suivie dans un centre de substitution.", "warning"),
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
    ("en", "I have been on opioid substitution therapy since 2019.", "warning"),
    ("en", "I have been on ARVs since 2010.", "warning"),
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
    ("fr", "Notre trésorier, Isaac Bissala [vivant avec le VIH depuis 2010], prend la parole.", "vivant avec le VIH"),
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
    # an editor's bracket inside a quotation still speaks of the group
    ("fr", '"Bon nombre de personnes [vivant avec le VIH] au Cameroun souffrent de discrimination", '
           'explique Isaac Bissala, président du syndicat.'),
    ("en", '"Many people (living with HIV) still face stigma," said Dr Jones.'),
    # "sex worker led", "sex workers' rights": what a network is, not someone's work
    ("en", "Dear Amnesty International, APNSW is a sex worker led regional network."),
    ("en", "Tom Hughes and Ana Silva are sex workers' rights advocates in Lyon."),
    ("en", "Maria Lopez is a sex worker-led collective's founder."),
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


# ------------------------------------------------ who the status is about (red-team review, EN and FR)
@pytest.mark.parametrize("lang,text,cue,who", [
    # a pronoun or a possessive after a sentence naming the person; the court is not a person
    ("en", "Ousmane Diallo was dismissed in 2024. The Dakar Labour Court ruled that his employer had disclosed his "
           "HIV status.", "his HIV status", ["Ousmane Diallo"]),
    ("fr", "Ousmane Diallo a été licencié. Le Tribunal du travail de Dakar a jugé que son employeur avait révélé sa "
           "séropositivité.", "sa séropositivité", ["Ousmane Diallo"]),
    ("fr", "Awa Diallo coordonne le programme. Depuis 2010, elle vit avec le VIH.", "vit avec le VIH", ["Awa Diallo"]),
    ("en", "Dave Morgan was dismissed in 2024. He used to be a heroin addict.", "used to be a heroin addict",
     ["Dave Morgan"]),
    # first names of the bundled lists (census, INSEE, Faker's Nigerian, Ghanaian and Kenyan lists)
    ("en", "Dave Morgan is HIV-positive.", "is HIV-positive", ["Dave Morgan"]),
    ("en", "Mike Brown is HIV-positive.", "is HIV-positive", ["Mike Brown"]),
    ("en", "Jim Carter is HIV-positive.", "is HIV-positive", ["Jim Carter"]),
    ("en", "Adebowale Okafor is HIV-positive.", "is HIV-positive", ["Adebowale Okafor"]),
    ("fr", "Gérard Dupont est séropositif.", "est séropositif", ["Gérard Dupont"]),
    # plural subjects
    ("en", "Mike Brown and Tom Hughes live with HIV.", "live with HIV", ["Mike Brown", "Tom Hughes"]),
    ("en", "Kofi and Ama Mensah both use drugs.", "use drugs", ["Kofi", "Ama Mensah"]),
    ("en", "Fatou Diop and Jim Carter, both from Leeds, live with HIV.", "live with HIV", ["Fatou Diop", "Jim Carter"]),
    ("en", "Kofi Mensah and Yaw Boateng were acquitted. Both men are former drug users.", "are former drug users",
     ["Kofi Mensah", "Yaw Boateng"]),
    ("en", "Dave Morgan and his wife live in Leeds. Both have HIV.", "have HIV", ["Dave Morgan", "his wife"]),
    ("fr", "Awa et Moussa Traoré vivent avec le VIH.", "vivent avec le VIH", ["Awa", "Moussa Traoré"]),
    ("fr", "Kofi Mensah et Yaw Boateng ont été relaxés. Les deux hommes sont d'anciens usagers de drogues.",
     "sont d'anciens usagers de drogues", ["Kofi Mensah", "Yaw Boateng"]),
    ("fr", "Kofi Mensah et Yaw Boateng ont été relaxés. Ils sont d'anciens toxicomanes.", "sont d'anciens toxicomanes",
     ["Kofi Mensah", "Yaw Boateng"]),
    # drug use as a label or a past habit
    ("en", "Dave used to be a heroin addict.", "used to be a heroin addict", ["Dave"]),
    ("en", "Dave used to inject heroin.", "used to inject heroin", ["Dave"]),
    ("fr", "Moussa était toxicomane.", "était toxicomane", ["Moussa"]),
    ("fr", "Moussa s'injectait de l'héroïne.", "s'injectait de l'héroïne", ["Moussa"]),
    ("fr", "Moussa se droguait depuis l'adolescence.", "se droguait", ["Moussa"]),
    # told to the author is not made public
    ("en", "Awa Diallo told us she is HIV-positive.", "is HIV-positive", ["Awa Diallo"]),
    # "a woman who…" in apposition to the name is the named person
    ("en", "Awa Diallo, a woman who has lived with HIV since 2001, chairs the board.", "has lived with HIV",
     ["Awa Diallo"]),
    ("fr", "Awa Diallo, une femme qui vit avec le VIH, préside l'association.", "vit avec le VIH", ["Awa Diallo"]),
])
def test_who_the_status_is_about(lint, lang, text, cue, who):
    named = _one_finding_about(lint(_post(text, lang)), cue, who)
    for wrong in ("Dakar", "Labour", "Tribunal", "Leeds"):
        assert wrong not in named, named


def _one_finding_about(result, cue: str, who: list[str]) -> str:
    """The one third-party finding is on `cue` and names every person of `who`; returns the part naming them."""
    found = _found(result, THIRD)
    assert len(found) == 1, [d for _, d in found]
    d = found[0][1]
    assert d["text"] == cue
    named = d["message"].split("/")[0]
    for name in who:
        assert name in named, d["message"]
    return named


@pytest.mark.parametrize("lang,text", [
    # institutions and places are not people; the people here are anonymous
    ("en", "A woman has been living with HIV for ten years and is treated at Fann Hospital."),
    ("en", "One patient told Kenyatta Hospital staff that she is HIV-positive."),
    ("en", "At the Abidjan Court of Appeal, a man who uses drugs won his case."),
    ("en", "Dr Awa Diallo said the Kofi Annan Centre treats people living with HIV."),
    ("en", "Awa Diallo runs the clinic. One patient told staff that she is HIV-positive."),
    ("fr", "L'hôpital Aristide Le Dantec soigne les personnes qui vivent avec le VIH."),
    ("fr", "Le Tribunal de grande instance de Dakar a jugé que son employeur avait révélé sa séropositivité."),
    ("fr", "Au tribunal de Dakar, un homme qui consomme de l'héroïne a gagné son procès."),
    # someone anonymous next to a named person; a first name that is a place here
    ("en", "Awa Diallo met a man who uses drugs."),
    ("fr", "Awa Diallo a rencontré un homme qui consomme de l'héroïne."),
    ("en", "In Geneva, a man who uses drugs won his case."),
    # generic statements, plural verbs without named subjects
    ("en", "Many young people use drugs to cope."),
    ("en", "Awa Diallo says young people in Accra use drugs."),
    ("en", "Awa Diallo said they use drugs."),
    ("en", "Awa Diallo and Tom Hughes met women who live with HIV."),
    ("en", "People who inject drugs face stigma. They are often arrested."),
    ("en", "Will you help people who live with HIV?"),
    ("fr", "Les personnes qui se droguent ont besoin de soutien."),
    ("fr", "Awa Diallo et Moussa Traoré accompagnent des jeunes qui consomment de la drogue."),
    # "used to" that is not a habit; a drug user movement
    ("en", "Awa Diallo collects the syringes used to inject drugs."),
    ("en", "Dave Morgan is a drug user advocate."),
    # public figures who made it public themselves
    ("en", "Charlie Sheen revealed in 2015 that he is HIV-positive."),
    ("en", "Elton John has spoken openly about his drug use."),
    ("fr", "Fatou Sow a annoncé publiquement qu'elle vit avec le VIH."),
])
def test_no_identifiable_person_or_made_public(lint, lang, text):
    assert _found(lint(_post(text, lang)), THIRD) == []


@pytest.mark.parametrize("text", [
    '"I used to be a heroin addict," says Dave Morgan.',
    "I used to inject heroin, says Dave Morgan.",
    "I was a heroin addict, says Dave Morgan.",
])
def test_first_person_testimony_is_lived_experience_not_third_party(lint, text):
    result = lint(_post(text, "en"))
    assert _found(result, THIRD) == []
    assert len(_found(result, LIVED)) == 1


def test_names_in_institutions_are_not_people():
    from postlint.document.names import person_names

    for text in ("Université Cheikh Anta Diop de Dakar", "CHU Aristide Le Dantec", "Lycée Blaise Diagne",
                 "the Kofi Annan Centre", "Martin Luther King Jr Hospital", "The Dakar Labour Court ruled."):
        assert person_names(text) == [], text
    assert [n.text for n in person_names("Dave Morgan and Moussa Traoré")] == ["Dave Morgan", "Moussa Traoré"]
    # a name that is also a word counts only with a family name
    assert [n.text for n in person_names("Will went home with Will Hughes.")] == ["Will Hughes"]


def test_bundled_given_names_file():
    from postlint.core.resources import data_dir

    lines = (data_dir("wordlists") / "common" / "given-names.txt").read_text(encoding="utf-8").splitlines()
    header = "\n".join(line for line in lines if line.startswith("#"))
    for source in ("US Census", "INSEE", "Faker"):
        assert source in header
    names = [line for line in lines if line and not line.startswith("#")]
    assert len(names) > 3000
    for line in names:
        name, _, mark = line.partition(" ")
        assert name == name.lower() and mark in ("", "*"), line


# ------------------------------------------- treatment, labels, role nouns (French red-team review)
@pytest.mark.parametrize("lang,text,cue,who", [
    ("en", "David Morgan has hepatitis C.", "has hepatitis C", ["David Morgan"]),
    ("en", "John Smith was released from prison in May.", "was released from prison", ["John Smith"]),
    # a treatment tells the status: substitution (drug use), antiretrovirals (HIV); a verb or an apposition
    ("fr", "Moussa Traoré, 34 ans, est suivi dans le programme méthadone du CHU du Point G.",
     "est suivi dans le programme méthadone", ["Moussa Traoré"]),
    ("fr", "Moussa Traoré, sous traitement de substitution aux opioïdes, a repris le travail.",
     "sous traitement de substitution aux opioïdes", ["Moussa Traoré"]),
    ("fr", "Moussa Traoré est suivi au programme méthadone.", "est suivi au programme méthadone", ["Moussa Traoré"]),
    ("fr", "Awa Diallo est sous TSO depuis 2019.", "est sous TSO", ["Awa Diallo"]),
    ("fr", "Awa Diallo, sous ARV depuis 2010, anime l'atelier.", "sous ARV", ["Awa Diallo"]),
    ("fr", "Moussa Traoré suit un traitement antirétroviral.", "suit un traitement antirétroviral", ["Moussa Traoré"]),
    ("fr", "Moussa Traoré suit un traitement de substitution.", "suit un traitement de substitution",
     ["Moussa Traoré"]),
    ("en", "Dave Morgan is on opioid substitution therapy.", "is on opioid substitution therapy", ["Dave Morgan"]),
    ("en", "Dave Morgan is enrolled in the methadone programme.", "enrolled in the methadone programme",
     ["Dave Morgan"]),
    ("en", "Dave Morgan is now on antiretroviral treatment.", "is now on antiretroviral treatment", ["Dave Morgan"]),
    ("en", "Dave Morgan, on methadone since 2010, runs the group.", "on methadone", ["Dave Morgan"]),
    # a label noun as the status: predicate, apposition, opening apposition
    ("fr", "Awa Diallo, une ancienne toxicomane, anime l'atelier.", "une ancienne toxicomane", ["Awa Diallo"]),
    ("fr", "Awa Diallo, ancienne prostituée, anime l'atelier.", "ancienne prostituée", ["Awa Diallo"]),
    ("fr", "Moussa Traoré, ex-détenu, a créé une entreprise.", "ex-détenu", ["Moussa Traoré"]),
    ("en", "John Smith, a former inmate, now mentors young men.", "a former inmate", ["John Smith"]),
    ("fr", "Awa Diallo est une ancienne droguée.", "est une ancienne droguée", ["Awa Diallo"]),
    ("fr", "Moussa, ex-toxicomane, anime l'atelier.", "ex-toxicomane", ["Moussa"]),
    ("fr", "Moussa Traoré, 34 ans, ancien héroïnomane, anime l'atelier.", "ancien héroïnomane", ["Moussa Traoré"]),
    ("fr", "Ancienne toxicomane, Awa Diallo anime l'atelier.", "Ancienne toxicomane", ["Awa Diallo"]),
    ("en", "Dave Morgan, a former heroin addict, runs the workshop.", "a former heroin addict", ["Dave Morgan"]),
    # a verbless sentence after a sentence pointing at the person (a name, a role noun)
    ("fr", "Bienvenue à Seydou, notre nouveau pair-éducateur à Sikasso. Un ancien toxicomane qui connaît la rue.",
     "Un ancien toxicomane", ["Seydou"]),
    ("fr", "Bienvenue à notre nouvelle pair éducatrice. Une ancienne toxicomane, aujourd'hui sevrée.",
     "Une ancienne toxicomane", ["notre nouvelle pair éducatrice"]),
    ("fr", "Notre médiatrice était toxicomane.", "était toxicomane", ["Notre médiatrice"]),
    ("fr", "Notre agent de santé communautaire est sous méthadone.", "est sous méthadone",
     ["Notre agent de santé communautaire"]),
    ("en", "Welcome Dave Morgan, our new peer educator. A former heroin addict who knows the streets.",
     "A former heroin addict", ["Dave Morgan"]),
    ("en", "Our new peer educator is a former heroin addict.", "is a former heroin addict", ["Our new peer educator"]),
])
def test_treatment_label_and_role_point_at_a_person(lint, lang, text, cue, who):
    _one_finding_about(lint(_post(text, lang)), cue, who)


@pytest.mark.parametrize("lang,text", [
    # groups, anonymous people, programme descriptions
    ("fr", "Awa Diallo accompagne les personnes sous méthadone."),
    ("fr", "Awa Diallo soigne un patient sous ARV."),
    ("en", "Dave Morgan met a man on methadone."),
    ("en", "Dave Morgan supports people on OST."),
    ("fr", "Le programme méthadone du CHU accueille 300 personnes, explique Awa Diallo."),
    ("fr", "Le suivi dans le programme méthadone est assuré par Awa Diallo."),
    ("fr", "Awa Diallo a rencontré un ancien toxicomane."),
    ("fr", "Un ancien toxicomane a rencontré Awa Diallo."),
    ("fr", "Awa Diallo anime l'atelier. Un ancien toxicomane y a témoigné."),
    ("fr", "Awa Diallo anime l'atelier. Un ancien toxicomane qui connaît la rue nous a parlé."),
    ("fr", "Parmi les amis d'Awa Diallo, un ancien toxicomane a témoigné."),
    ("fr", "Awa Diallo forme des ex-toxicomanes."),
    ("fr", "Awa Diallo anime l'atelier. Un ancien détenu y a témoigné."),
    ("fr", "Awa Diallo accueille les anciens détenus et les travailleuses du sexe."),
    ("en", "Dave Morgan runs the workshop. A former heroin addict told his story."),
    # staff and their jobs
    ("fr", "Awa Diallo, médecin du programme méthadone, a présenté le bilan."),
    ("fr", "Seydou, notre pair-éducateur, distribue la naloxone."),
    ("fr", "Seydou, notre pair-éducateur, accompagne les personnes sous traitement de substitution."),
    ("en", "Dave Morgan, our outreach worker, hands out naloxone kits."),
    # one's own treatment; a public figure speaking of themselves
    ("fr", "Je suis suivi au programme méthadone depuis 2019, raconte Moussa Traoré."),
    ("en", "\"I'm enrolled in the methadone programme,\" says Dave Morgan."),
    ("en", "Charlie Sheen revealed in 2015 that he is on ARVs."),
    ("fr", "Fatou Sow a annoncé publiquement qu'elle est sous ARV."),
])
def test_treatment_label_and_role_quiet_cases(lint, lang, text):
    assert _found(lint(_post(text, lang)), THIRD) == []


# ---- published-text patterns (issues 17 and 20): quiet beside what must still fire
@pytest.mark.parametrize("lang,text", [
    ("en", "I was diagnosed with #HIV when I was 30."),
    ("fr", "#Témoignage : je vis avec le #VIH depuis 2010."),
    ("en", "After my first overdose I began using again at 16."),
])
def test_first_person_with_hashtags_and_drug_context_fires(lint, lang, text):
    assert _found(lint(_post(text, lang)), LIVED)


@pytest.mark.parametrize("text", [
    "There were two options. The first, which I began using, was downloading datasets as CSV files.",
    "Dire « je suis séropo » reste difficile. #VIH",
])
def test_not_lived_experience(lint, text):
    assert _found(lint(_post(text, "fr" if "Dire" in text else "en")), LIVED) == []


@pytest.mark.parametrize("lang,text", [
    # a statistic about no one, beside a named speaker
    ("en", "Michel Sidibé said that 90 % of people who know their HIV-positive status should be on treatment."),
    ("en", "According to Dr Amadou Sy, 90% of people living with HIV know their HIV positive status."),
    # a spokesperson's own public description, with her organisation
    ("en", "Sex worker and advocacy worker at Sisonke, Constance Mathe, explained the struggles.\n\n> We were close.\n"
           ">\n> Constance Mathe, Sex worker and advocacy worker - Sisonke"),
    ("fr", "Awa Diallo, travailleuse du sexe et militante au STRASS, a pris la parole."),
    # a procedure, not someone's record; a persona in a guide
    ("en", "Tim Smith and Ann Lee built a tool that helps young people clear a criminal record."),
    ("en", "We write personas. Meet Janet. Janet has dementia and uses a screen magnifier."),
])
def test_public_roles_statistics_and_personas_are_not_disclosures(lint, lang, text):
    assert _found(lint(_post(text, lang)), THIRD) == []


@pytest.mark.parametrize("lang,text,cue", [
    ("en", "Marc Diallo, sex worker, was arrested on Monday.", "sex worker"),
    ("en", "Tim Smith has a criminal record from 2004.", "criminal record"),
    ("en", "Tom and Ann Lee shared their HIV status with the family.", "their HIV status"),
    ("en", "Meet Janet. Janet has dementia and lives alone.", "has dementia"),
    ("fr", "Awa Diallo, une ancienne toxicomane, anime nos ateliers.", "une ancienne toxicomane"),
])
def test_still_a_third_party_disclosure(lint, lang, text, cue):
    found = _found(lint(_post(text, lang)), THIRD)
    assert cue in [d["text"] for _, d in found]
    assert all(d["severity"] == "error" for _, d in found)


@pytest.mark.parametrize("lang,text,cue", [
    ("fr", "Awa Diallo a été violée en 2019.", "a été violée"),
    ("en", "Our colleague John Smith was sexually assaulted last year.", "was sexually assaulted"),
])
def test_sexual_violence_said_of_a_named_person(lint, lang, text, cue):
    assert [d["text"] for _, d in _found(lint(_post(text, lang)), THIRD)] == [cue]


@pytest.mark.parametrize("lang,text", [
    ("en", "Women who were raped need care; 1 in 3 women has been sexually assaulted."),
    ("en", "The report says many girls were raped during the conflict."),
    ("fr", "Les femmes qui ont été violées doivent être soignées."),
])
def test_sexual_violence_of_no_one_in_particular(lint, lang, text):
    assert _found(lint(_post(text, lang)), THIRD) == []
