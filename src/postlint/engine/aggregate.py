"""One info finding per wording per document.

An info finding is worth a look, not a fix at every place: the same contested wording ("the fight against
AIDS", "inmates") reported at each of its twelve occurrences in a text is noise. Info findings of one rule
about the same words (compared without case or spacing) become one finding, at the first place, whose message
gives the count and whose `occurrences` keep every place (formats list them; a fix covers them all).
Warnings and errors keep one finding per place, since each needs its own fix. A rule may give its info findings
a `group` ("pictures without a credit"): those of one group are folded whatever their words.
"""
from __future__ import annotations

from msgspec.structs import replace

from postlint.core.rule import Finding, Fix

_COUNT = {"fr": " ({n} occurrences dans le document.)", "en": " ({n} occurrences in this document.)"}


def _wording(f: Finding, source: str) -> tuple[str, str]:
    """The words and the message, compared without case or spacing: two different remarks of one rule about
    the same words (a release's About paragraph: "no link" and "too long") are not folded together."""
    text = f.text if f.text is not None else source[f.span.start:f.span.end] if f.span else ""
    return " ".join(text.split()).casefold(), " ".join(f.message.split()).casefold()


def aggregate(findings: list[Finding], source: str, lang: str = "en") -> list[Finding]:
    """`findings` with the info findings of one rule about the same words folded into the first of them
    (order otherwise kept)."""
    keys = [(f.rule, ("group", f.group) if f.group else _wording(f, source))
            if f.severity == "info" and f.span is not None else None for f in findings]
    groups: dict[tuple[str, tuple[str, str]], list[Finding]] = {}
    for f, key in zip(findings, keys):
        if key is not None:
            groups.setdefault(key, []).append(f)
    out: list[Finding] = []
    for f, key in zip(findings, keys):
        group = groups[key] if key is not None else None
        if group is None or len(group) == 1:
            out.append(f)
        elif group[0] is f:
            out.append(_folded(group, lang))
    return out


def _folded(group: list[Finding], lang: str) -> Finding:
    first = group[0]
    spans = tuple(f.span for f in group if f.span is not None)
    message = first.message + _COUNT.get(lang, _COUNT["en"]).format(n=len(group))
    fix = first.fix
    if fix is not None:  # one fix for every place, from the fixes of the same kind as the first one's
        edits = tuple(e for f in group if f.fix is not None and f.fix.applicability == fix.applicability
                      for e in f.fix.edits)
        fix = Fix(edits, fix.applicability, fix.title)
    return replace(first, message=message, fix=fix, occurrences=spans)
