"""Patterns compiled on first use, with the faster `re` engine when a pattern allows it."""
from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeAlias

import regex

# a compiled pattern: the standard library's when the pattern allows it, else the `regex` module's
Pattern: TypeAlias = "re.Pattern[str] | regex.Pattern[str]"
Match: TypeAlias = "re.Match[str] | regex.Match[str]"


class LazyRegex:
    """A pattern compiled on first use: rule modules are imported on every run (pre-commit hooks),
    most drafts never reach most patterns."""

    __slots__ = ("_args", "_re")

    def __init__(self, pattern: str, flags: int = 0):
        self._args = (pattern, flags)
        self._re: Pattern | None = None

    def compiled(self) -> Pattern:
        if self._re is None:
            self._re = compile_fast(*self._args)
        return self._re

    if TYPE_CHECKING:  # what the properties below give, as methods of a compiled pattern
        def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Match | None: ...
        def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Match | None: ...
        def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Match | None: ...
        def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[Match]: ...
        def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]: ...
        def sub(self, repl: str | Callable[[Match], str], string: str, count: int = 0) -> str: ...
        def subn(self, repl: str | Callable[[Match], str], string: str, count: int = 0) -> tuple[str, int]: ...
        def split(self, string: str, maxsplit: int = 0) -> list[str | Any]: ...
        @property
        def pattern(self) -> str: ...
        @property
        def flags(self) -> int: ...
    else:
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
        flags = property(lambda self: self._args[1])  # as given (the compiled pattern may add re.U)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled(), name)


# syntax only the `regex` module understands (Unicode properties, graphemes, fuzzy, named lists, …)
_REGEX_ONLY = ("[[:", "\\p{", "\\P{", "\\X", "\\m", "\\M", "(?V", "\\L<", "(?|", "{e<", "(?r", "\\G", "\\K",
               "(?(DEFINE")
_RE_FLAGS = regex.I | regex.M | regex.S | regex.X | regex.U | regex.A


def compile_fast(pattern: str, flags: int = 0) -> Pattern:
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
