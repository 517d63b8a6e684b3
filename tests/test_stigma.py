"""Stigma rules: word-level matching, context, quotations, names, suggestions, fixes and options."""
from __future__ import annotations

import pytest


def stigma(result, rule: str | None = None) -> list[dict]:
    assert result.error is None, result.error
    assert not result.internal_errors, result.internal_errors
    return [result.finding_dict(f) for f in result.findings
            if f.category == "stigma" and (rule is None or f.rule == rule)]


def texts(result, rule: str | None = None) -> list[str]:
    return [d["text"] for d in stigma(result, rule)]


# ----------------------------------------------------------------------------------------- words
@pytest.mark.parametrize("sentence", [
    "La droguerie du quartier ferme à 19 h.",
    "Caméra à l'épaule, l'équipe a filmé la maraude.",
    "Une médecin du service de toxicologie du CHU.",
    "Deux militantes camerounaises de l'autosupport.",
    "La drogue circule moins depuis l'ouverture du centre.",
    "Les personnes qui utilisent des drogues sont les bienvenues.",
    "Cela les handicape au quotidien.",
    "Une juriste spécialiste des abus sexuels.",
    "Salle accessible, propre et chauffée, garderie sur place.",
    "Les usagers du centre ont choisi les horaires.",
    "Les personnes handicapées et les personnes en situation de handicap votent.",
    "Un atelier clandestin a été fermé par la police.",
    "Les femmes victimes de violences sont reçues par notre juriste.",
    "Il a été drogué à son insu lors d'une soirée.",
])
def test_french_sentences_that_are_not_flagged(lint, sentence):
    assert stigma(lint(sentence, lang="fr")) == []


@pytest.mark.parametrize("sentence", [
    "The camera crew filmed the outreach van.",
    "Clean water and clean energy for every shelter.",
    "Service users chose the opening hours.",
    "Child abuse and sexual abuse are crimes.",
    "Victims of trafficking can claim damages.",
    "Disabled people and persons with disabilities marched together.",
    "Addiction is a health condition, and methadone is a medicine.",
    "Human rights abuses were documented.",
    "Pluto is a dwarf planet.",
    "The AIDS response is funded until 2030.",
    "He aids the nurses on Fridays.",
    "We make sure the room is clean before the group arrives.",
])
def test_english_sentences_that_are_not_flagged(lint, sentence):
    assert stigma(lint(sentence, lang="en")) == []


@pytest.mark.parametrize("sentence,expected", [
    ("Les drogué·e·s ont droit aux soins.", "drogué·e·s"),
    ("Les drogué.e.s ont droit aux soins.", "drogué.e.s"),
    ("Les drogué-e-s ont droit aux soins.", "drogué-e-s"),
    ("Les drogué(e)s ont droit aux soins.", "drogué(e)s"),
    ("Une droguée a témoigné.", "droguée"),
    ("Les toxicomane·s du quartier.", "toxicomane·s"),
    ("L'usager·ère·s de drogues", "usager·ère·s de drogues"),
    ("Une sidéenne témoigne.", "sidéenne"),
    ("Elles étaient infectées par le VIH.", "infectées par le VIH"),
    ("Des immigrées clandestines attendent.", "immigrées clandestines"),
    ("Le toxicomane et l’ancien toxico parlent.", "Le toxicomane"),  # with its determiner: see below
    ("LES TOXICOMANES DU QUARTIER", "TOXICOMANES"),
    ("Un sourd-muet a témoigné.", "Un sourd-muet"),
    ("Des sourds muets ont témoigné.", "sourds muets"),
])
def test_french_inflections_and_spellings(lint, sentence, expected):
    assert expected in texts(lint(sentence, lang="fr"))


@pytest.mark.parametrize("sentence,expected", [
    ("The junkie's bag was searched.", "junkie"),
    ("The junkies' bags were searched.", "junkies"),
    ("Drug-users were turned away.", "Drug-users"),
    ("HIV-infected mothers can breastfeed.", "HIV-infected"),
    ("Crack heads and crackheads alike.", "Crack heads"),
    ("JUNKIES OUT", "JUNKIES"),
])
def test_english_plurals_possessives_hyphens(lint, sentence, expected):
    assert expected in texts(lint(sentence, lang="en"))


