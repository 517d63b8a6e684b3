"""Declarative rules: YAML files an organisation can write without Python.

Four kinds (contract of `rules/*.yaml`, documented in README "Writing a YAML rule"):

- `terms`    avoid-term → preferred alternatives (inline `terms:` or a `wordlist:`)
- `pattern`  a regular expression that must not appear (`patterns`, `exceptions`)
- `count`    a count of hashtags / emoji / exclamations / mentions / links / words / a pattern,
             per post or per document, against `max` / `min` (both overridable in config)
- `require`  something that must appear: a pattern in the text or a front matter field

Patterns are compiled with the `regex` module at load time (a bad pattern is an error naming the file
and line) and run with a timeout so a pathological pattern cannot hang a pre-commit hook.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from collections.abc import Callable, Iterable

import regex
from msgspec import Struct

from postlint.document.model import Document
from postlint.core.spans import Span
from postlint.document.analysis import case_folded_prose
from postlint.text.gates import passes
from postlint.core.errors import RuleDefinitionError
from postlint.document.parse.yamlpos import load_with_lines
from postlint.core.vocab import CATEGORIES, DOC_TYPES, SEVERITIES
from postlint.core.rule import Context, Finding, Fix, Edit, Option, Rule
from postlint.text.normalize import match_case

KINDS = ("terms", "pattern", "count", "require")
COMMON = {"id", "kind", "category", "severity", "summary", "message", "scope", "languages", "doc_types",
          "platforms", "enabled", "source", "explain", "examples", "aliases"}
PER_KIND = {
    "terms": {"terms", "wordlist", "fix"},
    "pattern": {"patterns", "exceptions", "ignore_case", "suggestions"},
    "count": {"count", "pattern", "max", "min", "per"},
    "require": {"patterns", "field", "ignore_case"},
}
COUNTABLE = ("hashtags", "emoji", "exclamations", "mentions", "links", "words", "sentences", "pattern")
SCOPES = ("text", "heading", "alt", "all")
TIMEOUT = 1.0  # seconds per pattern per document


def load_dir(folder: Path, origin: str = "bundled") -> list[Rule]:
    if not folder.is_dir():
        return []
    rules: list[Rule] = []
    for f in sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml")):
        rules.extend(load_file(f, origin))
    return rules


def load_path(path: Path, origin: str = "config") -> list[Rule]:
    if path.is_dir():
        return load_dir(path, origin)
    if path.is_file():
        return load_file(path, origin)
    raise RuleDefinitionError("rule path not found", str(path))


def load_file(path: Path, origin: str = "config") -> list[Rule]:
    data, lines = _read(path)
    if data is None:
        return []
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RuleDefinitionError("a rule file is a mapping with a `rules:` list", str(path), 1)
    unknown = set(data) - {"category", "rules", "source"}
    if unknown:
        k = sorted(unknown)[0]
        raise RuleDefinitionError(f"unknown key {k!r} (allowed: category, rules, source)", str(path), lines.get((k,)))
    out = []
    for i, spec in enumerate(data["rules"]):
        line = lines.get(("rules", i))
        if not isinstance(spec, dict):
            raise RuleDefinitionError("each rule is a mapping", str(path), line)
        spec = {"category": data.get("category"), "source": data.get("source", ""), **spec}
        out.append(build_rule(spec, str(path), line, lines, i, origin))
    return out


def build_rule(spec: dict, path: str, line: int | None, lines: dict, i: int, origin: str) -> Rule:
    def err(msg: str, key: str | None = None) -> RuleDefinitionError:
        return RuleDefinitionError(msg, path, lines.get(("rules", i, key)) if key else line)

    kind = spec.get("kind")
    if kind not in KINDS:
        raise err(f"unknown kind {kind!r} (allowed: {', '.join(KINDS)})", "kind")
    allowed = COMMON | PER_KIND[kind]
    for k in spec:
        if k not in allowed:
            raise err(f"unknown key {k!r} for kind {kind} (allowed: {', '.join(sorted(allowed))})", k)
    rid = spec.get("id")
    if not isinstance(rid, str) or not re.fullmatch(r"[a-z-]+\.[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*", rid):
        raise err("`id` must be `category.kebab-name`", "id")
    category = spec.get("category") or rid.split(".")[0]
    if category not in CATEGORIES:
        raise err(f"unknown category {category!r} (allowed: {', '.join(CATEGORIES)})", "category")
    severity = spec.get("severity", "warning")
    if severity not in SEVERITIES:
        raise err(f"unknown severity {severity!r}", "severity")
    for key in ("summary",):
        if not isinstance(spec.get(key), str):
            raise err(f"`{key}` is required (one line)", key)
    message = spec.get("message") or {}
    if isinstance(message, str):
        message = {"fr": message, "en": message}
    if not isinstance(message, dict) or not {"fr", "en"} <= set(message):
        raise err("`message` needs `fr` and `en` texts", "message")
    langs = spec.get("languages")
    doc_types = spec.get("doc_types")
    if doc_types and any(t not in DOC_TYPES for t in doc_types):
        raise err(f"`doc_types` must be among {', '.join(DOC_TYPES)}", "doc_types")
    scope = spec.get("scope", "text")
    if scope not in SCOPES:
        raise err(f"unknown scope {scope!r} (allowed: {', '.join(SCOPES)})", "scope")

    options: dict[str, Option] = {}
    eager = origin != "bundled"  # bundled patterns are compiled by the test suite, others at load
    if kind == "terms":
        check, fix_mode = _terms_check(spec, message, scope, err, path)
    elif kind == "pattern":
        check, fix_mode = _pattern_check(spec, message, scope, err, eager), "never"
    elif kind == "count":
        check, fix_mode = _count_check(spec, message, err, eager), "never"
        if spec.get("max") is not None:
            options["max"] = Option(int, int(spec["max"]), "the most allowed", minimum=0)
        if spec.get("min") is not None:
            options["min"] = Option(int, int(spec["min"]), "the fewest allowed", minimum=0)
    else:
        check, fix_mode = _require_check(spec, message, err, eager), "never"
    examples = spec.get("examples") or {}
    return Rule(
        id=rid, category=category, severity=severity, summary=spec["summary"], check=check,
        source=str(spec.get("source") or ""), explain=str(spec.get("explain") or ""), options=options,
        languages=frozenset(langs) if langs else None, doc_types=frozenset(doc_types) if doc_types else None,
        platforms=frozenset(spec["platforms"]) if spec.get("platforms") else None,
        enabled_by_default=bool(spec.get("enabled", True)), fix=fix_mode,
        examples={k: tuple(v) for k, v in examples.items() if isinstance(v, list)},
        origin=f"yaml:{path}" if origin != "bundled" else f"yaml:rules/{Path(path).name}",
        aliases=tuple(spec.get("aliases") or ()),
    )


# ----------------------------------------------------------------------------------------- helpers
class _SavedYaml(Struct):
    data: Any
    lines: list[tuple[list[str | int], int]]  # key path, line


def _read(path: Path) -> tuple[Any, dict[tuple, int]]:
    """The file's YAML and the line of each key, through the saved index (savedindex.py): PyYAML's
    pure-Python node walk costs ≈ 1 ms per rule file on every cold run, and rule files rarely change."""
    from postlint.core import savedindex

    deps = savedindex.inputs([str(path)], "rule file")
    saved = savedindex.load("rules", deps, _SavedYaml)
    if saved is not None:
        return saved.data, {tuple(k): v for k, v in saved.lines}
    text = path.read_text(encoding="utf-8")
    data, lines = load_with_lines(text, str(path), RuleDefinitionError)
    state = {"data": data, "lines": [[list(k), v] for k, v in lines.items()]}
    if savedindex.round_trips(state):  # YAML dates and the like would come back as strings: not saved
        savedindex.save("rules", deps, state)
    return data, lines


def _compile(p: str, err: Callable, key: str, flags: int = 0) -> regex.Pattern:
    try:
        return regex.compile(p, flags | regex.V0)
    except regex.error as e:
        raise err(f"invalid pattern {p!r}: {e}", key) from None


class _Patterns:
    """Patterns of one rule per language, compiled on first use: a cold pre-commit run on a French post
    compiles only the French patterns of the rules that run. Organisation rule files are compiled
    eagerly at load so a bad pattern is reported with its file and line."""

    def __init__(self, raw: Any, flags: int, err: Callable, key: str, eager: bool):
        self.raw, self.flags, self.err, self.key = raw, flags, err, key
        self._done: dict[str, list] = {}
        self._gated: dict[str, list[_Gated]] = {}
        if eager:
            for lang in ("fr", "en"):
                self.get(lang)

    def get(self, lang: str) -> list:
        if lang not in self._done:
            self._done[lang] = [_compile(p, self.err, self.key, self.flags) for p in _by_lang(self.raw, lang)]
        return self._done[lang]

    def gated(self, lang: str) -> list[_Gated]:
        """The patterns of `lang` each with its keyword gate (text/gates.py), compiled only when a draft
        passes the gate: most drafts hold none of a pattern's required words."""
        if lang not in self._gated:
            from postlint.text.gates import derive_all

            compiled = self._done.get(lang)  # compiled already (eager load of an organisation's file)
            sources = [p.pattern for p in compiled] if compiled else _by_lang(self.raw, lang)
            gates = derive_all([(p, re_flags(self.flags)) for p in sources])
            self._gated[lang] = [_Gated(p, g, compiled[i] if compiled else None, self)
                                 for i, (p, g) in enumerate(zip(sources, gates))]
        return self._gated[lang]


