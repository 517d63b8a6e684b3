"""Configuration (contract §3): discovery, strict validation, overrides, and the rules a draft gets.

The nearest `.postlint.yaml` (or `pyproject.toml` with `[tool.postlint]`) above a draft applies, or the
file given with `--config`. Unknown keys and unknown rule ids are errors that name the file and line.
"""
from __future__ import annotations

import fnmatch
import os
import re
from datetime import date
from typing import Any

from msgspec import Struct, field
from msgspec.structs import replace

from postlint.core.errors import ConfigError
from postlint.core.vocab import LANGS, PLATFORMS
from postlint.document.parse.frontmatter import PLATFORM_ALIASES
from postlint.document.parse.yamlpos import load_with_lines
from postlint.core.vocab import DOC_TYPES, SEVERITIES

CONFIG_NAMES = (".postlint.yaml", ".postlint.yml")
TOP_KEYS = {"lang", "organization", "campaigns", "rules", "wordlists", "rule_paths", "overrides", "region",
            "platforms", "type", "exclude", "cache_dir"}
ORG_KEYS = {"names", "handles", "hashtags", "website", "email_domains", "phones", "disclaimers"}
OVERRIDE_KEYS = {"files", "type", "lang", "platforms", "rules", "campaigns"}


class RuleSetting(Struct, frozen=True):
    selector: str
    enabled: bool | None = None  # None: unchanged
    severity: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    line: int | None = None
    origin: str = ""


class Settings(Struct, frozen=True):
    config_path: str | None = None
    root: str | None = None  # folder of the config file: images are never read above it
    lang: str | None = None
    organization: dict[str, Any] = field(default_factory=dict)
    campaigns: tuple[str, ...] = ()
    rules: tuple[RuleSetting, ...] = ()
    wordlists: tuple[str, ...] = ()
    rule_paths: tuple[str, ...] = ()
    overrides: tuple[dict, ...] = ()
    region: str | None = None
    platforms: tuple[str, ...] = ()
    type: str | None = None
    exclude: tuple[str, ...] = ()
    cache_dir: str | None = None
    # from the command line
    force_lang: str | None = None
    force_type: str | None = None
    force_platforms: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    today: date = field(default_factory=date.today)

    def fingerprint(self) -> str:
        """A stable text of everything that changes results (for the cache key)."""
        import json

        d = {k: getattr(self, k) for k in self.__struct_fields__ if k not in ("config_path",)}
        return json.dumps(d, sort_keys=True, default=str)

    def for_file(self, path: str) -> "Settings":
        """Apply `overrides` whose `files` glob matches `path` (relative to the config's folder)."""
        if not self.overrides:
            return self
        rel = _relpath(path, self.root)
        s = self
        for ov in self.overrides:
            globs = ov["files"] if isinstance(ov["files"], list) else [ov["files"]]
            if any(_glob_match(rel, g) for g in globs):
                s = replace(s,
                            type=ov.get("type", s.type),
                            lang=ov.get("lang", s.lang),
                            platforms=tuple(ov["platforms"]) if "platforms" in ov else s.platforms,
                            campaigns=s.campaigns + tuple(ov.get("campaigns") or ()),
                            rules=s.rules + tuple(ov.get("_rules") or ()))
        return s


def _relpath(path: str, root: str | None) -> str:
    try:
        return os.path.relpath(os.path.abspath(path), root or os.getcwd()).replace(os.sep, "/")
    except ValueError:
        return path.replace(os.sep, "/")


def _glob_match(rel: str, pattern: str) -> bool:
    """Glob with `**` for any number of folders."""
    pattern = pattern.replace("\\", "/")
    if fnmatch.fnmatch(rel, pattern):
        return True
    regex_text = ""
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            regex_text += "(?:.*/)?"
            i += 3
        elif pattern.startswith("**", i):
            regex_text += ".*"
            i += 2
        elif pattern[i] == "*":
            regex_text += "[^/]*"
            i += 1
        elif pattern[i] == "?":
            regex_text += "[^/]"
            i += 1
        else:
            regex_text += re.escape(pattern[i])
            i += 1
    return re.fullmatch(regex_text, rel) is not None


# ----------------------------------------------------------------------------------------- discovery
_FOUND: dict[str, str | None] = {}


def find_config(start_dir: str) -> str | None:
    """Nearest `.postlint.yaml` / `pyproject.toml` with `[tool.postlint]`, from `start_dir` up."""
    d = os.path.abspath(start_dir)
    visited = []
    result = None
    while True:
        if d in _FOUND:
            result = _FOUND[d]
            break
        visited.append(d)
        hit = next((os.path.join(d, n) for n in CONFIG_NAMES if os.path.isfile(os.path.join(d, n))), None)
        if hit is None:
            pp = os.path.join(d, "pyproject.toml")
            if os.path.isfile(pp) and _has_tool_section(pp):
                hit = pp
        if hit:
            result = hit
            break
        parent = os.path.dirname(d)
        if parent == d:
            break
        d = parent
    for v in visited:
        _FOUND[v] = result
    return result


