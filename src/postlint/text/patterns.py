"""Patterns compiled on first use, with the faster `re` engine when a pattern allows it."""
from __future__ import annotations

import re

import regex


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
    flags = property(lambda self: self._args[1])  # as given (the compiled pattern may add re.U)

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
