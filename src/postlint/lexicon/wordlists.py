"""Wordlists: YAML files of terms to avoid with their alternatives, loaded and validated strictly.

Bundled lists live in `wordlists/<lang>/stigma/<domain>.yaml`; an organisation adds its own with
config `wordlists: [path.yaml]` (same format). The format (documented in docs/stigma.md):

    domain: drug-use            # optional in bundled files (the file name); required in an organisation's
    lang: fr                    # optional in bundled files (the folder); required in an organisation's
    exempt: [Narcotics Anonymous]   # names and self-designations never flagged
    entries:
      - id: toxicomane
        avoid: [toxicomane]     # forms; plurals generated, `drogué·e` gives the feminine, {a,b} alternatives
        prefer: [personne qui consomme des drogues]
        prefer_plural: [personnes qui consomment des drogues]
        reason: "Le mot réduit la personne à un diagnostic ancien."
        source: "DSS, CMA ; INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux »"
        severity: warning       # error | warning | info
        fix: unsafe             # safe | unsafe | none
        requires: [{before: [...], after: [...], person: true, window: 3}]   # any one must hold
        unless: [{after: [...]}]                                              # none may hold
        examples: {flag: [...], pass: [...]}

Unknown keys and bad values are errors naming the file and line. Files are parsed with the C YAML
loader; only when something is wrong are they parsed again with positions, to name the line.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from collections.abc import Callable

from msgspec import Struct, field

from postlint.core.errors import RuleDefinitionError
from postlint.core.vocab import DOMAINS, LANGS, SEVERITIES
from postlint.lexicon.forms import adjective_labels
from postlint.lexicon.terms import TermEntry

LABELS = ("stigmatising", "inaccurate", "outdated", "contested")
FIXES = ("safe", "unsafe", "none")
FILE_KEYS = {"domain", "lang", "description", "exempt", "entries"}
ENTRY_KEYS = {"id", "avoid", "prefer", "prefer_plural", "reason", "source", "severity", "label", "fix", "requires",
              "unless", "window", "noun_only", "inflect", "accents", "examples", "lang", "domain", "adjective"}
CONDITION_KEYS = {"before", "after", "person", "window"}


class WordList(Struct):
    path: str
    lang: str | None
    domain: str | None
    exempt: list[str] = field(default_factory=list)
    entries: list[TermEntry] = field(default_factory=list)


# ----------------------------------------------------------------------------------------- loading
def _yaml(text: str) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)


class _Where:
    """Line of a key path, computed only when an error needs it."""

    def __init__(self, path: str, text: str):
        self.path, self.text = path, text
        self._lines: dict[tuple[Any, ...], int] | None = None

    def error(self, message: str, *keypath: Any) -> RuleDefinitionError:
        if self._lines is None:
            from postlint.document.parse.yamlpos import load_with_lines

            try:
                self._lines = load_with_lines(self.text, self.path, RuleDefinitionError)[1]
            except RuleDefinitionError:
                self._lines = {}
        line = None
        lines = self._lines
        for k in range(len(keypath), -1, -1):
            line = lines.get(tuple(keypath[:k]))
            if line:
                break
        return RuleDefinitionError(message, self.path, line)


_FILES: dict[tuple, WordList] = {}


def load_file(path: str | os.PathLike, *, bundled: bool = False) -> WordList:
    """Read and validate one wordlist file (cached while the file is unchanged)."""
    path = str(path)
    try:
        stamp = os.stat(path).st_mtime_ns
    except OSError:
        raise RuleDefinitionError("wordlist not found", path) from None
    key = (path, stamp, bundled)
    if key not in _FILES:
        _FILES[key] = _load(path, bundled)
    return _FILES[key]


def _load(path: str, bundled: bool) -> WordList:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise RuleDefinitionError(f"cannot read wordlist: {e}", path) from None
    where = _Where(path, text)
    try:
        data = _yaml(text)
    except Exception:  # a YAML syntax error: the positional parser names the line
        from postlint.document.parse.yamlpos import load_with_lines

        load_with_lines(text, path, RuleDefinitionError)
        raise RuleDefinitionError("invalid YAML", path) from None
    if data is None:
        data = {"entries": []}
    if isinstance(data, list):
        data = {"entries": data}
    if not isinstance(data, dict):
        raise where.error("a wordlist is a mapping with an `entries:` list (or a list of entries)")
    for k in data:
        if k not in FILE_KEYS:
            raise where.error(f"unknown key {k!r} (allowed: {', '.join(sorted(FILE_KEYS))})", k)
    p = Path(path)
    lang = data.get("lang") or (p.parent.parent.name if bundled else None)
    domain = data.get("domain") or (p.stem if bundled else None)
    if lang is not None and lang not in LANGS:
        raise where.error(f"lang: {lang!r} is not supported (allowed: fr, en)", "lang")
    if domain is not None and domain not in DOMAINS:
        raise where.error(f"domain: unknown domain {domain!r} (allowed: {', '.join(DOMAINS)})", "domain")
    exempt = data.get("exempt") or []
    if not isinstance(exempt, list) or not all(isinstance(x, str) for x in exempt):
        raise where.error("exempt: expected a list of names or phrases", "exempt")
    raw = data.get("entries")
    if raw is None:
        raw = []
    if not isinstance(raw, list):
        raise where.error("entries: expected a list of entries", "entries")
    wl = WordList(path, lang, domain, list(exempt))
    ids: set[tuple[str, str]] = set()
    for i, spec in enumerate(raw):
        entry = _entry(spec, i, where, lang, domain, bundled)
        # `adjective: true`: the listed adjectives are flagged where they name people (« les épileptiques »)
        for made in adjective_labels(entry) if spec.get("adjective") else [entry]:
            if (made.lang, made.id) in ids:
                raise where.error(f"duplicate entry id {made.id!r}", "entries", i, "id")
            ids.add((made.lang, made.id))
            made.origin = path
            wl.entries.append(made)
    return wl


def _strings(value: Any, what: str, err: Callable, *key) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value):
        return list(value)
    raise err(f"{what}: expected a string or a list of strings", *key)


def _entry(spec: Any, i: int, where: _Where, lang: str | None, domain: str | None, bundled: bool) -> TermEntry:
    def err(msg: str, *key) -> RuleDefinitionError:
        label = spec.get("id") if isinstance(spec, dict) and isinstance(spec.get("id"), str) else f"#{i + 1}"
        return where.error(f"entry {label}: {msg}", "entries", i, *key)

    if not isinstance(spec, dict):
        raise err("each entry is a mapping (id, avoid, prefer, reason, source, severity, …)")
    for k in spec:
        if k not in ENTRY_KEYS:
            raise err(f"unknown key {k!r} (allowed: {', '.join(sorted(ENTRY_KEYS))})", k)
    eid = spec.get("id")
    if not isinstance(eid, str) or not eid.strip() or any(c.isspace() for c in eid):
        raise err("`id` is required: a short name without spaces", "id")
    avoid = _strings(spec.get("avoid"), "avoid", err, "avoid")
    if not avoid:
        raise err("`avoid` is required: the word or words to flag", "avoid")
    prefer = _strings(spec.get("prefer"), "prefer", err, "prefer")
    prefer_plural = _strings(spec.get("prefer_plural"), "prefer_plural", err, "prefer_plural")
    if not prefer and bundled:
        raise err("`prefer` is required: at least one alternative", "prefer")
    reason = spec.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        raise err("`reason` is required: why the term is a problem, in one or two sentences", "reason")
    source = spec.get("source", "")
    if not isinstance(source, str) or (bundled and not source.strip()):
        raise err("`source` is required: the guide the entry comes from", "source")
    severity = spec.get("severity", "warning")
    if severity not in SEVERITIES:
        raise err(f"severity: expected error, warning or info, got {severity!r}", "severity")
    label = spec.get("label", "contested" if severity == "info" else "stigmatising")
    if label not in LABELS:
        raise err(f"label: expected one of {', '.join(LABELS)}, got {label!r}", "label")
    fix = spec.get("fix", "none")
    if fix not in FIXES:
        raise err(f"fix: expected safe, unsafe or none, got {fix!r}", "fix")
    if fix == "safe" and (len(prefer) != 1 or len(prefer_plural) > 1):
        raise err("fix: safe needs exactly one alternative (one `prefer`, at most one `prefer_plural`)", "fix")
    if fix != "none" and not prefer:
        raise err("a fix needs an alternative in `prefer`", "fix")
    e_lang = spec.get("lang", lang)
    if e_lang not in LANGS:
        raise err("lang: fr or en is required (in the entry or at the top of the file)", "lang")
    e_domain = spec.get("domain", domain)
    if e_domain not in DOMAINS:
        raise err(f"domain: one of {', '.join(DOMAINS)} is required (in the entry or at the top of the file)",
                  "domain")
    context: dict[str, Any] = {}
    window = spec.get("window", 3)
    if not isinstance(window, int) or isinstance(window, bool) or not 1 <= window <= 12:
        raise err("window: a number of words from 1 to 12", "window")
    for key in ("requires", "unless"):
        conds = spec.get(key)
        if conds is None:
            continue
        if isinstance(conds, dict):
            conds = [conds]
        if not isinstance(conds, list) or not conds:
            raise err(f"{key}: expected a list of conditions ({{before: [...], after: [...], person: true}})", key)
        checked = []
        for j, c in enumerate(conds):
            if not isinstance(c, dict) or not c:
                raise err(f"{key}[{j}]: a condition is a mapping with before, after, person or window", key, j)
            for ck in c:
                if ck not in CONDITION_KEYS:
                    raise err(f"{key}[{j}]: unknown key {ck!r} (allowed: {', '.join(sorted(CONDITION_KEYS))})",
                              key, j, ck)
            cond = {"before": _strings(c.get("before"), f"{key}[{j}].before", err, key, j, "before"),
                    "after": _strings(c.get("after"), f"{key}[{j}].after", err, key, j, "after"),
                    "person": c.get("person", False)}
            if not isinstance(cond["person"], bool):
                raise err(f"{key}[{j}].person: expected true or false", key, j, "person")
            if "window" in c:
                if not isinstance(c["window"], int) or isinstance(c["window"], bool) or not 1 <= c["window"] <= 12:
                    raise err(f"{key}[{j}].window: a number of words from 1 to 12", key, j, "window")
                cond["window"] = c["window"]
            checked.append(cond)
        context[key] = checked
    for flag in ("noun_only", "inflect", "adjective"):
        if flag in spec and not isinstance(spec[flag], bool):
            raise err(f"{flag}: expected true or false", flag)
    if spec.get("noun_only"):
        context["noun_only"] = True
    if context:
        context["window"] = window
    accents = spec.get("accents", "strict")
    if accents not in ("strict", "loose"):
        raise err("accents: expected strict or loose", "accents")
    examples = spec.get("examples")
    ex: dict[str, list[str]] = {}
    if examples is not None:
        if not isinstance(examples, dict):
            raise err("examples: expected {flag: [...], pass: [...]}", "examples")
        for k in examples:
            if k not in ("flag", "pass"):
                raise err(f"examples: unknown key {k!r} (allowed: flag, pass)", "examples", k)
        ex = {k: _strings(examples.get(k), f"examples.{k}", err, "examples", k) for k in ("flag", "pass")}
    if bundled and (not ex.get("flag") or not ex.get("pass")):
        raise err("examples: at least one sentence to flag and one close sentence not to flag", "examples")
    return TermEntry(id=eid, avoid=avoid, prefer=prefer, lang=e_lang, severity=severity, note=reason.strip(),
                     source=source.strip(), domain=e_domain, fix=None if fix == "none" else fix, context=context,
                     examples=ex, prefer_plural=prefer_plural, label=label, inflect=spec.get("inflect", True),
                     accents=accents)


# ----------------------------------------------------------------------------------------- lookup
def bundled_dir() -> Path:
    from postlint.core.resources import data_dir

    return data_dir("wordlists")


def bundled_lists(lang: str, category: str = "stigma") -> list[WordList]:
    folder = bundled_dir() / lang / category
    if not folder.is_dir():
        return []
    return [load_file(f, bundled=True) for f in sorted(folder.glob("*.yaml"))]


def load_wordlist(name: str, lang: str) -> list[TermEntry]:
    """Entries of the bundled list `name` ("stigma/drug-use") in `lang`, or of a file given by path."""
    if name.endswith((".yaml", ".yml")) and os.path.isfile(name):
        return [e for e in load_file(name).entries if e.lang == lang]
    path = bundled_dir() / lang / f"{name}.yaml"
    if not path.is_file():
        other = [lg for lg in LANGS if (bundled_dir() / lg / f"{name}.yaml").is_file()]
        if not other:
            raise RuleDefinitionError(f"wordlist {name!r} not found in {bundled_dir()}")
        return []
    return list(load_file(path, bundled=True).entries)


def organisation_lists(paths: tuple[str, ...]) -> list[WordList]:
    """The organisation's lists (config `wordlists:`, absolute paths; a folder means its *.yaml files)."""
    out: list[WordList] = []
    for p in paths:
        if os.path.isdir(p):
            out.extend(load_file(f) for f in sorted(Path(p).glob("*.y*ml")))
        else:
            out.append(load_file(p))
    return out


