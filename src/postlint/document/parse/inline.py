"""Inline scanning of a text block: links, images, code, HTML, URLs — located in the source and masked.

markdown-it-py gives block line ranges only; inline positions come from scanning the source of the block
with the patterns below, so every span is exact.
"""
from __future__ import annotations

import bisect
import re

from postlint.document.model import Comment, Image, Link
from postlint.core.spans import Span
from postlint.text.patterns import LazyRegex

# Every pattern stops at the next character that could open another element ("(", "<", "[", a quote…):
# a draft of 20,000 unclosed `![a](` or `<img ` then costs a scan per opener up to the next one, not up
# to the end of the block (which made such drafts quadratic). Code spans and comments are found by hand.
BACKTICKS = LazyRegex(r"`+")
IMG_TAG = LazyRegex(r"<img\b[^<>]*>", re.I | re.S)
HTML_TAG = LazyRegex(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", re.S)
AUTOLINK = LazyRegex(r"<((?:https?|ftp|file|mailto):[^\s<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>", re.I)
# ![alt](dest "title") and [text](dest "title"); one level of nested brackets in the text.
_DEST = r"<[^<>\n]*>|(?:[^\s()]|\([^\s()]*\))"
_TITLE = r"(?:\s+(\"[^\"]*\"|'[^']*'|\([^()]*\)))?"
IMAGE = LazyRegex(r"!\[((?:[^\[\]\\]|\\.|\[[^\[\]]*\])*)\]\(\s*(" + _DEST + r"+)" + _TITLE + r"\s*\)", re.S)
LINK = LazyRegex(r"(?<!!)\[((?:[^\[\]\\]|\\.|\[[^\[\]]*\])*)\]\(\s*(" + _DEST + r"*)" + _TITLE + r"\s*\)", re.S)
REF_LINK = LazyRegex(r"(?<!!)\[((?:[^\[\]\\]|\\.)*)\]\[[^\]]*\]")
BARE_URL = LazyRegex(r"(?:\b(?:https?|ftp|file)://|\bwww\.)[^\s<>\"'`\]\[]+", re.I)
ENTITY = LazyRegex(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
ESCAPE = LazyRegex(r"\\(?=[!-/:-@\[-`{-~])")
EMPHASIS = LazyRegex(r"(?<![\p{L}\p{N}\\])(?:\*{1,3}|_{1,3}|~~)(?=\S)|(?<=\S)(?:\*{1,3}|_{1,3}|~~)(?![\p{L}\p{N}])")
ATTR = LazyRegex(r"""([A-Za-z_:][-\w:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
# an image's address may be a template expression holding its own quotes: src="{{ "/img/a.png" | url }}"
# (atomic and possessive: linear on unclosed `{{`)
_TPL = r"(?>\{\{[^{}]*\}\}|\{%[^{}]*%\}|[^{q}])*+"
TEMPLATED_ATTR = LazyRegex(r"""([A-Za-z_:][-\w:.]*)\s*=\s*(?:"(""" + _TPL.replace("{q}", '"') + r""")"|'("""
                           + _TPL.replace("{q}", "'") + r""")'|([^\s"'>]+))""")
TRAILING = ".,;:!?)»”\"'’]"


def _unescape(text: str) -> str:
    if "&" not in text:
        return text
    import html  # its entity table costs ≈ 3 ms to import: only for text that has an entity

    return html.unescape(text)


class _Discard:
    """A prose buffer that forgets what is masked in it (for scans whose masking is not wanted)."""

    def __getitem__(self, i: int) -> str:
        return " "

    def __setitem__(self, i: int, value: str) -> None:
        pass


DISCARD: list[str] = _Discard()  # type: ignore[assignment]


def mask(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = " "


def trim_url(url: str) -> str:
    while url and url[-1] in TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def attrs(tag: str, templates: bool = False) -> dict[str, str]:
    out = {}
    for m in (TEMPLATED_ATTR if templates and "{" in tag else ATTR).finditer(tag):
        name = m.group(1).lower()
        value = next(g for g in (m.group(2), m.group(3), m.group(4)) if g is not None)
        out[name] = _unescape(value)
    return out


def _dest(raw: str) -> str:
    raw = raw.strip()
    if raw.startswith("<") and raw.endswith(">"):
        raw = raw[1:-1]
    return raw


def _title(raw: str | None) -> str | None:
    if not raw:
        return None
    return raw[1:-1]


class InlineResult:
    def __init__(self) -> None:
        self.links: list[Link] = []
        self.images: list[Image] = []
        self.comments: list[Comment] = []
        self.code: list[Span] = []


def scan(source: str, chars: list[str], span: Span, markdown: bool = True) -> InlineResult:
    """Find inline elements in `source[span]`; mask what is not prose in `chars` (the prose buffer)."""
    res = InlineResult()
    s, e = span
    starts: list[int] = []  # spans already consumed by an earlier pattern: disjoint, sorted by start
    ends: list[int] = []

    def free(a: int, b: int) -> bool:
        i = bisect.bisect_left(starts, b) - 1  # the last span starting before b is the only one that can overlap
        return i < 0 or ends[i] <= a

    def take(a: int, b: int) -> None:
        if a < b:
            i = bisect.bisect_left(starts, a)
            starts.insert(i, a)
            ends.insert(i, b)

    # Each pattern runs only when its block holds the text every match of it contains ("<!--", "`", "!["…):
    # most blocks hold none, and a pattern never run is never compiled (a cold pre-commit run).
    seg = source[s:e]
    for cs, ce in (_comments(source, s, e) if "<!--" in seg else ()):
        res.comments.append(Comment(source[cs + 4:ce - 3].strip(), Span(cs, ce)))
        mask(chars, cs, ce)
        take(cs, ce)
    if markdown:
        for cs, ce in (_code_spans(source, s, e) if "`" in seg else ()):
            if free(cs, ce):
                res.code.append(Span(cs, ce))
                mask(chars, cs, ce)
                take(cs, ce)
        for m in (IMAGE.finditer(source, s, e) if "![" in seg else ()):
            if not free(m.start(), m.end()):
                continue
            alt_s, alt_e = m.start(1), m.end(1)
            res.images.append(Image(
                src=_dest(m.group(2)), span=Span(m.start(), m.end()), origin="markdown",
                alt=_unescape(m.group(1)).replace("\\", ""), alt_span=Span(alt_s, alt_e),
                title=_title(m.group(3))))
            mask(chars, m.start(), m.end())  # alt text is checked through the image, not as body text
            take(m.start(), m.end())
        for m in (LINK.finditer(source, s, e) if "](" in seg else ()):
            if not free(m.start(), m.end()):
                continue
            url = _dest(m.group(2))
            res.links.append(Link(url=url, span=Span(m.start(), m.end()),
                                  url_span=Span(m.start(2), m.end(2)), text=m.group(1), kind="link"))
            mask(chars, m.start(), m.start(1))
            mask(chars, m.end(1), m.end())
            take(m.start(), m.start(1))
            take(m.end(1), m.end())
        for m in (REF_LINK.finditer(source, s, e) if "][" in seg else ()):
            if free(m.start(), m.end()):
                mask(chars, m.start(), m.start(1))
                mask(chars, m.end(1), m.end())
        for m in (AUTOLINK.finditer(source, s, e) if "<" in seg else ()):
            if free(m.start(), m.end()):
                url = m.group(1)
                res.links.append(Link(url=url, span=Span(m.start(), m.end()),
                                      url_span=Span(m.start(1), m.end(1)), text=url, kind="autolink"))
                mask(chars, m.start(), m.end())
                take(m.start(), m.end())
    for m in (IMG_TAG.finditer(source, s, e) if "<" in seg else ()):
        if free(m.start(), m.end()):
            a = attrs(m.group(0), templates=True)
            if "src" in a:
                res.images.append(Image(src=a["src"], span=Span(m.start(), m.end()), origin="html",
                                        alt=a.get("alt"), title=a.get("title")))
            mask(chars, m.start(), m.end())
            take(m.start(), m.end())
    for m in (BARE_URL.finditer(source, s, e) if "://" in seg or "www." in seg.lower() else ()):
        url = trim_url(m.group(0))
        end = m.start() + len(url)
        if free(m.start(), end):
            res.links.append(Link(url=url, span=Span(m.start(), end), url_span=Span(m.start(), end),
                                  text=url, kind="bare"))
            mask(chars, m.start(), end)
            take(m.start(), end)
    if markdown:
        for m in (HTML_TAG.finditer(source, s, e) if "<" in seg else ()):
            if free(m.start(), m.end()):
                a = attrs(m.group(0))
                if m.group(0).lower().startswith("<a ") and "href" in a:
                    res.links.append(Link(url=a["href"], span=Span(m.start(), m.end()), url_span=None,
                                          text="", kind="html"))
                mask(chars, m.start(), m.end())
                take(m.start(), m.end())
        for m in (ENTITY.finditer(source, s, e) if "&" in seg else ()):
            if free(m.start(), m.end()):
                mask(chars, m.start(), m.end())
        for m in (ESCAPE.finditer(source, s, e) if "\\" in seg else ()):
            if free(m.start(), m.end() + 1):
                mask(chars, m.start(), m.start() + 1)
        for m in (EMPHASIS.finditer(source, s, e) if "*" in seg or "_" in seg or "~~" in seg else ()):
            if free(m.start(), m.end()):
                mask(chars, m.start(), m.end())
    return res


def _comments(source: str, s: int, e: int) -> list[tuple[int, int]]:
    """`<!-- … -->` spans, in one pass (an unclosed one ends the search: nothing after it can close)."""
    out = []
    pos = source.find("<!--", s, e)
    while pos >= 0:
        end = source.find("-->", pos + 4, e)
        if end < 0:
            break
        out.append((pos, end + 3))
        pos = source.find("<!--", end + 3, e)
    return out


def _code_spans(source: str, s: int, e: int) -> list[tuple[int, int]]:
    """Code spans as CommonMark finds them: a run of n backticks up to the next run of exactly n, with
    something between; linear (each run is looked at once per length)."""
    runs = [(m.start(), m.end()) for m in BACKTICKS.finditer(source, s, e)]
    by_length: dict[int, list[int]] = {}
    for i, (a, b) in enumerate(runs):
        by_length.setdefault(b - a, []).append(i)
    out = []
    i = 0
    while i < len(runs):
        a, b = runs[i]
        same = by_length[b - a]
        k = bisect.bisect_right(same, i)
        j = same[k] if k < len(same) else None
        if j is not None and runs[j][0] > b:
            out.append((a, runs[j][1]))
            i = j + 1
        else:
            i += 1
    return out
