"""The result cache: a hit gives the same report, and any change that matters invalidates it."""
from __future__ import annotations

import json
import os
from pathlib import Path

from conftest import run_cli

from postlint.api import check_text

RULES = str(Path(__file__).parent / "data" / "rules")


def test_cache_hit_same_report_and_invalidation(tmp_path):
    (tmp_path / ".postlint.yaml").write_text(f"rule_paths: [{RULES}]\n", encoding="utf-8")
    d = tmp_path / "a.md"
    d.write_text("---\nlang: fr\n---\nUn foobar !!!\n", encoding="utf-8")
    first = run_cli("check", "--format", "json", "a.md", cwd=tmp_path)
    entries = [p for p in (tmp_path / ".postlint_cache").rglob("*.json")]
    assert len(entries) == 1
    assert (tmp_path / ".postlint_cache" / ".gitignore").read_text().strip().endswith("*")
    second = run_cli("check", "--format", "json", "a.md", cwd=tmp_path)
    assert json.loads(first.stdout) == json.loads(second.stdout)
    text_hit = run_cli("check", "a.md", cwd=tmp_path)
    assert "   4 | Un foobar !!!" in text_hit.stdout  # source lines shown from a cache hit too
    # editing the draft or the config invalidates
    d.write_text("---\nlang: fr\n---\nUn texte propre.\n", encoding="utf-8")
    third = json.loads(run_cli("check", "--format", "json", "a.md", cwd=tmp_path).stdout)
    assert third["files"][0]["findings"] == []
    (tmp_path / ".postlint.yaml").write_text(f"rule_paths: [{RULES}]\nrules:\n  tone.test-require: warning\n",
                                             encoding="utf-8")
    fourth = json.loads(run_cli("check", "--format", "json", "a.md", cwd=tmp_path).stdout)
    assert [f["rule"] for f in fourth["files"][0]["findings"]] == ["tone.test-require"]


def test_no_cache_writes_nothing(tmp_path):
    (tmp_path / "a.md").write_text("x\n", encoding="utf-8")
    (tmp_path / ".postlint.yaml").write_text("{}\n", encoding="utf-8")
    run_cli("check", "--no-cache", "a.md", cwd=tmp_path)
    assert not (tmp_path / ".postlint_cache").exists()


