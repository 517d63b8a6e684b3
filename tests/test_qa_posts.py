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


# ------------------------------------------------------------------ the general fixes behind the drafts
def _rules(result, prefix):
    return [f.rule for f in result.findings if f.rule.startswith(prefix)]


@pytest.mark.parametrize("tag", ["#pénalisation", "#criminalisation", "#désertification", "#narcan",
                                 "#overdoses", "#addictions", "#communities"])
def test_one_word_tags_unknown_or_plural_are_not_split(lint, tag):
    r = lint(f"---\nlang: fr\n---\nNous étions à la marche ce samedi avec nos partenaires. {tag}\n")
    assert not _rules(r, "accessibility.hashtag-case")


@pytest.mark.parametrize("tag", ["#supportdontpunish", "#nonalapenalisation", "#harmreduction", "#ouialasante"])
def test_run_together_tags_still_reported(lint, tag):
    r = lint(f"---\nlang: fr\n---\nNous étions à la marche ce samedi avec nos partenaires. {tag}\n")
    assert _rules(r, "accessibility.hashtag-case")


def test_names_of_organisations_do_not_decide_the_language(lint):
    r = lint("---\nlang: en\n---\nThank you to Alliance Nationale des Communautés pour la Santé, Enda Santé and "
             "Association de Soutien aux Séropositifs for hosting us in Dakar.\n")
    assert not _rules(r, "language")
    r = lint("---\nlang: en\n---\nNous remercions toutes les associations qui nous ont accueillis à Dakar cette "
             "semaine pour les ateliers.\n")
    assert _rules(r, "language.mismatch")


def test_italic_title_is_not_the_authors_language(lint):
    r = lint("---\nlang: fr\n---\nLisez le rapport *Ending AIDS by 2030: the role of community-led monitoring in "
             "West and Central Africa*, publié aujourd'hui par l'ONUSIDA.\n")
    assert not _rules(r, "language")


def test_exclamations_inside_quotes_are_reported_speech(lint):
    r = lint("---\nlang: fr\n---\n« Stop ! Stop ! Stop ! » ont scandé les manifestantes devant le ministère. "
             "Un moment fort !\n")
    assert not _rules(r, "tone.exclamation")
    r = lint("---\nlang: fr\n---\nEnfin ! Le local ouvre ! Venez ! Nombreux !\n")
    assert _rules(r, "tone.exclamation")


RELEASE = """---
type: press-release
lang: en
---
# Parliamentarians commit to ending punitive drug laws

ACCRA, 12 February 2027 — Members of parliament from fourteen countries today signed the Accra Declaration.

"Prison has never treated anyone, and health-based approaches save lives and money," said {who}, chair of the network.

###

About the African Parliamentary Network on Health and Human Rights

The network brings together 200 members of parliament. It was founded in 2014. It supports committees. Its
secretariat is in Nairobi. Learn more at www.example.org.
"""


@pytest.mark.parametrize("who", ["Hon. Abena Osei", "Dr. Kwame Asante", "Rev. John Mensah"])
def test_quote_attributed_after_an_honorific(lint, who):
    r = lint(RELEASE.format(who=who))
    assert not _rules(r, "structure.quote")


def test_plain_about_line_with_a_long_name_labels_the_boilerplate(lint):
    r = lint(RELEASE.format(who="Abena Osei"))
    assert not [f for f in r.findings if f.rule == "structure.boilerplate" and f.severity != "info"]
