"""Front matter: split it off (YAML `---`, TOML `+++`, JSON `{…}`), validate the keys postlint reads (a bad
value is an error naming its line; other keys are kept in `Meta.extra`) and resolve it into `Meta`.

On a site generator's page (`site`), the generator's own keys are read for what they mean and never refused:
`type: blog` is the site's content type, `lang: English` or `languageCode: fr-FR` the language, `date`,
`publishDate`, `expiryDate` and `draft` the publication. A near-miss of one of postlint's own keys
(`imagess:`, `platfroms:`) is an error with "did you mean", with or without a site.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from postlint.document.model import Meta
from postlint.core.errors import InputError
from postlint.core.vocab import DOC_TYPES, LANGS, PLATFORMS, platform_name
from postlint.document.parse.yamlpos import KeyLines, load_with_lines
from postlint.text.patterns import LazyRegex

IMAGE_KEYS = {"src", "alt", "credit", "consent", "minors", "title", "caption"}
VIDEO_KEYS = {"src", "captions", "credit", "title", "alt"}
# postlint's own top-level keys (their near-misses get "did you mean")
OWN_KEYS = ("type", "platforms", "platform", "lang", "language", "campaign", "campaigns", "account", "embargo",
            "images", "video", "videos", "postlint")
# keys site generators and their themes use that are close to one of postlint's: never taken for a typo
GENERATOR_KEYS = frozenset("""image images_alt imageAlt image_alt types tag tags languages languageCode
languagecode locale locales title titles page pages template layout categories category author authors
lastmod videoId video_id platforms_note accounts videourl video_url embed language_code campaign_id vimeo youtube
videos_url typeform""".split())

_OPEN = re.compile(r"\A---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.M)
_TOML_OPEN = re.compile(r"\A\+\+\+[ \t]*\r?\n")
_TOML_CLOSE = re.compile(r"^\+\+\+[ \t]*\r?$", re.M)


def split(source: str) -> tuple[str | None, int, int]:
    """Return (YAML text, end offset of the front matter block, number of lines it spans)."""
    text, end, lines, _ = split_any(source)
    return (text, end, lines) if text is not None else (None, 0, 0)


def split_any(source: str) -> tuple[str | None, int, int, str]:
    """Return (front matter text, end offset, lines it spans, format: yaml | toml | json)."""
    for opener, closer, fmt in ((_OPEN, _CLOSE, "yaml"), (_TOML_OPEN, _TOML_CLOSE, "toml")):
        m = opener.match(source)
        if not m:
            continue
        close = closer.search(source, m.end())
        if not close:
            return None, 0, 0, ""  # an opening rule with no closing one is a thematic break, not front matter
        end = close.end()
        if end < len(source) and source[end] == "\n":
            end += 1
        return source[m.end():close.start()], end, source.count("\n", 0, end), fmt
    if source.startswith("{") and source[1:2] in ("\n", "\r", " ", "\t", '"'):
        end = _json_end(source)
        if end:
            if end < len(source) and source[end] == "\r":
                end += 1
            if end < len(source) and source[end] == "\n":
                end += 1
            return source[:end].rstrip(), end, source.count("\n", 0, end), "json"
    return None, 0, 0, ""


def _json_end(source: str) -> int:
    """End of a JSON object at the start of `source` (Hugo's JSON front matter), or 0."""
    try:
        import json  # JSON front matter is rare: not imported by a cold run that has none

        _, end = json.JSONDecoder().raw_decode(source)
    except ValueError:
        return 0
    return end


def parse(source: str, path: str, site: str = "") -> tuple[dict[str, Any], KeyLines, int, Meta]:
    """Parse and validate the front matter. Returns (data, key lines, body offset, Meta)."""
    text, end, _, fmt = split_any(source)
    if text is None:
        return {}, {}, 0, Meta()
    if fmt == "yaml":
        data, lines = load_with_lines(text, path, InputError, line_offset=1)
    elif fmt == "toml":
        data, lines = _load_toml(text, path)
    else:
        data, lines = _load_json(text, path)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError("front matter must be a mapping of keys to values (e.g. `type: post`)", path, 2)
    return data, lines, end, resolve_meta(data, lines, path, site)


def _load_toml(text: str, path: str) -> tuple[dict[str, Any], KeyLines]:
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        m = re.search(r"line (\d+)", str(e))
        raise InputError(f"invalid TOML front matter: {str(e).split(' (at')[0]}", path,
                         int(m.group(1)) + 1 if m else None) from None
    return data, _key_lines(text, r"^[ \t]*(?P<q>[\"']?)(?P<k>[\w.-]+)(?P=q)[ \t]*=", r"^[ \t]*\[\[?[ \t]*(?P<k>[\w.-]+)")


def _load_json(text: str, path: str) -> tuple[dict[str, Any], KeyLines]:
    try:
        import json

        data = json.loads(text)
    except ValueError as e:
        raise InputError(f"invalid JSON front matter: {e}", path, getattr(e, "lineno", None)) from None
    return data, _key_lines(text, r'^[ \t]*"(?P<k>[^"]+)"[ \t]*:', None)


def _key_lines(text: str, key_re: str, table_re: str | None) -> KeyLines:
    """Lines of the top-level keys (and of each `[[table]]` entry) of a TOML or JSON front matter."""
    lines: KeyLines = {}
    counts: dict[str, int] = {}
    table = None
    for n, line in enumerate(text.split("\n"), start=2):  # line 1 is the opening `+++` (or the `{`)
        t = re.match(table_re, line) if table_re else None
        if t:
            table = t.group("k")
            if line.lstrip().startswith("[["):
                i = counts.get(table, 0)
                counts[table] = i + 1
                lines.setdefault((table,), n)
                lines[(table, i)] = n
            else:
                lines.setdefault((table,), n)
            continue
        m = re.match(key_re, line)
        if m:
            key = m.group("k")
            path_key = (key,) if table is None else (table, counts.get(table, 1) - 1, key) \
                if (table, 0) in lines else (table, key)
            lines.setdefault(path_key, n)
    if not table_re:  # JSON: the object is written over lines; the first line is `{`
        lines = {k: v - 1 for k, v in lines.items()}
    return lines


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


def resolve_meta(data: dict[str, Any], lines: KeyLines, path: str, site: str = "") -> Meta:
    meta = Meta()
    _near_misses(data, lines, path)
    t = data.get("type", "post")
    if not isinstance(t, str) or t not in DOC_TYPES:
        if not site:
            import difflib  # only for a near-miss ("did you mean")

            close = difflib.get_close_matches(str(t), DOC_TYPES, n=1, cutoff=0.75)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise _err(f"unknown type {t!r} (allowed: {', '.join(DOC_TYPES)}){hint}", path, lines, "type")
        t = "post"  # the site generator's content type (`type: blog`), not postlint's
    meta.type = t

    platforms = []
    for p in _str_list(data.get("platforms", data.get("platform")), path, lines, "platforms"):
        name = platform_name(p)
        if name is None:
            raise _err(f"unknown platform {p!r} (allowed: {', '.join(PLATFORMS)}, twitter)", path, lines, "platforms")
        platforms.append(name)
    meta.platforms = tuple(dict.fromkeys(platforms))

    for key in ("lang", "language", "locale", "languageCode", "languagecode", "language_code"):
        if data.get(key) in (None, "", []):
            continue
        code = lang_code(data[key])
        if code in LANGS:
            meta.lang, meta.lang_origin = code, "front_matter"
        elif code:
            meta.other_lang = code
        elif not site and key in ("lang", "language"):
            raise _err(f"unsupported lang {data[key]!r} (allowed: fr, en, or another language's code to skip "
                       "the page)", path, lines, key)
        break

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
    _publication(meta, data)

    _check_media(data, lines, path, site)

    pl = data.get("postlint")
    if pl is not None:
        if not isinstance(pl, dict) or set(pl) - {"disable"}:
            raise _err("front matter `postlint` takes only `disable: [rule or category, …]`", path, lines, "postlint")
        meta.disable = _str_list(pl.get("disable"), path, lines, "postlint")
    authors: list[str] = []
    for key in ("author", "authors", "byline"):
        value = data.get(key)
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, str) and v.strip():
                authors.append(v.strip())
            elif isinstance(v, dict) and isinstance(v.get("name"), str):
                authors.append(v["name"])
    meta.authors = tuple(authors)
    meta.extra = {k: v for k, v in data.items() if k not in {
        "type", "platforms", "platform", "lang", "language", "campaign", "campaigns", "account", "embargo",
        "images", "video", "videos", "postlint"}}
    if site and "type" in data and data["type"] not in DOC_TYPES:
        meta.extra["type"] = data["type"]
    return meta


