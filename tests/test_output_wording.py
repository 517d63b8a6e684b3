"""What users read in the output (issue 20): pseudo-bold words with combining accents, carets under long
spans and wide characters, plural agreement, SARIF's label in French, Word excerpts, `--diff` with nothing
to fix. Drafts written for these tests."""
from __future__ import annotations

import json

import pytest

from conftest import run_cli
from postlint.formats.text import MAX_MARK, excerpt, width


def found(result, rule):
    return [result.finding_dict(f) for f in result.findings if f.rule == rule]


# ---------------------------------------------------------------- pseudo-bold with combining accents
def test_styled_french_word_with_combining_accent_is_one_suggestion(lint):
    text = "---\nlang: fr\n---\n𝗝𝗼𝘂𝗿𝗻𝗲\u0301𝗲 𝗺𝗼𝗻𝗱𝗶𝗮𝗹𝗲 de la santé mentale.\n"
    f = found(lint(text), "accessibility.unicode-styling")
    assert len(f) == 1
    assert f[0]["suggestions"] == ["Journée mondiale"]
    assert "« Journée mondiale »" in f[0]["message"]
    assert f[0]["text"] == "𝗝𝗼𝘂𝗿𝗻𝗲\u0301𝗲 𝗺𝗼𝗻𝗱𝗶𝗮𝗹𝗲"


def test_styled_word_ending_in_a_combining_accent_keeps_it(lint):
    f = found(lint("---\nlang: fr\n---\nUn 𝗰𝗮𝗳𝗲\u0301 offert.\n"), "accessibility.unicode-styling")
    assert [x["suggestions"] for x in f] == [["café"]]


def test_fix_of_styled_accented_words(tmp_path):
    (tmp_path / ".postlint.yaml").write_text("{}\n", encoding="utf-8")
    d = tmp_path / "d.md"
    d.write_text("---\nlang: fr\n---\n𝗝𝗼𝘂𝗿𝗻𝗲\u0301𝗲 𝗺𝗼𝗻𝗱𝗶𝗮𝗹𝗲 de la santé mentale.\n", encoding="utf-8")
    run_cli("check", "--no-cache", "--fix", "d.md", cwd=tmp_path)
    assert d.read_text(encoding="utf-8").endswith("\nJournée mondiale de la santé mentale.\n")


# ---------------------------------------------------------------- carets
def test_caret_width_counts_terminal_columns():
    assert width("e\u0301") == 1 and width("🎉") == 2 and width("\u200d") == 0
    line = "𝗝𝗼𝘂𝗿𝗻𝗲\u0301𝗲 de lutte"
    shown, pad, marks = excerpt(line, 0, 8)
    assert shown == line and pad == "" and marks == "^" * 7  # 8 characters, 7 columns
    shown, pad, marks = excerpt("Un 🎉 et zorglub", 8, 15)
    assert pad == " " * 9 and marks == "^" * 7


def test_a_long_span_shows_its_start_and_end():
    line = "Avant. " + "mot " * 200 + "la fin."
    shown, pad, marks = excerpt(line, 7, len(line) - 8)
    assert len(marks) < 2 * MAX_MARK and " … " in marks and " … " in shown
    assert shown.startswith("Avant. mot") and shown.endswith("la fin.")
    assert marks.index(" … ") == shown.index(" … ") - len(pad)  # the gap in the marker sits under the gap


def test_text_output_caps_the_marker_under_a_whole_long_post(tmp_path):
    (tmp_path / ".postlint.yaml").write_text("{}\n", encoding="utf-8")
    long_line = "Bilan de l'année : " + ", ".join(f"action {i} réussie" for i in range(40)) + "."
    (tmp_path / "long.md").write_text(f"---\nplatforms: [x]\nlang: fr\n---\n{long_line}\n", encoding="utf-8")
    p = run_cli("check", "--no-cache", "--select", "length", "long.md", cwd=tmp_path)
    assert "[length.platform]" in p.stdout, p.stdout
    marker = [ln for ln in p.stdout.splitlines() if ln.strip().startswith("|") and "^" in ln]
    assert marker and all(ln.count("^") <= 2 * MAX_MARK for ln in marker)
    assert any(" … " in ln for ln in marker)
    assert any("action 39 réussie." in ln for ln in p.stdout.splitlines())  # the end of the span is shown


# ---------------------------------------------------------------- plural agreement
@pytest.mark.parametrize("lang, text, singular, wrong", [
    ("fr", "Bravo à toutes et à tous ! #Santé #Dakar", "Gardez le plus important", "les 1 plus"),
    ("en", "Well done, everyone! #Health #Dakar", "Keep the one that matters most", "the 1 that"),
])
def test_hashtag_count_with_a_limit_of_one_agrees(lint, lang, text, singular, wrong):
    f = found(lint(f"---\nlang: {lang}\n---\n{text}\n", config={"rules": {"hashtags.count": {"max": 1}}}),
              "hashtags.count")
    assert len(f) == 1 and singular in f[0]["message"] and wrong not in f[0]["message"]


@pytest.mark.parametrize("lang, needle", [("fr", "1 hashtag dans ce post"), ("en", "1 hashtag in this post")])
def test_one_hashtag_over_a_limit_of_zero_is_singular(lint, lang, needle):
    f = found(lint(f"---\nlang: {lang}\n---\nMerci. #Dakar\n", config={"rules": {"hashtags.count": {"max": 0}}}),
              "hashtags.count")
    assert len(f) == 1 and needle in f[0]["message"] and "1 hashtags" not in f[0]["message"]


