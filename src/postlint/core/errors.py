"""Errors the user can act on. Each names a file and, where known, a line; none is shown as a traceback."""
from __future__ import annotations


class PostlintError(Exception):
    """Base: `path:line: message` (plus a hint on how to fix it)."""

    kind = "error"

    def __init__(self, message: str, path: str | None = None, line: int | None = None, hint: str = ""):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.hint = hint

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        text = f"{where}{self.message}"
        if self.hint:
            text += f" — {self.hint}"
        return text


class InputError(PostlintError):
    """A draft that cannot be read or parsed (encoding, front matter, binary file…)."""

    kind = "input error"


class ConfigError(PostlintError):
    """A configuration file with an unknown key, a bad value or a rule id that does not exist."""

    kind = "config error"


class RuleDefinitionError(PostlintError):
    """A YAML rule, wordlist or plugin that cannot be loaded."""

    kind = "rule error"