def test_multi_word_term_spans_a_line_break_and_markdown_emphasis(lint):
    result = lint("Les **malades\ndu sida** attendent.\n", lang="fr")
    [d] = stigma(result)
    assert (d["line"], d["column"], d["end_line"]) == (1, 7, 2)


def test_span_is_exact_with_front_matter_and_crlf(lint):
    text = "---\r\nlang: fr\r\n---\r\nNous soutenons les toxicomanes de Dakar.\r\n"
    [d] = stigma(lint(text))
    assert (d["line"], d["column"], d["end_column"], d["text"]) == (4, 20, 31, "toxicomanes")


def test_accent_decides_between_drug_and_person(lint):
    assert texts(lint("Les drogues et les drogués.", lang="fr")) == ["drogués"]


def test_acronyms_match_only_in_capitals(lint):
    assert texts(lint("An AIDS test is free.", lang="en")) == ["AIDS test"]
    assert texts(lint("Hearing aids test the patience of staff.", lang="en")) == []


def test_image_alt_text_is_checked(lint):
    result = lint('![Un toxicomane assis sur un banc](photo.jpg "Photo : Awa")\n', lang="fr")
    assert "Un toxicomane" in texts(result)


# ----------------------------------------------------------------------------------------- context
def test_abuse_only_with_drugs(lint):
    # « la consommation »: the determiner agrees
    assert texts(lint("L'abus d'alcool et les abus de pouvoir.", lang="fr")) == ["L'abus d'alcool"]
    assert texts(lint("Drug abuse and child abuse.", lang="en")) == ["Drug abuse"]


@pytest.mark.parametrize("sentence,flagged", [
    ("Nobody is asked to be clean before they get care.", True),
    ("I have stayed clean for two years.", True),
    ("His urine test came back clean.", True),
    ("Never share dirty needles.", True),
    ("Clean water is a right.", False),
    ("They keep the kitchen clean.", False),
    ("The code is clean and tested.", False),
])
def test_clean_only_about_a_person_a_test_or_equipment(lint, sentence, flagged):
    assert bool(stigma(lint(sentence, lang="en"))) is flagged


def test_victim_only_in_pity_framing(lint):
    fr = lint("Ces pauvres victimes attendent. Les victimes de la traite portent plainte.", lang="fr")
    assert texts(fr) == ["pauvres victimes"]
    en = lint("An AIDS victim spoke. Victims of crime can claim compensation.", lang="en")
    assert texts(en) == ["AIDS victim"]


def test_user_only_as_drug_user_and_usager_de_drogues_is_info(lint):
    assert texts(lint("Users of the service and every drug user.", lang="en")) == ["drug user"]
    [d] = stigma(lint("Chaque usager de drogues est le bienvenu.", lang="fr"))
    assert d["severity"] == "info"


def test_handicape_noun_not_adjective(lint):
    result = lint("Les handicapés et les personnes handicapées.", lang="fr")
    assert texts(result) == ["handicapés"]


@pytest.mark.parametrize("sentence,flagged", [
    ("Une politique schizophrène.", True),
    ("On l'a traitée de folle.", True),
    ("Cette décision est complètement folle.", True),
    ("Elle a eu un fou rire.", False),
    ("C'est fou comme le temps passe.", False),
])
def test_mental_health_metaphors(lint, sentence, flagged):
    assert bool(stigma(lint(sentence, lang="fr"))) is flagged


def test_schizophrenic_as_metaphor_in_english(lint):
    result = lint("The council has a schizophrenic approach to public health.", lang="en")
    assert texts(result, "stigma.mental-health") == ["schizophrenic"]


# ----------------------------------------------------------------------------------------- names, quotes
def test_names_and_self_designations_are_not_flagged(lint):
    assert stigma(lint("Narcotics Anonymous meets on Tuesdays; Alcoholics Anonymous too.", lang="en")) == []
    assert stigma(lint("La Journée mondiale de lutte contre le sida a lieu le 1er décembre.", lang="fr")) == []
    assert stigma(lint("Le groupe Auto-Support des Usagers de Drogues organise un débat.", lang="fr")) == []


