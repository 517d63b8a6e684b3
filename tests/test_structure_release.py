"""Press release structure rules on whole releases: the real IPU release (seed 004), releases written to
the INPUD guide (seed 000) in French and English, and broken variants."""
from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "releases"


def structure(result):
    return [f for f in result.findings if f.category == "structure"]


def by_rule(result):
    out: dict[str, list] = {}
    for f in structure(result):
        out.setdefault(f.rule, []).append(result.finding_dict(f))
    return out


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------------- IPU
def test_ipu_release_gets_what_a_press_officer_would_say(lint):
    """The IPU release (seed 004) as published: headline, lead, a named quote, no links, nine body
    paragraphs, a six-sentence boilerplate without the website, a contact line with no job title (the
    addresses were lost when the page was saved: « [email protected] »)."""
    res = lint(read("ipu-2021-fr.md"), name="ipu-2021-fr.md")
    assert res.error is None
    found = by_rule(res)
    assert sorted(found) == ["structure.body-length", "structure.boilerplate", "structure.links",
                             "structure.press-contact"], found

    (body,) = found["structure.body-length"]
    assert body["line"] is None
    assert "9 paragraphes" in body["message"] and "584 mots" in body["message"]
    assert "2 à 5" in body["message"] and "300 à 500" in body["message"]

    (links,) = found["structure.links"]
    assert links["line"] is None and "lien" in links["message"]

    (contact,) = found["structure.press-contact"]
    assert contact["line"] == 31
    missing = contact["message"].split("il manque")[1].split(".")[0]
    assert "titre" in missing and "adresse électronique" in missing
    assert "nom" not in missing  # the name (Thomas Fitzsimons) is there

    boiler = found["structure.boilerplate"]
    assert [b["line"] for b in boiler] == [29, 29]
    messages = " ".join(b["message"] for b in boiler)
    assert "URL" in messages and "6 phrases" in messages


def test_ipu_headline_quote_and_attachments_are_fine(lint):
    res = lint(read("ipu-2021-fr.md"), name="ipu-2021-fr.md")
    rules = {f.rule for f in structure(res)}
    assert not rules & {"structure.headline", "structure.lead", "structure.quote", "structure.attachment"}


# ---------------------------------------------------------------------------------------------- complete
@pytest.mark.parametrize("name", ["complete-fr.md", "complete-en.md", "complete-fr.txt"])
def test_release_written_to_the_guide_is_clean(lint, name):
    res = lint(read(name), name=name)
    assert res.error is None
    assert structure(res) == [], [res.finding_dict(f) for f in structure(res)]


def test_complete_release_with_type_from_config_override(lint):
    text = read("complete-en.md").replace("type: press-release\n", "")
    cfg = {"overrides": [{"files": "press/**", "type": "press-release"}]}
    clean = lint(text, name="press/launch.md", config=cfg)
    assert structure(clean) == []
    broken = lint(text.replace("Kwame Mensah, Communications Manager\n", ""), name="press/launch.md", config=cfg)
    assert [f.rule for f in structure(broken)] == ["structure.press-contact"]