def source_files(lang: str, extra: tuple[str, ...] = ()) -> list[str]:
    """The files `merged(lang, extra)` reads, in its order (they name the saved term index)."""
    folder = bundled_dir() / lang / "stigma"
    out = [str(f) for f in sorted(folder.glob("*.yaml"))] if folder.is_dir() else []
    for p in extra:
        out.extend(str(f) for f in sorted(Path(p).glob("*.y*ml"))) if os.path.isdir(p) else out.append(p)
    return out


def check_files(paths: tuple[str, ...]) -> None:
    """Validate the organisation's lists up front, so a mistake is a config error with file and line."""
    organisation_lists(tuple(paths))


def merged(lang: str, extra: tuple[str, ...] = ()) -> tuple[list[TermEntry], list[str]]:
    """Bundled entries of `lang` plus the organisation's (same id and language: the organisation's entry
    replaces the bundled one), and every exempt phrase."""
    entries: dict[str, TermEntry] = {}
    exempt: list[str] = []
    for wl in bundled_lists(lang) + organisation_lists(extra):
        if wl.lang in (None, lang):
            exempt.extend(wl.exempt)
        for e in wl.entries:
            if e.lang == lang:
                entries[e.id] = e
    return list(entries.values()), exempt


def known_ids() -> set[str]:
    """Ids of every bundled stigma entry, both languages (for validating the `exclude` option)."""
    return {e.id for lang in LANGS for wl in bundled_lists(lang) for e in wl.entries}
