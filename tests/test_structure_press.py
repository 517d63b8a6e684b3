"""The press release analysis (`postlint.document.press`): which part of a draft is what."""
from __future__ import annotations

import pytest

from postlint.document import press, press_people
from postlint.document.parse import parse_text


def analyse(text: str, name: str = "draft.md"):
    doc = parse_text(text, name)
    return doc, press.analyse(doc)


def roles(text: str, name: str = "draft.md") -> list[tuple[str, str, str]]:
    doc, rel = analyse(text, name)
    return [(u.kind, u.role, doc.text_of(u.span)) for u in rel.units]


@pytest.mark.parametrize("line", [
    "COMMUNIQUÉ DE PRESSE", "Communiqué de presse", "**COMMUNIQUÉ**", "POUR DIFFUSION IMMÉDIATE",
    "Pour publication immédiate", "À publier immédiatement", "FOR IMMEDIATE RELEASE", "For Immediate Release:",
    "PRESS RELEASE", "NEWS RELEASE", "FOR RELEASE ON 3 MARCH 2026", "HOLD FOR RELEASE UNTIL 10:00 GMT",
    "COMMUNIQUÉ DE PRESSE – POUR DIFFUSION IMMÉDIATE",
])
def test_release_lines(line):
    assert roles(f"{line}\n\n# Titre\n\nLe chapeau.\n")[0][:2] == ("release", "meta")


@pytest.mark.parametrize("line", [
    "Sous embargo jusqu'au 12 mars 2026 à 00h01 GMT", "EMBARGO : mardi 12 h", "NE PAS PUBLIER AVANT le 25 mars 2014",
    "EMBARGOED UNTIL 00:01 GMT, 26 JUNE 2026", "Embargoed until Thursday 5 March, 10:00 CET",
    "Not for publication before 09:00 BST, 3 March 2026", "STRICTLY EMBARGOED: 00:01 GMT Tuesday",
])
def test_embargo_lines(line):
    assert roles(f"# Titre\n\n{line}\n\nLe chapeau.\n")[1][:2] == ("embargo", "meta")


@pytest.mark.parametrize("mark", ["###", "-30-", "- 30 -", "– 30 –", "— 30 —", "FIN", "-FIN-", "ENDS", "End", "***"])
def test_end_marks_close_the_body(mark):
    doc, rel = analyse(f"# Titre\n\nLe chapeau.\n\nCorps un.\n\nCorps deux.\n\n{mark}\n\nAprès la fin.\n")
    assert [doc.text_of(u.span) for u in rel.body] == ["Corps un.", "Corps deux."]


def test_mark_inside_a_paragraph_is_split_out():
    doc, rel = analyse("# Titre\n\nLe chapeau.\n\nCorps un.\n###\nAprès la fin.\n")
    assert [doc.text_of(u.span) for u in rel.body] == ["Corps un."]


@pytest.mark.parametrize("label", ["Notes aux rédactions", "Note aux rédacteurs :", "NOTES TO EDITORS",
                                   "Notes for editors:", "## Editor's notes"])
def test_notes_to_editors_are_not_body(label):
    doc, rel = analyse(f"# Titre\n\nLe chapeau.\n\nCorps un.\n\n{label}\n\nUne note.\n\nUne autre note.\n")
    assert [doc.text_of(u.span) for u in rel.body] == ["Corps un."]
    assert rel.notes is not None and "Une autre note." in doc.text_of(rel.notes.span)


def test_plain_text_title_and_lead_in_one_paragraph():
    doc, rel = analyse("TITRE DU COMMUNIQUÉ\nDakar, le 5 mai 2025 – Le chapeau. Deuxième phrase.\n\nCorps.\n",
                       "draft.txt")
    assert doc.text_of(rel.headline_span) == "TITRE DU COMMUNIQUÉ"
    assert doc.text_of(rel.lead.span).startswith("Dakar")
    assert doc.text_of(rel.dateline) == "Dakar, le 5 mai 2025 –"
    assert [doc.text_of(u.span) for u in rel.body] == ["Corps."]