def test_organisation_names_from_config_are_not_flagged(lint):
    config = {"organization": {"names": ["Collectif des Ex-Toxicos"]}}
    assert stigma(lint("Le collectif des ex-toxicos organise un débat.", lang="fr", config=config)) == []
    assert stigma(lint("Les ex-toxicos organisent un débat.", lang="fr", config=config)) != []


def test_title_case_headline_is_still_checked(lint):
    assert "Junkies" in texts(lint("Junkies Turn City Park Into No-Go Zone", lang="en"))


@pytest.mark.parametrize("text,lang", [
    ("This month we read William S. Burroughs's *Junky* (1953), a novel about heroin.", "en"),
    ('We watched the film "Diary of a Junkie" last night.', "en"),
    ("Read *Confessions of a Recovering Addict* by Jane Doe.", "en"),
    ("Nous avons lu le roman « Les Drogués » de Pierre Dupont.", "fr"),
    ("Nous avons lu *Confessions d'un toxicomane* (2019) en atelier.", "fr"),  # French titles: sentence case
    ("La série « Drogués, et alors ? » montre des vies.", "fr"),
])
def test_the_title_of_a_work_is_a_name(lint, text, lang):
    assert stigma(lint(text, lang=lang)) == []


@pytest.mark.parametrize("text,lang", [
    ("A nurse said *junkies* should wait.", "en"),  # emphasis, not a title
    ("The book says *junkies* never change.", "en"),  # lower case: the author's words
])
def test_emphasis_is_not_a_title(lint, text, lang):
    assert len(stigma(lint(text, lang=lang))) == 1


def test_capitalised_name_around_a_term_is_skipped_but_a_capitalised_term_is_not(lint):
    assert stigma(lint("We met the Drug Users Forum of Lagos.", lang="en")) == []
    assert texts(lint("Clinics in the Third World lack medicines.", lang="en")) == ["Third World"]


@pytest.mark.parametrize("text,lang", [
    ("La voix off parle de « camés ».", "fr"),
    ('A nurse said I was "wasting my time on a junkie".', "en"),
    ("The headline read “Junkies turn park into no-go zone”.", "en"),
    ("> Les toxicomanes envahissent le parc, titrait le journal.", "fr"),
])
def test_quoted_terms_are_flagged_and_the_message_says_so(lint, text, lang):
    [d] = stigma(lint(text, lang=lang))
    assert ("citation" if lang == "fr" else "quotation") in d["message"]


@pytest.mark.parametrize("text,lang", [
    ("Arrêtons d'écrire « toxicomane » dans les articles.", "fr"),
    ("Le mot « drogué » fait de la personne un objet.", "fr"),
    ('PS: the word "addict" reduces a person to one thing.', "en"),
    ('Stop using "junkie" in headlines.', "en"),
])
def test_a_term_named_as_a_word_is_info(lint, text, lang):
    [d] = stigma(lint(text, lang=lang))
    assert d["severity"] == "info"
    assert ("cité comme mot" if lang == "fr" else "mentioned as a word") in d["message"]


@pytest.mark.parametrize("text,lang,n", [
    # a "say / don't say" glossary: capitals at the start of a line are not names either
    ("Petit lexique 👇\n\n❌ Toxicomane → ✅ Personne qui consomme des drogues\n❌ Sidéen → ✅ Personne vivant "
     "avec le VIH\n❌ Prostituée → ✅ Travailleuse du sexe", "fr", 3),
    # (a correction quoting its alternative too is not reported at all: tests/test_stigma_voices.py)
    ("Écrivez personne qui consomme des drogues au lieu de « toxicomane ».", "fr", 1),
    ("Dites usagers, pas « drogués ».", "fr", 1),
    ('Say people who use drugs instead of "addicts".', "en", 1),
    ('Use person in recovery, not "IV drug abusers".', "en", 1),
    ("Never use the word *junkie* in a headline.", "en", 1),  # italics name a word too
    ("Junkie -> ✅ person who uses drugs", "en", 1),
    ("- Toxicomane : à éviter, préférez « personne qui consomme des drogues »\n- Drogués : à bannir", "fr", 2),
    ("Toxicomanes, drogués, camés : ces mots enferment.", "fr", 3),
    ("Certains parlent encore de « drogués ». Ce mot tue.", "fr", 1),
])
def test_a_term_rejected_in_a_glossary_or_a_correction_is_info(lint, text, lang, n):
    found = stigma(lint(text, lang=lang))
    assert len(found) == n and all(d["severity"] == "info" for d in found), found


