"""`python -m postlint.dev new-rule CATEGORY NAME`, run in a temporary copy of the checkout: the rule it
scaffolds loads, its case file passes and its examples pass; it never overwrites and checks the category."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(root: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(root / "src"))  # the copy's postlint, not the installed one
    return subprocess.run([sys.executable, *args], cwd=root, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def checkout(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("checkout")
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", ".postlint_cache")
    for folder in ("src", "rules", "wordlists", "tests/rules"):
        shutil.copytree(ROOT / folder, root / folder, ignore=ignore)
    for name in ("pyproject.toml", "README.md", "tests/conftest.py", "tests/test_rule_examples.py"):
        shutil.copy(ROOT / name, root / name)
    return root


def test_new_rule_scaffold_loads_and_its_cases_and_examples_pass(checkout):
    made = _run(checkout, "-m", "postlint.dev", "new-rule", "tone", "no-lorem", "--root", str(checkout))
    assert made.returncode == 0, made.stderr
    module = checkout / "src/postlint/rules/tone/no_lorem.py"
    cases = checkout / "tests/rules/cases/tone.no-lorem.yaml"
    assert module.is_file() and cases.is_file()
    text = module.read_text(encoding="utf-8")
    for part in ("What it checks:", "Why:", "Examples:", "Fix safety:", '@rule("tone.no-lorem"', "RULES = [no_lorem]"):
        assert part in text, part

    explained = _run(checkout, "-m", "postlint", "explain", "tone.no-lorem")
    assert explained.returncode == 0, explained.stderr
    assert "What it checks:" in explained.stdout and "Lorem ipsum dolor sit amet." in explained.stdout

    tests = _run(checkout, "-m", "pytest", "-o", "addopts=", "-q", "-p", "no:cacheprovider",
                 "tests/rules/test_rule_cases.py", "tests/test_rule_examples.py", "tests/rules/test_case_files.py",
                 "-k", "tone.no-lorem or case_file")
    assert tests.returncode == 0, tests.stdout + tests.stderr
    passed = re.search(r"(\d+) passed", tests.stdout)
    assert passed and int(passed.group(1)) == 7, tests.stdout  # 3 cases, 2 examples, 2 case-file checks


def test_new_rule_never_overwrites_and_checks_its_arguments(checkout):
    args = ("-m", "postlint.dev", "new-rule")
    again = _run(checkout, *args, "tone", "no-lorem-twice", "--root", str(checkout))
    assert again.returncode == 0, again.stderr
    before = (checkout / "src/postlint/rules/tone/no_lorem_twice.py").read_text(encoding="utf-8")
    refused = _run(checkout, *args, "tone", "no-lorem-twice", "--root", str(checkout))
    assert refused.returncode == 2 and "already exists" in refused.stderr
    assert (checkout / "src/postlint/rules/tone/no_lorem_twice.py").read_text(encoding="utf-8") == before
    existing = _run(checkout, *args, "tone", "emoji", "--root", str(checkout))  # a YAML rule: no module to clash
    assert existing.returncode == 2 and "tone.emoji" in existing.stderr
    assert not (checkout / "src/postlint/rules/tone/emoji.py").exists()
    category = _run(checkout, *args, "style", "no-lorem", "--root", str(checkout))
    assert category.returncode == 2 and "unknown category 'style'" in category.stderr and "accessibility" in category.stderr
    name = _run(checkout, *args, "tone", "No Lorem!", "--root", str(checkout))
    assert name.returncode == 2 and "kebab-case" in name.stderr
