"""Prose inside HTML blocks (`<div><p>…</p></div>`, `<figure>…<figcaption>`): read with the standard library's
HTML parser, each text run shown in the prose at its exact place (entities and tags stay masked), one block
per block-level element.
"""
from __future__ import annotations

from html.parser import HTMLParser

from postlint.core.spans import Span
from postlint.document.model import Block

_BLOCK_TAGS = frozenset("""p div li ul ol h1 h2 h3 h4 h5 h6 td th tr table thead tbody tfoot figcaption figure
blockquote section article header footer aside nav main dt dd dl br hr details summary caption form fieldset
legend address center""".split())
_SKIP_TAGS = frozenset("script style pre code noscript template svg math iframe object textarea select".split())
_KIND = {"li": "list_item", "td": "table_cell", "th": "table_cell", "figcaption": "caption", "caption": "caption",
         "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading"}


class _Reader(HTMLParser):
    def __init__(self, text: str, base: int):
        super().__init__(convert_charrefs=False)
        self.base = base
        self.starts = [0]  # offset of each line of `text`
        for i, c in enumerate(text):
            if c == "\n":
                self.starts.append(i + 1)
        self.stack: list[str] = []
        self.skip = 0
        self.runs: list[tuple[int, int, str, bool]] = []  # (start, end, kind, quoted) of text runs
        self.block_id = 0
        self.block_of: list[int] = []

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.starts[line - 1] + col

    def _kind(self) -> tuple[str, bool]:
        quoted = "blockquote" in self.stack
        for tag in reversed(self.stack):
            if tag in _KIND:
                return _KIND[tag], quoted
        return ("quote" if quoted else "paragraph"), quoted

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        if tag in _BLOCK_TAGS:
            self.block_id += 1
        if tag not in ("br", "hr", "img", "input", "meta", "link", "source", "track", "wbr", "area", "col", "embed"):
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.block_id += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self.skip:
            self.skip -= 1
        if tag in _BLOCK_TAGS:
            self.block_id += 1
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self.skip or not data.strip():
            return
        start = self._offset()
        kind, quoted = self._kind()
        self.runs.append((self.base + start, self.base + start + len(data), kind, quoted))
        self.block_of.append(self.block_id)


def html_prose(source: str, region: Span) -> list[tuple[Span, list[Span], str, bool]]:
    """The text of an HTML block: (block span, its text runs, kind, quoted) per block-level element."""
    text = source[region.start:region.end]
    text = text[:_unclosed_comment(text)]  # the rest is a comment to the end of the block anyway
    reader = _Reader(text, region.start)
    try:
        reader.feed(text)
        reader.close()
    except (AssertionError, ValueError, IndexError):  # html.parser gives up on some broken markup
        pass
    groups: list[tuple[int, list[Span], str, bool]] = []
    for (s, e, kind, quoted), bid in zip(reader.runs, reader.block_of):
        if not groups or groups[-1][0] != bid:
            groups.append((bid, [], kind, quoted))
        groups[-1][1].append(Span(s, e))
    return [(Span(runs[0].start, runs[-1].end), runs, kind, quoted) for _, runs, kind, quoted in groups]


def show(source: str, chars: list[str], region: Span) -> list[Block]:
    """Unmask the prose of an HTML block in `chars`; return its text blocks."""
    blocks = []
    for span, runs, kind, quoted in html_prose(source, region):
        for r in runs:
            for i in range(r.start, r.end):
                if source[i] not in "\r\n":
                    chars[i] = source[i]
        s, e = span.start, span.end
        while s < e and source[s].isspace():
            s += 1
        while e > s and source[e - 1].isspace():
            e -= 1
        if e > s:
            blocks.append(Block(kind, Span(s, e), level=int(kind == "heading"), quoted=quoted))
    return blocks


def _unclosed_comment(text: str) -> int:
    """Offset of the first `<!--` that has no `-->` after it (else the length): html.parser looks for the end
    of every unclosed comment again at each `<!--`, quadratic on thousands of them."""
    at = 0
    while True:
        k = text.find("<!--", at)
        if k < 0:
            return len(text)
        end = text.find("-->", k + 4)
        if end < 0:
            return k
        at = end + 3