@pytest.mark.parametrize("text,lang", [
    ("Il n'est pas toxicomane.", "fr"),  # a denial still uses the label
    ("Toxicomanes rencontrés → 42", "fr"),  # an arrow without a correction
    ("Instead of addicts sleeping in the park, they now have homes.", "en"),  # no quotation marks: a use
])
def test_not_a_rejection(lint, text, lang):
    [d] = stigma(lint(text, lang=lang))
    assert d["severity"] in ("warning", "error") and "mot" not in d["message"].split(".")[0]
    assert "mentioned" not in d["message"]


@pytest.mark.parametrize("text,lang", [
    ("On l'a traitée de « droguée » devant tout le monde.", "fr"),  # no cue naming the word
    ('A paper called the people who died "junkies".', "en"),  # an insult aimed at people, reported
])
def test_a_lone_word_in_quotes_keeps_its_severity(lint, text, lang):
    [d] = stigma(lint(text, lang=lang))
    assert d["severity"] in ("warning", "error")


@pytest.mark.parametrize("text,lang", [
    ('The word on the street: "junkies are taking over the park".', "en"),  # a whole sentence quoted
    ('A nurse said I was "wasting my time on a junkie".', "en"),
    ("Le titre « Les sidéens oubliés de Treichville » blesse des milliers de personnes.", "fr"),
    ("Le ministre a dit : « les toxicomanes doivent être soignés, pas punis ».", "fr"),
    ("> Les toxicomanes envahissent le parc, titrait le journal.", "fr"),
    ("Le gouverneur a déclaré : « Nous allons chasser ces clandestins de la ville. »", "fr"),
    ("‘We don’t serve junkies here,’ the receptionist said.", "en"),  # British quotation marks
])
def test_quoted_speech_is_info(lint, text, lang):
    """Someone else's words (a quoted sentence or headline, a block quote) are reported for the editor
    to judge, not blocking: the language guides skip quoted speech, meaning depends on context (INPUD position
    statement on language; COCQ-SIDA, « L'importance des mots »)."""
    [d] = stigma(lint(text, lang=lang))
    assert d["severity"] == "info"
    assert ("si vous citez" if lang == "fr" else "if you are quoting") in d["message"]


@pytest.mark.parametrize("text,lang", [
    ("Notre slogan reste le même : « Aucun toxicomane n'est perdu ».", "fr"),  # the organisation's own words
    ('Our campaign message: "No junkie left behind".', "en"),
])
def test_own_slogan_keeps_its_severity(lint, text, lang):
    [d] = stigma(lint(text, lang=lang))
    assert d["severity"] in ("warning", "error")


def test_quotations_in_a_press_release_keep_their_severity(lint):
    """A release's quotations are the organisation's own (its spokesperson's, written with the team)."""
    text = ("---\ntype: press-release\nlang: en\n---\n# Title\n\n"
            'Nairobi, 2 May 2026 – "This is a step forward for junkies," said the spokesperson.\n')
    [d] = stigma(lint(text))
    assert d["severity"] == "warning" and "even inside a quotation" in d["message"]


def test_unquoted_message_does_not_mention_quotation(lint):
    [d] = stigma(lint("Les toxicomanes du quartier.", lang="fr"))
    assert "citation" not in d["message"]
    assert d["message"].startswith("« toxicomanes » stigmatise")


# ----------------------------------------------------------------------------------------- messages, fixes
def test_message_has_reason_and_alternatives_in_draft_language(lint):
    [d] = stigma(lint("A nurse called him a junkie.", lang="en"))
    assert d["message"].startswith('"junkie" is stigmatising.')
    assert "Prefer:" in d["message"] and d["suggestions"] == ["person who uses drugs"]
    assert d["severity"] == "warning" and d["text"] == "junkie"


def test_plural_match_gets_plural_alternative(lint):
    [d] = stigma(lint("Nous soutenons les toxicomanes.", lang="fr"))
    assert d["suggestions"] == ["personnes qui consomment des drogues"]
    [d] = stigma(lint("Des familles et un toxicomane témoignent.", lang="fr"))
    assert d["suggestions"] == ["une personne qui consomme des drogues"]


