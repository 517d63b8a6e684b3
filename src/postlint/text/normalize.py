"""Normalisation of words: folding for comparison (case, accents, apostrophes) and case matching.

`fold` is the comparison key of the project (case- and accent-insensitive, apostrophes unified);
`fold_in_place` folds character by character, so offsets found in its result hold in the text;
`text.gates.fold_case` is not a comparison key but the text a case-insensitive pattern's gate is tested on,
and `text.lang.word_key` the key of the frequency word lists.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache


class _Marks(dict[int, int | None]):
    """code point → None for a combining mark, else itself, filled on first sight: `str.translate` then
    drops the marks in C (a generator over the characters cost ≈ 0.3 µs each, on every long text)."""

    def __missing__(self, cp: int) -> int | None:
        self[cp] = kept = None if unicodedata.combining(chr(cp)) else cp
        return kept


_MARKS = _Marks()


def strip_accents(text: str) -> str:
    if text.isascii():  # nothing to decompose, no mark to drop
        return text
    return unicodedata.normalize("NFD", text).translate(_MARKS)


def fold(text: str) -> str:
    """Case- and accent-insensitive key, apostrophes unified."""
    return strip_accents(text).casefold().replace("’", "'")


def match_case(template: str, replacement: str) -> str:
    """Give `replacement` the capitalisation of `template` (ALL CAPS, Capitalised or as is)."""
    letters = [c for c in template if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if letters and template[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


APOSTROPHES = "'’ʼ`´"


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if c in APOSTROPHES:
        return "'"
    if c in "‐‑‒–—":
        return "-"
    base = unicodedata.normalize("NFD", c)[0].lower()
    return base if len(base) == 1 else c


class _FoldTable(dict[int, str]):
    """code point → folded character, filled on first sight: `str.translate` then folds in C."""

    def __missing__(self, cp: int) -> str:
        self[cp] = folded = _fold_char(chr(cp))
        return folded


_FOLD_TABLE = _FoldTable()


def fold_in_place(text: str) -> str:
    """Lower case, accents removed, apostrophes and dashes unified, character by character: the result has
    the length of `text`, so an offset found in it is an offset in `text` (unlike `fold`)."""
    return text.translate(_FOLD_TABLE)