class _Gated:
    __slots__ = ("source", "gate", "_compiled", "_owner")

    def __init__(self, source: str, gate, compiled, owner: _Patterns):
        self.source, self.gate, self._compiled, self._owner = source, gate, compiled, owner

    def compiled(self):
        if self._compiled is None:
            self._compiled = _compile(self.source, self._owner.err, self._owner.key, self._owner.flags)
        return self._compiled

    def may_match(self, doc: Document) -> bool:
        if self.gate is None:
            return True
        return passes(self.gate, case_folded_prose(doc))


def re_flags(flags: int) -> int:
    return re.I if flags & regex.I else 0


def _by_lang(value: Any, lang: str) -> list:
    if isinstance(value, dict):
        return list(value.get(lang) or []) + list(value.get("any") or [])
    return list(value or [])


def _scope_spans(doc: Document, scope: str) -> list[Span]:
    if scope == "all":
        return [doc.body]
    if scope == "alt":
        return [im.alt_span for im in doc.images if im.alt_span]
    kinds = {"heading"} if scope == "heading" else None
    return [b.span for b in doc.text_blocks() if kinds is None or b.kind in kinds]


def finditer_timed(pattern: regex.Pattern, text: str, start: int, end: int):
    try:
        yield from pattern.finditer(text, start, end, timeout=TIMEOUT)
    except TimeoutError:
        return


