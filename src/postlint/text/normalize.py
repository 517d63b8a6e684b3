"""Normalisation of words: folding for comparison (case, accents, apostrophes), word lists, case matching.

`fold` is the one comparison key of the project (case- and accent-insensitive, apostrophes unified);
`text.gates.fold_case` is not a comparison key but the text a case-insensitive pattern's gate is tested on.
"""
from __future__ import annotations

import unicodedata

import regex

from postlint.text.patterns import LazyRegex

WORD = LazyRegex(r"[\p{L}\p{M}][\p{L}\p{M}\p{N}'’\-]*", regex.V0)
_GRAPHEME = LazyRegex(r"\X")


def words(text: str) -> list[str]:
    return WORD.findall(text)


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


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


def graphemes(text: str) -> int:
    return len(_GRAPHEME.findall(text))
