"""Keyword gates and prefilters must never hide a match: each is proved from its pattern, and the phone
prefilter's digit counts are recomputed from phonenumbers' own metadata."""
from __future__ import annotations

import importlib
import pkgutil

import pytest

import postlint
from postlint.rules.disclosure.personal_contact import MIN_PHONE_DIGITS, min_phone_digits
from postlint.text import gates as _gates

# Gates proved before they were declared beside their patterns (a hand-kept list): 78 first person, 29 third
# person, 11 place specs, 8 secrets, 6 URL coordinates, confidential ×2, street ×2, draft, placeholder, labelled
# secret, schemeless link, embargo opener, child word, setting, dms, w3w, plus code, geo uri.
GATES_BEFORE_THE_MOVE = 147


def import_every_module() -> list[str]:
    """Import every postlint module (so each declares its gates); the names of those that need an optional
    library that is not installed."""
    skipped = []
    for info in pkgutil.walk_packages(postlint.__path__, "postlint."):
        if info.name.rsplit(".", 1)[-1] == "__main__":
            continue  # runs the command line
        try:
            importlib.import_module(info.name)
        except ModuleNotFoundError as e:
            if (e.name or "").split(".")[0] == "postlint":
                raise
            skipped.append(f"{info.name} (needs {e.name})")
    return skipped


def test_every_gate_is_implied_by_its_pattern():
    import_every_module()
    assert _gates.unproved() == []
    assert len(_gates.declared()) >= GATES_BEFORE_THE_MOVE


def test_a_broken_gate_is_caught():
    assert _gates.implied(r"\bcompte\s+bancaire\b", "compte & bancaire")
    assert not _gates.implied(r"\bcompte\s+(?:bancaire|courant)\b", "compte & bancaire")
    assert not _gates.implied(r"(?i)ATTACHED", "attached & report")


def test_case_insensitive_gate_text_folds_dotted_capitals():
    folded = _gates.fold_case("JOİNT ıl")
    assert "joint" in folded and "il" in folded
    assert _gates.passes(_gates.gate("joint & il"), folded)


def test_phone_prefilter_digit_counts_match_phonenumbers_metadata():
    for region, n in MIN_PHONE_DIGITS.items():
        assert min_phone_digits(region) == n, region


def test_derived_gates_of_bundled_yaml_rules_are_proved():
    import re

    import yaml

    from postlint.core.resources import data_dir

    derived = 0
    for path in sorted(data_dir("rules").glob("*.yaml")):
        for spec in yaml.safe_load(path.read_text(encoding="utf-8"))["rules"]:
            flags = re.I if spec.get("ignore_case", True) else 0
            raw = spec.get("patterns") or []
            for pattern in [p for v in raw.values() for p in v] if isinstance(raw, dict) else raw:
                gate = _gates.derive(pattern, flags)
                assert gate == _gates.derive(pattern, flags, prove=True), (spec["id"], pattern)
                derived += gate is not None
    assert derived >= 10


def test_derive_finds_required_runs_only():
    assert _gates.derive(r"\bconverti(?:r|ssez)?\s+au\b") == (("converti",),)
    assert _gates.derive(r"(?i:vote|votez)\s+(?:for|pour)\s+\p{Lu}") == (("vote", "votez"),)
    assert _gates.derive(r"(?:optional)?\s*\d+") is None  # nothing every match contains
    assert _gates.derive(r"(?i)ATTACHED\s+file") == (("attached",),)
    assert _gates.derive(r"\bP\.?J\b") == (("p",),) or _gates.derive(r"\bP\.?J\b") == (("j",),)
    # a case-sensitive literal is looked for in the folded text: still found there
    gate = _gates.derive(r"Dieu\s+seul")
    assert _gates.passes(gate, _gates.fold_case("DIEU SEUL")) and _gates.passes(gate, _gates.fold_case("Dieu seul"))


