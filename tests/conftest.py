"""Shared test helpers: lint a string as a draft, with an optional config written next to it."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# The saved stigma term index (postlint/lexicon/index.py) goes to a folder of this test session, not to the
# user's cache; subprocesses (run_cli, pre-commit) inherit it.
if "POSTLINT_INDEX_CACHE" not in os.environ:
    import tempfile

    os.environ["POSTLINT_INDEX_CACHE"] = tempfile.mkdtemp(prefix="postlint-index-")

# No warm process (`check --warm`, the pre-commit hook's entry) from the suite: runs stay in-process and nothing
# outlives the tests. tests/test_warm.py sets POSTLINT_WARM itself for the runs that need one.
os.environ["POSTLINT_WARM"] = "0"


@pytest.fixture
def lint(tmp_path):
    """lint(text, name="draft.md", config=None, **run_options) -> FileResult, in an isolated folder."""
    from postlint.api import check_text

    def _lint(text: str, name: str = "draft.md", config: dict | str | None = None, **kw):
        folder = tmp_path / "case"
        folder.mkdir(exist_ok=True)
        cfg_path = None
        if config is not None:
            cfg_path = folder / ".postlint.yaml"
            cfg_path.write_text(config if isinstance(config, str) else yaml.safe_dump(config, allow_unicode=True),
                                encoding="utf-8")
        else:
            (folder / ".postlint.yaml").write_text("{}\n", encoding="utf-8")  # stop discovery above tmp
        return check_text(text, path=folder / name, **kw)

    return _lint


def run_cli(*args: str, cwd: str | os.PathLike | None = None, input: bytes | None = None,
            env: dict | None = None) -> subprocess.CompletedProcess:
    """Run `python -m postlint ARGS` the way a user would."""
    e = dict(os.environ)
    e.pop("NO_COLOR", None)
    if env:
        e.update(env)
    if isinstance(input, str):
        input = input.encode("utf-8")
    p = subprocess.run([sys.executable, "-m", "postlint", *args], cwd=cwd, input=input, capture_output=True,
                       env=e, timeout=300)
    # text output (UTF-8) for assertions; the raw bytes stay available as .stdout_bytes
    p.stdout_bytes = p.stdout
    p.stdout = p.stdout.decode("utf-8", "replace")
    p.stderr = p.stderr.decode("utf-8", "replace")
    return p


def rules_of(result, prefix: str = "") -> list[str]:
    return [f.rule for f in result.findings if f.rule.startswith(prefix)]
