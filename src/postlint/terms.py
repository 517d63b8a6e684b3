"""Term matching: find listed words and phrases in prose, as words (not substrings), case- and
accent-insensitively, with one compiled pattern per list so the cost does not grow with the list.

Matching runs on a *folded* copy of the text that keeps every character at its offset (one character
in, one character out), so match offsets are source offsets.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterator

from postlint.document import Span

APOSTROPHES = "'’ʼ`´"


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if c in APOSTROPHES:
        return "'"
    if c in "‐‑‒–—":
        return "-"
    base = unicodedata.normalize("NFD", c)[0].lower()
    return base if len(base) == 1 else c


def fold(text: str) -> str:
    """Lower-case, accents removed, apostrophes and dashes unified; same length as `text`."""
    return "".join(_fold_char(c) for c in text)


@dataclass
class TermEntry:
    id: str
    avoid: list[str]
    prefer: list[str] = field(default_factory=list)
    lang: str = "en"
    severity: str = "warning"
    note: str = ""
    source: str = ""
    domain: str = ""
    fix: str | None = None  # safe | unsafe | None (suggestion only)
    context: dict[str, Any] = field(default_factory=dict)
    examples: dict[str, list[str]] = field(default_factory=dict)
    origin: str = ""


@dataclass
class TermMatch:
    span: Span
    entry: TermEntry
    surface: str  # the text as written


def _form_pattern(form: str) -> str:
    """Regex for one surface form: flexible white space and hyphens, apostrophes unified."""
    out = []
    for ch in fold(form.strip()):
        if ch in " -":
            out.append(r"[\s\-]+")
        elif ch == "'":
            out.append("'")
        else:
            out.append(re.escape(ch))
    return "".join(out)


class TermMatcher:
    """One alternation over every form of every entry; longest match wins."""

    def __init__(self, entries: list[TermEntry]):
        self.entries = entries
        forms: dict[str, TermEntry] = {}
        for e in entries:
            for f in e.avoid:
                forms.setdefault(fold(f.strip()), e)
        self._by_form = {self._key(f): e for f, e in forms.items()}
        ordered = sorted(forms, key=len, reverse=True)
        if ordered:
            alternation = "|".join(_form_pattern(f) for f in ordered)
            self._re = re.compile(r"(?<![\w])(?:%s)(?![\w])" % alternation)
        else:
            self._re = None

    @staticmethod
    def _key(text: str) -> str:
        return re.sub(r"[\s\-]+", " ", text)

    def finditer(self, text: str, start: int = 0, end: int | None = None, folded: str | None = None
                 ) -> Iterator[TermMatch]:
        if self._re is None:
            return
        folded = folded if folded is not None else fold(text)
        end = len(text) if end is None else end
        for m in self._re.finditer(folded, start, end):
            entry = self._by_form.get(self._key(m.group(0)))
            if entry is None:
                continue
            yield TermMatch(Span(m.start(), m.end()), entry, text[m.start():m.end()])
