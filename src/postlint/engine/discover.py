"""Which files a run checks: folders expanded, tool and dependency folders skipped, missing paths reported."""
from __future__ import annotations

import os

from postlint.engine.report import FileResult

SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "env", ".env", "__pycache__", ".tox",
             ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".postlint_cache", "site-packages", "dist",
             "build", ".idea", ".vscode"}
WALK_SUFFIXES = (".md", ".markdown", ".txt", ".docx")


def discover(paths: list[str]) -> tuple[list[str], list[FileResult]]:
    """Expand folders (skipping VCS, dependency and virtual-environment folders); report missing paths."""
    files: list[str] = []
    problems: list[FileResult] = []
    for p in paths:
        if p == "-":
            files.append(p)
        elif os.path.isdir(p):
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.endswith(".egg-info")
                                 and not os.path.isfile(os.path.join(root, d, "pyvenv.cfg")))
                for n in sorted(names):
                    if n.lower().endswith(WALK_SUFFIXES) and not n.startswith("~$"):
                        files.append(os.path.join(root, n))
        elif os.path.exists(p):
            files.append(p)
        else:
            problems.append(FileResult(path=p, error=f"{p}: no such file or folder"))
    seen = set()
    out = []
    for f in files:
        key = os.path.abspath(f) if f != "-" else "-"
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out, problems
