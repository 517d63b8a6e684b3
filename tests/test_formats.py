"""Every output format, compared with golden files (set POSTLINT_UPDATE_GOLDEN=1 to rewrite them after a
deliberate change), the documented JSON report shape, and SARIF against the official 2.1.0 schema."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import run_cli

DATA = Path(__file__).parent / "data"
GOLDEN = DATA / "golden"
RULES = str(DATA / "rules")
DRAFT = ("---\ntype: post\nlang: fr\n---\n# Un titre\n\nUn foobar 🎉 et zorglub !!!\n\n"
         "<!-- postlint-disable-next-line tone.test-word -->\nfoobar ignoré\n")


@pytest.fixture
def case(tmp_path):
    (tmp_path / ".postlint.yaml").write_text(f"rule_paths: [{RULES}]\n", encoding="utf-8")
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    return tmp_path


def golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("POSTLINT_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"{path} missing: run with POSTLINT_UPDATE_GOLDEN=1 once and review it"
    assert text == path.read_text(encoding="utf-8"), f"output differs from {path}"


@pytest.mark.parametrize("fmt,ext", [("text", "txt"), ("json", "json"), ("github", "txt"), ("sarif", "sarif")])
def test_format_golden(case, fmt, ext):
    p = run_cli("check", "--no-cache", "--format", fmt, "--select", "tone.test", "draft.md", cwd=case)
    assert p.returncode == 1, p.stderr
    golden(f"draft.{fmt}.{ext}", p.stdout)


def test_json_matches_contract_fields(case):
    p = run_cli("check", "--no-cache", "--format", "json", "--select", "tone.test", "draft.md", cwd=case)
    report = json.loads(p.stdout)
    assert set(report) >= {"version", "files", "summary"}
    f = report["files"][0]
    assert set(f) >= {"path", "language", "type", "error", "findings"}
    assert (f["path"], f["language"], f["type"], f["error"]) == ("draft.md", "fr", "post", None)
    keys = {"rule", "category", "severity", "message", "line", "column", "end_line", "end_column", "text",
            "suggestions", "fixable"}
    for finding in f["findings"]:
        assert keys <= set(finding)
    word = next(x for x in f["findings"] if x["rule"] == "tone.test-word")
    # "Un foobar" on line 7: column 4, end exclusive 10; columns count code points
    assert (word["line"], word["column"], word["end_line"], word["end_column"]) == (7, 4, 7, 10)
    assert word["text"] == "foobar" and word["fixable"] is True and word["suggestions"] == ["bazqux"]
    zorg = next(x for x in f["findings"] if x["rule"] == "tone.test-pattern")
    assert zorg["column"] == 16  # after the emoji, counted as one character
    # --select names the off-by-default tone.test-require too: selecting a rule turns it on
    assert report["summary"] == {"files": 1, "findings": 4, "error": 1, "warning": 2, "info": 1,
                                 "files_with_errors": 0}


def test_sarif_is_valid_against_official_schema(case):
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = DATA / "sarif-schema-2.1.0.json"
    if not schema_path.exists():
        pytest.skip("SARIF schema not in test data")
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    for args in (["draft.md"], ["draft.md", "missing.md"]):
        p = run_cli("check", "--no-cache", "--format", "sarif", "--select", "tone.test", *args, cwd=case)
        log = json.loads(p.stdout)
        jsonschema.Draft4Validator(schema).validate(log)
        run = log["runs"][0]
        assert run["columnKind"] == "unicodeCodePoints"
        assert {r["ruleId"] for r in run["results"]} == {"tone.test-word", "tone.test-pattern", "tone.test-count",
                                                         "tone.test-require"}
        assert all(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "draft.md"
                   for r in run["results"])


def test_github_annotations_escape_and_levels(case):
    p = run_cli("check", "--no-cache", "--format", "github", "--select", "tone.test", "draft.md", cwd=case)
    lines = p.stdout.splitlines()
    assert any(x.startswith("::warning file=draft.md,line=7,col=4,") for x in lines)
    assert any(x.startswith("::error file=draft.md,line=7,col=16,") for x in lines)
    assert any(x.startswith("::notice ") for x in lines)


def test_text_words_follow_the_drafts_language(case):
    """The words the text format adds are in the draft's language, like the messages."""
    p = run_cli("check", "--no-cache", "--select", "tone.test-word", "draft.md", cwd=case)
    assert "= suggestion: bazqux (corrigeable avec --fix)" in p.stdout and "fixable" not in p.stdout
    (case / "draft.md").write_text(DRAFT.replace("lang: fr", "lang: en"), encoding="utf-8")
    p = run_cli("check", "--no-cache", "--select", "tone.test-word", "draft.md", cwd=case)
    assert "= suggestion: bazqux (fixable with --fix)" in p.stdout and "corrigeable" not in p.stdout
    # the run's summary line stays one form for every language: pre-commit logs and scripts read it
    assert "1 file(s) checked: 0 error(s), 1 warning(s), 0 info" in p.stdout