def test_referenced_image_change_invalidates(tmp_path):
    (tmp_path / ".postlint.yaml").write_text("{}\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("![Une photo](img.jpg)\nPhoto : X\n", encoding="utf-8")
    (tmp_path / "img.jpg").write_bytes(b"one")
    run_cli("check", "a.md", cwd=tmp_path)
    from postlint.engine.cache import file_stamp

    entry = next((tmp_path / ".postlint_cache").rglob("*.json"))
    deps = json.loads(entry.read_text())["deps"]
    assert deps == {str(tmp_path / "img.jpg"): file_stamp(str(tmp_path / "img.jpg"))}
    os.utime(tmp_path / "img.jpg", ns=(1, 1))
    run_cli("check", "a.md", cwd=tmp_path)
    new_stamp = file_stamp(str(tmp_path / "img.jpg"))
    stamps = [json.loads(p.read_text())["deps"][str(tmp_path / "img.jpg")]
              for p in (tmp_path / ".postlint_cache").rglob("*.json")]
    assert new_stamp in stamps  # the stale entry was not used: the image was checked again


def test_damaged_entry_is_a_miss(tmp_path):
    (tmp_path / ".postlint.yaml").write_text(f"rule_paths: [{RULES}]\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("Un foobar ici.\n", encoding="utf-8")
    first = run_cli("check", "--format", "json", "a.md", cwd=tmp_path)
    for bad in (b"{not json", b"[1, 2]", b""):
        for entry in (tmp_path / ".postlint_cache").rglob("*.json"):
            entry.write_bytes(bad)
        again = run_cli("check", "--format", "json", "a.md", cwd=tmp_path)
        assert again.returncode == first.returncode and json.loads(again.stdout) == json.loads(first.stdout)


def test_config_read_once_per_run_and_again_in_the_next(tmp_path, monkeypatch):
    from postlint.engine import config as cfg
    from postlint.engine import runner

    (tmp_path / ".postlint.yaml").write_text("{}\n", encoding="utf-8")
    for i in range(3):
        (tmp_path / f"d{i}.md").write_text("Un texte propre.\n", encoding="utf-8")
    loads = []
    real = cfg.load
    monkeypatch.setattr(cfg, "load", lambda p: loads.append(p) or real(p))
    opts = runner.RunOptions(use_cache=False)
    runner.check_paths([str(tmp_path)], opts)
    assert len(loads) == 1
    runner.config_for(str(tmp_path), opts)  # the memo lives for the run only
    assert len(loads) == 2
    runner.check_paths([str(tmp_path)], opts)
    assert len(loads) == 3
    check_text("Un texte.", path=tmp_path / "d0.md")  # the API looks every time
    assert len(loads) == 4


def test_entry_of_another_shape_is_a_miss(tmp_path):
    """Valid JSON of the wrong shape (fields missing or of another type) is a miss, never an aborted run."""
    (tmp_path / ".postlint.yaml").write_text(f"rule_paths: [{RULES}]\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("Un foobar ici.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("Un autre foobar.\n", encoding="utf-8")
    first = run_cli("check", "--format", "json", "a.md", "b.md", cwd=tmp_path)
    shapes = [b'{"path": "a.md"}', b'{"path": 5, "findings": []}', b'{"path": "a.md", "findings": [{"rule": 1}]}',
              b'{"path": "a.md", "findings": [], "deps": ["x"]}', b'{"path": "a.md", "findings": "none"}',
              b'{"path": "a.md", "findings": [{"rule": "r", "category": "c", "severity": "error", "message": "m", '
              b'"span": [1, 2, 3]}]}']
    for bad in shapes:
        for entry in (tmp_path / ".postlint_cache").rglob("*.json"):
            entry.write_bytes(bad)
        again = run_cli("check", "--format", "json", "a.md", "b.md", cwd=tmp_path)
        assert again.returncode == first.returncode, (bad, again.stderr)
        assert json.loads(again.stdout) == json.loads(first.stdout), bad


def test_deleted_captions_file_invalidates(tmp_path):
    (tmp_path / ".postlint.yaml").write_text("{}\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("---\nlang: fr\nvideos:\n  - src: https://example.org/v.mp4\n"
                                   "    captions: media/v.fr.vtt\n---\nNotre vidéo.\n", encoding="utf-8")
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "v.fr.vtt").write_text("WEBVTT\n", encoding="utf-8")
    first = run_cli("check", "a.md", cwd=tmp_path)
    assert first.returncode == 0, first.stdout + first.stderr
    (tmp_path / "media" / "v.fr.vtt").unlink()
    again = run_cli("check", "a.md", cwd=tmp_path)
    assert again.returncode == 2 and "v.fr.vtt" in again.stderr  # not the cached clean result


def test_image_with_query_string_replaced_invalidates(tmp_path):
    """`img/photo.jpg?v=2` names the file img/photo.jpg: replacing it by a photo with GPS is seen."""
    from test_exif import make_jpeg

    (tmp_path / ".postlint.yaml").write_text("{}\n", encoding="utf-8")
    (tmp_path / "img").mkdir()
    (tmp_path / "a.md").write_text("---\nlang: fr\n---\n![Une photo](img/photo.jpg?v=2)\nPhoto : X\n",
                                   encoding="utf-8")
    photo = tmp_path / "img" / "photo.jpg"
    make_jpeg(photo, gps=None)
    first = json.loads(run_cli("check", "--format", "json", "a.md", cwd=tmp_path).stdout)
    assert not [f for f in first["files"][0]["findings"] if f["rule"] == "geotag.exif-gps"]
    gps = tmp_path / "img" / "gps.jpg"
    make_jpeg(gps)
    st = os.stat(photo)
    os.utime(gps, ns=(st.st_atime_ns, st.st_mtime_ns))  # same time: only the file changed
    os.replace(gps, photo)
    again = json.loads(run_cli("check", "--format", "json", "a.md", cwd=tmp_path).stdout)
    assert [f for f in again["files"][0]["findings"] if f["rule"] == "geotag.exif-gps"]
