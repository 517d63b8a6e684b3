"""The pre-commit hook, run by the real `pre-commit` (from the package index) on a throw-away repository.

`pre-commit try-repo` and `repo:` entries clone a *commit*, so uncommitted work would go unseen: the
`postlint_snapshot` fixture commits a copy of the current working tree (tracked and untracked files,
minus ignored ones) into a temporary repository, and the hook is installed from that.

By default pre-commit's virtualenv sees the already installed dependencies
(`VIRTUALENV_SYSTEM_SITE_PACKAGES=1`) and pip builds the snapshot with the installed setuptools
(`PIP_NO_BUILD_ISOLATION=0`, pip's spelling of --no-build-isolation): postlint itself is still built
from the snapshot (its `setup.py` hook included) and installed into pre-commit's environment by
`pip install .`, but spaCy and the build tools are not downloaded again (about 8 s per environment
instead of 40 s). `POSTLINT_PRECOMMIT_ISOLATED=1` runs it fully isolated, as on a user's machine.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
]

GOOD_MD = """\
---
type: post
platforms: [facebook]
lang: fr
---
Merci aux bénévoles et aux partenaires qui ont rendu possible la journée de formation sur la réduction
des risques. Le compte rendu sera publié sur notre site la semaine prochaine.
"""

GOOD_TXT = """\
Thank you to the volunteers and partners who made this week's training day on harm reduction possible.
The full report will be published on our website next week.
"""

# A stigmatizing label, a wall of hashtags and shouting: several categories, so the test does not hang
# on the exact wording of any single rule.
BAD_MD = """\
---
type: post
platforms: [instagram]
lang: fr
---
Les toxicomanes du quartier sont enfin pris en charge !!! Venez nombreux !!!

#drogue #sida #prevention #sante #jeunesse #afrique
"""

BAD_TXT = """\
Junkies and AIDS victims are finally getting help!!! Come and see!!!
#drugs #aids #prevention #health #youth #africa
"""

# Not a type the hook handles: its words must not stop a commit.
SCRIPT_PY = """\
# toxicomanes !!! #a #b #c #d #e #f
print("hello")
"""

FINDING_LINE = re.compile(r"^(?P<path>\S+?)(?::\d+:\d+)?: (?:error|warning|info) \[[\w.-]+\] ", re.M)


def _pre_commit_cmd() -> list[str]:
    try:
        import pre_commit  # noqa: F401
    except ImportError:
        exe = shutil.which("pre-commit")
        if exe is None:
            pytest.skip("pre-commit is not installed (pip install -e '.[test]')")
        return [exe]
    return [sys.executable, "-m", "pre_commit"]


@pytest.fixture(scope="module")
def env(tmp_path_factory) -> dict[str, str]:
    """An environment that ignores the user's git and pre-commit set-up and any enclosing hook run."""
    home = tmp_path_factory.mktemp("precommit-home")
    gitconfig = home / "gitconfig"
    gitconfig.write_text("[user]\n\tname = postlint tests\n\temail = tests@postlint.invalid\n"
                         "[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n", encoding="utf-8")
    e = {k: v for k, v in os.environ.items()
         if not k.startswith(("GIT_", "PRE_COMMIT", "VIRTUALENV_", "PIP_NO_BUILD_ISOLATION"))}
    e.update({"GIT_CONFIG_GLOBAL": str(gitconfig), "GIT_CONFIG_NOSYSTEM": "1",
              "PRE_COMMIT_HOME": str(home / "cache"), "NO_COLOR": "1", "TERM": "dumb"})
    if not os.environ.get("POSTLINT_PRECOMMIT_ISOLATED"):
        e["VIRTUALENV_SYSTEM_SITE_PACKAGES"] = "1"
        e["PIP_NO_BUILD_ISOLATION"] = "0"
    return e


def _git(cwd: Path, env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True)


def _working_tree_files() -> list[str]:
    """Files of the working tree as git sees them (tracked + untracked, ignored ones left out)."""
    try:
        out = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                             cwd=ROOT, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        out = b""
    names = [n for n in out.decode("utf-8", "surrogateescape").split("\0") if n]
    if names:
        return [n for n in names if (ROOT / n).is_file()]
    # not a git checkout (an unpacked sdist, say): the package and its build files are enough
    skip = {".git", ".postlint_cache", "__pycache__", "build", "dist", ".pytest_cache", "corpus"}
    return [str(p.relative_to(ROOT)) for p in ROOT.rglob("*")
            if p.is_file() and not skip.intersection(p.relative_to(ROOT).parts)
            and not any(part.endswith(".egg-info") for part in p.parts)]