@pytest.mark.parametrize("text,found,suggestions", [
    ("Un ancien toxicomane anime l'atelier.", "Un ancien toxicomane",
     ["Une personne en rétablissement", "Une personne ayant un vécu de consommation"]),
    ("Cet ex-toxicomane parle.", "Cet ex-toxicomane",
     ["Cette personne en rétablissement", "Cette personne ayant un vécu de consommation"]),
    ("Le récit du toxicomane.", "du toxicomane", ["de la personne qui consomme des drogues"]),
    ("Une prostituée témoigne.", "Une prostituée",
     ["Une travailleuse du sexe", "Un travailleur du sexe", "Une personne en situation de prostitution"]),
    ("La toxicomanie progresse.", "La toxicomanie",
     ["L'usage de drogues", "La dépendance", "Le trouble lié à l'usage de substances"]),
    ("L’ex-toxicomane témoigne.", "L’ex-toxicomane",
     ["La personne en rétablissement", "La personne ayant un vécu de consommation"]),
    ("Tout toxicomane a des droits.", "Tout toxicomane", ["Toute personne qui consomme des drogues"]),
    ("Un jeune toxicomane témoigne.", "Un jeune toxicomane", ["Une jeune personne qui consomme des drogues"]),
    ("Le récit d'un petit toxicomane.", "un petit toxicomane", ["une petite personne qui consomme des drogues"]),
    ("Certains toxicomanes témoignent.", "Certains toxicomanes", ["Certaines personnes qui consomment des drogues"]),
    ("Il parle d'anciens toxicomanes.", "d'anciens toxicomanes",
     ["de personnes en rétablissement", "de personnes ayant un vécu de consommation"]),
])
def test_french_determiner_agrees_with_the_alternative(lint, text, found, suggestions):
    """« Un toxicomane » → « une personne … », never « un personne »: the suggestion carries the determiner."""
    [d] = stigma(lint(text, lang="fr"))
    assert d["text"] == found and d["suggestions"] == suggestions
    assert d["column"] == 1 + text.index(found)


def test_determiner_unchanged_when_it_agrees(lint):
    [d] = stigma(lint("Le virus du sida circule.", lang="fr"))
    assert d["text"] == "virus du sida"


def test_suggestions_keep_capitalisation(lint):
    [d] = stigma(lint("Toxicomanes et familles sont invités.", lang="fr"))
    assert d["suggestions"] == ["Personnes qui consomment des drogues"]
    [d] = stigma(lint("We met an AIDS victim.", lang="en"))
    assert d["suggestions"] == ["person living with HIV"]  # the acronym does not capitalise the rest
    [d] = stigma(lint("LES TOXICOMANES DU QUARTIER", lang="fr"))
    assert d["suggestions"] == ["PERSONNES QUI CONSOMMENT DES DROGUES"]


def test_safe_fix_only_where_agreement_is_kept(lint):
    from postlint.engine.fixes import apply_edits, safe_edits

    result = lint("Le virus du sida a été découvert en 1983. Les toxicomanes témoignent.", lang="fr")
    by_text = {result.finding_dict(f)["text"]: f for f in result.findings if f.category == "stigma"}
    assert by_text["virus du sida"].fixable
    assert not by_text["toxicomanes"].fixable  # a noun swap changes agreement: unsafe at most
    fixed = apply_edits(result.doc.source, safe_edits(result.doc, result.findings))
    assert fixed == "Le VIH a été découvert en 1983. Les toxicomanes témoignent."


def test_english_safe_fix_the_aids_virus(lint):
    from postlint.engine.fixes import apply_edits, safe_edits

    result = lint("Scientists identified the AIDS virus in 1983.", lang="en")
    fixed = apply_edits(result.doc.source, safe_edits(result.doc, result.findings))
    assert fixed == "Scientists identified HIV in 1983."


def test_no_safe_fix_inside_a_quotation(lint):
    [f] = [f for f in lint("« Le virus du sida tue », titrait le journal.", lang="fr").findings
           if f.category == "stigma"]
    assert f.fix is not None and f.fix.applicability == "unsafe"