def _near_misses(data: dict[str, Any], lines: KeyLines, path: str) -> None:
    """`imagess:`, `platfroms:`, `embrago:`: a typo would switch a check off without a word."""
    for key in data:
        if not isinstance(key, str) or key in OWN_KEYS or key in GENERATOR_KEYS or len(key) < 4:
            continue
        close = _close_matches(key.lower(), OWN_KEYS)
        if close and close[0] != key.lower():
            raise _err(f"unknown front matter key {key!r}: did you mean `{close[0]}`?", path, lines, key)


@lru_cache(maxsize=4096)
def _close_matches(word: str, choices: tuple[str, ...]) -> list[str]:
    """`difflib.get_close_matches(word, choices, n=1, cutoff=0.8)`, once per word: the pages of a site repeat the
    same keys, each compared with every key of postlint's (≈ 0.1 ms a key)."""
    import difflib

    return difflib.get_close_matches(word, choices, n=1, cutoff=0.8)


# language names and codes as site generators write them (`lang: English`, `languageCode: fr-CA`)
_LANG_NAMES = {"english": "en", "anglais": "en", "french": "fr", "français": "fr", "francais": "fr",
               "spanish": "es", "español": "es", "espanol": "es", "espagnol": "es", "portuguese": "pt",
               "português": "pt", "portugues": "pt", "portugais": "pt", "german": "de", "deutsch": "de",
               "allemand": "de", "italian": "it", "italiano": "it", "italien": "it", "arabic": "ar", "arabe": "ar",
               "dutch": "nl", "chinese": "zh", "japanese": "ja", "russian": "ru", "swahili": "sw",
               "wolof": "wo", "haitian creole": "ht", "kreyòl": "ht"}


