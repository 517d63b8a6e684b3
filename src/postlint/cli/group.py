"""The click group of the `postlint` command and the table of its commands (see `postlint.cli`)."""
from __future__ import annotations

import importlib
import importlib.util

import click

from postlint import __version__

# command name → "module:attribute". A command whose module is not there is simply not offered.
LAZY_COMMANDS = {
    "check": "postlint.cli.check:check",
    "rules": "postlint.cli.rules:rules",
    "explain": "postlint.cli.explain:explain",
    "init": "postlint.cli.init:init",
    "strip-metadata": "postlint.cli.strip_metadata:strip_metadata",
    "serve": "postlint.cli.serve:serve",
    "docs": "postlint.cli.docs:docs",
    "warm": "postlint.cli.warm:warm",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx):
        names = set(super().list_commands(ctx))
        for name, target in LAZY_COMMANDS.items():
            module = target.split(":")[0]
            if importlib.util.find_spec(module) is not None:
                names.add(name)
        return sorted(names)

    def get_command(self, ctx, name):
        if name in LAZY_COMMANDS:
            module, attr = LAZY_COMMANDS[name].split(":")
            try:
                return getattr(importlib.import_module(module), attr)
            except ModuleNotFoundError:
                return None
        return super().get_command(ctx, name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="postlint")
def main() -> None:
    """postlint — check posts, press releases and pitches before they go out (French and English)."""
