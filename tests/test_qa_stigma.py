"""QA drafts of the stigma area (`stigma.*`), French and English, clean and problematic.

Each `tests/data/qa/stigma/*.md` has a sidecar `*.expect.yaml`:

    must:                                   # findings that must be reported
      - rule: stigma.drug-use               # rule id
        line: 6                             # line where the match starts (1-based, front matter counted)
        text: toxicomanes                   # the matched words (case-insensitive, whitespace collapsed)
        severity: [info, warning, error]    # optional: accepted severities (default: warning or error)
        known_gap: "why"                    # optional: a miss not fixed yet; reported, not asserted
    clean: true                             # no expected finding at all

Any stigma finding at warning or error that no `must` entry accounts for is a false positive: the drafts
marked clean are what a careful editor would publish as is, and postlint must stay quiet on them.
Info findings (contested terms) are allowed anywhere. Other categories are other areas' business.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, run_cli

QA = ROOT / "tests" / "data" / "qa" / "stigma"
DRAFTS = sorted(QA.glob("*.md"))
LOUD = ("warning", "error")


@pytest.fixture(scope="module")
def report() -> dict[str, list[dict]]:
    p = run_cli("check", "--no-cache", "--format", "json", "--fail-on", "error", *map(str, DRAFTS), cwd=ROOT)
    assert p.returncode in (0, 1), p.stderr
    out = {}
    for f in json.loads(p.stdout)["files"]:
        assert f["error"] is None, (f["path"], f["error"])
        out[Path(f["path"]).name] = [x for x in f["findings"] if x["category"] == "stigma"]
    return out


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


def _matches(finding: dict, exp: dict) -> bool:
    if finding["rule"] != exp["rule"] or finding["line"] != exp["line"]:
        return False
    if finding["severity"] not in exp.get("severity", LOUD):
        return False
    got, want = _norm(finding["text"]), _norm(exp["text"])
    return want in got or got in want


def _expect(draft: Path) -> dict:
    return yaml.safe_load(draft.with_suffix(".expect.yaml").read_text(encoding="utf-8"))


def _assign(findings: list[dict], must: list[dict]) -> tuple[list[dict], set[int]]:
    """Each expectation takes one finding of its own; returns the expectations missed and the findings used."""
    used: set[int] = set()
    missed = []
    for exp in must:
        hit = next((i for i, f in enumerate(findings) if i not in used and _matches(f, exp)), None)
        if hit is None:
            missed.append(exp)
        else:
            used.add(hit)
    return missed, used


def test_there_are_enough_drafts_in_both_languages():
    names = [d.name for d in DRAFTS]
    assert len(names) >= 25
    assert sum(n.startswith("fr-") for n in names) >= 10 and sum(n.startswith("en-") for n in names) >= 10
    assert sum(_expect(d)["clean"] for d in DRAFTS) >= 12  # about half are clean drafts


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda p: p.stem)
def test_expected_findings_are_reported(report, draft):
    exp = _expect(draft)
    must = [e for e in exp["must"] if not e.get("known_gap")]
    missed, _ = _assign(report[draft.name], must)
    assert not missed, (missed, [(f["rule"], f["line"], f["text"], f["severity"]) for f in report[draft.name]])


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda p: p.stem)
def test_no_false_positive(report, draft):
    exp = _expect(draft)
    findings = report[draft.name]
    _, used = _assign(findings, exp["must"])
    extra = [(f["rule"], f["line"], f["text"], f["severity"])
             for i, f in enumerate(findings) if i not in used and f["severity"] in LOUD]
    assert not extra
    if exp["clean"]:
        assert not [f for f in findings if f["severity"] in LOUD]


def test_suggestions_keep_the_match_case(report):
    """An acronym glued to the term ("HIV-infected") does not capitalise the suggestion."""
    f = next(x for x in report["en-pb-hiv.md"] if _norm(x["text"]) == "hiv-infected")
    assert "living with HIV" in f["suggestions"]


def test_a_phrase_split_by_emphasis_or_a_line_break_reads_as_words(report):
    texts = [_norm(f["text"]) for f in report["en-pb-thread.md"]] + [f["text"] for f in report["en-pb-hiv.md"]]
    assert "illegal immigrants" in texts
    assert "the AIDS virus" in texts  # written "the\nAIDS virus" in the draft
    mig = next(f for f in report["en-pb-thread.md"] if f["rule"] == "stigma.migration")
    assert '"illegal immigrants"' in mig["message"]
