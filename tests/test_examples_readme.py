"""Every example draft shows what its line of examples/README.md promises: a good draft has no finding
and the phrases its line quotes are in it; a bad draft is reported by exactly the rules its line lists
(the last column), and the phrases its line quotes from the draft are in the draft."""
from __future__ import annotations

import json
import re

import pytest

from conftest import ROOT, run_cli

EXAMPLES = ROOT / "examples"
README = (EXAMPLES / "README.md").read_text(encoding="utf-8")
GOOD = {m[0]: m[1] for m in re.findall(r"^\| `([\w/.-]*good-[\w.-]+\.md)` \|(.*)\|\s*$", README, re.M)}
BAD = {m[0]: (m[1], m[2], m[3]) for m in re.findall(
    r"^\| `([\w/.-]*bad-[\w.-]+\.md)` \| `([\w-]+)` \| (.*) \| (`[\w.-]+`(?:, `[\w.-]+`)*) \|\s*$", README, re.M)}


@pytest.fixture(scope="module")
def report() -> dict:
    p = run_cli("check", "--no-cache", "--format", "json", ".", cwd=EXAMPLES)
    assert p.returncode in (0, 1), p.stderr
    return {f["path"].removeprefix("./"): f for f in json.loads(p.stdout)["files"]}


def test_the_readme_describes_every_example_once(report):
    drafts = {str(p.relative_to(EXAMPLES)) for p in EXAMPLES.rglob("*.md") if p.name != "README.md"}
    assert drafts == set(GOOD) | set(BAD)
    assert set(report) == drafts
    assert len(BAD) == 12 and len({cat for cat, _, _ in BAD.values()}) == 12 and len(GOOD) >= 8


def quoted(text: str) -> list[str]:
    """Phrases the README quotes from a draft: "…" (an ellipsis inside means the phrase goes on)."""
    return [q.rstrip("…") for q in re.findall(r'"([^"]+)"', text) if q not in ("About", "À propos")]


@pytest.mark.parametrize("name", sorted(GOOD))
def test_good_example_is_clean(report, name):
    assert report[name]["error"] is None
    assert report[name]["findings"] == [], [f["rule"] for f in report[name]["findings"]]
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    for phrase in quoted(GOOD[name]):
        assert phrase in text, f"{name}: the README quotes {phrase!r}, not in the draft"


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_example_is_reported_by_the_rules_its_line_lists(report, name):
    category, what, rules = BAD[name]
    promised = set(re.findall(r"`([\w.-]+)`", rules))
    found = {f["rule"] for f in report[name]["findings"]}
    assert report[name]["error"] is None
    assert promised - found == set(), f"{name}: the README promises {sorted(promised - found)}, not reported"
    assert found - promised == set(), f"{name}: also reported by {sorted(found - promised)}: add them to its line"
    assert category in {f["category"] for f in report[name]["findings"]}
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    for phrase in quoted(what):
        assert phrase in text, f"{name}: the README quotes {phrase!r}, not in the draft"


def test_the_proselytising_post_is_the_one_reported(report):
    f = [x for x in report["posts/bad-tone-thread-fr.md"]["findings"] if x["rule"] == "tone.proselytising"]
    assert [x["text"] for x in f] == ["priez avec nous pour qu'Il"]