def test_dateline_on_its_own_line_is_not_the_lead():
    doc, rel = analyse("# Titre\n\nGenève, le 3 mars 2021\n\nLe chapeau.\n\nCorps.\n")
    assert doc.text_of(rel.lead.span) == "Le chapeau."


def test_subtitle_heading_and_emphasis_line():
    doc, rel = analyse("# Titre\n\n## Sous-titre\n\nLe chapeau.\n")
    assert doc.text_of(rel.subtitle) == "Sous-titre"
    doc, rel = analyse("# Title\n\n_A subtitle in italics_\n\nThe lead.\n")
    assert doc.text_of(rel.subtitle) == "_A subtitle in italics_"
    assert doc.text_of(rel.lead.span) == "The lead."


def test_contact_at_the_top_and_about_at_the_end():
    text = ("FOR IMMEDIATE RELEASE\n\nMedia contact:\nJane Mwangi, Media Officer\njane@example.org\n\n# Title\n\n"
            "Nairobi, 3 March 2026 – The lead.\n\nBody.\n\n###\n\nAbout Example: a network. It works. "
            "See example.org\n")
    doc, rel = analyse(text)
    parts = press_people.contact_parts(doc, rel.contact)
    assert (parts.name, parts.email) == ("Jane Mwangi", "jane@example.org") and parts.title
    assert doc.text_of(rel.about.label) == "About Example:"
    assert press.section_has_url(doc, rel.about.span)
    assert [doc.text_of(u.span) for u in rel.body] == ["Body."]


def test_body_paragraph_about_numbers_is_not_a_boilerplate():
    doc, rel = analyse("# Title\n\nThe lead.\n\nAbout 300 people came: it was a great day.\n")
    assert rel.about is None and len(rel.body) == 1


def test_quotes_attribution():
    text = ("# Titre\n\nLe chapeau.\n\n« Une phrase assez longue pour être une vraie citation ici », "
            "a déclaré Awa Diallo.\n\n« Une autre phrase assez longue mais sans aucune attribution du tout. »\n\n"
            "Le guide parle d'un « cahier de stratégie ».\n")
    doc, rel = analyse(text)
    qs = press_people.quotes(doc, rel)
    assert [(q.attributed, q.named) for q in qs] == [(True, True), (False, False)]


@pytest.mark.parametrize("text", [
    "", "---\ntype: press-release\n---\n", "###\n", "# \n", "***\n\n***\n", "> \n", "- \n- \n", "| a |\n|---|\n| b |\n",
    "Contact presse :\n", "À propos\n", "« »\n", "\"\n", "COMMUNIQUÉ DE PRESSE\n", "\r\n\r\n# T\r\n\r\nLead.\r\n",
])
def test_odd_drafts_do_not_break_the_analysis(text):
    doc, rel = analyse(text)
    press_people.quotes(doc, rel)
    press.body_links(doc, rel)
    if rel.contact:
        press_people.contact_parts(doc, rel.contact)


def test_release_line_as_heading_and_short_line_above_the_headline():
    doc, rel = analyse("# COMMUNIQUÉ DE PRESSE\n\n## Le vrai titre\n\nLe chapeau.\n")
    assert doc.text_of(rel.headline_span) == "Le vrai titre"
    doc, rel = analyse("Sunu Santé communique :\n\n# Le vrai titre\n\nLe chapeau.\n")
    assert doc.text_of(rel.headline_span) == "Le vrai titre"
    assert doc.text_of(rel.lead.span) == "Le chapeau."


def test_plain_text_lead_in_the_title_paragraph_is_release_text():
    doc, rel = analyse("Titre\nLe chapeau cite « une phrase assez longue pour être une citation », dit Awa Diallo. "
                       "Voir https://exemple.org/r\n", "draft.txt")
    assert [q.named for q in press_people.quotes(doc, rel)] == [True]
    assert [link.url for link in press.body_links(doc, rel)] == ["https://exemple.org/r"]
