"""Words and their keys, as the term matcher (`postlint.lexicon.terms`) compares them, and the first passes that
let it skip a region of text: the keys of its words, then of its tokens (word sets: one C-level hash look-up per
word, whatever the number of entries).

A word's exact key is its lower case (NFC), its loose key is also without accents; a token is a word with the
inclusive-writing endings glued to it (drogué·e·s), cut as the matcher cuts the text.
"""
from __future__ import annotations

import re
import unicodedata

from postlint.lexicon.forms import INCLUSIVE_DOTS, INCLUSIVE_SUFFIXES
from postlint.text.normalize import strip_accents
from postlint.text.patterns import LazyRegex

# A word, then any inclusive-writing endings glued to it (the forms themselves: postlint.lexicon.forms).
TOKEN = LazyRegex(r"([^\W_]+)((?:[%s][^\W\d_]{1,6}|[.\-/](?:%s)(?![^\W_])|\((?:%s)\)[sx]?)*)"
                  % (INCLUSIVE_DOTS, INCLUSIVE_SUFFIXES, INCLUSIVE_SUFFIXES))
WORD = re.compile(r"[^\W_]+")
# the word of each token alone (group 1 of TOKEN: the same matches, only that group returned by findall)
TOKEN_WORD = LazyRegex(r"([^\W_]+)(?:(?:[%s][^\W\d_]{1,6}|[.\-/](?:%s)(?![^\W_])|\((?:%s)\)[sx]?)*)"
                       % (INCLUSIVE_DOTS, INCLUSIVE_SUFFIXES, INCLUSIVE_SUFFIXES))


def key(word: str) -> str:
    return word.lower() if word.isascii() else unicodedata.normalize("NFC", word).lower()


def loose(word: str) -> str:
    return word.lower() if word.isascii() else strip_accents(word).lower()


class RegionWords:
    """The words of one region of a text, as the matchers' first passes see them: `plain`, the keys of the
    text's words (`WORD`: lower case, and exact and loose keys of words beyond ASCII: a form's anchor is one
    of them); `tokens()`, the exact and loose keys of its tokens (`TOKEN`'s words, which inclusive-writing
    endings can cut differently), computed when an anchor is found."""

    __slots__ = ("text", "start", "end", "plain", "_tokens")

    def __init__(self, text: str, start: int, end: int | None):
        self.text, self.start, self.end = text, start, end
        region = text[start:end]
        if region.isascii():  # lower case keeps ASCII words whole, one for one: lowered in C
            self.plain = set(WORD.findall(region.lower()))
        else:
            self.plain = _keys(set(WORD.findall(region)))
        self._tokens: set[str] | None = None

    def tokens(self) -> set[str]:
        if self._tokens is None:
            # not lowered first: the inclusive-writing endings are matched in lower case only
            words = set(TOKEN_WORD.findall(self.text, self.start, len(self.text) if self.end is None else self.end))
            self._tokens = _keys(words)
        return self._tokens


def _keys(words: set[str]) -> set[str]:
    """Each word lower-cased, and a non-ASCII one also by its index keys (`key`, `loose`)."""
    keys = {w.lower() for w in words}
    for w in words:
        if not w.isascii():
            keys.update(_ACCENTED.get(w) or accented_keys(w))
    return keys


def accented_keys(word: str) -> tuple[str, str]:
    """(`key`, `loose`) of a word beyond ASCII, kept: a draft's accented words are mostly those of the drafts
    before it, and normalising them (NFC, NFD) cost more than the look-up."""
    both = _ACCENTED.get(word)
    if both is None:
        if len(_ACCENTED) >= 50_000:
            _ACCENTED.clear()
        both = _ACCENTED[word] = (key(word), loose(word))
    return both


_ACCENTED: dict[str, tuple[str, str]] = {}


# The words of the region last read: the stigma scan runs two matchers (terms, then protected names) on each
# region, and an organisation's accepted terms a third. The text is held, so `is` cannot meet a new string.
_LAST: list[RegionWords | None] = [None]


def region_words(text: str, start: int, end: int | None) -> RegionWords:
    last = _LAST[0]
    if last is not None and last.text is text and last.start == start and last.end == end:
        return last
    _LAST[0] = words = RegionWords(text, start, end)
    return words
