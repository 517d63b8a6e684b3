"""The rule of one stigma domain: each `rules/stigma/<domain>.py` calls `make` with what is its own (summary,
source, examples, documentation); the check, the options and the wordlist listing of `postlint explain` are
the same for every domain."""
from __future__ import annotations

import inspect
from collections.abc import Iterable
from typing import Any

from postlint.core.rule import Context, Finding, Option, Rule
from postlint.core.vocab import DOMAINS
from postlint.document.model import Document
from postlint.rules.stigma._finding import finding
from postlint.rules.stigma._scan import scan


def _domain_of(rule_id: str) -> str:
    return rule_id.split(".", 1)[1]


class _EntryIds(Option, frozen=True):  # Option is frozen: so are its subclasses
    """A list of wordlist entry ids, checked against the bundled lists."""

    def validate(self, value: Any) -> str | None:
        problem = super().validate(value)
        if problem:
            return problem
        from postlint.lexicon.wordlists import known_ids

        known = known_ids()
        for v in value:
            if str(v) not in known:
                import difflib

                close = difflib.get_close_matches(str(v), sorted(known), n=3)
                hint = f" (did you mean {', '.join(close)}?)" if close else " (see `postlint explain stigma.<domain>`)"
                return f"unknown wordlist entry id {v!r}{hint}"
        return None


class StigmaRule(Rule, frozen=True):
    """A stigma rule whose `postlint explain` lists its wordlist entries."""

    def explain_extra(self) -> str:
        from postlint.lexicon.wordlists import bundled_lists

        out = ["Entries (id [severity]: avoid → prefer — source):"]
        for lang in ("fr", "en"):
            for wl in bundled_lists(lang):
                if wl.domain != _domain_of(self.id):
                    continue
                out.append(f"  {lang}:")
                for e in wl.entries:
                    out.append(f"    {e.id} [{e.severity}]: {', '.join(e.avoid)} → {' / '.join(e.prefer)}"
                               f" — {e.source}")
        return "\n".join(out)


def make(domain: str, *, summary: str, source: str, fail: tuple[str, ...], passes: tuple[str, ...],
         explain: str | None, enabled: bool = True) -> StigmaRule:
    """The rule `stigma.<domain>` for one of `core.vocab.DOMAINS`; `explain` is the calling module's docstring
    (its first example sentence of `fail` and `passes` is French, the second English)."""
    if domain not in DOMAINS:
        raise ValueError(f"stigma.{domain}: unknown domain (known: {', '.join(DOMAINS)})")
    rule_id = f"stigma.{domain}"

    def check(doc: Document, ctx: Context) -> Iterable[Finding]:
        excluded = set(ctx.options.get("exclude") or ())
        contested = ctx.options.get("contested", True)
        for hit in scan(doc, ctx.settings):
            e = hit.entry
            if e.domain != domain or e.id in excluded or (e.severity == "info" and not contested):
                continue
            yield finding(hit, ctx, doc)

    return StigmaRule(
        id=rule_id, category="stigma", severity="warning", summary=summary, check=check,
        source=source, explain=inspect.cleandoc(explain) if explain else "",
        options={
            "exclude": _EntryIds(list, [], "wordlist entry ids not to report (see the list below)"),
            "contested": Option(bool, True, "report contested terms (info-level entries)"),
        },
        fix="sometimes", examples={"fail": fail, "pass": passes},
        enabled_by_default=enabled,
    )
