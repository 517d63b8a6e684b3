"""Stigma rules on published text: names of bodies, fixed designations, a community's own voice, quotations
kept verbatim or reproduced to rebut them, words in another sense, and the wording an organisation has chosen
(config `organization.accept`). Each pattern has what must stay quiet beside what must still fire."""
from __future__ import annotations

import pytest

from postlint.core.spans import Span
from postlint.engine.config import ConfigError


def stigma(result):
    return [f for f in result.findings if f.category == "stigma"]


def texts(result):
    return [result.text(f) for f in stigma(result)]


# ----------------------------------------------------------------------------------------- names, designations
@pytest.mark.parametrize("text,lang", [
    ("AIDES, association de lutte contre le VIH/sida, ouvre ses portes samedi.", "fr"),
    ("The Joint United Nations Programme on HIV/AIDS (UNAIDS) welcomes the Political Declaration on HIV/AIDS.", "en"),
    ("Le Programme commun des Nations Unies sur le VIH/sida (ONUSIDA) salue la décision.", "fr"),
    ("La Commission nationale consultative des droits de l'Homme a rendu son avis.", "fr"),
    ("International Drug Users' Day is on 1 November.", "en"),
    ("The amendments to the Law on HIV/AIDS were signed in March.", "en"),
    ("Les pays signataires de la Déclaration d'engagement sur le VIH/sida de 2000 se sont engagés.", "fr"),
    ("La Coalition des organismes communautaires québécois de lutte contre le sida (COCQ-SIDA) invite la ministre.",
     "fr"),
    ("Nous avons rencontré des associations communautaires de lutte contre le sida à Abidjan.", "fr"),
    ("Les tests sont assurés par l'unité VIH/SIDA de l'hôpital.", "fr"),
    ("Un réseau d'ONG qui lutte contre le sida a ouvert un centre.", "fr"),
    ("Conditions fall below the United Nations Standard Minimum Rules for the treatment of prisoners.", "en"),
    ("The Global Network of People Living with HIV/AIDS published a paper.", "en"),
    ("She coordinates the National HIV/AIDS Control Programme.", "en"),
    ("The Sex Workers Education and Advocacy Network of Prostitutes (SWEAN) met.", "en"),  # name with its acronym
])
def test_names_of_bodies_laws_and_declarations_are_not_the_writers_words(lint, text, lang):
    assert stigma(lint(text, lang=lang)) == []


@pytest.mark.parametrize("text,lang,word", [
    ("Ces toxicomanes dorment dans le parc.", "fr", "toxicomanes"),
    ("She is one of many AIDS victims.", "en", "AIDS victims"),
    ("The Foundation helps AIDS victims.", "en", "AIDS victims"),  # a verb ends a name
    ("The Foundation for sick junkies opened.", "en", "junkies"),  # a label in lower case: the writer's
    ("L'association aide les toxicomanes du quartier.", "fr", "toxicomanes"),
    ("La lutte contre le sida continue.", "fr", "lutte contre le sida"),  # the writer's own voice
    ("Les stratégies de lutte contre le VIH/sida doivent changer.", "fr", "lutte contre le VIH/sida"),
    ("Les services liés à la lutte contre le VIH sont gratuits.", "fr", "lutte contre le VIH"),
    ("People living with HIV/AIDS face stigma in the HIV/AIDS community.", "en", "HIV/AIDS"),
    ("L'Association soutient les usagers de drogues.", "fr", "usagers de drogues"),  # a verb ends a name
    ("Les personnes vivant avec le VIH/sida (PVVIH) sont reçues.", "fr", "VIH/sida"),  # lower case: not a name
    ("They call them Junkies (JK) here.", "en", "Junkies"),  # one capitalised word is no name
])
def test_the_writers_own_wording_still_fires_beside_names(lint, text, lang, word):
    assert word in texts(lint(text, lang=lang))


