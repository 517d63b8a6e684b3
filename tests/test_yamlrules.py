"""Declarative YAML rules: the four kinds, strict loading, and their behaviour through the engine."""
from __future__ import annotations

from pathlib import Path

import pytest

from postlint.core.errors import RuleDefinitionError
from postlint.rules.yaml import load_file

RULES = Path(__file__).parent / "data" / "rules"


def cfg(**extra):
    c = {"rule_paths": [str(RULES)]}
    c.update(extra)
    return c


def by_rule(result, rid):
    return [result.finding_dict(f) for f in result.findings if f.rule == rid]


def test_terms_kind_matches_words_with_safe_fix(lint):
    r = lint("Un foobar, deux Foobars, pas foobarista.\n", config=cfg())
    found = by_rule(r, "tone.test-word")
    assert [f["text"] for f in found] == ["foobar", "Foobars"]
    assert found[1]["suggestions"] == ["Bazqux"]  # capitalisation follows the match
    assert all(f["fixable"] for f in found)


def test_pattern_kind_with_exception(lint):
    r = lint("zorglub et zorglubette\n", config=cfg())
    assert [f["text"] for f in by_rule(r, "tone.test-pattern")] == ["zorglub"]
    assert by_rule(r, "tone.test-pattern")[0]["severity"] == "error"


def test_count_kind_option_from_config(lint):
    text = "Oui ! Oui ! Oui !\n"
    assert by_rule(lint(text, config=cfg()), "tone.test-count")[0]["message"].startswith("3 ")
    assert by_rule(lint(text, config=cfg(rules={"tone.test-count": {"max": 3}})), "tone.test-count") == []


def test_require_kind_off_by_default_enabled_by_config(lint):
    assert by_rule(lint("Bonjour.\n", config=cfg()), "tone.test-require") == []
    found = by_rule(lint("Bonjour.\n", config=cfg(rules={"tone.test-require": "warning"})), "tone.test-require")
    assert found and found[0]["line"] is None


@pytest.mark.parametrize("body,needle", [
    ("rules:\n  - id: tone.x\n    kind: magic\n    summary: s\n", "unknown kind"),
    ("rules:\n  - id: tone.x\n    kind: pattern\n    summary: s\n    patterns: ['(']\n    message: m\n", "invalid pattern"),
    ("rules:\n  - id: tone.x\n    kind: pattern\n    summary: s\n    patterns: [a]\n    message: m\n    colour: red\n",
     "unknown key 'colour'"),
    ("rules:\n  - id: Tone_X\n    kind: pattern\n    summary: s\n    patterns: [a]\n    message: m\n", "category.kebab-name"),
    ("rules:\n  - id: nope.x\n    kind: pattern\n    summary: s\n    patterns: [a]\n    message: m\n", "unknown category"),
    ("rules: [\n", "invalid YAML"),
])
def test_broken_rule_files_are_clear_errors(tmp_path, body, needle):
    f = tmp_path / "bad.yaml"
    f.write_text(body, encoding="utf-8")
    with pytest.raises(RuleDefinitionError) as e:
        load_file(f)
    assert needle in str(e.value)
    assert "bad.yaml" in str(e.value)


def test_broken_rule_file_line_number(tmp_path):
    f = tmp_path / "bad.yaml"
    f.write_text("rules:\n  - id: tone.ok\n    kind: pattern\n    summary: s\n    patterns: [a]\n    message: m\n"
                 "  - id: tone.bad\n    kind: pattern\n    summary: s\n    patterns: ['[']\n    message: m\n",
                 encoding="utf-8")
    with pytest.raises(RuleDefinitionError) as e:
        load_file(f)
    assert e.value.line == 10


def test_bundled_rule_files_load_and_have_examples():
    from postlint.engine.registry import bundled_yaml_rules
    from postlint.core.resources import data_dir

    for r in bundled_yaml_rules():
        assert r.summary and r.origin.startswith("yaml:")
    # bundled patterns compile lazily at run time; here every one is compiled (a bad one fails the build)
    for f in sorted(data_dir("rules").glob("*.yaml")):
        assert load_file(f, origin="validation")
