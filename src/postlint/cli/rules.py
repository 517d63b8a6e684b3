"""`postlint rules`: the list of every rule, as text or JSON."""
from __future__ import annotations

import json

import click

from postlint.cli._common import registry_or_exit


@click.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules(fmt):
    """List every rule: id, category, default severity, summary, source."""
    reg = registry_or_exit()
    rows = [{"id": r.id, "category": r.category, "severity": r.severity, "enabled": r.enabled_by_default,
             "fix": r.fix, "summary": r.summary, "source": r.source, "origin": r.origin,
             "options": {k: {"default": o.default, "help": o.help} for k, o in r.options.items()}} for r in reg]
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    width = max((len(r["id"]) for r in rows), default=10)
    for r in rows:
        flag = "" if r["enabled"] else " (off by default)"
        click.echo(f"{r['id']:<{width}}  {r['severity']:<7}  {r['summary']}{flag}")
    click.echo(f"\n{len(rows)} rules. `postlint explain RULE_ID` for details and sources.")
