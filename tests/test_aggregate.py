"""engine.aggregate: one info finding per wording per document, with the count and every place."""
from __future__ import annotations

from postlint.core.rule import Edit, Finding, Fix
from postlint.core.spans import Span
from postlint.engine.aggregate import aggregate

SOURCE = "inmates here, Inmates there, junkie, junkie, inmates"


def f(start, end, severity="info", rule="stigma.incarceration", fix=None):
    return Finding(rule=rule, category=rule.split(".")[0], severity=severity, message="m.", span=Span(start, end),
                   fix=fix)


def test_info_of_one_wording_folds_into_the_first_with_every_place():
    found = [f(0, 7), f(14, 21), f(45, 52)]
    [one] = aggregate(found, SOURCE, "en")
    assert one.span == Span(0, 7) and one.occurrences == (Span(0, 7), Span(14, 21), Span(45, 52))
    assert one.message == "m. (3 occurrences in this document.)"


def test_message_in_the_drafts_language():
    [one] = aggregate([f(0, 7), f(14, 21)], SOURCE, "fr")
    assert one.message.endswith("(2 occurrences dans le document.)")


def test_warnings_errors_and_other_rules_are_untouched_and_order_is_kept():
    found = [f(0, 7), f(29, 35, "warning", "stigma.drug-use"), f(37, 43, "warning", "stigma.drug-use"), f(14, 21),
             f(45, 52, rule="stigma.other")]
    out = aggregate(found, SOURCE, "en")
    assert [(x.rule, x.span.start) for x in out] == [("stigma.incarceration", 0), ("stigma.drug-use", 29),
                                                     ("stigma.drug-use", 37), ("stigma.other", 45)]


def test_the_fix_covers_every_place():
    fix = lambda s, e: Fix((Edit(Span(s, e), "people in prison"),), "unsafe", "people in prison")  # noqa: E731
    [one] = aggregate([f(0, 7, fix=fix(0, 7)), f(14, 21, fix=fix(14, 21))], SOURCE, "en")
    assert [e.span for e in one.fix.edits] == [Span(0, 7), Span(14, 21)]


def test_a_suppressed_place_does_not_hide_the_others(lint):
    text = ("<!-- postlint-disable stigma -->\nLa lutte contre le sida.\n<!-- postlint-enable -->\n\n"
            "Notre lutte contre le sida continue.\n\nLa lutte contre le sida avance.\n")
    found = [x for x in lint(text, lang="fr").findings if x.category == "stigma"]
    assert len(found) == 1 and len(found[0].occurrences) == 2


def test_fix_applies_at_every_folded_place(tmp_path):
    import subprocess
    import sys

    (tmp_path / ".postlint.yaml").write_text("{}\n", encoding="utf-8")
    draft = tmp_path / "d.md"
    draft.write_text("---\nlang: fr\n---\nLes MST sont en hausse.\n\nLe dépistage des MST est gratuit.\n",
                     encoding="utf-8")
    subprocess.run([sys.executable, "-m", "postlint", "check", "--fix", str(draft)], cwd=tmp_path,
                   capture_output=True, text=True, timeout=120)
    assert "MST" not in draft.read_text(encoding="utf-8")


def test_info_findings_of_one_group_fold_whatever_their_words_and_other_groups_stay_apart():
    from msgspec.structs import replace

    pic = lambda s, e, g="uncredited-picture": replace(f(s, e, rule="image-credit.missing"), group=g)  # noqa: E731
    out = aggregate([pic(0, 7), pic(29, 35), pic(45, 52, g=""), pic(14, 21)], SOURCE, "en")
    assert [(x.span.start, x.occurrences) for x in out] == [(0, (Span(0, 7), Span(29, 35), Span(14, 21))), (45, ())]
