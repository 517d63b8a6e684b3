"""`postlint.api`: the library entry point gives what `postlint check` reports."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from conftest import run_cli
from postlint.api import RunOptions, check_paths, check_text
from postlint.core.errors import ConfigError

RULES = str(Path(__file__).parent / "data" / "rules")


@pytest.fixture
def org(tmp_path):
    (tmp_path / ".postlint.yaml").write_text(f"rule_paths: [{RULES}]\n", encoding="utf-8")
    return tmp_path


def test_check_text_is_what_check_reports(org):
    text = "---\nlang: fr\n---\nUn foobar et zorglub !!!\n"
    (org / "a.md").write_text(text, encoding="utf-8")
    cli = json.loads(run_cli("check", "--no-cache", "--format", "json", "a.md", cwd=org).stdout)["files"][0]
    result = check_text(text, path=org / "a.md")
    assert [result.finding_dict(f) for f in result.findings] == cli["findings"]
    assert (result.language, result.type, result.error) == (cli["language"], cli["type"], None)


def test_check_text_options(org):
    text = "Un foobar et zorglub !!!\n"
    ids = lambda r: sorted({f.rule for f in r.findings})  # noqa: E731
    path = str(org / "a.md")
    assert ids(check_text(text, path=path, select=["tone.test-word"])) == ["tone.test-word"]
    assert "tone.test-word" not in ids(check_text(text, path=path, ignore=("tone.test-word",)))
    assert check_text(text, path=path, lang="en").language == "en"
    assert check_text(text, path=path, type="press-release").type == "press-release"
    assert check_text(text, path=path, platforms=["twitter"]).doc.meta.platforms == ("x",)
    assert check_text("Un texte.\n", path=path, today=date(2030, 1, 1)).error is None
    other = org / "elsewhere.yaml"
    other.write_text("{}\n", encoding="utf-8")
    assert "tone.test-word" not in ids(check_text(text, path=path, config=other))


def test_check_text_errors(org):
    path = str(org / "a.md")
    with pytest.raises(ValueError, match="lang"):
        check_text("x", path=path, lang="de")
    with pytest.raises(ValueError, match="type"):
        check_text("x", path=path, type="blog")
    with pytest.raises(ValueError, match="unknown platform"):
        check_text("x", path=path, platforms=["myspace"])
    with pytest.raises(ConfigError, match="unknown rule or category 'tone.tset-word'"):
        check_text("x", path=path, select=["tone.tset-word"])
    (org / ".postlint.yaml").write_text("colour: blue\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown key 'colour'"):
        check_text("x", path=path)
    (org / ".postlint.yaml").write_text("{}\n", encoding="utf-8")
    unreadable = check_text("---\n- a\n---\ntext\n", path=str(org / "b.md"))
    assert unreadable.error and unreadable.findings == []


def test_check_paths_is_what_check_reports(org, monkeypatch):
    monkeypatch.chdir(org)  # where the result cache goes
    (org / "posts").mkdir()
    (org / "posts" / "a.md").write_text("Un foobar.\n", encoding="utf-8")
    (org / "posts" / "b.md").write_text("Bonjour.\n", encoding="utf-8")
    report = check_paths([org / "posts", org / "missing.md"], RunOptions(use_cache=False))
    cli = json.loads(run_cli("check", "--no-cache", "--format", "json", "posts", "missing.md", cwd=org).stdout)
    assert [len(f.findings) for f in report.files] == [len(f["findings"]) for f in cli["files"]]
    assert report.files[0].error == f"{org / 'missing.md'}: no such file or folder"
    assert report.to_dict()["summary"] == cli["summary"]
    assert report.exit_code("warning") == run_cli("check", "--no-cache", "posts", "missing.md", cwd=org).returncode == 2
    assert check_paths([org / "posts"], RunOptions(use_cache=False)).exit_code("warning") == 1
    assert not (org / ".postlint_cache").exists()
    check_paths([str(org / "posts")])  # default options: the command's, result cache included
    assert (org / ".postlint_cache").is_dir()
