"""--fix and --diff: only safe edits, atomic writes, encoding/BOM/line endings kept, idempotent."""
from __future__ import annotations

from pathlib import Path

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