# ----------------------------------------------------------------------------------------- a community's voice
@pytest.mark.parametrize("text,lang", [
    ("I was homeless and, like many other drug users, I was turned away from clinics.", "en"),
    ("Les personnes usagères de drogues sont accueillies sans rendez-vous.", "fr"),
    ("Nous, usagers de drogues, demandons à être entendus.", "fr"),
])
def test_a_communitys_own_voice_is_quiet(lint, text, lang):
    assert stigma(lint(text, lang=lang)) == []


def test_a_label_for_oneself_is_info_and_says_so(lint):
    [d] = stigma(lint("As a former addict, I know how the clinic treats people.", lang="en"))
    assert d.severity == "info" and "group the writer belongs to" in d.message


@pytest.mark.parametrize("text,lang,word", [
    ("Other drug users were turned away from the clinic.", "en", "drug users"),  # no first person
    ("Nous accompagnons les usagers de drogues depuis 1989.", "fr", "usagers de drogues"),  # a service's voice
    ("Plus de 2 millions de personnes souffrent de troubles psychiques.", "fr", "souffrent de"),
])
def test_not_a_communitys_own_voice(lint, text, lang, word):
    assert any(word in t for t in texts(lint(text, lang=lang)))


# ----------------------------------------------------------------------------------------- quotations
@pytest.mark.parametrize("text,lang", [
    ("« Un toxicomane de 41 ans interpellé à Pikine », écrit l'AFP : une dépêche stigmatisante.", "fr"),
    ('"Junkies turn park into no-go zone", the tabloid wrote: a dehumanising headline.', "en"),
    # a contested term in someone else's words: theirs to choose
    ("« La lutte contre le VIH ne peut être efficace sans les droits humains », a-t-elle précisé.", "fr"),
    # a statement kept verbatim (15 words or more)
    ("“Our task is to touch the lives of our fellow citizens with special needs despite our limited "
     "resources,” the President said.", "en"),
])
def test_quotations_kept_verbatim_or_rebutted_are_quiet(lint, text, lang):
    assert stigma(lint(text, lang=lang)) == []


def test_a_quotation_of_several_paragraphs_is_someone_elses_statement(lint):
    text = ("“We have long campaigned for prevention programmes in prisons, for everyone who needs them.\n\n"
            "Sex and drug use do take place in prisons and junkies should be given the same tools.\n\n"
            "In light of this report, we want a pilot,” said the director.\n\n"
            "The junkies were not consulted.\n")
    result = lint(text, lang="en")
    assert [result.location(f)["line"] for f in stigma(result)] == [7]


@pytest.mark.parametrize("text,lang", [
    ('A nurse told me I was "wasting my time on a junkie".', "en"),  # a reported phrase: still shown, info
    ("Il y a quinze ans, on disait « les malades du sida » et on baissait la voix.", "fr"),
    ("Le ministre a dit : « les toxicomanes doivent être soignés, pas punis ».", "fr"),
])
def test_short_quoted_speech_is_still_reported(lint, text, lang):
    assert len(stigma(lint(text, lang=lang))) == 1


def test_quoting_a_stigmatising_word_inside_a_quote_is_not_a_rebuttal(lint):
    # the judgement must stand outside the quotation marks
    text = "« Les toxicomanes sont victimes de stigmatisation », a déclaré le ministre."
    assert texts(lint(text, lang="fr")) == ["Les toxicomanes"] or texts(lint(text, lang="fr")) == ["toxicomanes"]


# ----------------------------------------------------------------------------------------- another sense
@pytest.mark.parametrize("text,lang", [
    ("Les bénéficiaires du RSA et le bénéficiaire de l'AAH sont concernés.", "fr"),
    ("Beneficiaries of SNAP were surveyed.", "en"),
])
def test_an_administrative_category_is_not_pity_framing(lint, text, lang):
    assert stigma(lint(text, lang=lang)) == []


