"""Inline suppression comments and their scope."""
from __future__ import annotations

from pathlib import Path

RULES = str(Path(__file__).parent / "data" / "rules")
CFG = {"rule_paths": [RULES]}


def lines(result, rule="tone.test-word"):
    return [result.finding_dict(f)["line"] for f in result.findings if f.rule == rule]


def test_block_disable_enable(lint):
    text = "foobar\n<!-- postlint-disable tone.test-word -->\nfoobar\n<!-- postlint-enable -->\nfoobar\n"
    assert lines(lint(text, config=CFG)) == [1, 5]


def test_disable_by_category_and_everything(lint):
    text = "<!-- postlint-disable tone -->\nfoobar zorglub\n<!-- postlint-enable -->\nfoobar\n"
    r = lint(text, config=CFG)
    assert lines(r) == [4] and lines(r, "tone.test-pattern") == []
    r = lint("<!-- postlint-disable -->\nfoobar zorglub\n", config=CFG)
    assert [f.rule for f in r.findings] == []


def test_disable_next_line_skips_blank_lines(lint):
    text = "<!-- postlint-disable-next-line tone.test-word -->\n\nfoobar\nfoobar\n"
    assert lines(lint(text, config=CFG)) == [4]


def test_disable_other_rule_does_not_suppress(lint):
    text = "<!-- postlint-disable-next-line tone.test-pattern -->\nfoobar zorglub\n"
    r = lint(text, config=CFG)
    assert lines(r) == [2] and lines(r, "tone.test-pattern") == []


def test_unknown_selector_in_directive_is_reported(lint):
    r = lint("<!-- postlint-disable tone.tset-word -->\nfoobar\n", config=CFG)
    d = [f for f in r.findings if f.rule == "postlint.directive"]
    assert d and "tone.tset-word" in d[0].message
    assert lines(r) == [2]  # an unknown selector suppresses nothing


def test_directive_finding_has_a_category_of_the_documented_list(lint):
    from postlint.core.vocab import CATEGORIES

    r = lint("<!-- postlint-disable tone.tset-word -->\n<!-- postlint-disabel tone -->\nfoobar\n", config=CFG)
    found = sorted((r.finding_dict(f) for f in r.findings if f.rule == "postlint.directive"), key=lambda f: f["line"])
    assert [(f["line"], f["category"]) for f in found] == [(1, "structure"), (2, "structure")]
    assert all(f["category"] in CATEGORIES for f in found)
    assert "postlint-disabel" in found[1]["message"]  # a misspelt keyword is reported too


def test_directive_text_is_not_prose(lint):
    r = lint("<!-- postlint-disable foobar -->\n", config=CFG)
    assert lines(r) == []


def test_file_level_disable_covers_document_level_findings(lint):
    cfg = {**CFG, "rules": {"tone.test-require": "warning"}}
    r = lint("<!-- postlint-disable tone.test-require -->\nBonjour.\n", config=cfg)
    assert [f.rule for f in r.findings] == []
    r = lint("Bonjour.\n<!-- postlint-disable tone.test-require -->\nSuite.\n", config=cfg)
    assert [f.rule for f in r.findings] == ["tone.test-require"]  # not at the top: text only
