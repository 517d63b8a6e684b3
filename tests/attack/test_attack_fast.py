"""The quick part of the attack suite (bench/attack.py): each reproducer of the correctness sweep, run through
the real command line with a time and memory limit. The whole suite (≈ 770 inputs, minutes): `python
bench/attack.py`."""
from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("postlint_attack", ROOT / "bench" / "attack.py")
attack = importlib.util.module_from_spec(_spec)
sys.modules["postlint_attack"] = attack
_spec.loader.exec_module(attack)

# one case of each class: hangs, wrong results, data loss, errors that must name the file
QUICK = [
    "front matter alias bomb", "config alias bomb", "config self alias", "config overrides files 5",
    "config cache_dir 5", "run '.'×100000", "run '!'×100000", "run '?'×100000", "repeat unclosed-image×2000",
    "lone CR keeps masks", "CR-only endings", "FIFO in a folder", "FIFO named", "/dev/zero", "output missing dir",
    "--fix on a .docx", "--fix mixed line endings", "--fix through a symlink", "--fix keeps the BOM",
    "docx no document.xml", "image deep GPS IFD chain strip-metadata", "image appended jpeg strip-metadata",
    "image percent-encoded name", "strip-metadata through a symlink", "NUL byte", "help ''",
    "front matter type: !!timestamp nope",
]


@functools.cache
def cases() -> dict:
    return {c.name: c for c in attack.all_cases()}


def test_quick_cases_exist():
    names = set(cases())
    assert not [n for n in QUICK if n not in names]
    assert len(names) >= 400


@pytest.mark.parametrize("name", QUICK)
def test_attack_case(name, tmp_path):
    case = cases()[name]
    outcome = attack.run_case(case, str(tmp_path))
    assert outcome.kind == "ok", f"{outcome.kind}: {outcome.detail}"
