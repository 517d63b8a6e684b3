"""Run the active rules on a document: isolate crashes, apply severities, sort."""
from __future__ import annotations

from datetime import date

from msgspec import Struct, field

from postlint.engine import suppress
from postlint.engine.aggregate import aggregate
from postlint.engine.config import Settings
from postlint.engine.ruleset import ActiveRule
from postlint.document.model import Document
from postlint.core.rule import Context, Finding


class RuleCrash(Struct):
    rule: str
    message: str
    detail: str = ""


class EngineResult(Struct):
    findings: list[Finding] = field(default_factory=list)
    crashes: list[RuleCrash] = field(default_factory=list)


def run(doc: Document, active: list[ActiveRule], settings: Settings, today: date | None = None) -> EngineResult:
    res = EngineResult()
    today = today or settings.today
    for ar in active:
        ctx = Context(rule=ar.rule, doc=doc, severity=ar.severity, options=dict(ar.options), settings=settings,
                      today=today, severity_set=ar.severity_set)
        try:
            found = list(ar.rule.check(doc, ctx) or ())
        except Exception as e:  # one broken rule must not stop the others, nor the run
            import traceback

            res.crashes.append(RuleCrash(ar.rule.id, f"{type(e).__name__}: {e}",
                                         "".join(traceback.format_exception(e)[-3:])))
            continue
        res.findings.extend(found)
    # suppressed findings go first (the runner filters again, a no-op), so that folding the info findings of
    # one wording keeps only places that are shown
    res.findings = aggregate(suppress.apply(doc, dedupe(res.findings)), doc.source, doc.lang)
    res.findings.sort(key=sort_key)
    return res


def sort_key(f: Finding):
    return (f.span is not None, f.span.start if f.span else 0, f.span.end if f.span else 0, f.rule)


def dedupe(findings: list[Finding]) -> list[Finding]:
    seen = set()
    out = []
    for f in findings:
        key = (f.rule, f.span, f.message)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
