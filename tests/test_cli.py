"""The command line as users run it: exit codes, bad input, stdin, output files, fixes, cache."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

RULES = str(Path(__file__).parent / "data" / "rules")


@pytest.fixture
def repo(tmp_path):
    (tmp_path / ".postlint.yaml").write_text(f"rule_paths: [{RULES}]\n", encoding="utf-8")
    return tmp_path


def w(p: Path, data: str | bytes) -> Path:
    p.parent.mkdir(parents=True, exist_ok=True)
    (p.write_bytes if isinstance(data, bytes) else lambda d: p.write_text(d, encoding="utf-8"))(data)
    return p


def test_exit_codes(repo):
    w(repo / "clean.md", "Bonjour à toutes et à tous.\n")
    w(repo / "warn.md", "Un foobar.\n")
    w(repo / "info.md", "Oui ! Oui ! Oui !\n")
    assert run_cli("check", "clean.md", cwd=repo).returncode == 0
    assert run_cli("check", "warn.md", cwd=repo).returncode == 1
    assert run_cli("check", "info.md", cwd=repo).returncode == 0  # info is below --fail-on warning
    assert run_cli("check", "--fail-on", "info", "info.md", cwd=repo).returncode == 1
    assert run_cli("check", "--fail-on", "error", "warn.md", cwd=repo).returncode == 0
    assert run_cli("check", "--format", "yaml", "clean.md", cwd=repo).returncode == 2  # usage error


@pytest.mark.parametrize("name,data,needle,line", [
    ("binary.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file", 3),
    ("latin1.md", "Café\nthé\n".encode("latin-1"), "invalid UTF-8", 1),
    ("fm.md", b"---\n- a\n---\ntext\n", "front matter must be a mapping", 2),
    ("type.md", b"---\ntype: blog\n---\ntext\n", "unknown type 'blog'", 2),
    ("date.md", b"---\nembargo: 2026-02-30\n---\ntext\n", "invalid", 2),
    ("yaml.md", b"---\ntitle: [a\nlang: fr\n---\ntext\n", "invalid YAML", None),
])
def test_bad_input_is_one_line_error_others_still_reported(repo, name, data, needle, line):
    w(repo / name, data)
    w(repo / "ok.md", "Un foobar.\n")
    p = run_cli("check", "--format", "json", name, "ok.md", cwd=repo)
    assert p.returncode == 2
    assert "Traceback" not in p.stderr
    report = json.loads(p.stdout)
    files = {f["path"]: f for f in report["files"]}
    assert needle in files[name]["error"] and name in files[name]["error"]
    if line is not None:
        assert files[name]["error_line"] == line
        assert f"{name}:{line}:" in p.stderr
    assert files[name]["findings"] == []
    assert [x["rule"] for x in files["ok.md"]["findings"]] == ["tone.test-word"]
    # text format: one line for the bad file, the good file still reported
    t = run_cli("check", name, "ok.md", cwd=repo)
    assert t.returncode == 2 and "ok.md:1:4" in t.stdout and "Traceback" not in t.stderr


def test_empty_file_and_missing_path(repo):
    w(repo / "empty.md", b"")
    p = run_cli("check", "--format", "json", "empty.md", "nope.md", cwd=repo)
    report = json.loads(p.stdout)
    files = {f["path"]: f for f in report["files"]}
    assert files["empty.md"]["error"] is None and files["empty.md"]["findings"] == []
    assert "no such file" in files["nope.md"]["error"]
    assert p.returncode == 2
    assert run_cli("check", "empty.md", cwd=repo).returncode == 0


def test_stdin_with_stdin_filename(repo):
    p = run_cli("check", "--format", "json", "--stdin-filename", "drafts/post.md", "-", cwd=repo,
                input="Un foobar.\n")
    report = json.loads(p.stdout)
    assert report["files"][0]["path"] == "drafts/post.md"
    assert report["files"][0]["findings"][0]["rule"] == "tone.test-word"
    assert p.returncode == 1


def test_output_file_and_quiet(repo):
    w(repo / "a.md", "Un foobar.\n")
    p = run_cli("check", "--format", "json", "--output", "out/report.json", "a.md", cwd=repo)
    assert p.returncode == 2 or p.returncode == 1
    (repo / "out").mkdir(exist_ok=True)
    p = run_cli("check", "--format", "json", "--output", "out/report.json", "a.md", cwd=repo)
    assert p.returncode == 1 and p.stdout == ""
    assert json.loads((repo / "out" / "report.json").read_text())["summary"]["warning"] == 1


def test_folder_walk_skips_vcs_and_venvs(repo):
    w(repo / "posts" / "a.md", "Un foobar.\n")
    w(repo / "posts" / "notes.txt", "Un foobar.\n")
    w(repo / "posts" / "img.jpg", b"\xff\xd8")
    w(repo / "node_modules" / "x" / "README.md", "foobar\n")
    w(repo / ".git" / "x.md", "foobar\n")
    w(repo / "venv" / "pyvenv.cfg", "home = /usr\n")
    w(repo / "venv" / "lib" / "doc.md", "foobar\n")
    p = run_cli("check", "--format", "json", ".", cwd=repo)
    paths = sorted(f["path"] for f in json.loads(p.stdout)["files"])
    assert paths == ["./posts/a.md", "./posts/notes.txt"]


def test_text_format_marks_span_and_summary(repo):
    w(repo / "a.md", "---\nlang: fr\n---\nVoici un foobar ici.\n")
    p = run_cli("check", "--no-cache", "a.md", cwd=repo)
    out = p.stdout
    assert "a.md:4:10: warning [tone.test-word]" in out
    assert "   4 | Voici un foobar ici." in out
    assert "^^^^^^" in out
    assert "suggestion: bazqux" in out
    assert "\x1b[" not in out  # no colour when not a terminal
    assert "1 file(s) checked" in out


def test_rules_and_explain(repo):
    p = run_cli("rules", "--format", "json", cwd=repo)
    assert p.returncode == 0
    rows = json.loads(p.stdout)
    assert all({"id", "category", "severity", "summary", "source"} <= set(r) for r in rows)
    bad = run_cli("explain", "no.such-rule", cwd=repo)
    assert bad.returncode == 2 and "unknown rule" in bad.stderr


def test_jobs_gives_same_results(repo):
    for i in range(12):
        w(repo / f"p{i:02}.md", f"Post {i} foobar zorglub.\n")
    one = json.loads(run_cli("check", "--no-cache", "--format", "json", ".", cwd=repo).stdout)
    two = json.loads(run_cli("check", "--no-cache", "--format", "json", "--jobs", "2", ".", cwd=repo).stdout)
    assert one == two


def test_jobs_text_and_html_reports_same_as_one_process(repo):
    # workers send back a light copy of each document: reports that show source lines must not change
    for i in range(12):
        w(repo / f"p{i:02}.md", f"---\nlang: fr\n---\nPost {i} foobar zorglub.\n")
    for fmt in ("text", "html", "sarif"):
        one = run_cli("check", "--no-cache", "--format", fmt, "--jobs", "1", ".", cwd=repo).stdout
        two = run_cli("check", "--no-cache", "--format", fmt, "--jobs", "2", ".", cwd=repo).stdout
        assert one == two and "zorglub" in one, fmt


def test_jobs_option_values(repo):
    w(repo / "a.md", "Un foobar.\n")
    assert run_cli("check", "--jobs", "auto", "a.md", cwd=repo).returncode == 1
    bad = run_cli("check", "--jobs", "many", "a.md", cwd=repo)
    assert bad.returncode == 2 and "'many' is not a number of processes" in bad.stderr
    assert run_cli("check", "--jobs", "65", "a.md", cwd=repo).returncode == 2


def test_auto_jobs_only_parallel_for_large_runs(monkeypatch):
    from postlint.engine import runner

    monkeypatch.setattr(runner.os, "sched_getaffinity", lambda pid: {0, 1, 2, 3, 4, 5, 6, 7}, raising=False)
    assert runner.auto_jobs(5) == 1  # a pre-commit run: one process
    assert runner.auto_jobs(450) == 2
    assert runner.auto_jobs(100_000) == runner.MAX_AUTO_WORKERS


def test_missing_image_is_input_error_but_draft_still_checked(repo):
    w(repo / "a.md", "---\nimages:\n  - src: img/nope.jpg\n    alt: Une affiche\n---\nUn foobar.\n")
    for extra in ((), ("--no-cache",)):
        p = run_cli("check", "--format", "json", *extra, "a.md", cwd=repo)
        assert p.returncode == 2
        entry = json.loads(p.stdout)["files"][0]
        assert entry["error"] is None
        assert entry["input_errors"] == ["a.md:3: file not found: 'img/nope.jpg' (relative to the draft's folder)"]
        assert "tone.test-word" in [f["rule"] for f in entry["findings"]]
        assert "a.md:3: file not found" in p.stderr and "Traceback" not in p.stderr


def test_config_exclude_skips_walked_files_not_named_ones(repo):
    (repo / ".postlint.yaml").write_text(f"rule_paths: [{RULES}]\nexclude: ['archive/**', 'README.md']\n",
                                         encoding="utf-8")
    w(repo / "archive" / "old.md", "foobar\n")
    w(repo / "README.md", "foobar\n")
    w(repo / "posts" / "new.md", "foobar\n")
    walked = sorted(f["path"] for f in json.loads(run_cli("check", "--format", "json", ".", cwd=repo).stdout)["files"])
    assert walked == ["./posts/new.md"]
    named = json.loads(run_cli("check", "--format", "json", "README.md", cwd=repo).stdout)["files"]
    assert [f["path"] for f in named] == ["README.md"]


def test_select_and_ignore_take_comma_separated_lists(tmp_path):
    draft = tmp_path / "a.md"
    draft.write_text("---\nlang: fr\n---\nLes toxicomanes du quartier !!!! Venez nombreux !!!!\n", encoding="utf-8")

    def rules(*args):
        p = run_cli("check", "--no-cache", "--format", "json", *args, str(draft))
        return sorted({f["rule"].split(".")[0] for f in json.loads(p.stdout)["files"][0]["findings"]})

    assert rules("--select", "stigma,tone") == rules("--select", "stigma", "--select", "tone") == ["stigma", "tone"]
    assert "stigma" not in rules("--ignore", "stigma, accessibility")


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_unknown_selector_on_the_command_line_is_an_error(tmp_path, option):
    draft = tmp_path / "a.md"
    draft.write_text("Bonjour.\n", encoding="utf-8")
    p = run_cli("check", option, "stigm", str(draft))
    assert p.returncode == 2
    assert f"{option}: unknown rule or category 'stigm'" in p.stderr and "did you mean stigma" in p.stderr
    assert "Traceback" not in p.stderr


def test_a_named_file_is_checked_whatever_its_suffix(repo):
    """Folders are walked for drafts only; a file named on the command line is read (as Markdown) whatever its
    suffix, and checked with the cache as any other."""
    w(repo / "notes.rst", "Un foobar.\n")
    w(repo / "posts" / "notes.rst", "Un foobar.\n")
    walked = json.loads(run_cli("check", "--format", "json", "posts", cwd=repo).stdout)["files"]
    assert walked == []
    for _ in range(2):  # the second run is a cache hit
        p = run_cli("check", "--format", "json", "notes.rst", cwd=repo)
        [entry] = json.loads(p.stdout)["files"]
        assert entry["path"] == "notes.rst" and [f["rule"] for f in entry["findings"]] == ["tone.test-word"]
        assert p.returncode == 1


def test_format_choices_are_the_formats_vocabulary():
    from postlint.cli.check import check
    from postlint.core.vocab import FORMATS

    [fmt] = [p for p in check.params if p.name == "fmt"]
    assert tuple(fmt.type.choices) == FORMATS
    for name in FORMATS:  # each has its module
        __import__(f"postlint.formats.{name}")


def test_commands_are_listed_only_when_their_module_exists(monkeypatch):
    import click

    from postlint import cli

    monkeypatch.setitem(cli.LAZY_COMMANDS, "later", "postlint.cli.no_such_module:later")
    ctx = click.Context(cli.main)
    names = cli.main.list_commands(ctx)
    assert "later" not in names
    assert {"check", "rules", "explain", "init", "serve", "strip-metadata"} <= set(names)
    assert cli.main.get_command(ctx, "later") is None
    assert cli.main.get_command(ctx, "check").name == "check"
    assert cli.LAZY_COMMANDS["docs"] == "postlint.cli.docs:docs"


def test_nothing_cites_an_internal_document():
    """Users do not have the project's internal files: code, comments, messages, rule sources, word lists
    and docs say what the behaviour is, or cite the public source (a guide by organisation and title),
    never "contract §3", "domain reference §4" or "guide 002"."""
    import re

    root = Path(__file__).resolve().parent.parent
    files = [root / "README.md", root / "CONTRIBUTING.md"]
    for folder in ("src/postlint", "rules", "wordlists", "docs", "examples"):
        files += [p for p in (root / folder).rglob("*")
                  if p.suffix in (".py", ".html", ".js", ".css", ".yaml", ".yml", ".md", ".txt")]
    internal = re.compile(r"contract\s*§|domain reference|reference/domain|domain\.md|guidelines\.md|"
                          r"\bguides?\s+00\d|\bseeds?[/ ]0", re.I)
    assert [f"{p.relative_to(root)}: {m.group(0)}" for p in files
            for m in internal.finditer(p.read_text(encoding="utf-8"))] == []