def _has_tool_section(path: str) -> bool:
    try:
        with open(path, encoding="utf-8") as fh:
            return "[tool.postlint" in fh.read()
    except OSError:
        return False


_LOADED: dict[str, Settings] = {}


def load(path: str | None) -> Settings:
    """Read and validate a config file (cached); `None` gives the defaults."""
    if path is None:
        return Settings()
    path = os.path.abspath(path)
    try:
        st = os.stat(path)
        key = f"{path}:{st.st_mtime_ns}:{st.st_size}"  # an edited config is read again (serve, tests)
    except OSError:
        key = path
    if key not in _LOADED:
        _LOADED[key] = _load(path)
    return _LOADED[key]


def _load(path: str) -> Settings:
    if not os.path.isfile(path):
        raise ConfigError("config file not found", path)
    try:
        text = open(path, encoding="utf-8").read()
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"cannot read config: {e}", path) from None
    if path.endswith(".toml"):
        import tomllib

        try:
            data = tomllib.loads(text).get("tool", {}).get("postlint", {})
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"invalid TOML: {e}", path) from None
        lines = _toml_lines(text)
    else:
        data, lines = load_with_lines(text, path, ConfigError)
        if data is None:
            data = {}
    if not isinstance(data, dict):
        raise ConfigError("the configuration must be a mapping of keys (lang, organization, rules, …)", path, 1)
    return validate(data, lines, path)


def _toml_lines(text: str) -> dict[tuple, int]:
    """Approximate key lines for `[tool.postlint]` tables (tomllib keeps no positions)."""
    lines: dict[tuple, int] = {}
    section: tuple = ()
    for n, line in enumerate(text.splitlines(), 1):
        m = re.match(r"\s*\[tool\.postlint(?:\.([^\]]+))?\]", line)
        if m:
            section = tuple(p.strip().strip('"') for p in m.group(1).split(".")) if m.group(1) else ()
            lines.setdefault(section, n)
            continue
        m = re.match(r"\s*\"?([\w.\-]+)\"?\s*=", line)
        if m:
            lines.setdefault(section + (m.group(1),), n)
    return lines


