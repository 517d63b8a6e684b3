"""`--format markdown`: a compact pull-request comment."""
from __future__ import annotations

import re

from conftest import run_cli
from postlint.core.spans import Span
from postlint.formats import markdown
from postlint.document.parse import parse_text
from postlint.engine.report import FileResult, Report
from postlint.core.rule import Finding


def result_for(text: str, findings, path="drafts/post.md", lang="fr") -> FileResult:
    doc = parse_text(text, path)
    doc.lang = lang
    return FileResult(path=path, findings=findings, language=lang, type=doc.meta.type, doc=doc)


def f(rule, span, message, severity="warning", suggestions=()):
    return Finding(rule=rule, category=rule.split(".")[0], severity=severity, message=message, span=span,
                   suggestions=tuple(suggestions))


def table_rows(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith("| ") and not line.startswith("| |")]


def test_headline_and_one_row_per_finding():
    text = "Les toxicomanes du quartier.\n"
    fr = result_for(text, [
        f("stigma.drug-use", Span(4, 15), "« toxicomanes » stigmatise.", suggestions=["personnes qui consomment des drogues"]),
        f("structure.press-contact", None, "Il manque un contact presse.", severity="error"),
    ])
    out = markdown.render(Report(files=[fr]))
    assert out.splitlines()[0] == "### postlint: 🔴 1 error · 🟠 1 warning · 🔵 0 info in 1 draft"
    rows = table_rows(out)
    assert len(rows) == 2
    assert rows[0].startswith("| 🔴 error | — | `structure.press-contact` |")  # errors first
    assert "| 1:5 | `stigma.drug-use` |" in rows[1] and "personnes qui consomment des drogues" in rows[1]
    assert "#### `drafts/post.md` (fr, post): 1 error, 1 warning" in out


def test_cells_cannot_break_the_table_or_ping_anyone():
    text = "x\n"
    fr = result_for(text, [f("tone.x", Span(0, 1), "a | b\nnew line <img src=x> @someone #12 *bold* [l](u)",
                             suggestions=["c|d"])])
    row = table_rows(markdown.render(Report(files=[fr])))[0]
    assert len(re.findall(r"(?<!\\)\|", row)) == 6  # 5 cells: the pipes of the message are escaped
    assert "\\|" in row and "&lt;img" in row and "\\@someone" in row and "\\#12" in row and "\\*bold\\*" in row
    assert "\n" not in row


def test_no_findings_is_one_line():
    out = markdown.render(Report(files=[result_for("Bonjour.\n", []), result_for("Salut.\n", [], path="b.md")]))
    assert out == "### ✅ postlint: no findings in 2 drafts\n"


def test_unreadable_drafts_and_word_paragraphs():
    bad = FileResult(path="x.docx", error="x.docx: not a Word .docx file")
    text = "# T\n\nUn junkie.\n"
    word = result_for(text, [f("stigma.drug-use", Span(text.index("junkie"), text.index("junkie") + 6), "m")],
                      path="cp.docx")
    word.doc.paragraph_numbers = [1, 1, 2, 2]
    out = markdown.render(Report(files=[bad, word]))
    assert "**1 draft could not be read:**" in out
    assert "- `x.docx`: not a Word .docx file" in out
    assert "| | ¶ | Rule | Message | Suggestions |" in out
    assert table_rows(out)[0].startswith("| 🟠 warning | 2 |")


def test_many_files_are_folded_and_long_runs_cut():
    files = []
    for i in range(5):
        text = "mot " * 30 + "\n"
        files.append(result_for(text, [f("tone.x", Span(4 * k, 4 * k + 3), f"n{k}") for k in range(30)],
                                path=f"d{i}.md"))
    out = markdown.render(Report(files=files), max_rows=40)
    assert out.count("<details>") == 2 and out.count("</details>") == 2
    assert len(table_rows(out)) == 40
    assert "…and 110 more findings." in out


def test_cli_markdown_output(tmp_path):
    (tmp_path / ".postlint.yaml").write_text(
        "rule_paths: [rules.yaml]\n", encoding="utf-8")
    (tmp_path / "rules.yaml").write_text(
        "rules:\n  - id: tone.md-test-term\n    kind: terms\n    summary: t\n"
        "    message: {fr: \"« {match} »\", en: \"'{match}'\"}\n    terms:\n      - avoid: [junkie]\n"
        "        prefer: [person who uses drugs]\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("---\nlang: en\n---\nA junkie.\n", encoding="utf-8")
    proc = run_cli("check", "a.md", "--format", "markdown", "--select", "tone.md-test-term", "--no-cache",
                   cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert "| 🟠 warning | 4:3 | `tone.md-test-term` | 'junkie' | person who uses drugs |" in proc.stdout
