"""Inline suppression: `<!-- postlint-disable X -->` … `<!-- postlint-enable -->` and
`<!-- postlint-disable-next-line X -->`. Applied after the rules, as a filter on findings.

`X` is a rule id, a category, an id prefix, or nothing (everything). An unknown id in a directive is
reported (as a finding of the engine, `postlint.directive`) rather than silently meaning "everything".
"""
from __future__ import annotations

import re

from msgspec import Struct

from postlint.document.model import Document
from postlint.core.spans import Span
from postlint.core.rule import Finding
from postlint.text.patterns import LazyRegex

DIRECTIVE = LazyRegex(r"^postlint-(disable-next-line|disable-line|disable|enable)\b\s*(.*)$", re.S)


class Region(Struct):
    selectors: tuple[str, ...]  # empty: everything
    span: Span
    line: int


def _selectors(text: str) -> tuple[str, ...]:
    return tuple(s for s in re.split(r"[\s,]+", text.strip()) if s)


def regions(doc: Document) -> tuple[list[Region], list[tuple[str, int]]]:
    """Suppressed regions, and directives with a malformed keyword (text, line)."""
    out: list[Region] = []
    open_: list[tuple[tuple[str, ...], int, int]] = []  # selectors, start offset, line
    bad: list[tuple[str, int]] = []
    idx = doc.line_index
    for c in sorted(doc.comments, key=lambda c: c.span.start):
        body = c.body.strip()
        if not body.lower().startswith("postlint"):
            continue
        m = DIRECTIVE.match(body)
        line = idx.position(c.span.start)[0]
        if not m:
            bad.append((body, line))
            continue
        kind, rest = m.group(1), _selectors(m.group(2))
        if kind == "disable":
            open_.append((rest, c.span.end, line))
        elif kind == "enable":
            keep = []
            for sel, start, l0 in open_:
                if not rest or set(rest) & set(sel) or not sel:
                    out.append(Region(sel, Span(start, c.span.start), l0))
                else:
                    keep.append((sel, start, l0))
            open_ = keep
        elif kind == "disable-next-line":
            end_line = idx.position(c.span.end)[0]
            nxt = end_line + 1
            # skip blank lines: the directive applies to the next line with text
            while nxt <= idx.line_count and not idx.line_text(nxt).strip():
                nxt += 1
            if nxt <= idx.line_count:
                out.append(Region(rest, idx.line_span(nxt), line))
        else:  # disable-line: the line the comment is on
            out.append(Region(rest, idx.line_span(line), line))
    for sel, start, l0 in open_:
        out.append(Region(sel, Span(start, len(doc.source)), l0))
    return out, bad


def _covers(selectors: tuple[str, ...], f: Finding) -> bool:
    if not selectors:
        return True
    return any(s == f.rule or s == f.category or f.rule.startswith(s + ".") or (s.count(".") and f.rule.startswith(s))
               for s in selectors)


def apply(doc: Document, findings: list[Finding]) -> list[Finding]:
    regs, _ = regions(doc)
    if not regs:
        return findings
    # a `postlint-disable` before the first text block and never re-enabled covers the whole draft, so it
    # also silences document-level findings (a missing press contact, say)
    first = min((b.span.start for b in doc.blocks), default=doc.body.end)
    whole = [r for r in regs if r.span.start <= first and r.span.end >= len(doc.source)]
    kept = []
    for f in findings:
        if f.span is not None and any(_covers(r.selectors, f) and r.span.start <= f.span.start < r.span.end
                                      for r in regs):
            continue
        if f.span is None and any(_covers(r.selectors, f) for r in whole):
            continue
        kept.append(f)
    return kept


def unknown_selectors(doc: Document, registry) -> list[tuple[str, int]]:
    """Selectors in directives that name no rule (so the user sees a typo)."""
    regs, bad = regions(doc)
    out = list(bad)
    for r in regs:
        for s in r.selectors:
            if not registry.known(s):
                out.append((s, r.line))
    return out


DIRECTIVE_RULE = "postlint.directive"
# The categories are a closed list that users filter and group findings by (the JSON output's `category`),
# so the engine's own finding takes the existing category it belongs with best rather than a new one: a
# broken directive is a fault in how the draft is put together (its markup), not in what it says, and
# `structure` is the one category about the form of a draft; the others each name a risk in its content
# (words, images, disclosures, length, language, style).
DIRECTIVE_CATEGORY = "structure"


def directive_findings(doc: Document, registry) -> list[Finding]:
    """A warning for each directive that names an unknown rule or category, or is malformed."""
    out = []
    for sel, line in unknown_selectors(doc, registry):
        span = doc.line_index.line_span(line)
        msg = (f"directive de suppression : règle ou catégorie inconnue « {sel} »" if doc.lang == "fr"
               else f"suppression directive names an unknown rule or category '{sel}'")
        out.append(Finding(rule=DIRECTIVE_RULE, category=DIRECTIVE_CATEGORY, severity="warning", message=msg,
                           span=span))
    return out
