"""Rules, findings and fixes: the vocabulary every check speaks.

A rule is data plus a pure function `check(doc, ctx) -> Iterable[Finding]`. `ctx.finding()` fills in the
rule id, category and effective severity, so a rule cannot get them wrong; `ctx.msg(fr=…, en=…)` picks
the draft's language.
"""
from __future__ import annotations

import inspect
import sys
from datetime import date
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Literal

from msgspec import Struct, field

from postlint.core.spans import Span
from postlint.core.vocab import CATEGORIES, SEVERITIES, Severity

if TYPE_CHECKING:  # a rule checks a document; the document layer sits above this one
    from postlint.document.model import Document

class Edit(Struct, frozen=True):
    """Replace `source[span]` by `replacement` (an insertion has an empty span, a deletion an empty text)."""

    span: Span
    replacement: str


class Fix(Struct, frozen=True):
    edits: tuple[Edit, ...]
    applicability: Literal["safe", "unsafe"] = "safe"
    title: str = ""


class Finding(Struct, frozen=True):
    rule: str
    category: str
    severity: str
    message: str
    span: Span | None = None  # None: about the whole document (line/column null)
    suggestions: tuple[str, ...] = ()
    fix: Fix | None = None
    text: str | None = None  # defaults to source[span]
    source: str = ""  # guideline the finding comes from (for reports)
    # every place of the same wording when several info findings were folded into this one
    # (`engine.aggregate`): the first is `span`; empty for a finding about one place
    occurrences: tuple[Span, ...] = ()
    # info findings of one rule with the same non-empty group are folded whatever their words (one remark about
    # several places: "pictures without a credit"); empty: folded by wording
    group: str = ""

    @property
    def fixable(self) -> bool:
        return self.fix is not None and self.fix.applicability == "safe"


class Option(Struct, frozen=True):
    """One option of a rule: its type, default and a line of help (used to validate config)."""

    type: type | tuple[type, ...]
    default: Any
    help: str = ""
    choices: tuple[Any, ...] | None = None
    minimum: float | None = None

    def validate(self, value: Any) -> str | None:
        """Return an error text, or None if `value` is acceptable."""
        types = self.type if isinstance(self.type, tuple) else (self.type,)
        if float in types and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if bool not in types and isinstance(value, bool):
            return f"expected {_type_names(types)}, got {value!r}"
        if not isinstance(value, types):
            return f"expected {_type_names(types)}, got {value!r}"
        if isinstance(value, list) and not all(isinstance(v, (str, int, float)) for v in value):
            return "expected a list of strings"
        if self.choices is not None and value not in self.choices:
            return f"expected one of {', '.join(map(str, self.choices))}, got {value!r}"
        if self.minimum is not None and isinstance(value, (int, float)) and value < self.minimum:
            return f"must be at least {self.minimum:g}"
        return None


def _type_names(types: tuple[type, ...]) -> str:
    names = {int: "a whole number", float: "a number", str: "a string", bool: "true or false",
             list: "a list", dict: "a mapping"}
    return " or ".join(names.get(t, t.__name__) for t in types)


class Rule(Struct, frozen=True):
    id: str  # category.kebab-name — stable once released
    category: str
    severity: Severity
    summary: str
    check: Callable[[Document, Context], Iterable[Finding]]
    source: str = ""  # the guideline it comes from: organisation, title and its own wording
    explain: str = ""  # What it checks / Why / Examples / Fix safety
    options: dict[str, Option] = field(default_factory=dict)
    languages: frozenset[str] | None = None  # None: every language
    doc_types: frozenset[str] | None = None  # None: every type
    platforms: frozenset[str] | None = None  # None: whatever the platform
    enabled_by_default: bool = True
    fix: Literal["never", "sometimes", "always"] = "never"
    examples: dict[str, tuple[str, ...]] = field(default_factory=dict)  # {"fail": (...), "pass": (...)}
    origin: str = "builtin"  # builtin | yaml:<file> | plugin:<distribution>
    aliases: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"rule {self.id}: unknown category {self.category!r}")
        if not self.id.startswith(self.category + "."):
            raise ValueError(f"rule {self.id}: id must start with its category '{self.category}.'")
        if self.severity not in SEVERITIES:
            raise ValueError(f"rule {self.id}: unknown severity {self.severity!r}")

    def applies_to(self, doc: Document) -> bool:
        if self.languages is not None and doc.lang not in self.languages:
            return False
        if self.doc_types is not None and doc.meta.type not in self.doc_types:
            return False
        if self.platforms is not None and doc.meta.platforms and not (set(doc.meta.platforms) & self.platforms):
            return False
        return True


class Context(Struct):
    """What a rule may know besides the document: its options, the organisation, the date."""

    rule: Rule
    doc: Document
    severity: str
    options: dict[str, Any]
    settings: Any  # postlint.engine.config.Settings (read-only for rules)
    today: date
    severity_set: bool = False  # the configuration set this rule's severity: it wins over per-finding nuance

    @property
    def lang(self) -> str:
        return self.doc.lang

    @property
    def organization(self) -> dict[str, Any]:
        return getattr(self.settings, "organization", {}) or {}

    @property
    def campaigns(self) -> tuple[str, ...]:
        configured = tuple(getattr(self.settings, "campaigns", ()) or ())
        return tuple(dict.fromkeys(self.doc.meta.campaigns + configured))

    def msg(self, fr: str, en: str, **kw: Any) -> str:
        text = fr if self.doc.lang == "fr" else en
        return text.format(**kw) if kw else text

    def finding(self, span: Span | None, message: str, *, severity: str | None = None,
                suggestions: Iterable[str] = (), fix: Fix | None = None, text: str | None = None,
                group: str = "") -> Finding:
        sev = self.severity if self.severity_set else (severity or self.severity)
        return Finding(rule=self.rule.id, category=self.rule.category, severity=sev, message=message, span=span,
                       suggestions=tuple(suggestions), fix=fix, text=text, source=self.rule.source, group=group)


def rule(id: str, *, category: str | None = None, severity: Severity = "warning", summary: str,
         **kw: Any) -> Callable[[Callable[[Document, Context], Iterable[Finding]]], Rule]:
    """Decorator: `@rule("hashtags.count", summary=…)` turns a check function into a `Rule`.

    Without `explain=`, the rule's documentation is the docstring of the module that defines it (one rule per
    module: `rules/<category>/<name>.py`), so the text `postlint explain` shows and `docs/rules/<id>.md` are
    written once, where the code is."""

    def wrap(fn: Callable[[Document, Context], Iterable[Finding]]) -> Rule:
        if "explain" not in kw:
            module = sys.modules.get(fn.__module__)
            kw["explain"] = inspect.cleandoc(module.__doc__) if module is not None and module.__doc__ else ""
        return Rule(id=id, category=category or id.split(".", 1)[0], severity=severity, summary=summary,
                    check=fn, **kw)

    return wrap
