"""minors.identifying-details: cues (ages, child words), names and places; the French NER loader."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from postlint.document.child_cues import ages, child_words


def found(result, rule="minors.identifying-details"):
    return [result.finding_dict(f) for f in result.findings if f.rule == rule]


def summary(result):
    return [(f["text"], f["severity"]) for f in found(result)]


@pytest.fixture(scope="session")
def french_model():
    """Load the French model once for the whole session (the loader memoises it per process)."""
    from postlint.text import nlp

    if nlp.french_ner() is None:
        pytest.skip(f"French spaCy model not available: {nlp.status['error']}")
    return nlp


# ------------------------------------------------------------------------------------------- cues
@pytest.mark.parametrize("text,expected", [
    ("Moussa Ndiaye, 8 ans, élève de CE2", [8]),
    ("une fillette âgée de 15 ans", [15]),
    ("Fatou a 9 ans et demi", [9]),
    ("un bébé de 8 mois", [0]),
    ("Awa Sarr, 41 ans, institutrice", [41]),
    ("Il y a 15 ans, l'association naissait", []),
    ("Depuis 10 ans, nous travaillons à Pikine", []),
    ("L'association a 20 ans cette année", []),
    ("la première boutique de réduction des risques de Ouagadougou fête ses 5 ans", []),
    ("notre café communautaire fêtera ses cinq ans", []),
    ("Notre fille fête ses 5 ans", [5]),
    ("Elle a fait 15 ans de prison", []),
    ("Un programme de 6 mois (6 mois), 3 ans plus tard", []),
    ("a 9-year-old girl", [9]), ("aged 14", [14]), ("Amina, 12, walks", [12]), ("Joseph (11) dreams", [11]),
    ("a nine-year-old boy", [9]), ("a 6-month-old baby", [0]),
    ("this 20-year-old programme", []), ("children aged 5 to 14", []), ("the project is 10 years old", []),
])
def test_ages(text, expected):
    assert [a for _, _, a, _ in ages(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("l'élève de CE2", [("élève", True)]),
    ("les élèves de l'école", [("élèves", False)]),
    ("une collégienne de Thiès", [("collégienne", True)]),
    ("des adolescent·e·s", [("adolescent·e·s", False)]),
    ("150 millions d'enfants dans le monde", []),
    ("aucun enfant ne devrait s'acheter", []),
    ("la Convention relative aux droits de l'enfant", []),
    ("un enfant sur trois", []),
    ("le budget s'élève à 3 millions", []),
    ("un rôle mineur", []), ("les mineurs non accompagnés", [("mineurs", False)]),
    ("a girl", [("girl", True)]), ("girl power", []), ("children's rights", []), ("every child", []),
    ("one in four children", []), ("the orphans", [("orphans", False)]), ("a minor injury", []),
])
def test_child_words(text, expected):
    assert [(c.text, c.individual) for c in child_words(text, 0)] == expected


# ------------------------------------------------------------------------------------------- English (no model)
@pytest.mark.parametrize("text,expected", [
    ("Grace Achieng, a 14-year-old pupil at Ayany Primary School in Kibera, walks an hour to class.",
     [("Grace Achieng", "error"), ("Ayany Primary School", "error")]),
    ("Amina, 12, lives in Bidibidi settlement with her mother, Jane Wanjiru.",
     [("Amina", "warning"), ("Bidibidi settlement", "error"), ("Jane Wanjiru", "error")]),
    ("The girl, named Blessing, lives near Kisumu.", [("Blessing", "warning")]),
    ("Meet Joseph (11), who dreams of becoming a pilot.", [("Joseph", "warning")]),
    ("The orphans of St Mary's Children's Home in Jinja sang.", [("St Mary's Children's Home", "warning")]),
    ("Mr Otieno, her teacher, says the 9-year-old is top of her class.", []),
    ("Children in Mali are among the most affected, says Fatima Traore, our director.", []),
    ("This 20-year-old programme has reached 3,000 children across Kenya.", []),
    ("One in four children in Nigeria is out of school.", []),
    ("Aminata, a 6-year-old orphan, sleeps at our shelter. May God bless our teams.", [("Aminata", "warning")]),
    ("Our youth coding club in Lagos is now the #1 civic-tech club, and the students are learning C#.", []),
])
def test_english(lint, text, expected):
    assert summary(lint(f"---\nlang: en\n---\n{text}\n")) == expected


def test_english_name_changed_lowers_to_info(lint):
    r = lint("---\nlang: en\n---\nEsther, 16, lives with her aunt in Kampala. Not her real name.\n")
    assert summary(r) == [("Esther", "info")]


def test_english_next_sentence_and_alt_text(lint):
    r = lint("---\nlang: en\n---\nSarah is 10 years old. She attends Mbare Primary School.\n\n"
             "![Peter Okello, 12, at Gulu High School](https://example.org/p.jpg)\nPhoto: Jane Doe\n")
    got = summary(r)
    assert ("Mbare Primary School", "error") in got and ("Peter Okello", "error") in got
    assert ("Gulu High School", "error") in got


def test_no_cue_no_spacy_import():
    """A French post with no child cue must not import spaCy (start-up time of pre-commit hooks)."""
    code = textwrap.dedent("""
        import sys, tempfile, os
        from postlint.api import check_text
        d = tempfile.mkdtemp(); open(os.path.join(d, '.postlint.yaml'), 'w').write('{}')
        r = check_text('---\\nlang: fr\\n---\\nAwa Sarr, 41 ans, anime nos ateliers à Pikine.\\n', path=os.path.join(d, 'a.md'))
        print('spacy' in sys.modules, [f.rule for f in r.findings if f.category == 'minors'])
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "False []", out.stderr


