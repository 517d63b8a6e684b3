"""Configuration: discovery, strict validation and `overrides`.

The nearest `.postlint.yaml` (or `pyproject.toml` with `[tool.postlint]`) above a draft applies, or the
file given with `--config`. Unknown keys and unknown rule ids are errors that name the file and line.
Which rules a draft then gets, with which severity and options, is `postlint.engine.ruleset`.
"""
from __future__ import annotations

import fnmatch
import os
import re
import stat
from datetime import date
from typing import Any

from msgspec import Struct, field
from msgspec.structs import replace

from postlint.core.errors import ConfigError
from postlint.core.vocab import DOC_TYPES, LANGS, PLATFORMS, SEVERITIES, platform_name
from postlint.document.parse.yamlpos import load_with_lines
from postlint.engine.campaigns import parse_campaigns

CONFIG_NAMES = (".postlint.yaml", ".postlint.yml")
TOP_KEYS = {"lang", "organization", "campaigns", "rules", "wordlists", "rule_paths", "overrides", "region",
            "platforms", "type", "exclude", "cache_dir", "site"}
ORG_KEYS = {"names", "handles", "hashtags", "website", "email_domains", "phones", "disclaimers", "accept"}
ACCEPT_KEYS = {"term", "reason", "rules"}
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
    campaigns: tuple[str, ...] = ()  # every configured campaign hashtag (official spellings)
    # `campaigns: [{hashtag: "#X", files: "campagne/**"}]`: (hashtag, globs) pairs; `for_file` turns those
    # whose globs match, and the `campaigns` of matching overrides, into `required_campaigns`
    campaign_scopes: tuple[tuple[str, tuple[str, ...]], ...] = ()
    required_campaigns: tuple[str, ...] = ()
    rules: tuple[RuleSetting, ...] = ()
    wordlists: tuple[str, ...] = ()
    rule_paths: tuple[str, ...] = ()
    overrides: tuple[dict, ...] = ()
    region: str | None = None
    platforms: tuple[str, ...] = ()
    type: str | None = None
    exclude: tuple[str, ...] = ()
    cache_dir: str | None = None
    site: str = "auto"  # site-generator profile: auto | hugo | jekyll | eleventy | astro | docusaurus | gridsome | none
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

    def for_file(self, path: str) -> Settings:
        """Apply `overrides` whose `files` glob matches `path` (relative to the config's folder)."""
        if not self.overrides and not self.campaign_scopes:
            return self
        rel = relpath(path, self.root)
        s = self
        scoped = tuple(tag for tag, globs in self.campaign_scopes if any(glob_match(rel, g) for g in globs))
        if scoped:
            s = replace(s, required_campaigns=tuple(dict.fromkeys(s.required_campaigns + scoped)))
        for ov in self.overrides:
            globs = ov["files"] if isinstance(ov["files"], list) else [ov["files"]]
            if any(glob_match(rel, g) for g in globs):
                s = replace(s,
                            type=ov.get("type", s.type),
                            lang=ov.get("lang", s.lang),
                            platforms=tuple(ov["platforms"]) if "platforms" in ov else s.platforms,
                            campaigns=s.campaigns + tuple(ov.get("campaigns") or ()),
                            required_campaigns=s.required_campaigns + tuple(ov.get("campaigns") or ()),
                            rules=s.rules + tuple(ov.get("_rules") or ()))
        return s


def relpath(path: str, root: str | None) -> str:
    """`path` relative to `root` (the config's folder; the current folder if None), with `/` separators:
    what `overrides` and `exclude` globs are matched against."""
    try:
        return os.path.relpath(os.path.abspath(path), root or os.getcwd()).replace(os.sep, "/")
    except ValueError:
        return path.replace(os.sep, "/")


def glob_match(rel: str, pattern: str) -> bool:
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
def find_config(start_dir: str) -> str | None:
    """Nearest `.postlint.yaml` / `pyproject.toml` with `[tool.postlint]`, from `start_dir` up.

    Looked up afresh on every call (a few `stat`s per folder level, nothing kept), so that a config
    created, edited or deleted while a process lives (`postlint serve`, an editor integration) counts from
    the next check on. A `check` run asks once per folder (`postlint.engine.runner.config_for`)."""
    d = os.path.abspath(start_dir)
    while True:
        for name in CONFIG_NAMES:
            candidate = os.path.join(d, name)
            if os.path.isfile(candidate):
                return candidate
        pyproject = os.path.join(d, "pyproject.toml")
        if _has_tool_section(pyproject):
            return pyproject
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


# pyproject.toml path → ((mtime, size), whether it has a [tool.postlint] table): read again once changed
_TOOL_SECTION: dict[str, tuple[tuple[int, int], bool]] = {}