def _fmt(template: str, **kw: Any) -> str:
    try:
        return template.format(**kw)
    except (KeyError, IndexError, ValueError):
        return template


# ----------------------------------------------------------------------------------------- kinds
def _terms_check(spec: dict, message: dict, scope: str, err: Callable, path: str):
    from postlint.lexicon.terms import TermEntry, TermMatcher

    entries: list[TermEntry] = []
    raw = spec.get("terms")
    if raw is None and spec.get("wordlist") is None:
        raise err("kind terms needs `terms:` or `wordlist:`", "kind")
    for j, t in enumerate(raw or []):
        if not isinstance(t, dict) or not t.get("avoid"):
            raise err(f"terms[{j}] needs `avoid:` (a word or a list)", "terms")
        avoid = t["avoid"] if isinstance(t["avoid"], list) else [t["avoid"]]
        prefer = t.get("prefer") or []
        prefer = prefer if isinstance(prefer, list) else [prefer]
        entries.append(TermEntry(id=f"{spec['id']}#{j}", avoid=[str(a) for a in avoid], prefer=[str(p) for p in prefer],
                                 lang=t.get("lang", "any"), note=t.get("note", "")))
    fix_mode = spec.get("fix", "none")
    matchers: dict[str, TermMatcher] = {}

    def matcher(lang: str) -> TermMatcher:
        if lang not in matchers:
            chosen = [e for e in entries if e.lang in ("any", lang)]
            if spec.get("wordlist"):
                from postlint.lexicon.wordlists import load_wordlist

                chosen += load_wordlist(spec["wordlist"], lang)
            matchers[lang] = TermMatcher(chosen)
        return matchers[lang]

    def check(doc: Document, ctx: Context) -> Iterable[Finding]:
        m = matcher(doc.lang)
        for span in _scope_spans(doc, scope):
            for hit in m.finditer(doc.prose, span.start, span.end):
                prefer = [match_case(hit.surface, p) for p in hit.entry.prefer]
                fix = None
                if prefer and fix_mode in ("safe", "unsafe") and len(prefer) == 1:
                    fix = Fix((Edit(hit.span, prefer[0]),), fix_mode, prefer[0])
                yield ctx.finding(hit.span, _fmt(ctx.msg(message["fr"], message["en"]), match=hit.surface,
                                                 suggestions=", ".join(prefer) or "—", note=hit.entry.note),
                                  suggestions=prefer, fix=fix)

    return check, ("sometimes" if fix_mode in ("safe", "unsafe") else "never")