# ------------------------------------------------------------------------------------------- French (model)
@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Moussa Ndiaye, 8 ans, élève de CE2 à l'école élémentaire Keur Massar 3, a terminé premier de sa classe.\n\n"
     "Son institutrice, Awa Sarr, 41 ans, anime aussi nos ateliers de lecture du samedi.",
     [("Moussa Ndiaye", "error"), ("école élémentaire Keur Massar 3", "error")]),
    ("Aïcha, 12 ans, vit dans le quartier de Médina Gounass avec sa grand-mère Khady Ba.",
     [("Aïcha", "warning"), ("quartier de Médina Gounass", "error"), ("Khady Ba", "error")]),
    ("Fatou a 9 ans. Elle va à l'école de Ndiarème.", [("Fatou", "warning"), ("école de Ndiarème", "error")]),
    ("Belle matinée à l'école primaire Khadim Rassoul de Pikine ! Awa Ndiaye, 9 ans, a posé la première question.",
     [("école primaire Khadim Rassoul de Pikine", "error"), ("Awa Ndiaye", "error")]),
    ("Un élève de 14 ans a été arrêté. Son père, Amadou Ba, demande sa libération.", [("Amadou Ba", "error")]),
    ("Notre coordinatrice Aminata Sow a rencontré les élèves de l'école Sainte-Thérèse.",
     [("école Sainte-Thérèse", "warning")]),
    ("Il y a 15 ans, Awa Diop fondait l'association.", []),
    ("L'association a 10 ans : bravo à Moussa Diop, notre fondateur !", []),
    ("Journée internationale des droits de l'enfant : Moussa Diallo, ministre, visite Dakar.", []),
    ("Depuis 5 ans, le programme accompagne les femmes de Ziguinchor. Merci à Awa Sarr.", []),
    ("#NoPriceOnKids de l'Unicef dénonce le travail forcé de plus de 150 millions d'enfants dans le monde. "
     "Pour sa campagne, l'UNICEF a détourné la fonction shopping d'Instagram en publiant des photos d'enfants.", []),
])
def test_french(lint, french_model, text, expected):
    assert summary(lint(f"---\nlang: fr\n---\n{text}\n")) == expected


@pytest.mark.model
def test_french_changed_name_is_info_and_places_stay(lint, french_model):
    r = lint("---\nlang: fr\n---\nMariama*, 13 ans, vit au village de Ndiarème.\n\n*Le prénom a été modifié.\n")
    assert summary(r) == [("Mariama", "info"), ("village de Ndiarème", "error")]


@pytest.mark.model
def test_french_ner_finds_a_name_the_list_does_not_know(lint, french_model):
    r = lint("---\nlang: fr\n---\nLa jeune Tchilabalo Kpatcha, orpheline, est hébergée chez nous.\n")
    assert ("Tchilabalo Kpatcha", "error") in summary(r)


