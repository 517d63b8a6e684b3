"""Configuration: discovery, strict validation with file and line, selection, overrides."""
from __future__ import annotations

from pathlib import Path

import pytest

from postlint.engine.config import find_config, glob_match, load
from postlint.core.errors import ConfigError

RULES = str(Path(__file__).parent / "data" / "rules")


def write(p: Path, text: str) -> Path:
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


@pytest.mark.parametrize("text,line,needle", [
    ("lang: fr\ncolour: blue\n", 2, "unknown key 'colour'"),
    ("lang: de\n", 1, "not supported"),
    ("organization:\n  names: [A]\n  slogan: x\n", 3, "unknown key 'slogan'"),
    ("rules:\n  hashtags.count: loud\n", 2, "expected off, error, warning, info"),
    ("overrides:\n  - type: press-release\n", 2, "needs `files:`"),
    ("overrides:\n  - files: 'press/**'\n    type: memo\n", 3, "unknown type"),
    ("lang: fr\n  bad: indent\n", 2, "invalid YAML"),
    ("platforms: [myspace]\n", 1, "unknown platform"),
])
def test_config_errors_name_file_and_line(tmp_path, text, line, needle):
    p = write(tmp_path / ".postlint.yaml", text)
    with pytest.raises(ConfigError) as e:
        load(str(p))
    assert needle in str(e.value)
    assert e.value.line == line
    assert str(p) in str(e.value)


def test_unknown_rule_id_is_an_error_with_line(lint):
    with pytest.raises(ConfigError) as e:
        lint("x\n", config="lang: fr\nrules:\n  nosuch.rule: off\n")
    assert "unknown rule or category 'nosuch.rule'" in str(e.value) and e.value.line == 3


def test_unknown_rule_reported_by_cli(tmp_path):
    from conftest import run_cli

    write(tmp_path / ".postlint.yaml", f"rule_paths: [{RULES}]\nrules:\n  tone.test-wrod: off\n")
    write(tmp_path / "a.md", "hello\n")
    p = run_cli("check", "a.md", cwd=tmp_path)
    assert p.returncode == 2
    assert ".postlint.yaml:3" in p.stdout + p.stderr
    assert "tone.test-word" in p.stdout + p.stderr  # did-you-mean
    assert "Traceback" not in p.stderr


def test_unknown_option_reported(tmp_path):
    from conftest import run_cli

    write(tmp_path / ".postlint.yaml", f"rule_paths: [{RULES}]\nrules:\n  tone.test-count: {{maxi: 3}}\n")
    write(tmp_path / "a.md", "hello\n")
    p = run_cli("check", "a.md", cwd=tmp_path)
    assert p.returncode == 2
    assert "unknown option 'maxi' (known: max)" in p.stdout + p.stderr


def test_option_type_checked(tmp_path):
    from conftest import run_cli

    write(tmp_path / ".postlint.yaml", f"rule_paths: [{RULES}]\nrules:\n  tone.test-count: {{max: many}}\n")
    write(tmp_path / "a.md", "hello\n")
    p = run_cli("check", "a.md", cwd=tmp_path)
    assert p.returncode == 2 and "expected a whole number" in p.stdout + p.stderr


def test_discovery_nearest_wins_and_pyproject(tmp_path):
    write(tmp_path / ".postlint.yaml", "lang: fr\n")
    write(tmp_path / "sub" / "pyproject.toml", "[project]\nname='x'\n[tool.postlint]\nlang = 'en'\n")
    write(tmp_path / "sub" / "deeper" / "d.md", "x")
    found = find_config(str(tmp_path / "sub" / "deeper"))
    assert found.endswith("pyproject.toml")
    assert load(found).lang == "en"
    assert find_config(str(tmp_path)).endswith(".postlint.yaml")