def test_beneficiaries_without_an_administrative_category_still_fire(lint):
    assert texts(lint("Les bénéficiaires ont reçu des kits.", lang="fr")) == ["bénéficiaires"]


# ----------------------------------------------------------------------------------------- organisation's choice
ACCEPT = {"organization": {"accept": [
    {"term": "usager·ère de drogues", "reason": "Notre réseau se nomme ainsi.", "rules": ["stigma.drug-use"]},
]}}


def test_accepted_term_is_quiet_for_that_organisation_only(lint):
    text = "Nous défendons les usagers de drogues et les usagères de drogues. Les toxicomanes aussi."
    assert texts(lint(text, lang="fr", config=ACCEPT)) == ["toxicomanes"]
    assert "usagers de drogues" in texts(lint(text, lang="fr"))


def test_accepted_term_applies_only_to_the_rules_named(lint):
    config = {"organization": {"accept": [{"term": "usagers de drogues", "reason": "x", "rules": ["stigma.hiv"]}]}}
    assert texts(lint("Nous défendons les usagers de drogues.", lang="fr", config=config)) == ["usagers de drogues"]


def test_accepted_term_without_rules_covers_every_stigma_rule(lint):
    config = {"organization": {"accept": [{"term": "lutte contre le sida", "reason": "our mission's words"}]}}
    assert stigma(lint("La lutte contre le sida continue.", lang="fr", config=config)) == []