def _has_tool_section(path: str) -> bool:
    try:
        st = os.stat(path)
    except OSError:
        return False
    if not stat.S_ISREG(st.st_mode):
        return False
    stamp = (st.st_mtime_ns, st.st_size)
    hit = _TOOL_SECTION.get(path)
    if hit is not None and hit[0] == stamp:
        return hit[1]
    try:
        with open(path, encoding="utf-8") as fh:
            found = "[tool.postlint" in fh.read()
    except OSError:
        found = False
    _TOOL_SECTION[path] = (stamp, found)
    return found


# config path → ((mtime, size), its settings): an edited config is read again (serve, tests), and only
# its latest version is kept
_LOADED: dict[str, tuple[tuple[int, int] | None, Settings]] = {}


def load(path: str | None) -> Settings:
    """Read and validate a config file (cached while it is unchanged); `None` gives the defaults."""
    if path is None:
        return Settings()
    path = os.path.abspath(path)
    try:
        st = os.stat(path)
        stamp: tuple[int, int] | None = (st.st_mtime_ns, st.st_size)
    except OSError:
        stamp = None
    hit = _LOADED.get(path)
    if hit is None or hit[0] != stamp:
        hit = (stamp, _load(path))
        _LOADED[path] = hit
    return hit[1]


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
    if "accept" in org:
        org = {**org, "accept": _accept(org["accept"], err)}
    campaigns, campaign_scopes = parse_campaigns(data.get("campaigns"), err, _strings)
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
    if not isinstance(data.get("overrides") or [], list):
        raise err("overrides: expected a list of entries, each with `files:` (a glob such as press/**)", "overrides")
    for i, ov in enumerate(data.get("overrides") or []):
        if not isinstance(ov, dict) or "files" not in ov:
            raise err("overrides: each entry needs `files:` (a glob such as press/**)", "overrides", i)
        if not ov["files"] or not _strings(ov["files"], err, "overrides", i, "files"):
            raise err(f"overrides[{i}].files: expected a glob such as press/** (or a list of globs)",
                      "overrides", i, "files")
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
    if data.get("cache_dir") is not None and not isinstance(data.get("cache_dir"), str):
        raise err("cache_dir: expected a folder name (a string)", "cache_dir")
    region = data.get("region")
    if region is not None and not (isinstance(region, str) and re.fullmatch(r"[A-Za-z]{2}", region)):
        raise err("region: expected a two-letter country code such as SN, FR, ML, CH", "region")
    return Settings(config_path=path, root=root, lang=lang, organization=org, campaigns=campaigns,
                    campaign_scopes=campaign_scopes, rules=rules,
                    wordlists=wordlists, rule_paths=rule_paths, overrides=tuple(overrides),
                    region=region.upper() if region else None, platforms=platforms, type=doc_type,
                    exclude=_strings(data.get("exclude"), err, "exclude"),
                    cache_dir=data.get("cache_dir"), site=_site(data.get("site", "auto"), err))


def _site(value, err) -> str:
    from postlint.core.vocab import SITES

    if value is None or value is False:
        return "none" if value is False else "auto"
    if not isinstance(value, str) or value.lower() not in SITES:
        raise err(f"site: unknown site generator {value!r} (allowed: {', '.join(SITES)})", "site")
    return value.lower()


def _accept(value: Any, err) -> list[dict[str, Any]]:
    """`organization.accept`: contested terms the organisation has chosen, each with its reason and,
    optionally, the stigma rules it applies to (`[{term: usagers de drogues, reason: …, rules:
    [stigma.drug-use]}]`)."""
    from postlint.core.vocab import DOMAINS

    key = ("organization", "accept")
    if not isinstance(value, list):
        raise err("organization.accept: expected a list of {term, reason, rules} entries", *key)
    out = []
    for i, entry in enumerate(value):
        where = f"organization.accept[{i}]"
        if not isinstance(entry, dict):
            raise err(f"{where}: expected a mapping with `term:` and `reason:`", *key, i)
        for k in entry:
            if k not in ACCEPT_KEYS:
                raise err(f"{where}: unknown key {k!r} (allowed: {', '.join(sorted(ACCEPT_KEYS))})", *key, i, k)
        for k in ("term", "reason"):
            if not isinstance(entry.get(k), str) or not entry[k].strip():
                raise err(f"{where}.{k}: expected a non-empty text (the {k} {'accepted' if k == 'term' else 'for it'})",
                          *key, i, k)
        rules = entry.get("rules", [])
        if isinstance(rules, str):
            rules = [rules]
        known = {"stigma"} | {f"stigma.{d}" for d in DOMAINS}
        if not isinstance(rules, list) or not all(isinstance(r, str) for r in rules):
            raise err(f"{where}.rules: expected a list of stigma rule ids", *key, i, "rules")
        for r in rules:
            if r not in known:
                raise err(f"{where}.rules: {r!r} is not a stigma rule (allowed: {', '.join(sorted(known))})",
                          *key, i, "rules")
        out.append({"term": entry["term"].strip(), "reason": entry["reason"].strip(), "rules": list(rules)})
    return out


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
        name = platform_name(p)
        if name is None:
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