@pytest.mark.parametrize("fmt", ["json", "sarif", "text"])
def test_streamed_report_is_the_rendered_one(case, fmt):
    """JSON and SARIF are written file by file (`formats.streamer`): the same text as rendering the whole report,
    with several files, a file with no finding, an unreadable one, and to stdout or --output."""
    from postlint.engine.runner import RunOptions, check_paths
    from postlint.formats import render, streamer

    (case / "clean.md").write_text("Un texte propre.\n", encoding="utf-8")
    (case / "second.md").write_text("Encore un foobar.\n", encoding="utf-8")
    paths = [str(case / n) for n in ("draft.md", "clean.md", "missing.md", "second.md")]
    opts = RunOptions(use_cache=False)
    whole, _ = check_paths(paths, opts)
    expected = render(fmt, whole)
    out = case / "out" / f"report.{fmt}"
    out.parent.mkdir()
    writer = streamer(fmt, str(out))
    streamed, _ = check_paths(paths, opts, on_result=writer.add)
    writer.close(streamed)
    assert out.read_text(encoding="utf-8") == expected
    assert all(fr.doc is None for fr in streamed.files)  # nothing held once written
    assert streamed.summary() == whole.summary()
    empty, _ = check_paths([], opts)
    writer = streamer(fmt, str(out))
    writer.close(empty)
    assert out.read_text(encoding="utf-8") == render(fmt, empty)
    if fmt in ("json", "text"):
        cli = run_cli("check", "--no-cache", "--format", fmt, *paths, cwd=case)
        assert cli.stdout == expected
    if fmt == "text":  # --quiet: finding lines only, and no summary when nothing was found
        writer = streamer(fmt, str(out), quiet=True)
        streamed, _ = check_paths(paths, opts, on_result=writer.add)
        writer.close(streamed)
        assert out.read_text(encoding="utf-8") == render(fmt, whole, quiet=True)
        writer = streamer(fmt, str(out), quiet=True)
        writer.close(empty)
        assert out.read_text(encoding="utf-8") == render(fmt, empty, quiet=True)


def test_streamer_declines_a_missing_folder(case):
    from postlint.formats import streamer

    assert streamer("json", str(case / "nowhere" / "r.json")) is None
    assert streamer("html") is None  # the review page is rendered whole


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_an_output_that_is_not_a_regular_file_is_written_in_place(case, fmt):
    """`-o /dev/null` (or a pipe): the report is written into it, never renamed over it — as root, a rename
    replaced the device /dev/null with a plain file. A FIFO stands for the device here."""
    import stat
    import threading

    fifo = case / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    p = run_cli("check", "--no-cache", "--format", fmt, "-o", str(fifo), "draft.md", cwd=case)
    reader.join(timeout=60)
    assert p.returncode == 1, p.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still the pipe
    assert b"foobar" in got[0]
    assert not list(case.glob(".postlint-*.tmp"))