RELEASE = """---
type: press-release
lang: {lang}
---
# {title}

{lead}
"""


@pytest.mark.parametrize("lang, title, lead, bad", [
    ("fr", "Le réseau ouvre un local à Pikine", "Le réseau ouvre un local d'accueil à Pikine mardi, avec des soins "
     "infirmiers et des douches. Voir https://exemple.org/local.", ("lien(s)", "1 liens", "trouvé(s)")),
    ("en", "The network opens a centre in Pikine", "The network opens a drop-in centre in Pikine on Tuesday, with "
     "nursing care and showers. See https://example.org/centre.", ("link(s)", "1 links", "found)")),
])
def test_links_messages_agree(lint, lang, title, lead, bad):
    text = RELEASE.format(lang=lang, title=title, lead=lead)
    f = found(lint(text, config={"rules": {"structure.links": {"min": 2}}}), "structure.links")
    assert len(f) == 1, f
    assert not any(b in f[0]["message"] for b in bad), f[0]["message"]
    assert ("1 lien dans" if lang == "fr" else "1 link in") in f[0]["message"]
    f = found(lint(RELEASE.format(lang=lang, title=title, lead=lead.split(" Voir")[0].split(" See")[0])),
              "structure.links")
    assert len(f) == 1 and not any(b in f[0]["message"] for b in bad), f


def test_html_report_agrees_with_one_file(tmp_path):
    (tmp_path / ".postlint.yaml").write_text("{}\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("---\nlang: fr\n---\nLes toxicomanes du quartier.\n", encoding="utf-8")
    page = run_cli("check", "--no-cache", "--format", "html", "a.md", cwd=tmp_path).stdout
    assert "1 fichier vérifié" in page and "(s)" not in page.split("<main")[0]


# ---------------------------------------------------------------- SARIF in French
def test_sarif_suggestions_label_follows_the_language(tmp_path):
    (tmp_path / ".postlint.yaml").write_text("{}\n", encoding="utf-8")
    (tmp_path / "fr.md").write_text("---\nlang: fr\n---\nLes toxicomanes du quartier.\n", encoding="utf-8")
    (tmp_path / "en.md").write_text("---\nlang: en\n---\nThe junkies of the area.\n", encoding="utf-8")
    sarif = json.loads(run_cli("check", "--no-cache", "--format", "sarif", "fr.md", "en.md", cwd=tmp_path).stdout)
    texts = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: r["message"]["text"]
             for r in sarif["runs"][0]["results"]}
    fr = next(t for u, t in texts.items() if u.endswith("fr.md"))
    en = next(t for u, t in texts.items() if u.endswith("en.md"))
    assert "Suggestions : " in fr and "Suggestions:" not in fr
    assert "Suggestions: " in en


# ---------------------------------------------------------------- --diff with nothing to fix
def test_diff_with_nothing_to_fix_says_so(tmp_path):
    (tmp_path / ".postlint.yaml").write_text("{}\n", encoding="utf-8")
    (tmp_path / "ok.md").write_text("Merci aux bénévoles de la maraude de samedi.\n", encoding="utf-8")
    p = run_cli("check", "--no-cache", "--diff", "ok.md", cwd=tmp_path)
    assert p.returncode == 0 and "nothing to fix" in p.stdout
    p = run_cli("check", "--no-cache", "--diff", "--format", "json", "ok.md", cwd=tmp_path)
    assert "nothing to fix" in p.stderr and json.loads(p.stdout)["summary"]["findings"] == 0


# ---------------------------------------------------------------- Word excerpts
def test_docx_findings_show_an_excerpt_with_the_paragraph_number(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading("Titre", 0)  # the text has blank lines between paragraphs: line 5 is paragraph 3
    d.add_paragraph("Journée d'information")
    d.add_paragraph("Les toxicomanes du quartier sont invités à la maraude.")
    d.save(tmp_path / "c.docx")
    (tmp_path / ".postlint.yaml").write_text("lang: fr\n", encoding="utf-8")
    p = run_cli("check", "--no-cache", "--select", "stigma", "c.docx", cwd=tmp_path)
    lines = p.stdout.splitlines()
    head = next(i for i, ln in enumerate(lines) if "[stigma.drug-use]" in ln)
    assert lines[head].startswith("c.docx:3:5:")
    assert lines[head + 1].split("|", 1)[0].strip() == "3"
    assert "Les toxicomanes du quartier" in lines[head + 1]
    assert lines[head + 2].rstrip().endswith("|     " + "^" * len("toxicomanes"))


def test_a_short_span_in_a_very_long_line_shows_a_window():
    from postlint.formats.text import MAX_CONTEXT

    line = "a" * 5_000_000 + " toxicomanes " + "b" * 5_000_000
    start = line.index("toxicomanes")
    shown, pad, marks = excerpt(line, start, start + len("toxicomanes"))
    assert len(shown) <= 2 * MAX_CONTEXT + 20 and shown.startswith("…") and shown.endswith("…")
    assert shown[len(pad):len(pad) + len(marks)] == "toxicomanes" and marks == "^" * 11
    paragraph = "Intro. " + "Une phrase ordinaire du paragraphe. " * 12 + "Les toxicomanes du quartier."
    start = paragraph.index("toxicomanes")
    shown, pad, marks = excerpt(paragraph, start, start + 11)
    assert shown.startswith("…") and shown.endswith("du quartier.")
    assert shown[len(pad):len(pad) + 11] == "toxicomanes"