@pytest.mark.model
def test_fast_loader_gives_the_standard_entities(french_model, monkeypatch):
    """The fast loader skips spacy.lang.fr: its entities must match spacy.load()'s on typical posts."""
    from postlint.text import nlp

    monkeypatch.setenv("POSTLINT_NER", "always")  # the model on every sentence, decided by the heuristics or not

    sentences = [
        "Moussa Ndiaye, 8 ans, élève de CE2 à l'école élémentaire Keur Massar 3, a terminé premier.",
        "Son institutrice, Awa Sarr, 41 ans, anime aussi nos ateliers de lecture du samedi.",
        "Aïcha vit dans le quartier de Médina Gounass avec sa grand-mère Khady Ba.",
        "Le ministre de la Santé, Ibrahima Sy, a visité l'hôpital Principal de Dakar jeudi.",
        "Jean-Baptiste N'Diaye et Marie-Claire Ouédraogo ont présenté le projet à Ouagadougou.",
        "L'UNICEF et Médecins Sans Frontières interviennent au camp de Mbera, en Mauritanie.",
        "Aujourd'hui, c'est-à-dire le 12 mars, Ouest-France publie l'enquête de Fatou Diome.",
        "Rendez-vous au 12 rue Carnot à Thiès pour la journée portes ouvertes de Sunu Santé.",
    ]
    fast = [[(s, e, label) for s, e, label in ents] for ents in nlp.entities(sentences)]
    standard = nlp.load_standard()
    slow = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in standard.pipe(sentences)]
    same = sum(a == b for a, b in zip(fast, slow))
    assert same >= len(sentences) - 1, list(zip(fast, slow))
    assert nlp.status["loader"] in ("fast", "standard") and nlp.status["loaded"]


# ------------------------------------------------------------------------------------------- suggestions
def _place_suggestions(result):
    return {f["text"]: f["suggestions"] for f in found(result) if "Amina" not in f["text"]}


@pytest.mark.parametrize("text,place,suggestion", [
    ("In Bamako, Grace Achieng, a 14-year-old pupil at Ayany Primary School, walks an hour to class.",
     "Ayany Primary School", "a school in Bamako"),
    ("Grace Achieng, a 14-year-old pupil at Ayany Primary School, walks an hour to class in May.",
     "Ayany Primary School", "a school in the town, without its name"),
    ("BAMAKO, 3 May 2026 — Our teams were there. Grace Achieng, a 14-year-old pupil at Ayany Primary School, spoke.",
     "Ayany Primary School", "a school in Bamako"),
    ("Grace, 14, is a pupil at Ayany Primary School in Grade 5.",
     "Ayany Primary School", "a school in the town, without its name"),
])
def test_english_place_suggestion_comes_from_the_draft(lint, text, place, suggestion):
    got = _place_suggestions(lint(f"---\nlang: en\n---\n{text}\n"))
    assert got[place] == [suggestion]


@pytest.mark.parametrize("text,place,suggestion", [
    ("À Bamako, des élèves de l'école Jean Mermoz ont visité le musée.", "école Jean Mermoz", "une école de Bamako"),
    ("Des élèves du lycée Askia à Abidjan ont visité le musée.", "lycée Askia", "un lycée d'Abidjan"),
    ("Des élèves de l'école Jean Mermoz ont visité le musée.", "école Jean Mermoz",
     "une école de la ville, sans son nom"),
    ("Des élèves de l'école Jean Mermoz ont visité le musée. MERCI À TOUS !", "école Jean Mermoz",
     "une école de la ville, sans son nom"),
    ("Nous étions à Kaolack mardi.\n\nDes élèves de l'école Jean Mermoz ont visité le musée.", "école Jean Mermoz",
     "une école de la ville, sans son nom"),
    ("BAMAKO, 12 mai 2026 – Nos équipes étaient là. Des élèves de l'école Jean Mermoz ont visité le musée.",
     "école Jean Mermoz", "une école de Bamako"),
])
def test_french_place_suggestion_names_no_town_the_draft_does_not(lint, text, place, suggestion):
    r = lint(f"---\nlang: fr\n---\n{text}\n")
    got = _place_suggestions(r)
    assert got[place] == [suggestion]
    assert not any("Dakar" in s for f in found(r) for s in f["suggestions"])


# ---- published-text patterns (issues 17 and 20): what must stay quiet beside what must still fire
@pytest.mark.parametrize("text", [
    "Former Gov. Tom Wolf created a child advocate role in 2020.",
    "Globally, 4,000 adolescent girls and young women acquire HIV each week.",
    "Respondents spoke Portuguese (14), Spanish (12) and English; most were students.",
    "Submitted to F1000Research 2, the study covers a girl's nutrition.",
    "NORAD tracks Santa's North Pole village so children can follow him.",
    "Michel Sidibé a rencontré la Première dame Dominique Ouattara pour la transmission de la mère à l'enfant.",
])
def test_adults_counts_and_set_phrases_are_not_children(lint, text):
    lang = "fr" if "rencontré" in text else "en"
    assert found(lint(f"---\nlang: {lang}\n---\n{text}\n")) == []


def test_age_cues_need_a_name_before_them():
    assert ages("Globally, 4,000 girls") == []
    assert ages("Portuguese (14), Spanish (12)") == []
    assert [a[2] for a in ages("Amina (12) and Grace (9) walk to school.")] == [12, 9]
    assert [a[2] for a in ages("Amina, 12, walks to school.")] == [12]


