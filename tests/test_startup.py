"""Start-up and warm-cache work (issue 19): the cache's pack, language detection from saved profiles, the
saved word ranks. Behaviour only — speed is measured by bench/, never by a test."""
from __future__ import annotations

import json
import os

import pytest
from conftest import run_cli

from postlint.engine import cache as result_cache
from postlint.engine import runner
from postlint.engine.runner import RunOptions, check_paths
from postlint.text import lang as L

DRAFT = "---\nlang: en\n---\nWe met {w} here, and {w} there, and more {w} in the evening to talk about the work.\n"


def _findings(report):
    return {fr.path: [fr.finding_dict(f) for f in fr.findings] for fr in report.files}


def test_folded_info_findings_keep_every_place_on_a_cache_hit(tmp_path):
    (tmp_path / "a.md").write_text(DRAFT.format(w="inmates"), encoding="utf-8")
    first = run_cli("check", "--format", "json", "a.md", cwd=tmp_path).stdout
    second = run_cli("check", "--format", "json", "a.md", cwd=tmp_path).stdout
    assert "occurrences" in first
    assert json.loads(first) == json.loads(second)


@pytest.fixture
def packing(monkeypatch, tmp_path):
    """Packs on for runs of any size; identities trusted at once (no 2-second wait in a test)."""
    monkeypatch.setattr(result_cache, "PACK_MIN_FILES", 1)
    monkeypatch.setattr(result_cache, "RACY_NS", 0)
    monkeypatch.chdir(tmp_path)
    return RunOptions(cache_dir=str(tmp_path / "cache"))


def test_unchanged_drafts_are_hits_without_being_read(packing, tmp_path, monkeypatch):
    for i, w in enumerate(("inmates", "junkies", "prisoners")):
        (tmp_path / f"d{i}.md").write_text(DRAFT.format(w=w), encoding="utf-8")
    cold, _ = check_paths(["."], RunOptions(use_cache=False), jobs=1)
    fill, _ = check_paths(["."], packing, jobs=1)
    assert (tmp_path / "cache" / "pack.json").exists()

    def no_read(path, *a, **k):
        raise AssertionError(f"{path} was read")

    monkeypatch.setattr(runner, "read_draft", no_read)
    warm, _ = check_paths(["."], packing, jobs=1)
    assert _findings(cold) == _findings(fill) == _findings(warm)
    assert all(fr.doc is not None and fr.doc.source for fr in warm.files)  # text shown in reports


def test_an_edit_keeping_size_and_modification_time_is_seen(packing, tmp_path):
    d = tmp_path / "d.md"
    d.write_text(DRAFT.format(w="inmates"), encoding="utf-8")
    check_paths(["."], packing, jobs=1)
    st = os.stat(d)
    d.write_text(DRAFT.format(w="friends"), encoding="utf-8")  # same length
    os.utime(d, ns=(st.st_atime_ns, st.st_mtime_ns))  # as `touch -r` or a fast editor could leave it
    assert os.stat(d).st_size == st.st_size
    again, _ = check_paths(["."], packing, jobs=1)
    assert "inmates" not in json.dumps(_findings(again))
    assert _findings(again) == _findings(check_paths(["."], RunOptions(use_cache=False), jobs=1)[0])


def test_a_recent_file_is_read_again(monkeypatch, tmp_path):
    monkeypatch.setattr(result_cache, "PACK_MIN_FILES", 1)
    monkeypatch.chdir(tmp_path)
    opts = RunOptions(cache_dir=str(tmp_path / "cache"))
    (tmp_path / "d.md").write_text(DRAFT.format(w="inmates"), encoding="utf-8")
    check_paths(["."], opts, jobs=1)
    reads = []
    real = runner.read_draft
    monkeypatch.setattr(runner, "read_draft", lambda p, *a, **k: reads.append(p) or real(p, *a, **k))
    check_paths(["."], opts, jobs=1)  # changed less than RACY_NS ago: its identity is not trusted
    assert reads


def test_a_hit_is_reported_under_the_path_given_now(tmp_path):
    sub = tmp_path / "posts"
    sub.mkdir()
    (sub / "a.md").write_text(DRAFT.format(w="inmates"), encoding="utf-8")
    run_cli("check", "--format", "json", "posts", cwd=tmp_path)
    out = json.loads(run_cli("check", "--format", "json", "a.md", cwd=sub).stdout)
    assert [f["path"] for f in out["files"]] == ["a.md"]


def test_damaged_pack_is_ignored(packing, tmp_path):
    (tmp_path / "d.md").write_text(DRAFT.format(w="inmates"), encoding="utf-8")
    first, _ = check_paths(["."], packing, jobs=1)
    (tmp_path / "cache" / "pack.json").write_bytes(b'{"format": 1, "items": {"x": [1, 2]}')
    again, _ = check_paths(["."], packing, jobs=1)
    assert _findings(first) == _findings(again)


TEXTS = {
    "es": "Esta es una página en español sobre la salud de las personas que usan drogas en la ciudad de Madrid.",
    "de": "Dies ist eine Seite auf Deutsch über die Gesundheit der Menschen, die in der Stadt Drogen nehmen.",
    "pt": "Esta é uma página em português sobre a saúde das pessoas que usam drogas na cidade de Lisboa.",
    "fr": "Nous recherchons une chargée de communication pour rejoindre notre équipe à Dakar dès demain.",
    "en": "We are looking for a communications officer to join our team in Dakar from next month on.",
}


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_saved_profiles_give_langdetects_own_probabilities(code):
    from langdetect import DetectorFactory, detect_langs

    DetectorFactory.seed = 0
    expected = [(x.lang, x.prob) for x in detect_langs(TEXTS[code])]
    assert L.detect_langdetect(TEXTS[code]) == expected[0]
    assert expected[0][0] == code


def test_profiles_rebuilt_without_the_saved_index(monkeypatch):
    monkeypatch.setenv("POSTLINT_INDEX_CACHE", "off")
    monkeypatch.setattr(L, "_PROFILES", None)
    assert L.detect_langdetect(TEXTS["es"])[0] == "es"


def test_word_ranks_without_the_saved_index(monkeypatch):
    saved = L.word_ranks("fr")
    monkeypatch.setenv("POSTLINT_INDEX_CACHE", "off")
    L.word_ranks.cache_clear()
    try:
        assert L.word_ranks("fr") == saved and L.is_word("santé")
    finally:
        L.word_ranks.cache_clear()


def test_idle_processors_is_at_least_one_and_at_most_the_machines():
    n = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    assert 1 <= runner.idle_cpus() <= n


def test_a_word_file_is_a_pack_hit_with_its_paragraph_numbers(packing, tmp_path, monkeypatch):
    docx = pytest.importorskip("docx")
    import io

    d = docx.Document()
    d.add_paragraph("Heading")
    d.add_paragraph("We met inmates here, and junkies there, to talk about the work of the year.")
    buf = io.BytesIO()
    d.save(buf)
    (tmp_path / "letter.docx").write_bytes(buf.getvalue())
    cold, _ = check_paths(["letter.docx"], RunOptions(use_cache=False), jobs=1)
    check_paths(["letter.docx"], packing, jobs=1)
    monkeypatch.setattr(runner, "read_draft", lambda p, *a, **k: (_ for _ in ()).throw(AssertionError(p)))
    warm, _ = check_paths(["letter.docx"], packing, jobs=1)
    assert _findings(cold) == _findings(warm) and _findings(warm)["letter.docx"]