def validate(data: dict, lines: dict, path: str) -> Settings:
    def err(msg: str, *key) -> ConfigError:
        line = None
        for k in range(len(key), 0, -1):
            line = lines.get(tuple(key[:k]))
            if line:
                break
        return ConfigError(msg, path, line)

    for k in data:
        if k not in TOP_KEYS:
            raise err(f"unknown key {k!r} (allowed: {', '.join(sorted(TOP_KEYS))})", k)
    root = os.path.dirname(path)
    lang = data.get("lang")
    if lang is not None and lang not in LANGS:
        raise err(f"lang: {lang!r} is not supported (allowed: fr, en)", "lang")
    org = data.get("organization") or {}
    if not isinstance(org, dict):
        raise err("organization: expected a mapping (names, handles, hashtags, website, email_domains)",
                  "organization")
    for k in org:
        if k not in ORG_KEYS:
            raise err(f"organization: unknown key {k!r} (allowed: {', '.join(sorted(ORG_KEYS))})", "organization", k)
    for k in ("names", "hashtags", "email_domains", "phones", "disclaimers"):
        if k in org and not (isinstance(org[k], list) and all(isinstance(v, str) for v in org[k])):
            if isinstance(org[k], str):
                org = {**org, k: [org[k]]}
            else:
                raise err(f"organization.{k}: expected a list of strings", "organization", k)
    if "handles" in org:
        h = org["handles"]
        if isinstance(h, str):
            org = {**org, "handles": {"any": h}}
        elif not isinstance(h, dict) or not all(isinstance(v, str) for v in h.values()):
            raise err("organization.handles: expected a mapping platform → handle", "organization", "handles")
    campaigns = _strings(data.get("campaigns"), err, "campaigns")
    campaigns = tuple(c if c.startswith("#") else "#" + c for c in campaigns)
    platforms = _platforms(data.get("platforms"), err, "platforms")
    doc_type = data.get("type")
    if doc_type is not None and doc_type not in DOC_TYPES:
        raise err(f"type: unknown type {doc_type!r} (allowed: {', '.join(DOC_TYPES)})", "type")
    rules = _rules(data.get("rules"), err, ("rules",), path)
    wordlists = tuple(os.path.join(root, w) for w in _strings(data.get("wordlists"), err, "wordlists"))
    for w, raw in zip(wordlists, _strings(data.get("wordlists"), err, "wordlists")):
        if not os.path.exists(w):
            raise err(f"wordlists: {raw!r} not found (paths are relative to the config file)", "wordlists")
    rule_paths = tuple(os.path.join(root, w) for w in _strings(data.get("rule_paths"), err, "rule_paths"))
    for w, raw in zip(rule_paths, _strings(data.get("rule_paths"), err, "rule_paths")):
        if not os.path.exists(w):
            raise err(f"rule_paths: {raw!r} not found (paths are relative to the config file)", "rule_paths")
    overrides = []
    for i, ov in enumerate(data.get("overrides") or []):
        if not isinstance(ov, dict) or "files" not in ov:
            raise err("overrides: each entry needs `files:` (a glob such as press/**)", "overrides", i)
        for k in ov:
            if k not in OVERRIDE_KEYS:
                raise err(f"overrides[{i}]: unknown key {k!r} (allowed: {', '.join(sorted(OVERRIDE_KEYS))})",
                          "overrides", i, k)
        if "type" in ov and ov["type"] not in DOC_TYPES:
            raise err(f"overrides[{i}].type: unknown type {ov['type']!r}", "overrides", i, "type")
        if "lang" in ov and ov["lang"] not in LANGS:
            raise err(f"overrides[{i}].lang: unsupported {ov['lang']!r}", "overrides", i, "lang")
        ov = dict(ov)
        if "platforms" in ov:
            ov["platforms"] = list(_platforms(ov["platforms"], err, "overrides", i, "platforms"))
        if "campaigns" in ov:
            ov["campaigns"] = [c if c.startswith("#") else "#" + c for c in _strings(ov["campaigns"], err,
                                                                                     "overrides", i, "campaigns")]
        ov["_rules"] = _rules(ov.get("rules"), err, ("overrides", i, "rules"), path)
        overrides.append(ov)
    region = data.get("region")
    if region is not None and not (isinstance(region, str) and re.fullmatch(r"[A-Za-z]{2}", region)):
        raise err("region: expected a two-letter country code such as SN, FR, ML, CH", "region")
    return Settings(config_path=path, root=root, lang=lang, organization=org, campaigns=campaigns, rules=rules,
                    wordlists=wordlists, rule_paths=rule_paths, overrides=tuple(overrides),
                    region=region.upper() if region else None, platforms=platforms, type=doc_type,
                    exclude=_strings(data.get("exclude"), err, "exclude"),
                    cache_dir=data.get("cache_dir"))


def _strings(value: Any, err, *key) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise err(f"{'.'.join(map(str, key))}: expected a string or a list of strings", *key)


def _platforms(value: Any, err, *key) -> tuple[str, ...]:
    out = []
    for p in _strings(value, err, *key):
        name = PLATFORM_ALIASES.get(p.lower(), p.lower())
        if name not in PLATFORMS:
            raise err(f"unknown platform {p!r} (allowed: {', '.join(PLATFORMS)})", *key)
        out.append(name)
    return tuple(out)


def _rules(value: Any, err, key: tuple, path: str) -> tuple[RuleSetting, ...]:
    """`rules:` entries; selectors and options are checked against the registry later (check_rules)."""
    if value is None:
        return ()
    if not isinstance(value, dict):
        raise err("rules: expected a mapping of rule id or category → off | error | warning | info | {options}",
                  *key)
    out = []
    for sel, v in value.items():
        k = key + (sel,)
        line_err = err  # keep the key path for the line
        if v is False or (isinstance(v, str) and v.lower() in ("off", "false", "no", "disable", "disabled")):
            out.append(RuleSetting(str(sel), enabled=False, origin=path, line=_line(err, k)))
        elif v is True or (isinstance(v, str) and v.lower() in ("on", "true", "yes", "enable")):
            out.append(RuleSetting(str(sel), enabled=True, origin=path, line=_line(err, k)))
        elif isinstance(v, str) and v in SEVERITIES:
            out.append(RuleSetting(str(sel), enabled=True, severity=v, origin=path, line=_line(err, k)))
        elif isinstance(v, dict):
            opts = dict(v)
            sev = opts.pop("severity", None)
            enabled = opts.pop("enabled", None)
            if sev is not None and sev not in SEVERITIES and sev != "off":
                raise line_err(f"rules.{sel}.severity: expected error, warning, info or off", *k, "severity")
            if sev == "off":
                enabled, sev = False, None
            if enabled is not None and not isinstance(enabled, bool):
                raise line_err(f"rules.{sel}.enabled: expected true or false", *k, "enabled")
            out.append(RuleSetting(str(sel), enabled=enabled if enabled is not None else True, severity=sev,
                                   options=opts, origin=path, line=_line(err, k)))
        else:
            raise line_err(f"rules.{sel}: expected off, error, warning, info or a mapping of options, got {v!r}", *k)
    return tuple(out)


