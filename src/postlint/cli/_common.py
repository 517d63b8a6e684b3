"""Helpers shared by the command modules of `postlint.cli` (not a command)."""
from __future__ import annotations

import sys

import click

from postlint.core.errors import PostlintError


def registry_or_exit():
    """Every rule (built-in, bundled, the current folder's config's, plugins'), or the reason they cannot
    load on stderr and exit status 2."""
    from postlint.engine.registry import load_registry

    try:
        return load_registry()
    except PostlintError as e:
        click.echo(f"postlint: {e}", err=True)
        sys.exit(2)
