"""`postlint warm`: the warm processes of `postlint check --warm` (see `postlint.cli.warm_client`): list them,
or stop them (`--stop`)."""
from __future__ import annotations

import os

import click

from postlint.cli import warm_client


@click.command()
@click.option("--stop", is_flag=True, help="Stop this user's warm processes (they also stop after 15 idle minutes).")
def warm(stop):
    """The warm processes that `postlint check --warm` (the pre-commit hook) reuses."""
    folder = warm_client.runtime_dir()
    if stop:
        n = warm_client.stop(folder) if folder else 0
        click.echo(f"{n} warm process(es) stopped.")
        return
    pids = []
    for name in sorted(os.listdir(folder)) if folder else []:
        if name.endswith(".pid") and os.path.exists(os.path.join(folder, name[:-4] + ".sock")):
            try:
                with open(os.path.join(folder, name), encoding="ascii") as fh:
                    pids.append(int(fh.read()))
            except (OSError, ValueError):
                continue
    if not pids:
        click.echo("No warm process is running.")
    for pid in pids:
        click.echo(f"warm process {pid} ({folder})")
