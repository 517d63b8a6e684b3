"""Helpers shared by the command modules of `postlint.cli` (not a command)."""
from __future__ import annotations

import sys

import click

from postlint.core.errors import PostlintError


def registry_or_exit():
    """Every rule (built-in, bundled, the current folder's config's, plugins'), or the reason they cannot
    load on stderr and exit status 2."""
    import os

    from postlint.engine import config
    from postlint.engine.registry import load_registry

    try:
        # the organisation's own YAML rules and wordlists, as `check` run here would load them
        settings = config.load(config.find_config(os.getcwd()))
        return load_registry(tuple(settings.rule_paths), tuple(settings.wordlists))
    except PostlintError as e:
        click.echo(f"postlint: {e}", err=True)
        sys.exit(2)
