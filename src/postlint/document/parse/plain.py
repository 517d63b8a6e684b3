"""Markdown that is only paragraphs, recognised without the parser.

Most posts are a few paragraphs and a line of hashtags. For them markdown-it's block structure is known
in advance — every run of non-blank lines is one paragraph — and importing the parser (≈ 40 ms) is most
of a one-post pre-commit run. `paragraph_tokens` returns that structure when no line could start any
other CommonMark block (heading, quote, list, code, fence, HTML, table, thematic break, setext
underline, link reference definition), else None and the real parser decides.
tests/test_document.py checks the tokens against markdown-it's on every draft of the test data.
"""
from __future__ import annotations

import re

from msgspec import Struct

# A line that may open or shape a block other than a paragraph (checked at the line's start, after up to
# three spaces, as CommonMark allows). Deliberately broad: a false alarm only means using the parser.
_BLOCK_START = re.compile(r"""
    [ ]{0,3}(?:
        \#{1,6}(?:[ \t]|$)            # ATX heading (a hashtag "#Tag" is not one)
      | [>\[<|:=_~`]                  # quote, reference definition, HTML, table, setext, break, fence
      | [-+*]                         # list item, thematic break, setext underline
      | \d{1,9}[.)](?:[ \t]|$)        # ordered list item
    )
  | [ ]{4} | [ ]{0,3}\t               # indented code
""", re.X)


class PlainToken(Struct, frozen=True):
    """The three attributes the block reader uses of a markdown-it token."""
    type: str
    nesting: int
    map: list[int] | None
    tag: str = "p"


def paragraph_tokens(text: str) -> list[PlainToken] | None:
    """markdown-it's block tokens for `text` (lines split on "\\n") when it is paragraphs only, else None."""
    if "|" in text or "\r" in text or "\0" in text or "\t" in text:
        return None  # tables; markdown-it's own line breaks and tab stops
    tokens: list[PlainToken] = []
    start = None
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not line.strip(" "):
            if start is not None:
                tokens += _paragraph(start, i)
                start = None
            continue
        if _BLOCK_START.match(line):
            return None
        if start is None:
            start = i
    if start is not None:
        tokens += _paragraph(start, len(lines))
    return tokens


def _paragraph(first: int, end: int) -> list[PlainToken]:
    return [PlainToken("paragraph_open", 1, [first, end]), PlainToken("inline", 0, [first, end], ""),
            PlainToken("paragraph_close", -1, None)]