@pytest.mark.parametrize("accept,needle", [
    ("accept: usagers de drogues", "expected a list"),
    ("accept:\n    - usagers de drogues", "expected a mapping"),
    ("accept:\n    - term: usagers de drogues", "reason: expected a non-empty text"),
    ("accept:\n    - term: usagers de drogues\n      reason: ok\n      rules: [tone.emoji]", "not a stigma rule"),
    ("accept:\n    - term: usagers de drogues\n      reason: ok\n      why: x", "unknown key 'why'"),
])
def test_accept_is_validated_with_file_and_line(tmp_path, accept, needle):
    from postlint.engine.config import load

    path = tmp_path / ".postlint.yaml"
    path.write_text("lang: fr\norganization:\n  " + accept + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load(str(path))
    assert needle in str(e.value) and ".postlint.yaml:" in str(e.value)


# ----------------------------------------------------------------------------------------- once per document
def test_info_about_the_same_wording_is_one_finding_with_the_count(lint):
    text = "La lutte contre le sida avance.\n\nNotre lutte contre le sida continue.\n\nLa Lutte contre le sida !\n"
    [d] = stigma(lint(text, lang="fr"))
    assert d.severity == "info" and "3 occurrences" in d.message
    assert len(d.occurrences) == 3 and d.occurrences[0] == d.span
    assert all(isinstance(s, Span) for s in d.occurrences)


def test_warnings_keep_one_finding_per_place(lint):
    text = "Les toxicomanes dorment.\n\nLes toxicomanes attendent.\n"
    found = stigma(lint(text, lang="fr"))
    assert len(found) == 2 and all(not f.occurrences for f in found)


def test_different_wordings_are_not_folded(lint):
    text = "The inmates and the prisoners met. Inmates spoke first.\n"
    found = stigma(lint(text, lang="en"))
    assert sorted(len(f.occurrences) for f in found) == [0, 2]


@pytest.mark.parametrize("text,lang", [
    ("Loi anti-prostitution : un an de trop !", "fr"),
    ("Un an après, la loi anti-prostitution a aggravé la situation des travailleuses du sexe.", "fr"),
    ('Opponents claim that "prostitutes are victims who need rescuing". This is false: sex work is work.', "en"),
])
def test_a_union_naming_the_law_it_fights_or_rebutting_its_opponents(lint, text, lang):
    assert stigma(lint(text, lang=lang)) == []


@pytest.mark.parametrize("text,lang,n", [
    ("Les Français associent les maladies mentales à des dénominations : débile, aliéné.", "fr", 1),
    ("Les mots qui blessent : toxicomane, drogué.", "fr", 2),
])
def test_words_listed_after_a_noun_naming_them_are_info(lint, text, lang, n):
    found = stigma(lint(text, lang=lang))
    assert len(found) == n and all(f.severity == "info" for f in found)


def test_a_list_without_such_a_noun_is_a_use(lint):
    [d] = stigma(lint("Les toxicomanes, les sans-abri : tous étaient là.", lang="fr"))
    assert d.severity in ("warning", "error")


@pytest.mark.parametrize("text,lang", [
    ("The medical marijuana program opens in June.", "en"),
    ("The audit found no criminal conduct.", "en"),
    ("Drug use is a health issue, not a criminal one.", "en"),
])
def test_a_contested_word_qualifying_a_thing_is_another_sense(lint, text, lang):
    assert stigma(lint(text, lang=lang)) == []


@pytest.mark.parametrize("text,lang,word", [
    ("Marijuana use among young people is up.", "en", "Marijuana"),
    ("They treated us like criminals.", "en", "criminals"),
    ("HIV/AIDS programmes grew last year.", "en", "HIV/AIDS"),  # inaccurate wording, whatever it qualifies
])
def test_the_same_words_about_people_or_inaccurate_still_fire(lint, text, lang, word):
    assert word in texts(lint(text, lang=lang))


def test_contested_wording_in_the_organisations_own_name_is_its_choice(lint):
    config = {"organization": {"names": ["ASUD", "Autosupport des usagers de drogues"]}}
    text = "Notre but : changer l'image des usagers de drogues. Les toxicomanes aussi."
    assert texts(lint(text, lang="fr", config=config)) == ["toxicomanes"]  # a label in the name is not a choice
    assert "usagers de drogues" in texts(lint(text, lang="fr"))


# ----------------------------------------------------------------------------------------- titles of offices
@pytest.mark.parametrize("text,lang,fires", [
    ("Statement attributable to the Spokesman for the Secretary-General on Mali.", "en", False),
    ("La Ligue sénégalaise des Droits de l'Homme condamne l'arrestation.", "fr", False),
    ("A spokesman for the network said the clinic will open.", "en", True),
    ("The Spokesman said nothing more.", "en", True),
    ("Madame le ministre de la Justice a reçu le réseau.", "fr", True),  # the gendered title is the point
])
def test_an_offices_official_title_is_not_the_writers_wording(lint, text, lang, fires):
    assert bool(stigma(lint(text, lang=lang))) is fires


def test_a_stigmatising_word_in_a_release_quote_still_fires_but_a_contested_one_is_the_speakers(lint):
    release = ("# Sunu Santé ouvre un centre\n\nDakar, le 3 mars 2026 – Sunu Santé ouvre un centre.\n\n"
               "« Nous accueillons les usagers de drogues sans condition », dit Awa Diallo, présidente d'un réseau "
               "partenaire.\n\n« Les toxicomanes ont droit aux soins », ajoute-t-elle.\n\n"
               "Contact presse : Awa Diallo, chargée de communication, presse@sunusante.org\n")
    found = texts(lint(release, lang="fr", type="press-release"))
    assert any("toxicomanes" in t for t in found)
    assert not any("usagers de drogues" in t for t in found)


@pytest.mark.parametrize("text,lang,fires", [
    ("Ce projet favorise les réseaux de prostitution.", "fr", False),
    ("En Belgique, la prostitution n'est pas une infraction.", "fr", False),
    ("The Anti-Prostitution Pledge blocks funding for our clinics.", "en", False),
    ("La prostitution de rue recule dans le quartier.", "fr", True),
    ("Street prostitution is declining.", "en", True),
])
def test_prostitution_as_the_word_of_a_law_or_policy_is_quiet(lint, text, lang, fires):
    assert bool(stigma(lint(text, lang=lang))) is fires
