"""A non-editable install ships `rules/` and `wordlists/` inside the package and finds them from any folder."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_ships_data_and_installed_copy_finds_it(tmp_path):
    # built from a copy of what the wheel is made of: a `build/` folder left in the checkout by an earlier
    # build would otherwise add modules since moved or deleted
    source = tmp_path / "source"
    skip = shutil.ignore_patterns("__pycache__", "*.egg-info", "*.pyc")
    for name in ("src", "rules", "wordlists"):
        shutil.copytree(ROOT / name, source / name, ignore=skip)
    for name in ("setup.py", "pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, source / name)
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                    str(wheels), str(source)], check=True, capture_output=True, timeout=600)
    wheel = next(wheels.glob("postlint-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    bundled_rules = sorted(p.name for p in (ROOT / "rules").glob("*.yaml"))
    for name in bundled_rules:
        assert f"postlint/_data/rules/{name}" in names
    for name in ("postlint/api.py", "postlint/cli/check.py", "postlint/web/server.py", "postlint/web/static/index.html",
                 "postlint/web/static/app.js", "postlint/web/static/review.css"):
        assert name in names  # the review page's server and its own files
    wordlist_files = [p for p in (ROOT / "wordlists").rglob("*.yaml")]
    for p in wordlist_files:
        assert f"postlint/_data/wordlists/{p.relative_to(ROOT / 'wordlists').as_posix()}" in names
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(wheel)],
                   check=True, capture_output=True, timeout=600)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(site)
    code = ("import postlint, postlint.core.resources as r, postlint.web.server as w, json;"
            "print(json.dumps([postlint.__file__, str(r.data_dir('rules')), str(r.data_dir('wordlists')),"
            " (w.WEB_DIR / 'index.html').is_file()]))")
    out = subprocess.run([sys.executable, "-c", code], cwd=elsewhere, env=env, capture_output=True, text=True,
                         check=True).stdout
    pkg, rules_dir, words_dir, page_found = json.loads(out)
    assert page_found
    assert pkg.startswith(str(site)) and words_dir.startswith(str(site))
    assert rules_dir.startswith(str(site))
    listed = subprocess.run([sys.executable, "-m", "postlint", "rules", "--format", "json"], cwd=elsewhere, env=env,
                            capture_output=True, text=True)
    assert listed.returncode == 0, listed.stderr
    origins = {r["origin"] for r in json.loads(listed.stdout)}
    if bundled_rules:
        assert any(o.startswith("yaml:rules/") for o in origins)
