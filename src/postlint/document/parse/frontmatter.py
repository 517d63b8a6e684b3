"""YAML front matter: split it off, validate the keys postlint reads (a bad value is an error naming its line;
other keys are kept in `Meta.extra`) and resolve it into `Meta`."""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from postlint.document.model import Meta
from postlint.core.errors import InputError
from postlint.core.vocab import DOC_TYPES, LANGS, PLATFORMS, platform_name
from postlint.document.parse.yamlpos import KeyLines, load_with_lines
from postlint.text.patterns import LazyRegex

IMAGE_KEYS = {"src", "alt", "credit", "consent", "minors", "title", "caption"}
VIDEO_KEYS = {"src", "captions", "credit", "title", "alt"}

_OPEN = re.compile(r"\A---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.M)


def split(source: str) -> tuple[str | None, int, int]:
    """Return (yaml text, end offset of the front matter block, number of lines it spans)."""
    m = _OPEN.match(source)
    if not m:
        return None, 0, 0
    close = _CLOSE.search(source, m.end())
    if not close:
        return None, 0, 0  # an opening rule with no closing one is a thematic break, not front matter
    end = close.end()
    if end < len(source) and source[end] == "\n":
        end += 1
    yaml_text = source[m.end():close.start()]
    return yaml_text, end, source.count("\n", 0, end)


def parse(source: str, path: str) -> tuple[dict[str, Any], KeyLines, int, Meta]:
    """Parse and validate the front matter. Returns (data, key lines, body offset, Meta)."""
    yaml_text, end, _ = split(source)
    if yaml_text is None:
        return {}, {}, 0, Meta()
    data, lines = load_with_lines(yaml_text, path, InputError, line_offset=1)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError("front matter must be a mapping of keys to values (e.g. `type: post`)", path, 2)
    return data, lines, end, resolve_meta(data, lines, path)


def _err(msg: str, path: str, lines: KeyLines, *key: Any) -> InputError:
    return InputError(msg, path, lines.get(tuple(key)))


def _str_list(value: Any, path: str, lines: KeyLines, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,) if value.strip() else ()
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise _err(f"front matter `{key}` must be a string or a list of strings", path, lines, key)


def resolve_meta(data: dict[str, Any], lines: KeyLines, path: str) -> Meta:
    meta = Meta()
    t = data.get("type", "post")
    if not isinstance(t, str) or t not in DOC_TYPES:
        raise _err(f"unknown type {t!r} (allowed: {', '.join(DOC_TYPES)})", path, lines, "type")
    meta.type = t

    platforms = []
    for p in _str_list(data.get("platforms", data.get("platform")), path, lines, "platforms"):
        name = platform_name(p)
        if name is None:
            raise _err(f"unknown platform {p!r} (allowed: {', '.join(PLATFORMS)}, twitter)", path, lines, "platforms")
        platforms.append(name)
    meta.platforms = tuple(dict.fromkeys(platforms))

    lang = data.get("lang", data.get("language"))
    if lang is not None:
        norm = str(lang).strip().lower().replace("_", "-").split("-")[0]
        if norm not in LANGS:
            raise _err(f"unsupported lang {lang!r} (allowed: fr, en)", path, lines, "lang")
        meta.lang = norm

    campaigns = _str_list(data.get("campaign"), path, lines, "campaign") + \
        _str_list(data.get("campaigns"), path, lines, "campaigns")
    meta.campaigns = tuple(c if c.startswith("#") else "#" + c for c in campaigns)

    account = data.get("account", "official")
    if account not in ("official", "personal"):
        raise _err(f"unknown account {account!r} (allowed: official, personal)", path, lines, "account")
    meta.account = account

    if "embargo" in data and data["embargo"] not in (None, "", False):
        meta.embargo, meta.embargo_has_time, meta.embargo_has_tz = parse_datetime(
            data["embargo"], path, lines.get(("embargo",)))

    for key, allowed in (("images", IMAGE_KEYS), ("video", VIDEO_KEYS), ("videos", VIDEO_KEYS)):
        items = data.get(key)
        if items is None:
            continue
        if not isinstance(items, list):
            raise _err(f"front matter `{key}` must be a list of entries with `src`", path, lines, key)
        for i, item in enumerate(items):
            if isinstance(item, str) and key != "images":
                continue
            if not isinstance(item, dict) or not isinstance(item.get("src"), str):
                raise _err(f"`{key}[{i}]` needs a `src` (the file or URL)", path, lines, key, i)
            unknown = set(item) - allowed
            if unknown:
                raise _err(f"`{key}[{i}]`: unknown key {sorted(unknown)[0]!r} (allowed: {', '.join(sorted(allowed))})",
                           path, lines, key, i, sorted(unknown)[0])
            for flag in ("consent", "minors"):
                if flag in item and not isinstance(item[flag], bool):
                    raise _err(f"`{key}[{i}].{flag}` must be true or false", path, lines, key, i, flag)

    pl = data.get("postlint")
    if pl is not None:
        if not isinstance(pl, dict) or set(pl) - {"disable"}:
            raise _err("front matter `postlint` takes only `disable: [rule or category, …]`", path, lines, "postlint")
        meta.disable = _str_list(pl.get("disable"), path, lines, "postlint")
    meta.extra = {k: v for k, v in data.items() if k not in {
        "type", "platforms", "platform", "lang", "language", "campaign", "campaigns", "account", "embargo",
        "images", "video", "videos", "postlint"}}
    return meta


_DT = LazyRegex(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*"
                 r"(Z|[+-]\d{2}(?::?\d{2})?)?)?\s*$")


def parse_datetime(value: Any, path: str, line: int | None) -> tuple[datetime | date, bool, bool]:
    """An ISO date or date-time. Returns (value, has a time, has a time zone)."""
    if isinstance(value, datetime):
        return value, True, value.tzinfo is not None
    if isinstance(value, date):
        return value, False, False
    m = _DT.match(str(value))
    if not m:
        raise InputError(f"invalid date {value!r} (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[+01:00])", path, line)
    y, mo, d, hh, mm, ss, tz = m.groups()
    try:
        if hh is None:
            return date(int(y), int(mo), int(d)), False, False
        text = f"{int(y):04d}-{int(mo):02d}-{int(d):02d}T{int(hh):02d}:{mm}:{ss or '00'}"
        if tz:
            text += "+00:00" if tz == "Z" else (tz if ":" in tz or len(tz) == 3 else tz[:3] + ":" + tz[3:])
        return datetime.fromisoformat(text), True, bool(tz)
    except ValueError as e:
        raise InputError(f"invalid date {value!r}: {e}", path, line) from None