def test_a_bracketed_minor_is_the_name_before_it(lint):
    text = ("Police arrested five protesters in Abuja. Henry Nwodo, Moses Isijola, Marvellous Dominic (a minor) "
            "and two others were arrested.")
    assert summary(lint(f"---\nlang: en\n---\n{text}\n")) == [("Marvellous Dominic", "error")]


def test_a_title_abbreviation_marks_an_adult_beside_a_real_child(lint):
    text = "Former Gov. Tom Wolf visited the school where Amina, 9, studies."
    assert summary(lint(f"---\nlang: en\n---\n{text}\n")) == [("Amina", "warning")]


def test_a_group_place_needs_the_children_there(lint):
    text = "Les élèves du Lycée Blaise Diagne ont gagné le concours."
    assert summary(lint(f"---\nlang: fr\n---\n{text}\n")) == [("Lycée Blaise Diagne", "warning")]


def test_school_beside_the_childs_name_is_flagged_too(lint, french_model):
    text = "Fatoumata Keïta, 11 ans, élève de CM2 à l'école fondamentale de Kayes N'Di, veut devenir médecin."
    got = summary(lint(f"---\nlang: fr\n---\n{text}\n"))
    assert ("Fatoumata Keïta", "error") in got
    assert ("école fondamentale de Kayes N'Di", "error") in got


def test_la_petite_before_a_name_is_a_child(lint, french_model):
    got = summary(lint("---\nlang: fr\n---\nla petite Fatoumata Keïta de Kayes N'Di aide sa mère au marché.\n"))
    assert got and got[0][0].startswith("Fatoumata Keïta") and got[0][1] == "error"
    assert child_words("le petit Moussa joue", 0)[0].individual


@pytest.mark.parametrize("text,quiet", [
    ("Awa, 12 ans, habite Kayes Plateau et va à l'école.", "Kayes Plateau"),
    ("Les Agendas d'accessibilité programmée permettent d'accueillir un enfant handicapé de 8 ans.", "Agendas"),
])
def test_neighbourhoods_and_nouns_are_not_names(lint, french_model, text, quiet):
    assert quiet not in [t for t, _ in summary(lint(f"---\nlang: fr\n---\n{text}\n"))]


def test_a_verb_opening_a_list_item_is_no_name_but_a_first_name_there_still_is(lint, french_model):
    items = ("L'application propose trois services :\n•\tS'orienter vers les centres de santé\n"
             "•\tFaciliter ses débuts de parent pour prendre soin de son enfant\n")
    assert [t for t, _ in summary(lint(f"---\nlang: fr\n---\n{items}"))] == []
    got = summary(lint("---\nlang: fr\n---\nNos rencontres :\n•\tAminata, 9 ans, vient chaque semaine.\n"))
    assert got and got[0][0] == "Aminata"


def test_a_quotations_first_word_is_no_name_but_a_first_name_there_still_is(lint, french_model):
    theme = "Le thème : « Surmonter les perturbations », pour la triple élimination chez l'enfant."
    assert [t for t, _ in summary(lint(f"---\nlang: fr\n---\n{theme}\n"))] == []
    got = summary(lint("---\nlang: fr\n---\nL'enfant, « Ousmane », a 8 ans et vit à Pikine.\n"))
    assert got and got[0][0] == "Ousmane"


@pytest.mark.parametrize("text", [
    "There was a book I loved as a child that featured the Sesame Street character Grover.",
    "Both “Ziggy Stardust” and “The Kid” were Internet pioneers; David Bowie in 1998.",
    "We meet in the Logan Square neighborhood. Ali will talk about a better world for our children.",
    "In 2014 with funding from the NSF (1), NSF BIO Centers (2) and DataONE, we develop curricula.",
])
def test_childhood_titles_notes_and_generic_children_are_not_cues(lint, text):
    assert found(lint(f"---\nlang: en\n---\n{text}\n")) == []


def test_a_named_childs_school_in_the_next_sentence_still_fires(lint):
    got = summary(lint("---\nlang: fr\n---\nMoussa, 8 ans, a gagné. Il est élève à l'école Keur Massar.\n"))
    assert ("école Keur Massar", "error") in got


def test_a_school_beside_a_generic_pupil_is_a_warning_and_beside_a_given_child_an_error(lint):
    generic = "Le Collège Jean Moulin a mis en place un self qui repositionne l'élève en tant qu'acteur de son repas."
    assert summary(lint(f"---\nlang: fr\n---\n{generic}\n")) == [("Collège Jean Moulin", "warning")]
    given = "Awa, 12 ans, est élève au Collège Jean Moulin depuis septembre."
    assert ("Collège Jean Moulin", "error") in summary(lint(f"---\nlang: fr\n---\n{given}\n"))
