"""The saved stigma term index gives exactly what building it gives, and never a stale or broken index."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import ROOT, run_cli

QA = ROOT / "tests" / "data" / "qa" / "stigma"


def _report(folder: Path, env: dict) -> list:
    p = run_cli("check", "--no-cache", "--format", "json", str(folder), env=env)
    assert p.returncode in (0, 1), p.stderr
    return json.loads(p.stdout)["files"]


def test_saved_index_gives_the_same_findings(tmp_path):
    index = tmp_path / "index"
    built = _report(QA, {"POSTLINT_INDEX_CACHE": "off"})
    first = _report(QA, {"POSTLINT_INDEX_CACHE": str(index)})  # builds and saves
    assert sorted(p.name for p in index.iterdir()) and any(p.name.startswith("terms-") for p in index.iterdir())
    second = _report(QA, {"POSTLINT_INDEX_CACHE": str(index)})  # reads the saved index
    assert built == first == second
    assert sum(len(f["findings"]) for f in built) > 20


def test_edited_wordlist_makes_a_new_index(tmp_path):
    index = tmp_path / "index"
    lists = tmp_path / "lists"
    lists.mkdir()
    entry = ("entries:\n  - id: zorg\n    avoid: [{word}]\n    prefer: [personne]\n    lang: fr\n    domain: drug-use\n"
             "    reason: un mot inventé pour le test\n")
    (lists / "org.yaml").write_text(entry.format(word="zorglub"), encoding="utf-8")
    (tmp_path / ".postlint.yaml").write_text(f"wordlists: [{lists}]\nlang: fr\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("Des zorglub et des glubzor.\n", encoding="utf-8")
    env = {"POSTLINT_INDEX_CACHE": str(index)}

    def stigma_texts():
        p = run_cli("check", "--no-cache", "--format", "json", "a.md", cwd=tmp_path, env=env)
        return [f["text"] for f in json.loads(p.stdout)["files"][0]["findings"] if f["rule"].startswith("stigma.")]

    assert stigma_texts() == ["zorglub"]
    (lists / "org.yaml").write_text(entry.format(word="glubzor"), encoding="utf-8")
    assert stigma_texts() == ["glubzor"]
    assert len(list(index.glob("terms-*"))) == 1  # the new index replaced the stale one


@pytest.mark.parametrize("damage", ["{not json", '{"format": 999}', ""])
def test_damaged_index_is_ignored_and_rebuilt(tmp_path, damage):
    index = tmp_path / "index"
    clean = _report(QA, {"POSTLINT_INDEX_CACHE": "off"})
    _report(QA, {"POSTLINT_INDEX_CACHE": str(index)})
    for p in index.iterdir():  # term index and derived gates
        p.write_text(damage, encoding="utf-8")
    assert _report(QA, {"POSTLINT_INDEX_CACHE": str(index)}) == clean


def test_unwritable_index_folder_is_not_an_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    env = {"POSTLINT_INDEX_CACHE": str(blocker / "sub")}  # cannot be created: a file is in the way
    assert _report(QA, env) == _report(QA, {"POSTLINT_INDEX_CACHE": "off"})
    assert not os.path.isdir(blocker / "sub")


def test_no_home_folder_means_no_index(monkeypatch):
    from postlint.core import savedindex

    monkeypatch.delenv("POSTLINT_INDEX_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(savedindex.os.path, "expanduser", lambda p: p)  # as when HOME is unset and unknown
    assert savedindex.folder() is None
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere")
    assert str(savedindex.folder()) == "/somewhere/postlint"
    monkeypatch.setenv("POSTLINT_INDEX_CACHE", "off")
    assert savedindex.folder() is None


@pytest.mark.parametrize("damage", ["form-entry-out-of-range", "form-wrong-type", "ref-out-of-range",
                                    "anchor-ref-out-of-range"])
def test_index_with_current_inputs_but_damaged_data_is_rebuilt(tmp_path, damage):
    """A file naming the right inputs but holding bad data is refused when read, never used by a check."""
    index = tmp_path / "index"
    clean = _report(QA, {"POSTLINT_INDEX_CACHE": "off"})
    _report(QA, {"POSTLINT_INDEX_CACHE": str(index)})
    for p in index.glob("terms-*.json"):
        state = json.loads(p.read_text(encoding="utf-8"))
        forms = state["data"]["forms"]
        table = state["data"]["index"]["exact"] or state["data"]["index"]["loose"]
        if damage == "form-entry-out-of-range":
            forms[0][4] = 10**6
        elif damage == "form-wrong-type":
            forms[0][0] = 5
        elif damage == "anchor-ref-out-of-range":
            next(iter(state["data"]["by_anchor"].values()))[0] = len(forms) + 3
        else:
            next(iter(table.values()))[0] = len(forms) + 3
        p.write_text(json.dumps(state), encoding="utf-8")
    assert _report(QA, {"POSTLINT_INDEX_CACHE": str(index)}) == clean


def test_saved_files_untouched_for_a_month_are_pruned_when_saving(tmp_path, monkeypatch):
    from postlint.core import savedindex

    monkeypatch.setenv("POSTLINT_INDEX_CACHE", str(tmp_path))
    old = tmp_path / "terms-deadbeef.json"
    recent = tmp_path / "terms-cafecafe.json"
    other_kind = tmp_path / "gates-deadbeef.json"
    for p in (old, recent, other_kind):
        p.write_text("{}", encoding="utf-8")
    month_ago = __import__("time").time() - 31 * 86400
    os.utime(old, (month_ago, month_ago))
    os.utime(other_kind, (month_ago, month_ago))
    src = tmp_path / "list.yaml"
    src.write_text("entries: []\n", encoding="utf-8")
    savedindex.save("terms", savedindex.inputs([str(src)], "test"), {"x": 1})
    assert not old.exists() and recent.exists() and other_kind.exists()
    assert savedindex.load("terms", savedindex.inputs([str(src)], "test")) == {"x": 1}


# ----------------------------------------------------------------------------------------- first passes
class _Everything(set):
    """A set holding every word: `_first_words` returning it lets every token start a match (the full scan)."""

    def __contains__(self, word):
        return True

    def __bool__(self):
        return True


def _variants(form: str, rng) -> list[str]:
    from postlint.text.normalize import strip_accents

    return [form, form.upper(), form.title(), strip_accents(form), form.replace(" ", "-"), form.replace(" ", "\n"),
            form + "·e·s", form + "(e)s", form + ".e.s", form + "·abcdefgh", "@" + form, "l'" + form,
            "site." + form, form.replace("'", "’"), "İ" + form, form + rng.choice(["s", "x", ".com", "abc"])]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_first_passes_never_change_what_the_matcher_finds(lang, monkeypatch):
    """The anchor word and every-word passes only skip regions and tokens where no form can match: every
    bundled form, in every written variant and among cue words, gives the matches of the full token scan."""
    import random

    from postlint.lexicon.forms import surface_forms
    from postlint.lexicon.terms import DETERMINERS, PERSONS, TermMatcher
    from postlint.lexicon.wordlists import merged

    entries, exempt = merged(lang)
    matcher = TermMatcher(entries)
    rng = random.Random(7)
    cues = [c.rstrip("*") for e in entries for k in ("requires", "unless") for cond in (e.context or {}).get(k) or ()
            for c in [*(cond.get("before") or ()), *(cond.get("after") or ())]]
    pool = [*DETERMINERS[lang], *PERSONS[lang], *cues, *exempt, "the", "de", ".", ",", "«", "»"]
    forms = [f for e in entries for f, _ in surface_forms(e)]
    texts = []
    for form in forms:
        for variant in _variants(form, rng):
            words = [rng.choice(pool) for _ in range(rng.randint(0, 5))]
            words.insert(rng.randint(0, len(words)), variant)
            if rng.random() < 0.5:
                words.insert(rng.randint(0, len(words)), rng.choice(forms))
            texts.append(" ".join(words))

    def found(text):
        return [(m.span.start, m.span.end, m.entry.id, m.surface, m.plural) for m in matcher.finditer(text)]

    fast = [found(t) for t in texts]
    monkeypatch.setattr(TermMatcher, "_first_words", lambda self, keys: _Everything())
    assert [found(t) for t in texts] == fast
    assert sum(map(len, fast)) > len(forms)  # the variants do match


def test_strip_accents_drops_exactly_the_combining_marks():
    import unicodedata

    from postlint.text.normalize import strip_accents

    def reference(text):
        return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))

    chars = [chr(cp) for cp in (*range(0x20, 0x3000), *range(0x3000, 0x110000, 97)) if not 0xD800 <= cp <= 0xDFFF]
    assert [strip_accents(c) for c in chars] == [reference(c) for c in chars]
    for text in ("Été à l'hôpital", "ﬁ Å Ω ǅ İstanbul", "e\u0301\u0327", "ASCII only"):
        assert strip_accents(text) == reference(text)
