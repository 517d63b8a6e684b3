"""The pre-commit rows of `--issue-table` with the hook's warm process (`postlint check --warm`).

    python bench/run.py --issue-table --precommit-only [--repeat 15]

prints only the pre-commit rows (nothing is written). The warm process of the measured runs lives in a runtime
folder of the bench's own (`<workdir>/runtime`), never the user's, and is stopped at the end of the rows.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import yaml


def hook_entry(root: Path) -> list[str]:
    """The hook's command after `postlint` (`check --warm`), as `.pre-commit-hooks.yaml` has it."""
    hooks = yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    entry = next(h["entry"] for h in hooks if h["id"] == "postlint").split()
    assert entry[0] == "postlint", entry
    return entry[1:]


def settle(frozen: Path) -> None:
    """Wait until the frozen copy is 2 s old: a warm process does not trust files changed just before it."""
    newest = max(os.stat(p).st_ctime for p in frozen.rglob("*"))
    time.sleep(max(0.0, newest + 2.2 - time.time()))


def runtime(work: Path) -> Path:
    folder = work / "runtime"
    folder.mkdir(mode=0o700, exist_ok=True)
    os.chmod(folder, 0o700)
    return folder


class Server:
    """The bench's warm process: stop it, wait for it, and count its forked runs' CPU (`/proc`, Linux)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.cpu0 = 0.0

    def pid(self) -> int | None:
        for p in self.folder.glob("*.pid") if self.folder.is_dir() else []:
            try:
                return int(p.read_text())
            except (OSError, ValueError):
                continue
        return None

    def ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while not list(self.folder.glob("*.sock")):
            if time.monotonic() > deadline:
                sys.exit("no warm process came up (is the tree being edited? see POSTLINT_WARM_LOG)")
            time.sleep(0.05)

    def stop(self) -> None:
        from postlint.cli.warm_client import stop

        if self.folder.is_dir():
            stop(str(self.folder))

    def children_cpu(self) -> float:
        """User + system time of the warm process's reaped children (its forked runs), in seconds."""
        pid = self.pid()
        if pid is None:
            return 0.0
        try:
            with open(f"/proc/{pid}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        return (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")  # cutime, cstime

    def mark(self) -> None:
        self.cpu0 = self.children_cpu()

    def add_cpu(self, sample) -> None:
        sample.cpu += self.children_cpu() - self.cpu0
