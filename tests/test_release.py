"""The release procedure (RELEASING.md): `scripts/release_tag.py` makes the tag the pre-commit and Action
snippets name, from pyproject's version — tried on a throw-away git repository, never on this one."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "release_tag.py"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, cwd=cwd, timeout=60)


def test_this_checkout_names_its_own_version_everywhere():
    p = run("--check")
    assert p.returncode == 0, p.stderr
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert f"v{version}" in p.stdout
    # the snippets users copy name that tag
    assert f"rev: v{version}" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"rev: v{version}" in (ROOT / "docs" / "pre-commit.md").read_text(encoding="utf-8")


def _repo(tmp_path: Path, version="1.2.3", snippet="v1.2.3") -> Path:
    repo = tmp_path / "repo"
    (repo / "src" / "postlint").mkdir(parents=True)
    (repo / "docs").mkdir()
    (repo / "pyproject.toml").write_text(f'[project]\nname = "postlint"\nversion = "{version}"\n', encoding="utf-8")
    (repo / "src" / "postlint" / "__init__.py").write_text(f'__version__ = "{version}"\n', encoding="utf-8")
    (repo / "README.md").write_text(f"```yaml\n- repo: x\n  rev: {snippet}\n```\n", encoding="utf-8")
    (repo / "docs" / "pre-commit.md").write_text(f"    rev: {snippet}\n", encoding="utf-8")
    env = ["-c", "user.name=t", "-c", "user.email=t@example.org"]
    for cmd in (["init", "-q"], ["add", "-A"], [*env, "commit", "-q", "-m", "init"]):
        subprocess.run(["git", "-C", str(repo), *cmd], check=True, capture_output=True)
    return repo


def _tags(repo: Path) -> list[str]:
    return subprocess.run(["git", "-C", str(repo), "tag"], capture_output=True, text=True).stdout.split()


def test_it_creates_the_tag_the_snippets_name(tmp_path):
    repo = _repo(tmp_path)
    p = run("--repo", str(repo))
    assert p.returncode == 0, p.stderr
    assert _tags(repo) == ["v1.2.3"]
    assert "git push origin v1.2.3" in p.stdout
    # a second run refuses: the tag exists
    again = run("--repo", str(repo))
    assert again.returncode == 1 and "already exists" in again.stderr


def test_it_refuses_when_a_snippet_names_another_tag(tmp_path):
    repo = _repo(tmp_path, snippet="v1.2.2")
    p = run("--repo", str(repo))
    assert p.returncode == 1
    assert "README.md:3: names v1.2.2, the release is v1.2.3" in p.stderr
    assert _tags(repo) == []


def test_it_refuses_with_uncommitted_changes(tmp_path):
    repo = _repo(tmp_path)
    (repo / "README.md").write_text("```yaml\n  rev: v1.2.3\n```\nmore\n", encoding="utf-8")
    p = run("--repo", str(repo))
    assert p.returncode == 1 and "uncommitted" in p.stderr
    assert _tags(repo) == []