@pytest.fixture(scope="module")
def postlint_snapshot(tmp_path_factory, env) -> tuple[Path, str]:
    """A git repository holding one commit: the current working tree. Returns (path, commit)."""
    snap = tmp_path_factory.mktemp("postlint-snapshot")
    for name in _working_tree_files():
        target = snap / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    assert (snap / ".pre-commit-hooks.yaml").is_file()
    _git(snap, env, "init", "-q")
    _git(snap, env, "add", "-A")
    _git(snap, env, "commit", "-q", "--no-verify", "-m", "snapshot of the working tree")
    sha = _git(snap, env, "rev-parse", "HEAD").stdout.strip()
    return snap, sha


def _content_repo(path: Path, env: dict, files: dict[str, str]) -> Path:
    path.mkdir()
    _git(path, env, "init", "-q")
    # an (empty) config here stops the search for one in the folders above the temporary directory
    (path / ".postlint.yaml").write_text("{}\n", encoding="utf-8")
    for name, text in files.items():
        (path / name).write_text(text, encoding="utf-8")
    _git(path, env, "add", "-A")
    return path


def _run(cmd: list[str], cwd: Path, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def _output(p: subprocess.CompletedProcess) -> str:
    return p.stdout + p.stderr


def test_try_repo_passes_good_drafts_and_ignores_other_files(tmp_path, env, postlint_snapshot):
    snap, _ = postlint_snapshot
    repo = _content_repo(tmp_path / "drafts", env, {"good.md": GOOD_MD, "good.txt": GOOD_TXT,
                                                    "script.py": SCRIPT_PY})
    p = _run([*_pre_commit_cmd(), "try-repo", str(snap), "postlint", "--all-files", "--verbose"], repo, env)
    out = _output(p)
    assert p.returncode == 0, out
    assert re.search(r"^postlint.*Passed$", out, re.M), out
    # --verbose shows the hook's own output: postlint really ran, on the two drafts and not the script
    assert "2 file(s) checked: 0 error(s), 0 warning(s)" in out, out


def test_try_repo_fails_on_a_bad_draft(tmp_path, env, postlint_snapshot):
    snap, _ = postlint_snapshot
    repo = _content_repo(tmp_path / "drafts", env, {"bad.md": BAD_MD, "good.md": GOOD_MD})
    p = _run([*_pre_commit_cmd(), "try-repo", str(snap), "postlint", "--files", "bad.md", "good.md"], repo, env)
    out = _output(p)
    assert p.returncode == 1, out
    assert re.search(r"^postlint.*Failed$", out, re.M), out
    assert "hook id: postlint" in out and "exit code: 1" in out, out
    flagged = {m.group("path") for m in FINDING_LINE.finditer(out)}
    assert flagged == {"bad.md"}, out  # findings name the bad draft, and only it


def test_installed_hook_stops_a_commit_until_the_draft_is_fixed(tmp_path, env, postlint_snapshot):
    snap, sha = postlint_snapshot
    config = (f"repos:\n  - repo: {snap}\n    rev: {sha}\n    hooks:\n      - id: postlint\n")
    repo = _content_repo(tmp_path / "drafts", env, {".pre-commit-config.yaml": config, "notes.txt": BAD_TXT})
    pc = _pre_commit_cmd()
    p = _run([*pc, "install"], repo, env)
    assert p.returncode == 0, _output(p)

    p = _run(["git", "commit", "-m", "draft for Monday"], repo, env)
    out = _output(p)
    assert p.returncode != 0, out
    assert "notes.txt" in out and re.search(r"^postlint.*Failed$", out, re.M), out
    assert subprocess.run(["git", "rev-parse", "--verify", "-q", "HEAD"], cwd=repo, env=env,
                          capture_output=True).returncode != 0, "the commit went through"

    (repo / "notes.txt").write_text(GOOD_TXT, encoding="utf-8")
    _git(repo, env, "add", "notes.txt")
    p = _run(["git", "commit", "-m", "draft for Monday, reworded"], repo, env)
    out = _output(p)
    assert p.returncode == 0, out
    assert re.search(r"^postlint.*Passed$", out, re.M), out

    # the hook ran the snapshot's code, installed in pre-commit's own environment
    installed = list(Path(env["PRE_COMMIT_HOME"]).glob("repo*/py_env-*/lib/python*/site-packages/postlint/"))
    assert installed, "postlint was not installed in pre-commit's environment"
    assert (installed[0] / "_data" / "rules").is_dir(), "the installed copy lacks the bundled rules"