def test_discovery_notices_configs_created_changed_and_deleted(tmp_path):
    """A long-lived process (`postlint serve`, an editor) sees a config created, edited or removed since its
    last lookup: nothing about the folders is remembered between calls."""
    write(tmp_path / ".postlint.yaml", "lang: fr\n")
    deeper = tmp_path / "team" / "drafts"
    deeper.mkdir(parents=True)
    assert find_config(str(deeper)) == str(tmp_path / ".postlint.yaml")
    team = write(tmp_path / "team" / ".postlint.yml", "lang: en\n")  # created: now the nearest
    assert find_config(str(deeper)) == str(team)
    assert load(find_config(str(deeper))).lang == "en"
    team.unlink()  # deleted: the one above applies again
    assert find_config(str(deeper)) == str(tmp_path / ".postlint.yaml")
    pyproject = write(tmp_path / "team" / "pyproject.toml", "[project]\nname = 'x'\n")
    assert find_config(str(deeper)) == str(tmp_path / ".postlint.yaml")  # no [tool.postlint] table
    pyproject.write_text("[project]\nname = 'x'\n\n[tool.postlint]\nlang = 'en'\n", encoding="utf-8")
    assert find_config(str(deeper)) == str(pyproject)  # edited to hold one
    pyproject.write_text("[project]\nname = 'x'\n", encoding="utf-8")
    assert find_config(str(deeper)) == str(tmp_path / ".postlint.yaml")


def test_checks_see_a_config_created_after_the_first_one(tmp_path):
    from postlint.api import check_text

    folder = tmp_path / "org"
    folder.mkdir()
    write(tmp_path / ".postlint.yaml", "{}\n")  # stop discovery above tmp_path
    assert check_text("foobar\n", path=folder / "a.md").findings == []
    write(folder / ".postlint.yaml", f"rule_paths: [{RULES}]\n")
    assert [f.rule for f in check_text("foobar\n", path=folder / "a.md").findings] == ["tone.test-word"]
    (folder / ".postlint.yaml").unlink()
    assert check_text("foobar\n", path=folder / "a.md").findings == []


def test_pyproject_errors_are_reported(tmp_path):
    p = write(tmp_path / "pyproject.toml", "[tool.postlint]\nflavour = 'x'\n")
    with pytest.raises(ConfigError) as e:
        load(str(p))
    assert "unknown key 'flavour'" in str(e.value) and e.value.line == 2


def test_glob_match():
    assert glob_match("press/2026/a.md", "press/**")
    assert glob_match("a.md", "**/*.md")
    assert glob_match("x/y/a.md", "**/*.md")
    assert not glob_match("posts/a.md", "press/**")


def test_select_ignore_severity_and_overrides(lint, tmp_path):
    text = "foobar et zorglub !!!\n"
    base = {"rule_paths": [RULES]}
    ids = lambda r: sorted({f.rule for f in r.findings})  # noqa: E731
    assert ids(lint(text, config=base)) == ["tone.test-count", "tone.test-pattern", "tone.test-word"]
    assert ids(lint(text, config=base, select=("tone.test-word",))) == ["tone.test-word"]
    assert ids(lint(text, config=base, ignore=("tone.test",))) == []  # id prefix
    assert ids(lint(text, config={**base, "rules": {"tone": "off"}})) == []  # category
    sev = lint(text, config={**base, "rules": {"tone.test-word": "error"}})
    assert [f.severity for f in sev.findings if f.rule == "tone.test-word"] == ["error"]
    # most specific wins: category off, one id back on
    r = lint(text, config={**base, "rules": {"tone": "off", "tone.test-pattern": "warning"}})
    assert ids(r) == ["tone.test-pattern"]


def test_overrides_by_glob(tmp_path):
    from postlint.engine.runner import RunOptions, settings_for

    write(tmp_path / ".postlint.yaml", "type: post\noverrides:\n  - files: 'press/**'\n    type: press-release\n"
          "    lang: fr\n")
    a = write(tmp_path / "press" / "cp.md", "x")
    b = write(tmp_path / "posts" / "p.md", "x")
    assert settings_for(str(a), RunOptions()).type == "press-release"
    assert settings_for(str(a), RunOptions()).lang == "fr"
    assert settings_for(str(b), RunOptions()).type == "post"


def test_front_matter_disable(lint):
    text = "---\npostlint:\n  disable: [tone.test-word]\n---\nfoobar zorglub\n"
    r = lint(text, config={"rule_paths": [RULES]})
    assert {f.rule for f in r.findings} == {"tone.test-pattern"}
