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
            _walk(p, files, problems)
        elif os.path.exists(p):
            files.append(p)
        else:
            problems.append(FileResult(path=p, error=f"{p}: no such file or folder"))
    if len(paths) == 1:
        return files, problems  # one folder walked: each file once (symbolic links to folders are not followed)
    seen = set()
    out = []
    for f in files:
        key = os.path.abspath(f) if f != "-" else "-"
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out, problems


def _walk(top: str, files: list[str], problems: list[FileResult]) -> None:
    """`os.walk` order (a folder's files, sorted, then its sub-folders, sorted), symbolic links to folders not
    followed; a sub-folder that cannot be read is reported, not skipped silently. The folder entries say which
    are regular files (a FIFO `pipe.md` would block a read) without a `stat` per file."""
    try:
        with os.scandir(top) as it:
            entries = list(it)
    except OSError as e:
        problems.append(_unreadable(e))
        return
    dirs: list[str] = []
    names: dict[str, os.DirEntry] = {}
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            dirs.append(entry.name)
        else:
            names[entry.name] = entry
    attachments_too = None
    for n in sorted(names):
        if n.lower().endswith(WALK_SUFFIXES) and not n.startswith("~$"):
            if n.lower().endswith(ATTACHMENT_SUFFIXES):
                if attachments_too is None:
                    attachments_too = sites.detect(top) is None
                if not attachments_too:
                    continue
            try:
                regular = names[n].is_file()  # follows a symbolic link, as os.path.isfile
            except OSError:
                regular = False
            if regular:
                files.append(os.path.join(top, n))
    for d in sorted(d for d in dirs if d not in SKIP_DIRS and not d.endswith(".egg-info")
                    and not os.path.isfile(os.path.join(top, d, "pyvenv.cfg"))):
        sub = os.path.join(top, d)
        if not os.path.islink(sub):
            _walk(sub, files, problems)


def _unreadable(e: OSError) -> FileResult:
    where = e.filename or "?"
    return FileResult(path=where, error=f"{where}: cannot read the folder: {e.strerror or e}")