# ----------------------------------------------------------------------------------------- options
def test_domain_can_be_switched_off(lint):
    result = lint("Les sidéens et les toxicomanes.", lang="fr", config={"rules": {"stigma.hiv": "off"}})
    assert [d["rule"] for d in stigma(result)] == ["stigma.drug-use"]


def test_entry_can_be_excluded_by_id(lint):
    config = {"rules": {"stigma": {"exclude": ["toxicomane"]}}}
    result = lint("Les toxicomanes et les junkies.", lang="fr", config=config)
    assert texts(result) == ["junkies"]


def test_unknown_entry_id_in_exclude_is_a_config_error(lint):
    from postlint.core.errors import ConfigError

    with pytest.raises(ConfigError) as e:
        lint("Texte.", lang="fr", config={"rules": {"stigma.drug-use": {"exclude": ["toxicomanes"]}}})
    assert "unknown wordlist entry id 'toxicomanes'" in str(e.value)
    assert "did you mean toxicomane" in str(e.value) and ".postlint.yaml:2" in str(e.value)


def test_contested_terms_can_be_hidden(lint):
    text = "Chaque usager de drogues est le bienvenu, pas les junkies."
    assert len(stigma(lint(text, lang="fr"))) == 2
    result = lint(text, lang="fr", config={"rules": {"stigma": {"contested": False}}})
    assert texts(result) == ["junkies"]


def test_config_severity_overrides_entry_severity(lint):
    result = lint("Chaque usager de drogues.", lang="fr", config={"rules": {"stigma": {"severity": "error"}}})
    assert [d["severity"] for d in stigma(result)] == ["error"]


def test_suppression_comment_applies(lint):
    text = "<!-- postlint-disable stigma -->\n\"Junkies out\"\n<!-- postlint-enable -->\n\nCrackheads.\n"
    assert texts(lint(text, lang="en")) == ["Crackheads"]


def stigma_rules():
    """The built-in stigma rules (one module per domain: rules/stigma/<domain>.py)."""
    from postlint.engine.registry import builtin_rules

    return [r for r in builtin_rules() if r.category == "stigma"]


def test_explain_lists_entries_with_sources():
    from postlint.cli.explain import explain_text
    from postlint.rules.stigma.drug_use import RULES

    [rule] = RULES
    assert rule.id == "stigma.drug-use"
    text = explain_text(rule)
    assert "toxicomane [warning]" in text and "junkie [warning]" in text
    assert "DSS" in text
    assert "INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux »" in text


def test_every_domain_has_a_rule_with_sources_and_examples():
    from postlint.lexicon.wordlists import DOMAINS

    rules = stigma_rules()
    assert sorted(r.id for r in rules) == sorted(f"stigma.{d}" for d in DOMAINS)
    for r in rules:
        assert r.source and r.explain and r.examples["fail"] and r.examples["pass"]


def test_each_domain_documents_its_own_source():
    """A domain's documentation names its own wordlists, and its "Why:" is the rule's source, word for word."""
    for r in stigma_rules():
        explain = " ".join(r.explain.split())
        assert f"Why: {' '.join(r.source.split())}." in explain, r.id
        assert f"stigma/{r.id.split('.', 1)[1]}.yaml" in explain and f"{{{r.id}: off}}" in explain, r.id


def test_rule_examples_behave(lint):
    for r in stigma_rules():
        for i, text in enumerate(r.examples["fail"]):
            lang = "fr" if i == 0 else "en"
            assert stigma(lint(text, lang=lang), r.id), (r.id, text)
        for i, text in enumerate(r.examples["pass"]):
            lang = "fr" if i == 0 else "en"
            assert not stigma(lint(text, lang=lang), r.id), (r.id, text)


def test_a_text_of_thousands_of_stigmatising_words_is_read_up_to_a_limit(lint, monkeypatch):
    # each place costs its context checks: past the limit the rest is not read (a 1 MB line took 25 s)
    from postlint.rules.stigma import _scan

    monkeypatch.setattr(_scan, "MAX_HITS", 5)
    text = "---\nlang: en\n---\n" + "The junkies were there. " * 20 + "\n"
    places = sum(len(f.get("occurrences") or [1]) for f in stigma(lint(text)))
    assert places == 5
