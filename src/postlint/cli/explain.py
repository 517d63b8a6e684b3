"""`postlint explain RULE_ID`: what a rule checks, why (the guideline), options, examples, fix safety."""
from __future__ import annotations

import sys
import textwrap

import click

from postlint.cli._common import registry_or_exit
from postlint.core.rule import Rule


@click.command()
@click.argument("rule_id")
def explain(rule_id):
    """What a rule checks, why (the guideline it comes from), examples and options."""
    reg = registry_or_exit()
    r = reg.get(rule_id)
    if r is None:
        matches = reg.matches(rule_id)
        if matches:
            for m in matches:
                click.echo(f"{m.id:<36} {m.summary}")
            return
        import difflib

        close = difflib.get_close_matches(rule_id, [x.id for x in reg], n=3)
        hint = f" Did you mean: {', '.join(close)}?" if close else " Run `postlint rules` for the list."
        click.echo(f"unknown rule {rule_id!r}.{hint}", err=True)
        sys.exit(2)
    click.echo(explain_text(r))


def explain_text(r: Rule) -> str:
    out = [f"{r.id}  ({r.category}, default severity: {r.severity}"
           f"{'' if r.enabled_by_default else ', off by default'})", "", r.summary, ""]
    if r.explain:
        out += [textwrap.dedent(r.explain).strip(), ""]
    if r.source:
        out += ["Source:", textwrap.indent(textwrap.fill(r.source, 96), "  "), ""]
    scope = []
    if r.languages:
        scope.append("languages: " + ", ".join(sorted(r.languages)))
    if r.doc_types:
        scope.append("document types: " + ", ".join(sorted(r.doc_types)))
    if r.platforms:
        scope.append("platforms: " + ", ".join(sorted(r.platforms)))
    if scope:
        out += ["Applies to " + "; ".join(scope) + ".", ""]
    if r.options:
        out.append("Options (.postlint.yaml → rules: {%s: {...}}):" % r.id)
        for name, o in r.options.items():
            out.append(f"  {name} (default {o.default!r}): {o.help}")
        out.append("")
    for kind, label in (("fail", "Flagged"), ("pass", "Not flagged")):
        ex = r.examples.get(kind) or ()
        if ex:
            out.append(f"{label}:")
            out += [f"  - {e}" for e in ex]
            out.append("")
    fix = {"never": "no automatic fix", "sometimes": "some findings have a fix; `--fix` applies only safe ones",
           "always": "every finding has a fix"}[r.fix]
    out += [f"Fix: {fix}.", f"Defined in: {r.origin}."]
    extra = getattr(r, "explain_extra", None)
    if extra:  # rules backed by data (wordlists) list it here
        out += ["", extra() if callable(extra) else str(extra)]
    return "\n".join(out).rstrip() + "\n"