def _pattern_check(spec: dict, message: dict, scope: str, err: Callable, eager: bool):
    flags = regex.I if spec.get("ignore_case", True) else 0
    raw = spec.get("patterns")
    if not raw:
        raise err("kind pattern needs `patterns:`", "patterns")
    langs = ("fr", "en")
    compiled = _Patterns(raw, flags, err, "patterns", eager)
    exceptions = _Patterns(spec.get("exceptions"), flags, err, "exceptions", eager)
    suggestions = spec.get("suggestions") or {}

    def check(doc: Document, ctx: Context) -> Iterable[Finding]:
        lang = doc.lang if doc.lang in langs else "en"
        patterns = [g for g in compiled.gated(lang) if g.may_match(doc)]
        if not patterns:
            return
        for span in _scope_spans(doc, scope):
            covered = None
            for g in patterns:
                for m in finditer_timed(g.compiled(), doc.prose, span.start, span.end):
                    if m.end() == m.start():
                        continue
                    if covered is None:
                        # an exception wins where its own match covers the pattern's match (Vale's `exceptions`)
                        covered = [Span(x.start(), x.end()) for e in exceptions.get(lang)
                                   for x in finditer_timed(e, doc.prose, span.start, span.end)]
                    if any(c.start <= m.start() and m.end() <= c.end for c in covered):
                        continue
                    yield ctx.finding(Span(m.start(), m.end()), _fmt(ctx.msg(message["fr"], message["en"]),
                                                                      match=m.group(0)),
                                      suggestions=_by_lang(suggestions, lang))

    return check


def _count_check(spec: dict, message: dict, err: Callable, eager: bool):
    what = spec.get("count")
    if what not in COUNTABLE:
        raise err(f"`count` must be one of {', '.join(COUNTABLE)}", "count")
    per = spec.get("per", "post")
    if per not in ("post", "document"):
        raise err("`per` must be post or document", "per")
    if spec.get("max") is None and spec.get("min") is None:
        raise err("kind count needs `max` or `min`", "max")
    pattern = None
    if what == "pattern":
        if not spec.get("pattern"):
            raise err("`count: pattern` needs `pattern:`", "pattern")
        pattern = _Patterns([spec["pattern"]], 0, err, "pattern", eager)
    exclaim = _Patterns([r"!"], 0, err, "pattern", False)
    word = _Patterns([r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*"], 0, err, "pattern", False)

    def items(doc: Document, span: Span) -> list[Span]:
        if what == "hashtags":
            return [t.span for t in doc.hashtags if span.contains(t.span)]
        if what == "emoji":
            return [t.span for t in doc.emoji if span.contains(t.span)]
        if what == "mentions":
            return [t.span for t in doc.mentions if span.contains(t.span)]
        if what == "links":
            return [lk.span for lk in doc.links if span.contains(lk.span)]
        if what == "sentences":
            return [s for s in doc.sentences() if span.contains(s)]
        counted = {"exclamations": exclaim, "words": word}.get(what, pattern)
        assert counted is not None, what  # `count: pattern` has its `pattern:` (checked at load)
        p = counted.get("any")[0]
        return [Span(m.start(), m.end()) for m in finditer_timed(p, doc.prose, span.start, span.end)]

    def check(doc: Document, ctx: Context) -> Iterable[Finding]:
        spans = doc.posts if per == "post" else [doc.body]
        hi = ctx.options.get("max")
        lo = ctx.options.get("min")
        for n, span in enumerate(spans):
            found = items(doc, span)
            count = len(found)
            if hi is not None and count > hi:
                where = Span(found[hi].start, found[-1].end)
                yield ctx.finding(where, _fmt(ctx.msg(message["fr"], message["en"]), count=count, max=hi, min=lo,
                                              post=n + 1, s="" if count == 1 else "s"), text=doc.source[where.start:where.end])
            if lo is not None and count < lo:
                yield ctx.finding(None, _fmt(ctx.msg(message["fr"], message["en"]), count=count, max=hi, min=lo,
                                             post=n + 1, s="" if count == 1 else "s"))

    return check


def _require_check(spec: dict, message: dict, err: Callable, eager: bool):
    field = spec.get("field")
    raw = spec.get("patterns")
    if not field and not raw:
        raise err("kind require needs `patterns:` or `field:`", "patterns")
    flags = regex.I if spec.get("ignore_case", True) else 0
    compiled = _Patterns(raw, flags, err, "patterns", eager)

    def check(doc: Document, ctx: Context) -> Iterable[Finding]:
        if field:
            if doc.front_matter.get(field) in (None, "", []):
                yield ctx.finding(None, _fmt(ctx.msg(message["fr"], message["en"]), field=field))
            return
        pats = compiled.get(doc.lang if doc.lang in ("fr", "en") else "en")
        text = doc.prose
        if not any(next(iter(finditer_timed(p, text, doc.body.start, doc.body.end)), None) for p in pats):
            yield ctx.finding(None, _fmt(ctx.msg(message["fr"], message["en"])))

    return check
