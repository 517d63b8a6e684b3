"""Small text utilities shared by rules: sentences, words, case, accents, quotations."""
from __future__ import annotations

import unicodedata

import re

import regex

from postlint.document import Span


class LazyRegex:
    """A pattern compiled on first use: rule modules are imported on every run (pre-commit hooks),
    most drafts never reach most patterns."""

    __slots__ = ("_args", "_re")

    def __init__(self, pattern: str, flags: int = 0):
        self._args = (pattern, flags)
        self._re = None

    def compiled(self):
        if self._re is None:
            self._re = compile_fast(*self._args)
        return self._re

    # The usual methods as properties: a hot loop then pays one attribute lookup, not a failed lookup
    # followed by __getattr__ (measured ≈ 4× cheaper).
    search = property(lambda self: (self._re or self.compiled()).search)
    match = property(lambda self: (self._re or self.compiled()).match)
    fullmatch = property(lambda self: (self._re or self.compiled()).fullmatch)
    finditer = property(lambda self: (self._re or self.compiled()).finditer)
    findall = property(lambda self: (self._re or self.compiled()).findall)
    sub = property(lambda self: (self._re or self.compiled()).sub)
    subn = property(lambda self: (self._re or self.compiled()).subn)
    split = property(lambda self: (self._re or self.compiled()).split)
    pattern = property(lambda self: self._args[0])

    def __getattr__(self, name: str):
        return getattr(self.compiled(), name)


# syntax only the `regex` module understands (Unicode properties, graphemes, fuzzy, named lists, …)
_REGEX_ONLY = ("[[:", "\\p{", "\\P{", "\\X", "\\m", "\\M", "(?V", "\\L<", "(?|", "{e<", "(?r", "\\G", "\\K", "(?(DEFINE")
_RE_FLAGS = regex.I | regex.M | regex.S | regex.X | regex.U | regex.A


def compile_fast(pattern: str, flags: int = 0):
    """Compile with the standard `re` when the pattern allows it (≈ 5× faster to compile, which is most of a
    cold pre-commit run), else with `regex`."""
    if not (flags & ~_RE_FLAGS) and not any(t in pattern for t in _REGEX_ONLY):
        import warnings

        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", FutureWarning)  # "possible nested set": regex reads it otherwise
                return re.compile(pattern, flags)
        except (re.error, FutureWarning):
            pass
    return regex.compile(pattern, flags)


# A sentence ends at . ! ? … (possibly repeated, possibly followed by a closing quote or bracket)
# followed by white space; a line break inside a block does not end a sentence, a blank line does.
_SENTENCE_END = LazyRegex(r"""(?<!\b(?:M|Mme|Mr|Mrs|Ms|Dr|St|p|n°|etc|cf|vs|av|J\.-C|No|art))[.!?…]+[»"”’)\]]*(?=\s)|\n[ \t\r]*\n""", regex.V0)
WORD = LazyRegex(r"[\p{L}\p{M}][\p{L}\p{M}\p{N}'’\-]*", regex.V0)
_ALNUM = LazyRegex(r"[\p{L}\p{N}]")
_GRAPHEME = LazyRegex(r"\X")


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


def in_quotes(text: str, start: int, pos: int) -> bool:
    """Inside « … », “ … ”, ‘ … ’ or "…" opened earlier in the block."""
    guillemets = curly = 0
    straight = False
    single = 0  # British ‘…’; a ’ between letters is an apostrophe (don’t)
    for k in range(start, pos):
        c = text[k]
        if c == "‘":
            single += 1
        elif c == "’" and not (text[k + 1:k + 2].isalpha() and text[k - 1:k].isalpha()):
            single = max(0, single - 1)
        elif c == "«":
            guillemets += 1
        elif c == "»":
            guillemets = max(0, guillemets - 1)
        elif c == "“":
            curly += 1
        elif c == "”":
            curly = max(0, curly - 1)
        elif c == '"':
            straight = not straight
    return guillemets > 0 or curly > 0 or straight or single > 0
