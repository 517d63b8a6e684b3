"""--fix and --diff: only safe edits, atomic writes, encoding/BOM/line endings kept, idempotent."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli

RULES = str(Path(__file__).parent / "data" / "rules")


def setup(tmp_path: Path, name: str, data: bytes) -> Path:
    (tmp_path / ".postlint.yaml").write_text(f"rule_paths: [{RULES}]\n", encoding="utf-8")
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_fix_keeps_bom_crlf_front_matter_code_and_urls(tmp_path):
    src = ("\ufeff---\r\ntitle: foobar\r\n---\r\nUn foobar ici, `foobar` en code,\r\n"
           "https://ex.org/foobar et Foobars.\r\n\r\n```\r\nfoobar\r\n```\r\n").encode("utf-8")
    p = setup(tmp_path, "a.md", src)
    r = run_cli("check", "--fix", "a.md", cwd=tmp_path)
    out = p.read_bytes()
    assert out.startswith(b"\xef\xbb\xbf")
    text = out.decode("utf-8-sig")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    assert "title: foobar" in text  # front matter untouched
    assert "Un bazqux ici" in text and "Bazqux." in text
    assert "`foobar`" in text and "https://ex.org/foobar" in text and "```\r\nfoobar\r\n```" in text
    assert r.returncode == 0, r.stdout  # nothing left at warning level
    assert "2 fix(es) applied" in r.stdout
    # a second --fix changes nothing
    before = p.read_bytes()
    run_cli("check", "--fix", "a.md", cwd=tmp_path)
    assert p.read_bytes() == before


def test_diff_changes_nothing_and_prints_unified_diff(tmp_path):
    p = setup(tmp_path, "a.md", b"Ligne un.\nUn foobar ici.\n")
    before = p.read_bytes()
    r = run_cli("check", "--diff", "a.md", cwd=tmp_path)
    assert p.read_bytes() == before
    assert "--- a/a.md" in r.stdout and "+++ b/a.md" in r.stdout
    assert "-Un foobar ici." in r.stdout and "+Un bazqux ici." in r.stdout


def test_unsafe_or_unfixable_findings_are_left_alone(tmp_path):
    p = setup(tmp_path, "a.md", b"zorglub et foobar\n")
    run_cli("check", "--fix", "a.md", cwd=tmp_path)
    assert p.read_text() == "zorglub et bazqux\n"  # the pattern rule has no fix


def test_fix_is_atomic_and_keeps_permissions(tmp_path):
    p = setup(tmp_path, "a.md", b"foobar\n")
    p.chmod(0o640)
    run_cli("check", "--fix", "a.md", cwd=tmp_path)
    assert oct(p.stat().st_mode & 0o777) == oct(0o640)
    assert not [x for x in tmp_path.iterdir() if x.name.startswith(".postlint-")]


def test_overlapping_edits_first_wins():
    from postlint.core.spans import Span
    from postlint.engine.fixes import apply_edits, safe_edits
    from postlint.document.parse import parse_text
    from postlint.core.rule import Edit, Finding, Fix

    doc = parse_text("abcdef\n")
    f1 = Finding("tone.a", "tone", "warning", "m", Span(0, 3), fix=Fix((Edit(Span(0, 3), "X"),)))
    f2 = Finding("tone.b", "tone", "warning", "m", Span(2, 5), fix=Fix((Edit(Span(2, 5), "Y"),)))
    f3 = Finding("tone.c", "tone", "warning", "m", Span(5, 6), fix=Fix((Edit(Span(5, 6), "Z"),), "unsafe"))
    edits = safe_edits(doc, [f1, f2, f3])
    assert apply_edits(doc.source, edits) == "Xdef\n"


def test_stdin_fix_prints_fixed_text(tmp_path):
    (tmp_path / ".postlint.yaml").write_text(f"rule_paths: [{RULES}]\n", encoding="utf-8")
    r = run_cli("check", "--diff", "-", cwd=tmp_path, input="un foobar\n")
    assert "+un bazqux" in r.stdout
    r = run_cli("check", "--fix", "-", cwd=tmp_path, input="un foobar\n")
    assert r.stdout == "un bazqux\n"
    assert "1 file(s) checked" in r.stderr


# ------------------------------------------------------------------ data safety (issue 20, "Under attack")
KORA = 'organization:\n  names: ["Kora Network"]\n'


def kora(tmp_path: Path, name: str, data: bytes) -> Path:
    (tmp_path / ".postlint.yaml").write_text(KORA, encoding="utf-8")
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)
    return p


def test_fix_keeps_each_lines_own_ending(tmp_path):
    src = b"Proud of the Kora network team.\r\nSecond line.\nThird: the Kora network.\rLast\n"
    p = kora(tmp_path, "a.md", src)
    run_cli("check", "--no-cache", "--fix", "a.md", cwd=tmp_path)
    assert p.read_bytes() == src.replace(b"Kora network", b"Kora Network")


def test_fix_never_writes_into_a_word_file(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("Proud of the Kora network team.")
    (tmp_path / ".postlint.yaml").write_text(KORA, encoding="utf-8")
    d.save(tmp_path / "r.docx")
    before = (tmp_path / "r.docx").read_bytes()
    r = run_cli("check", "--no-cache", "--fix", "r.docx", cwd=tmp_path)
    assert (tmp_path / "r.docx").read_bytes() == before
    assert r.returncode == 2 and "r.docx: fixes not applied: --fix does not edit Word files" in r.stderr


def test_fix_writes_through_a_symlink_and_keeps_it(tmp_path):
    target = kora(tmp_path, "real/t.md", b"Proud of the Kora network team.\n")
    (tmp_path / "link.md").symlink_to("real/t.md")
    run_cli("check", "--no-cache", "--fix", "link.md", cwd=tmp_path)
    assert (tmp_path / "link.md").is_symlink()
    assert target.read_bytes() == b"Proud of the Kora Network team.\n"


def test_fix_refuses_a_file_changed_since_it_was_read(tmp_path, monkeypatch):
    from postlint.core import files
    from postlint.engine.runner import RunOptions, check_path

    p = kora(tmp_path, "a.md", b"Proud of the Kora network team.\n")
    real = files.read_draft

    def read_then_editor_saves(path, *a, **k):
        data = real(path, *a, **k)
        Path(path).write_bytes(b"The editor's new version, Kora network.\n")
        return data

    monkeypatch.setattr("postlint.engine.runner.read_draft", read_then_editor_saves)
    result, _ = check_path(str(p), RunOptions(fix=True, use_cache=False))
    assert p.read_bytes() == b"The editor's new version, Kora network.\n"  # the editor's text is kept
    assert any("changed while it was checked" in m and str(p) in m for m in result.input_errors)
    assert not list(tmp_path.glob(".postlint-*.tmp"))


def test_write_atomic_expect_and_failures(tmp_path, monkeypatch):
    from postlint.core.files import FileChangedError, write_atomic

    p = tmp_path / "a.md"
    p.write_bytes(b"old")
    with pytest.raises(FileChangedError):
        write_atomic(str(p), b"new", expect=b"something else")
    assert p.read_bytes() == b"old"
    write_atomic(str(p), b"new", expect=b"old")
    assert p.read_bytes() == b"new"
    import tempfile

    def no_space(*a, **k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", no_space)
    with pytest.raises(PermissionError):
        write_atomic(str(p), b"x")


def test_fix_in_a_read_only_folder_names_the_file(tmp_path, monkeypatch):
    import tempfile

    from postlint.engine.runner import RunOptions, check_path

    p = kora(tmp_path, "ro/a.md", b"Proud of the Kora network team.\n")

    def read_only(*a, **k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    result, _ = check_path(str(p), RunOptions(fix=True, use_cache=False))
    assert p.read_bytes() == b"Proud of the Kora network team.\n"
    assert result.input_errors == [f"{p}: fixes not applied: cannot write the file (Permission denied)"]


def test_non_regular_and_too_large_files_are_refused(tmp_path):
    import os

    from postlint.core.errors import InputError
    from postlint.core.files import read_draft

    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="pipe.md: not a regular file"):
        read_draft(str(fifo))
    with pytest.raises(InputError, match="/dev/zero: not a regular file"):
        read_draft("/dev/zero")
    big = tmp_path / "big.md"
    big.write_bytes(b"x" * 2000)
    with pytest.raises(InputError, match="big.md: too large"):
        read_draft(str(big), limit=1000)
    (tmp_path / "ok.md").write_text("Hello.\n", encoding="utf-8")
    r = run_cli("check", "--no-cache", ".", cwd=tmp_path)  # the FIFO in the folder is skipped, not read
    assert r.returncode == 0 and "2 file(s) checked" in r.stdout  # ok.md and big.md
