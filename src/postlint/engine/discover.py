"""Which files a run checks: folders expanded, tool and dependency folders skipped, missing paths reported."""
from __future__ import annotations

import os

from postlint.document import site as sites
from postlint.engine.report import FileResult

SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "env", ".env", "__pycache__", ".tox",
             ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".postlint_cache", "site-packages", "dist",
             "build", ".idea", ".vscode"}
WALK_SUFFIXES = (".md", ".markdown", ".mdx", ".txt", ".docx")
# found by walking a static site's folders, these are attachments the site publishes (a report, a form), not
# drafts: checked only when named on the command line
ATTACHMENT_SUFFIXES = (".docx",)


def discover(paths: list[str]) -> tuple[list[str], list[FileResult]]:
    """Expand folders (skipping VCS, dependency and virtual-environment folders); report missing paths."""
    files: list[str] = []
    problems: list[FileResult] = []
    for p in paths:
        if p == "-":
            files.append(p)
        elif os.path.isdir(p):
            # a sub-folder that cannot be read is reported, not skipped silently
            for root, dirs, names in os.walk(p, onerror=lambda e: problems.append(_unreadable(e))):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.endswith(".egg-info")
                                 and not os.path.isfile(os.path.join(root, d, "pyvenv.cfg")))
                attachments_too = None
                for n in sorted(names):
                    if n.lower().endswith(WALK_SUFFIXES) and not n.startswith("~$"):
                        if n.lower().endswith(ATTACHMENT_SUFFIXES):
                            if attachments_too is None:
                                attachments_too = sites.detect(root) is None
                            if not attachments_too:
                                continue
                        if os.path.isfile(os.path.join(root, n)):  # not a FIFO `pipe.md`: reading it would block
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


def _unreadable(e: OSError) -> FileResult:
    where = e.filename or "?"
    return FileResult(path=where, error=f"{where}: cannot read the folder: {e.strerror or e}")