def lang_code(value: Any) -> str | None:
    """`fr`, `fr-FR`, `fr_CA`, `French`, `[English, Spanish]` (the first) → a two-letter code, else None."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    if not isinstance(value, str):
        return None
    text = value.strip().lower()
    if text in _LANG_NAMES:
        return _LANG_NAMES[text]
    m = re.fullmatch(r"([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*", text)
    return m.group(1) if m else None


def _date_or_none(value: Any) -> datetime | date | None:
    if isinstance(value, (datetime, date)):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return parse_datetime(value, "", None)[0]
        except InputError:
            return None
    return None


def _publication(meta: Meta, data: dict[str, Any]) -> None:
    """Site generators' publication keys, kept for the embargo check (never an error: a theme may write
    them its own way)."""
    meta.draft = data.get("draft") is True or data.get("published") is False
    meta.publish_date = _date_or_none(data.get("publishDate", data.get("publishdate", data.get("pubDate"))))
    meta.expiry_date = _date_or_none(data.get("expiryDate", data.get("expirydate", data.get("unpublishdate"))))
    meta.page_date = _date_or_none(data.get("date"))


def _check_media(data: dict[str, Any], lines: KeyLines, path: str, site: str) -> None:
    """postlint's `images`/`video(s)`: a string or a list of strings (Hugo's `images: [cover.jpg]`) or of
    entries with `src`; an entry's near-miss key (`crdit:`) is an error, other keys are left alone on a site."""
    for key, allowed in (("images", IMAGE_KEYS), ("video", VIDEO_KEYS), ("videos", VIDEO_KEYS)):
        items = data.get(key)
        if items is None or isinstance(items, str):
            continue
        if isinstance(items, dict) and (isinstance(items.get("src"), str) or site):
            items = [items]
        if not isinstance(items, list):
            raise _err(f"front matter `{key}` must be a list of entries with `src`", path, lines, key)
        for i, item in enumerate(items):
            if isinstance(item, str):
                continue
            if not isinstance(item, dict) or not isinstance(media_src(item), str):
                if site:
                    continue  # a theme's own shape: read what can be read
                raise _err(f"`{key}[{i}]` needs a `src` (the file or URL)", path, lines, key, i)
            for extra in sorted(set(item) - allowed):
                close = _close_matches(str(extra), tuple(sorted(allowed)))
                if close or not site:
                    hint = f"; did you mean `{close[0]}`?" if close else ""
                    raise _err(f"`{key}[{i}]`: unknown key {extra!r} (allowed: {', '.join(sorted(allowed))}){hint}",
                               path, lines, key, i, extra)
            for flag in ("consent", "minors"):
                if flag in item and not isinstance(item[flag], bool):
                    raise _err(f"`{key}[{i}].{flag}` must be true or false", path, lines, key, i, flag)


def media_src(item: dict[str, Any]) -> Any:
    """The file or URL of a front-matter image or video entry (`src`, or a theme's `image`/`url`/`path`)."""
    for k in ("src", "image", "url", "path", "file"):
        if isinstance(item.get(k), str):
            return item[k]
    return None


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
