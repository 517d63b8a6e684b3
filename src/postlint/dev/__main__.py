"""`python -m postlint.dev new-rule CATEGORY NAME` (the generated docs are `postlint docs`)."""
from __future__ import annotations

import sys
from pathlib import Path

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """postlint's developer tools."""


@main.command("new-rule")
@click.argument("category")
@click.argument("name")
@click.option("--root", type=click.Path(file_okay=False, path_type=Path),
              help="Where to write (default: the checkout postlint runs from).")
def new_rule_command(category: str, name: str, root: Path | None) -> None:
    """Start a rule: src/postlint/rules/<category>/<name>.py and tests/rules/cases/<category>.<name>.yaml."""
    from postlint.dev import docs
    from postlint.dev.new_rule import NewRuleError, scaffold

    root = root or docs.project_root()
    if root is None:
        click.echo("new-rule: run it from a source checkout of postlint (or give --root)", err=True)
        sys.exit(2)
    try:
        written = scaffold(root, category, name)
    except NewRuleError as e:
        click.echo(f"new-rule: {e}", err=True)
        sys.exit(2)
    for path in written:
        click.echo(f"wrote {path.relative_to(root).as_posix()}")
    click.echo("Next: write the check, its docstring and examples, the cases; then `python3 -m pytest "
               "tests/rules tests/test_rule_examples.py` and `postlint docs`.")


if __name__ == "__main__":
    main()