def test_yaml_pattern_rule_with_gate_still_reports(lint):
    found = lint("Only by accepting Jesus as their saviour can these families find hope.", lang="en").findings
    assert any(f.rule == "tone.proselytising" for f in found)
    calm = lint("We met faith leaders in the church hall.", lang="en").findings
    assert not [f for f in calm if f.rule == "tone.proselytising"]


def test_attachment_gate_is_implied_by_its_pattern():
    import re

    from postlint.rules.structure import attachment as sp

    pattern = sp.ATTACHMENT.pattern
    pj_branch = r"(?-i:(?<![\p{L}\p{N}])P\.?\s?J\.?\s*:)|"
    assert pj_branch in pattern  # the one branch the words do not cover: PJ looks for it
    assert _gates.implied(pattern.replace(pj_branch, ""), (sp.ATTACHMENT_WORDS,), re.I)
    assert sp.PJ.search("Voir P. J : le rapport") and sp.PJ.search("PJ\u00a0:")


def test_saved_gates_are_the_derived_gates(tmp_path, monkeypatch):
    """derive_all gives what derive gives, first computing and saving, then reading the saved file; a
    damaged entry is derived again, never trusted."""
    monkeypatch.setenv("POSTLINT_INDEX_CACHE", str(tmp_path))
    patterns = [(r"\bconverti(?:r|ssez)?\s+au\b", 0), (r"(?:optional)?\s*\d+", 0), (r"(?i)ATTACHED\s+file", 2)]
    expected = [_gates.derive(p, f) for p, f in patterns]

    def fresh():
        monkeypatch.setattr(_gates, "_SAVED", None)
        return _gates.derive_all(patterns)

    assert fresh() == expected
    saved = list(tmp_path.glob("gates-*.json"))
    assert len(saved) == 1
    monkeypatch.setattr(_gates, "derive", lambda *a: pytest.fail("a saved gate was derived again"))
    assert fresh() == expected
    text = saved[0].read_text(encoding="utf-8")
    assert '[["converti"]]' in text
    text = text.replace('[["converti"]]', '[["x", 3]]')
    saved[0].write_text(text, encoding="utf-8")
    monkeypatch.undo()
    monkeypatch.setenv("POSTLINT_INDEX_CACHE", str(tmp_path))
    assert fresh() == expected


# ----------------------------------------------------------------------------------------- gate sets
def test_gate_set_passes_exactly_where_each_gate_passes():
    """One pass for many gates gives `passes` for each: substrings (not words), overlapping and nested words,
    letters beyond ASCII, an empty word (in every text), an empty group (in none), no gate at all."""
    import random

    rng = random.Random(5)
    alphabet = ["a", "b", "ab", "é", "ß", "İ", "i̇", "🙂", " ", "-", "hiv", "vih", "sida", "x"]
    words = sorted({"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3))) for _ in range(60)})
    gates = [tuple(tuple(rng.sample(words, rng.randint(1, 4))) for _ in range(rng.randint(1, 3))) for _ in range(40)]
    gates += [None, (("",),), ((), ("a",)), (("hiv", "ab"), ("",))]
    gate_set = _gates.GateSet(gates)
    texts = ["", "ab", "🙂 hiv", *("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(300))]
    for text in texts:
        assert gate_set.passing(text) == [g is None or _gates.passes(g, text) for g in gates], text
        assert _gates.GateSet([]).passing(text) == []


def test_gate_set_of_the_third_person_gates_on_drafts():
    from pathlib import Path

    from postlint.rules.disclosure._third_person import third_person

    gates = [g for _, _, _, g in third_person()]
    gate_set = _gates.GateSet(gates)
    drafts = sorted(Path(__file__).parent.joinpath("data").rglob("*.md"))[:200]
    assert drafts
    for path in drafts:
        text = _gates.fold_case(path.read_text(encoding="utf-8", errors="replace"))
        assert gate_set.passing(text) == [_gates.passes(g, text) for g in gates], path
