"""`postlint docs [--check]`: write the documentation generated from the rules, or list what is out of date."""
from __future__ import annotations

import sys
from pathlib import Path

import click


@click.command()
@click.option("--check", is_flag=True, help="Change nothing; list the out-of-date files and exit 1 if there are any.")
@click.option("--root", type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="The postlint checkout (default: the one postlint runs from).")
def docs(check: bool, root: Path | None) -> None:
    """Write docs/rules/ and the README's rule table from the rules' code (for contributors)."""
    from postlint.dev.docs import run

    out, err, code = run(check, root)
    for line in out:
        click.echo(line)
    for line in err:
        click.echo(f"postlint docs: {line}", err=True)
    sys.exit(code)
