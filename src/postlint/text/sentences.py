"""Sentences: where they end inside a block of prose."""
from __future__ import annotations

import regex

from postlint.core.spans import Span
from postlint.text.patterns import LazyRegex

# A sentence ends at . ! ? … (possibly repeated, possibly followed by a closing quote or bracket)
# followed by white space; a line break inside a block does not end a sentence, a blank line does.
# Linear on long runs of punctuation: a match starts only at the start of a run (or just after an abbreviation's
# own dot: "etc..." ends at the second dot) and the run is taken whole, possessively; a character given back
# would be punctuation again, never the white space that must follow, so nothing is lost by not backtracking.
_ABBREV = r"\b(?:M|Mme|Mr|Mrs|Ms|Dr|St|p|n°|etc|cf|vs|av|J\.-C|No|art)"
_SENTENCE_END = LazyRegex(rf"""(?<!{_ABBREV})(?<![.!?…](?<!{_ABBREV}[.!?…]))[.!?…]++[»"”’)\]]*+(?=\s)"""
                          r"|\n[ \t\r]*\n", regex.V0)
_ALNUM = LazyRegex(r"[\p{L}\p{N}]")


def split_sentences(prose: str, span: Span) -> list[Span]:
    """Sentence spans inside `span` of `prose`, leading/trailing blanks trimmed."""
    out: list[Span] = []
    start = span.start
    for m in _SENTENCE_END.finditer(prose, span.start, span.end):
        _add(prose, start, m.end(), out)
        start = m.end()
    _add(prose, start, span.end, out)
    return out


def _add(prose: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and prose[start].isspace():
        start += 1
    while end > start and prose[end - 1].isspace():
        end -= 1
    if end > start and _ALNUM.search(prose, start, end):
        out.append(Span(start, end))
