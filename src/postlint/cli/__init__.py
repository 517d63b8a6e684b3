"""The `postlint` command line: the click group, and the table of its commands, one module each, imported
only when named (start-up time matters in commit hooks). Commands only wire options to the engine and the
formatters; `postlint.cli.start` runs the group as a process. The group lives in `postlint.cli.group`, loaded
on first use: a run handed to a warm process (`check --warm`) never imports click.
"""
from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:  # PEP 562: `from postlint.cli import main` loads click only when asked
    if name in ("main", "LazyGroup", "LAZY_COMMANDS"):
        from postlint.cli import group

        return getattr(group, name)
    raise AttributeError(name)
