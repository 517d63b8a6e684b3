"""`postlint explain RULE_ID`: what a rule checks, why (the guideline), options, examples, fix safety — in
English or French (`--lang`, else the locale: LC_ALL, LC_MESSAGES, LANG).

The rules' own documentation (their docstrings) is English; the French text of each rule id lives in
`explain_fr.yaml` next to this module. A rule without a French text (an organisation's own rule, a plugin)
is explained in English, with a note saying so.
"""
from __future__ import annotations

import os
import sys
import textwrap
from functools import cache
from pathlib import Path

import click

from postlint.cli._common import registry_or_exit
from postlint.core.rule import Rule

FR_FILE = Path(__file__).with_name("explain_fr.yaml")

LABELS = {
    "en": {"severity": "default severity", "off": "off by default", "source": "Source:", "applies": "Applies to",
           "languages": "languages", "types": "document types", "platforms": "platforms",
           "options": "Options (.postlint.yaml → rules: {%s: {...}}):", "default": "default", "fail": "Flagged:",
           "pass": "Not flagged:", "fix": "Fix", "defined": "Defined in",
           "never": "no automatic fix", "sometimes": "some findings have a fix; `--fix` applies only safe ones",
           "always": "every finding has a fix", "missing": ""},
    "fr": {"severity": "sévérité par défaut", "off": "désactivée par défaut", "source": "Source :",
           "applies": "S'applique aux", "languages": "langues", "types": "types de document",
           "platforms": "plateformes", "options": "Options (.postlint.yaml → rules: {%s: {...}}) :",
           "default": "par défaut", "fail": "Signalé :", "pass": "Non signalé :", "fix": "Correction",
           "defined": "Défini dans", "never": "aucune correction automatique",
           "sometimes": "certains constats ont une correction ; `--fix` n'applique que les sûres",
           "always": "chaque constat a une correction",
           "missing": "(Pas encore d'explication en français pour cette règle : voici le texte anglais.)"},
}


def locale_lang(environ=os.environ) -> str:
    """"fr" when the locale (LC_ALL, else LC_MESSAGES, else LANG — the first one set) is French, else "en"."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(var)
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


@cache
def french_texts() -> dict:
    """The French explanations: {"rules": {id: {summary, explain}}, "stigma_matching": …}; empty when the
    file is missing or unreadable (English is then used: never a crash for a translation)."""
    import yaml

    try:
        data = yaml.safe_load(FR_FILE.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return {}
    return data if isinstance(data, dict) else {}


def french(rule_id: str) -> dict | None:
    entry = (french_texts().get("rules") or {}).get(rule_id)
    return entry if isinstance(entry, dict) and entry.get("explain") else None


@click.command()
@click.argument("rule_id")
@click.option("--lang", type=click.Choice(("fr", "en")), default=None,
              help="Language of the explanation (default: the locale's, LC_ALL / LANG, else English).")
def explain(rule_id, lang):
    """What a rule checks, why (the guideline it comes from), examples and options."""
    lang = lang or locale_lang()
    reg = registry_or_exit()
    r = reg.get(rule_id)
    if r is None:
        matches = reg.matches(rule_id)
        if matches:
            for m in matches:
                fr = french(m.id) if lang == "fr" else None
                click.echo(f"{m.id:<36} {fr['summary'] if fr and fr.get('summary') else m.summary}")
            return
        import difflib

        close = difflib.get_close_matches(rule_id, [x.id for x in reg], n=3)
        hint = f" Did you mean: {', '.join(close)}?" if close else " Run `postlint rules` for the list."
        click.echo(f"unknown rule {rule_id!r}.{hint}", err=True)
        sys.exit(2)
    click.echo(explain_text(r, lang))


def explain_text(r: Rule, lang: str = "en") -> str:
    fr = french(r.id) if lang == "fr" else None
    t = LABELS["fr" if lang == "fr" else "en"]
    summary, body = r.summary, textwrap.dedent(r.explain or "").strip()
    if fr:
        summary = fr.get("summary") or summary
        body = textwrap.dedent(fr["explain"]).strip()
        common = french_texts().get("stigma_matching")
        if r.category == "stigma" and isinstance(common, str):
            body += "\n\n" + common.strip()
    colon = " :" if lang == "fr" else ":"  # French puts a space before the colon
    out = [f"{r.id}  ({r.category}, {t['severity']}{colon} {r.severity}"
           f"{'' if r.enabled_by_default else ', ' + t['off']})", "", summary, ""]
    if lang == "fr" and not fr:
        out += [t["missing"], ""]
    if body:
        out += [body, ""]
    if r.source:
        out += [t["source"], textwrap.indent(textwrap.fill(r.source, 96), "  "), ""]
    scope = []
    if r.languages:
        scope.append(f"{t['languages']}{colon} " + ", ".join(sorted(r.languages)))
    if r.doc_types:
        scope.append(f"{t['types']}{colon} " + ", ".join(sorted(r.doc_types)))
    if r.platforms:
        scope.append(f"{t['platforms']}{colon} " + ", ".join(sorted(r.platforms)))
    if scope:
        out += [t["applies"] + " " + "; ".join(scope) + ".", ""]
    if r.options:
        out.append(t["options"] % r.id)
        for name, o in r.options.items():
            out.append(f"  {name} ({t['default']} {o.default!r}): {o.help}")
        out.append("")
    for kind in ("fail", "pass"):
        ex = r.examples.get(kind) or ()
        if ex:
            out.append(t[kind])
            out += [f"  - {e}" for e in ex]
            out.append("")
    out += [f"{t['fix']}{colon} {t[r.fix]}.", f"{t['defined']}{colon} {r.origin}."]
    extra = getattr(r, "explain_extra", None)
    if extra:  # rules backed by data (wordlists) list it here
        out += ["", extra() if callable(extra) else str(extra)]
    return "\n".join(out).rstrip() + "\n"
