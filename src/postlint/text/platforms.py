"""What each platform allows, and how each one counts a post (each platform's own sources, named below).

Counting follows each platform's own rules, never `len()`:

- X: twitter-text config v3 — the text is NFC-normalised; code points in U+0000–U+10FF, U+2000–U+200D,
  U+2010–U+201F and U+2032–U+2037 weigh 1, everything else 2; an emoji sequence (ZWJ family, skin tone,
  flag, keycap) counts once, weight 2; every URL counts 23 (with or without `https://`). Limit 280.
- Bluesky: 300 graphemes and 3,000 UTF-8 bytes (app.bsky.feed.post lexicon); the text counts as written.
- Mastodon: 500 graphemes; every http(s) URL counts 23; a mention counts as `@user` (its domain is free)
  (Mastodon's status length validator; an instance may raise the limit).
- Threads: 500 characters, an emoji counting its UTF-8 byte length (Meta's Threads API documentation).
- Instagram 2,200, LinkedIn 3,000, Facebook 63,206, TikTok 2,200: characters (code points).
- YouTube: title 100 characters, description 5,000 UTF-8 bytes (YouTube Data API, `videos` resource).

Functions take the text of one post as it would be pasted into the platform (no Markdown markup).
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from msgspec import Struct
import regex

from postlint.text.patterns import LazyRegex

# ------------------------------------------------------------------------------------------- facts
NAMES = {"x": "X", "bluesky": "Bluesky", "mastodon": "Mastodon", "threads": "Threads", "instagram": "Instagram",
         "linkedin": "LinkedIn", "facebook": "Facebook", "tiktok": "TikTok", "youtube": "YouTube"}

# Default limits; `length.platform` lets a config override any of them (e.g. a Mastodon instance's 1000).
LIMITS = {
    "x": 280,
    "bluesky": 300,
    "bluesky-bytes": 3000,
    "mastodon": 500,
    "threads": 500,
    "instagram": 2200,
    "linkedin": 3000,
    "facebook": 63206,
    "tiktok": 2200,
    "youtube-title": 100,
    "youtube": 5000,  # description, in bytes
}

# Hashtags: hard caps (Instagram 5 since Dec 2025, Threads one topic tag) and advice (X: "no more than 2").
HASHTAG_CAPS = {"instagram": 5, "threads": 1}
HASHTAG_ADVICE = {"x": 2}

X_URL_LENGTH = 23
MASTODON_URL_LENGTH = 23
_X_WEIGHT_ONE = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))

# URLs as twitter-text finds them: with a scheme, or a bare domain on a generic TLD (a country-code TLD
# only after a second-level label such as co.uk / gouv.sn, or with a path, so "M.Sc" is not a link). A label
# longer than 63 characters is not a valid domain, so such a "URL" counts as plain text.
_GTLDS = ("com|org|net|edu|gov|int|mil|info|biz|io|co|tv|me|app|dev|ngo|ong|news|online|site|xyz|africa|"
          "eu|asia|travel|health|media|world|global|today|press|blog|live|social|network|foundation|"
          "charity|community")
_LABEL = r"[\p{L}\p{N}](?:[\p{L}\p{N}\-_]{0,61}[\p{L}\p{N}])?"
_PATH = r"(?:[/?#][^\s<>\"'`]*)"
URL_WITH_SCHEME = LazyRegex(r"(?i)\bhttps?://[^\s<>\"`]+")
URL_WITHOUT_SCHEME = LazyRegex(
    rf"(?i)(?<![\p{{L}}\p{{N}}_@.\-/])(?:{_LABEL}\.)+(?:"
    rf"(?:co|com|org|net|gov|gouv|ac|edu|or|ne|go)\.[a-z]{{2}}(?![\p{{L}}\p{{N}}\-]){_PATH}?|"
    rf"(?:{_GTLDS})(?![\p{{L}}\p{{N}}\-]){_PATH}?|"
    rf"[a-z]{{2}}(?![\p{{L}}\p{{N}}\-]){_PATH})")
_TRAILING = ".,;:!?…)]}'\"»”’"
# A Mastodon mention: @user or @user@domain (the domain is not counted).
MASTODON_MENTION = LazyRegex(r"(?<![\p{L}\p{N}_/])@([A-Za-z0-9_]+(?:[.\-]+[A-Za-z0-9_]+)*)(@[\w.\-]+\w)?")
_GRAPHEME = LazyRegex(r"\X")
_EMOJI_CHAR = LazyRegex(r"\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3|\ufe0f")
_PICTOGRAPH = LazyRegex(r"\p{Extended_Pictographic}")
# `regex.V0` (the regex module's default) keeps the pattern on `regex`, whose (?i) folds case its own way.
_URL_HOST = LazyRegex(r"(?i)https?://([^/?#:]*)", regex.V0)


def display_name(platform: str) -> str:
    return NAMES.get(platform, platform)


# ------------------------------------------------------------------------------------------- URLs
def _trim(url: str) -> str:
    while url and url[-1] in _TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def find_urls(text: str, *, without_scheme: bool = True) -> list[tuple[int, int]]:
    """(start, end) of the URLs a platform turns into links, in order, not overlapping."""
    spans: list[tuple[int, int]] = []
    for m in URL_WITH_SCHEME.finditer(text):
        url = _trim(m.group(0))
        host = _URL_HOST.match(url)
        if host and host.group(1) and all(0 < len(lbl) <= 63 for lbl in host.group(1).split(".")):
            spans.append((m.start(), m.start() + len(url)))
    if without_scheme:
        for m in URL_WITHOUT_SCHEME.finditer(text):
            start, end = m.start(), m.start() + len(_trim(m.group(0)))
            if not any(s <= start < e for s, e in spans) and end > start:
                spans.append((start, end))
    return sorted(spans)


def _replace_spans(text: str, spans: list[tuple[int, int]], placeholder: str) -> str:
    out, pos = [], 0
    for s, e in spans:
        out.append(text[pos:s])
        out.append(placeholder)
        pos = e
    out.append(text[pos:])
    return "".join(out)


# ------------------------------------------------------------------------------------------- counting
def graphemes(text: str) -> int:
    # Below U+0300 (ASCII, Latin-1, Latin Extended) no character joins its neighbour in a cluster except
    # CR + LF: each one is a grapheme, and most posts need no segmentation at all.
    if not text or max(text) < "\u0300":
        return len(text) - text.count("\r\n")
    return len(_GRAPHEME.findall(text))


def utf8_bytes(text: str) -> int:
    return len(text.encode("utf-8"))


@lru_cache(maxsize=8192)  # called on every grapheme cluster of a post; the same ones come back all the time
def is_emoji(cluster: str) -> bool:
    """An emoji as platforms count it: a pictograph (not ©/® typed as text), a flag, a keycap."""
    # Regional_Indicator (flag letters) is the fixed block U+1F1E6–U+1F1FF
    if "\ufe0f" in cluster or "\u20e3" in cluster or "\U0001F1E6" <= cluster[:1] <= "\U0001F1FF":
        return True
    return any(ord(c) > 0x2000 and _PICTOGRAPH.match(c) for c in cluster)


def _x_char_weight(c: str) -> int:
    cp = ord(c)
    return 1 if any(lo <= cp <= hi for lo, hi in _X_WEIGHT_ONE) else 2


def x_weighted_length(text: str) -> int:
    """Weighted length of a post on X (twitter-text v3: scale 100, default weight 200, emoji parsing on)."""
    text = unicodedata.normalize("NFC", text)
    total, pos = 0, 0
    for s, e in find_urls(text):
        total += _x_plain_weight(text[pos:s]) + X_URL_LENGTH
        pos = e
    return total + _x_plain_weight(text[pos:])


def _x_plain_weight(text: str) -> int:
    if not text or max(text) <= "\u10ff":
        return len(text)  # every character weighs 1 and none is part of an emoji
    return sum(_x_cluster_weight(cluster) for cluster in _GRAPHEME.findall(text))


@lru_cache(maxsize=8192)
def _x_cluster_weight(cluster: str) -> int:
    if _EMOJI_CHAR.search(cluster) and is_emoji(cluster):
        return 2  # an emoji sequence counts once; anything glued to it in the cluster is counted normally
    return sum(_x_char_weight(c) for c in cluster)


def mastodon_length(text: str) -> int:
    """Mastodon's StatusLengthValidator: graphemes, each http(s) URL as 23, `@user@domain` as `@user`."""
    urls = find_urls(text, without_scheme=False)
    countable = _replace_spans(text, urls, "x" * MASTODON_URL_LENGTH)
    countable = MASTODON_MENTION.sub(lambda m: "@" + m.group(1), countable)
    return graphemes(countable)