def _line(err, key: tuple) -> int | None:
    return err("", *key).line


def check_rules(settings: Settings, registry) -> None:
    """Every selector in the config names a rule, and every option fits the rule's schema."""
    all_settings = list(settings.rules) + [r for ov in settings.overrides for r in ov.get("_rules", ())]
    for rs in all_settings:
        matched = rules_named(rs.selector, registry, "rules", rs.origin, rs.line)
        if rs.options:
            for name, value in rs.options.items():
                target = [r for r in matched if name in r.options]
                if not target:
                    known = sorted({o for r in matched for o in r.options})
                    raise ConfigError(f"rules.{rs.selector}: unknown option {name!r} "
                                      f"(known: {', '.join(known) if known else 'none'})", rs.origin, rs.line)
                for r in target:
                    problem = r.options[name].validate(value)
                    if problem:
                        raise ConfigError(f"rules.{rs.selector}.{name}: {problem}", rs.origin, rs.line)


def rules_named(selector: str, registry, where: str, path: str | None = None, line: int | None = None) -> list:
    """The rules a selector names; none is a ConfigError naming `where` (a config key or a command-line
    option), with the closest ids as a hint."""
    matched = registry.matches(selector)
    if not matched:
        close = _close_ids(selector, registry)
        hint = f"did you mean {', '.join(close)}?" if close else "run `postlint rules` for the list"
        raise ConfigError(f"{where}: unknown rule or category {selector!r}", path, line, hint)
    return matched


def _close_ids(selector: str, registry) -> list[str]:
    import difflib

    names = [r.id for r in registry] + sorted({r.category for r in registry})
    return difflib.get_close_matches(selector, names, n=3, cutoff=0.6)


# ----------------------------------------------------------------------------------------- rule set
class ActiveRule(Struct, frozen=True):
    rule: Any
    severity: str
    options: dict[str, Any]
    severity_set: bool


def _specificity(selector: str, r) -> int:
    if selector == r.id or selector in r.aliases:
        return 3
    if selector == r.category:
        return 1
    return 2  # prefix


def _selected(selectors: tuple[str, ...], r) -> bool:
    return any(s == r.id or s == r.category or r.id.startswith(s + ".") or (s.count(".") and r.id.startswith(s))
               or s in r.aliases for s in selectors)


def active_rules(settings: Settings, registry, doc) -> list[ActiveRule]:
    """The rules that run on `doc`, with their effective severity and options."""
    disabled_fm = doc.meta.disable
    return [ar for ar in _configured(settings, registry)
            if not (disabled_fm and _selected(disabled_fm, ar.rule)) and ar.rule.applies_to(doc)]


# (settings, registry) → the rules they enable; every file of a run shares one or a few settings, so the
# selector matching is done once per settings, not once per file. Both objects are kept in the entry so
# their ids cannot be reused while it lives.
_CONFIGURED: dict[tuple, tuple[Settings, Any, list[ActiveRule]]] = {}


def _configured(settings: Settings, registry) -> list[ActiveRule]:
    key = (id(settings), id(registry), tuple(map(id, registry)))  # a registry may gain or swap rules
    hit = _CONFIGURED.get(key)
    if hit is not None and hit[0] is settings and hit[1] is registry:
        return hit[2]
    out = _enabled_rules(settings, registry)
    if len(_CONFIGURED) > 64:
        _CONFIGURED.clear()
    _CONFIGURED[key] = (settings, registry, out)
    return out


def _enabled_rules(settings: Settings, registry) -> list[ActiveRule]:
    out = []
    for r in registry:
        enabled = r.enabled_by_default
        severity = r.severity
        severity_set = False
        options = {name: o.default for name, o in r.options.items()}
        for rs in sorted((rs for rs in settings.rules if _selected((rs.selector,), r)),
                         key=lambda rs: _specificity(rs.selector, r)):
            if rs.enabled is not None:
                enabled = rs.enabled
            if rs.severity:
                severity, severity_set = rs.severity, True
            options.update({k: v for k, v in rs.options.items() if k in r.options})
        if settings.select:
            enabled = _selected(settings.select, r)
        if settings.ignore and _selected(settings.ignore, r):
            enabled = False
        if enabled:
            out.append(ActiveRule(r, severity, options, severity_set))
    return out
