"""Press release structure rules on whole releases: the real IPU press release (on its « Guide des réseaux
sociaux à l'intention des parlements »), releases written to INPUD's « Fiche de conseils de plaidoyers sur les
médias et sur les réseaux sociaux » in French and English, and broken variants."""
from __future__ import annotations

import re
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
    """The IPU press release as published: headline, lead, a named quote, no links, nine body
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
    assert [b["line"] for b in boiler] == [29]  # one finding for the paragraph: no URL, and 6 sentences
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


# ---------------------------------------------------------------------------------------------- broken
def test_broken_release_findings(lint):
    res = lint(read("broken-en.md"), name="broken-en.md")
    got = sorted((d["rule"], d["line"]) for d in map(res.finding_dict, structure(res)))
    assert got == sorted([
        ("structure.headline", 7), ("structure.headline", 7),  # 20 words / 116 characters, and a full stop
        ("structure.body-length", None),  # 3 paragraphs, 48 words
        ("structure.quote", 11),  # no one said it
        ("structure.links", 13),  # a fourth link
        ("structure.attachment", 15),  # "Please find attached"
        ("structure.press-contact", 19),  # no job title
        ("structure.boilerplate", None),  # no "About" paragraph
    ])
    contact = next(d for d in map(res.finding_dict, structure(res)) if d["rule"] == "structure.press-contact")
    assert "missing a job title." in contact["message"]
    # warnings: what should change before publishing; info: soft limits and advice (issue 17)
    severity = {(d["rule"], d["line"], d["text"]): d["severity"] for d in map(res.finding_dict, structure(res))}
    assert sorted(r for (r, _, _), s in severity.items() if s == "warning") == [
        "structure.attachment", "structure.boilerplate", "structure.quote"]


def test_fix_removes_the_headline_full_stop_only(lint):
    from postlint.engine.fixes import apply_edits, safe_edits

    res = lint(read("broken-en.md"), name="broken-en.md")
    fixed = apply_edits(res.doc.source, safe_edits(res.doc, structure(res)))
    assert "in three towns\n" in fixed and fixed.count("\n") == res.doc.source.count("\n")
    assert fixed.replace("in three towns\n", "in three towns.\n", 1) == res.doc.source


def test_crlf_release_is_clean_too(lint):
    res = lint(read("complete-fr.md").replace("\n", "\r\n"), name="crlf.md")
    assert structure(res) == []


@pytest.mark.parametrize("name", ["complete-fr.md", "complete-en.md"])
def test_release_rules_stay_quiet_on_other_types(lint, name):
    res = lint(read(name).replace("type: press-release", "type: article"), name=name)
    assert structure(res) == []


def test_french_length_norm_by_config(lint):
    """French newsrooms often want one short page: a 150-word body is not reported (a short release is a
    choice); a newsroom that wants long releases raises `min_words` (a body under a third of it is reported)."""
    text = read("complete-fr.md")
    short = text.split("Le programme est conduit")[0] + "En donnant aux élues les moyens de lire les budgets, " \
        "le réseau veut faire de la parité une réalité.\n\n– 30 –" + text.split("– 30 –")[1]
    assert "structure.body-length" not in by_rule(lint(short, name="short.md"))
    cfg = {"rules": {"structure.body-length": {"min_words": 1000, "max_words": 1500}}}
    (body,) = by_rule(lint(short, name="short.md", config=cfg))["structure.body-length"]
    assert body["severity"] == "info" and "trop court" in body["message"]


def test_a_link_line_is_not_a_body_paragraph(lint):
    """« Plus d'informations : https://… » between the body and the contact points to more; it is not one
    of the 2 to 5 paragraphs, and its words are not body words."""
    para = " ".join(["Le réseau a formé des pairs éducateurs dans douze districts sanitaires cette année."] * 6)
    text = ("---\ntype: press-release\nlang: fr\n---\n# Le réseau ouvre trois centres d'accueil\n\n"
            "Dakar, le 2 mai 2026 – Le réseau ouvre trois centres d'accueil.\n\n"
            f"{para}\n\n{para}\n\n{para}\n\nPlus d'informations : https://renapod.org/centres\n\n"
            "[Lire le rapport complet](https://renapod.org/rapport)\n\n"
            "Contact presse : Awa Diallo, chargée de communication, presse@renapod.org\n")
    cfg = {"rules": {"structure.body-length": {"max_words": 100}}}
    (body,) = by_rule(lint(text, name="links.md", config=cfg))["structure.body-length"]
    assert "3 paragraphes" in body["message"] and "lignes 9–13" in body["message"], body["message"]


def test_cli_json_document_level_findings_have_null_lines(tmp_path):
    import json

    from conftest import run_cli

    (tmp_path / ".postlint.yaml").write_text("{}\n", encoding="utf-8")
    draft = tmp_path / "pitch.md"
    draft.write_text("---\ntype: pitch\nlang: en\n---\nHi Tom, one. Two. Three. Four. Five.\n", encoding="utf-8")
    out = run_cli("check", "--format", "json", "--select", "structure", str(draft), cwd=tmp_path)
    assert out.returncode == 1, out.stderr
    findings = json.loads(out.stdout)["files"][0]["findings"]
    (finding,) = [f for f in findings if f["rule"] == "structure.pitch-length"]
    assert finding["line"] is None and finding["column"] is None


def test_rules_are_listed_and_explained():
    from conftest import run_cli

    listed = run_cli("rules", "--format", "json")
    ids = set(re.findall(r"\"(structure\.[a-z-]+)\"", listed.stdout))
    assert {"structure.headline", "structure.lead", "structure.body-length", "structure.quote", "structure.links",
            "structure.press-contact", "structure.boilerplate", "structure.attachment", "structure.pitch-length",
            "structure.pitch-lead"} <= ids
    text = run_cli("explain", "structure.body-length").stdout
    assert "300" in text and "min_words" in text and "INPUD, « Fiche de conseils de plaidoyers" in text


ODD = ["", "\n\n", "###\n", "# \n", "***\n\n---\n", "> \n", "- \n- \n", "| a |\n|---|\n| b |\n", "Contact presse :\n",
       "À propos\n", "« »\n", "\"\n", "COMMUNIQUÉ DE PRESSE\n", "\r\n# T\r\n\r\nLead. « Quote » said.\r\n",
       "Bonjour,\n\nCordialement,\n", "Subject: x\n", "![](a.png)\n", "<div>html</div>\n", "```\ncode\n```\n",
       "# T.\n\n" + "Mot " * 1500 + "\n"]


@pytest.mark.parametrize("doc_type", ["press-release", "pitch", "post"])
@pytest.mark.parametrize("text", ODD, ids=[f"odd{i}" for i in range(len(ODD))])
def test_odd_drafts_never_crash_a_structure_rule(lint, doc_type, text):
    res = lint(text, type=doc_type)
    assert res.error is None
    assert not [c for c in res.internal_errors if "structure" in str(c)], res.internal_errors


def test_a_contact_label_naming_the_organisation_opens_the_contact_block(lint):
    # « Contacts Anafé : » then names and phones: a contact block (incomplete: no job title, no e-mail), not none
    text = ("---\ntype: press-release\nlang: fr\n---\n# Zones d'attente : le réseau écrit au Premier ministre\n\n"
            "Paris, le 10 décembre 2026 – Le réseau demande la fermeture des zones d'attente.\n\n"
            "Le réseau attend des décisions avant la fin de l'année.\n\n"
            "Contacts Réseau Migrants :\n\n- Awa Diallo 01 45 55 15 77\n- Marc Petit 01 53 10 26 36\n")
    [contact] = by_rule(lint(text))["structure.press-contact"]
    assert contact["severity"] == "info" and "il manque" in contact["message"]
