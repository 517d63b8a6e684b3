"""QA drafts of the posts area (hashtags, length, language, accessibility, tone, structure).

Each `tests/data/qa/posts/*.md` has a sidecar `*.expect.yaml`:

    expect:                      # findings that must be reported (any severity)
      - {rule: hashtags.count, line: 7}          # rule id or category; line and text are optional
      - {rule: accessibility.hashtag-case, text: "#stopvih"}
    forbid: [tone.exclamation]   # rules or categories that must not report anything (any severity)

Any warning or error of the area's categories that no `expect` entry accounts for is a false positive.
Findings of other categories (stigma, disclosure, geotag…) are other areas' business and ignored here.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, run_cli

QA = ROOT / "tests" / "data" / "qa" / "posts"
AREA = {"hashtags", "length", "language", "accessibility", "tone", "structure"}
DRAFTS = sorted(QA.glob("*.md"))


@pytest.fixture(scope="module")
def report() -> dict[str, list[dict]]:
    p = run_cli("check", "--no-cache", "--format", "json", "--fail-on", "error", *map(str, DRAFTS), cwd=ROOT)
    assert p.returncode in (0, 1), p.stderr
    data = json.loads(p.stdout)
    out = {}
    for f in data["files"]:
        assert f["error"] is None, (f["path"], f["error"])
        out[Path(f["path"]).name] = [x for x in f["findings"] if x["category"] in AREA]
    return out


def _matches(finding: dict, exp: dict) -> bool:
    if exp["rule"] not in (finding["rule"], finding["category"]):
        return False
    if exp.get("line") is not None and finding["line"] != exp["line"]:
        return False
    return not exp.get("text") or exp["text"] in (finding.get("text") or "")


def test_enough_drafts_both_languages():
    assert len(DRAFTS) >= 25
    names = [d.name for d in DRAFTS]
    assert sum(n.startswith("fr_") for n in names) >= 10 and sum(n.startswith("en_") for n in names) >= 10
    assert sum("_clean" in n for n in names) >= 12  # false-positive catchers


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda p: p.stem)
def test_qa_draft(report, draft: Path):
    spec = yaml.safe_load(draft.with_suffix(".expect.yaml").read_text(encoding="utf-8")) or {}
    expected = spec.get("expect") or []
    findings = report[draft.name]
    shown = [(f["rule"], f["severity"], f["line"], f.get("text")) for f in findings]
    for exp in expected:
        assert any(_matches(f, exp) for f in findings), f"missed {exp} in {draft.name}: {shown}"
    false_positives = [f for f in findings if f["severity"] in ("warning", "error")
                       and not any(_matches(f, e) for e in expected)]
    assert not false_positives, f"false positives in {draft.name}: {[(f['rule'], f['line'], f['message']) for f in false_positives]}"
    for name in spec.get("forbid") or []:
        hit = [f for f in findings if name in (f["rule"], f["category"])]
        assert not hit, f"{name} must not be reported in {draft.name}: {hit}"