def threads_length(text: str) -> int:
    """Threads: characters, each emoji counting its UTF-8 byte length."""
    if not text or max(text) <= "\u2000":
        return len(text)  # no emoji: is_emoji needs a character above U+2000
    return sum(utf8_bytes(c) if is_emoji(c) else len(c) for c in _GRAPHEME.findall(text))


class Measure(Struct, frozen=True):
    """One limit of one platform applied to one text."""

    platform: str  # x, bluesky, … ; youtube-title / bluesky-bytes for the second limit of a platform
    count: int
    limit: int
    unit: str  # weighted | graphemes | bytes | characters
    how: dict[str, str]  # {"fr": …, "en": …}: how the platform counts, for messages

    @property
    def over(self) -> int:
        return self.count - self.limit


_HOW = {
    "x": {"fr": "décompte pondéré de X : chaque lien compte 23, un emoji 2", "en":
          "X weighted count: every link counts 23, an emoji 2"},
    "bluesky": {"fr": "graphèmes, liens comptés en entier", "en": "graphemes, links counted in full"},
    "bluesky-bytes": {"fr": "octets UTF-8", "en": "UTF-8 bytes"},
    "mastodon": {"fr": "graphèmes, chaque lien compte 23, une mention @nom sans son domaine",
                 "en": "graphemes, every link counts 23, a mention as @name without its domain"},
    "threads": {"fr": "caractères, un emoji compte ses octets UTF-8",
                "en": "characters, an emoji counts its UTF-8 bytes"},
    "youtube": {"fr": "octets UTF-8 de la description", "en": "UTF-8 bytes of the description"},
    "youtube-title": {"fr": "caractères du titre", "en": "characters of the title"},
}
def measure(platform: str, text: str, limits: dict[str, int] | None = None) -> list[Measure]:
    """Every limit of `platform` applied to `text` (a post, or a YouTube description)."""
    lim = {**LIMITS, **(limits or {})}
    if platform == "x":
        return [Measure("x", x_weighted_length(text), lim["x"], "weighted", _HOW["x"])]
    if platform == "bluesky":
        return [Measure("bluesky", graphemes(text), lim["bluesky"], "graphemes", _HOW["bluesky"]),
                Measure("bluesky-bytes", utf8_bytes(text), lim["bluesky-bytes"], "bytes", _HOW["bluesky-bytes"])]
    if platform == "mastodon":
        return [Measure("mastodon", mastodon_length(text), lim["mastodon"], "graphemes", _HOW["mastodon"])]
    if platform == "threads":
        return [Measure("threads", threads_length(text), lim["threads"], "characters", _HOW["threads"])]
    if platform == "youtube":
        return [Measure("youtube", utf8_bytes(text), lim["youtube"], "bytes", _HOW["youtube"])]
    if platform in lim:
        return [Measure(platform, len(unicodedata.normalize("NFC", text)), lim[platform], "characters", _CHARS_HOW)]
    return []


_CHARS_HOW = {"fr": "caractères", "en": "characters"}


def measure_title(text: str, limits: dict[str, int] | None = None) -> Measure:
    lim = {**LIMITS, **(limits or {})}
    return Measure("youtube-title", len(unicodedata.normalize("NFC", text)), lim["youtube-title"], "characters",
                   _HOW["youtube-title"])
