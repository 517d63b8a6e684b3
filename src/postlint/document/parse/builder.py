"""Build a `Document` from decoded text: front matter, blocks, inline elements, prose mask, tokens."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from postlint.document.model import Block, Comment, Document, Link, Token, Video
from postlint.core.spans import LineIndex, Span
from postlint.document.parse import frontmatter, inline, shortcodes, sitepage
from postlint.document import site as sites
from postlint.document.parse.plain import PlainToken, paragraph_tokens
from postlint.document.parse.inline import mask
from postlint.text.patterns import LazyRegex

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token as MarkdownToken

_MD: MarkdownIt | None = None

# A caption/credit line: "Photo : X", "© X", "Crédit(s) : X", "Credit: X", "Source : X", "via Unsplash".
# Also "(Photo : X)", "— Photo : X", "**Crédit** : X", "Crédit photo : X", "Photo credit: X", "Courtesy of X".
CREDIT_LINE = LazyRegex(
    r"^\s*[(\[]?\s*(?:[—–-]\s*)?(?:[*_]{1,2})?(?:©|\(c\)|courtesy\s+of\b|(?:photos?|crédits?|credits?|source|image|"
    r"illustration|vidéo|video|photographie|photograph|courtesy|avec l'aimable autorisation)"
    r"(?:\s+(?:photos?|images?|photographiques?|credits?|crédits?))?\b[*_]{0,2}\s*(?:[:：\-–—]|by|de|par|by:)|"
    r"(?:photo|image|picture)\s+(?:by|de|par|courtesy\s+of)\b|(?:image|picture)\s+from\s+" + shortcodes.FROM_A_SOURCE +
    ")", regex.I | regex.V0)
CREDIT_INLINE = LazyRegex(r"(?:©|\b(?:crédits?|credits?|photo|source)\s*:|\bvia\s+(?:unsplash|pexels|pixabay|wikimedia)\b)",
                            regex.I | regex.V0)
THREAD_SEP = LazyRegex(r"^[ \t]*---[ \t]*\r?$", re.M)
LIST_PREFIX = LazyRegex(r"^[ \t]*(?:>[ \t]?)*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?")
QUOTE_PREFIX = LazyRegex(r"^[ \t]*(?:>[ \t]?)+")
HEADING_PREFIX = LazyRegex(r"^[ \t]*(?:>[ \t]?)*#{1,6}(?:[ \t]+|$)")
HEADING_SUFFIX = LazyRegex(r"[ \t]+#+[ \t]*\r?$")
SETEXT = LazyRegex(r"^[ \t]*(?:=+|-+)[ \t]*\r?$")

HASHTAG = LazyRegex(r"(?<![\p{L}\p{N}\p{M}_&#/°@.\-])#([\p{L}\p{N}_\p{M}]*\p{L}[\p{L}\p{N}_\p{M}]*)")
# Platforms allow ASCII only, but a writer may type « @LafiaSanté »: the accented letter belongs to the mention
# (brand.handle then points at the whole of it), not to the text after it.
MENTION = LazyRegex(r"(?<![\p{L}\p{N}_.@/])@([\p{L}\p{N}_](?:[\p{L}\p{M}\p{N}_.]{0,48}[\p{L}\p{M}\p{N}_])?)"
                    r"(?:@[\w-]+(?:\.[\w-]+)+)?")
EMOJI = LazyRegex(r"(?=\p{Extended_Pictographic}|\p{Regional_Indicator})\X")
TEXT_PRESENTATION_OK = set("©®™‼⁉↔↕")  # text-style symbols that are not emoji without VS16


class _Blanks(dict[int, int]):
    """code point → a space, but line breaks kept: `str.translate` masks a draft with a CR in C (a comprehension
    over its characters cost ≈ 30 µs for a post; without CR, blank lines joined cost ≈ 3 µs)."""

    def __missing__(self, cp: int) -> int:
        self[cp] = kept = cp if cp in (10, 13) else 32
        return kept


_BLANKS = _Blanks()


def _md() -> MarkdownIt:
    global _MD
    if _MD is None:
        from markdown_it import MarkdownIt  # only for drafts with more than paragraphs (parse/plain.py)

        _MD = MarkdownIt("commonmark").enable("table")
        # only block tokens and their line maps are used (inline.scan reads spans itself, with exact
        # offsets): skipping markdown-it's inline pass halves the parse
        _MD.core.ruler.disable(["inline", "text_join"])
    return _MD


def build(source: str, path: str, fmt: str = "markdown", *, had_bom: bool = False, doc_type: str | None = None,
          base_dir: str = ".", site: str = "auto") -> Document:
    """Parse `source` (already decoded). `doc_type` forces the type (e.g. `--type thread`); `site` the
    site-generator profile (auto: detected from the draft's folder up; none: off)."""
    profile = sites.detect(base_dir, site)
    data, fm_lines, body_start, meta = frontmatter.parse(source, path, profile.kind if profile else "")
    sites.page_language(meta, path, profile)
    if doc_type:
        meta.type = doc_type
    index = LineIndex(source)
    # prose: everything masked until shown to be text (line breaks kept)
    chars = list(source.translate(_BLANKS) if "\r" in source else
                 "\n".join([" " * len(line) for line in source.split("\n")]))
    newline = "\r\n" if "\r\n" in source else "\n"
    doc = Document(path=path, source=source, prose="", line_index=index, front_matter=data,
                   front_matter_span=Span(0, body_start) if body_start else None, front_matter_lines=fm_lines,
                   body=Span(body_start, len(source)), meta=meta, fmt=fmt, had_bom=had_bom, newline=newline,
                   base_dir=base_dir)
    if profile is not None:
        doc.site, doc.site_root = profile.kind, profile.root

    # thread parts: lines holding `---` split the body
    seps: list[Span] = []
    if meta.type == "thread":
        seps = [Span(m.start(), m.end()) for m in THREAD_SEP.finditer(source, body_start)]
    bounds = [body_start] + [x for s in seps for x in (s.start, s.end)] + [len(source)]
    doc.posts = [Span(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]

    if fmt == "markdown":
        _markdown_blocks(doc, chars, body_start, seps)
    else:
        _text_blocks(doc, chars, body_start, seps)
    if fmt == "markdown":
        shortcodes.scan(doc, chars, profile is not None)
    doc.blocks[:0] = sitepage.front_matter_prose(doc, chars) if profile is not None else []
    doc.prose = "".join(chars)
    for b in doc.blocks:
        b.post = doc.post_index(b.span.start)

    sitepage.front_matter_media(doc, profile is not None)
    _find_credits(doc)
    _tokens(doc)
    doc.images.sort(key=lambda im: (im.origin != "front_matter", im.span.start))
    return doc


# ------------------------------------------------------------------------------------------- blocks
def _markdown_blocks(doc: Document, chars: list[str], body_start: int, seps: list[Span]) -> None:
    source = doc.source
    idx = doc.line_index
    # markdown-it sees the same lines: front matter and thread separators become blank lines
    first_body_line = idx.position(body_start)[0]
    # a lone CR is not a line break for LineIndex: markdown-it must not see one either (its line numbers
    # would run ahead of ours); a space keeps every line's length
    md_lines = source.replace("\r\n", "\n").replace("\r", " ").split("\n")
    for i in range(first_body_line - 1):
        md_lines[i] = ""
    if doc.path.lower().endswith(".mdx"):  # MDX: import/export lines are JavaScript
        for i in range(first_body_line - 1, len(md_lines)):
            if md_lines[i].startswith(("import ", "export ")):
                md_lines[i] = ""
    for s in seps:
        md_lines[idx.position(s.start)[0] - 1] = ""
    md_text = "\n".join(md_lines)
    plain = paragraph_tokens(md_text)
    tokens: Sequence[PlainToken | MarkdownToken] = plain if plain is not None else _md().parse(md_text)

    stack: list[str] = []
    for ti, tok in enumerate(tokens):
        if tok.nesting == 1:
            stack.append(tok.type)
        elif tok.nesting == -1:
            if stack:
                stack.pop()
            continue
        if tok.map is None:
            continue
        l0, l1 = tok.map[0] + 1, tok.map[1]  # 1-based first line, inclusive last line
        if l1 < l0:
            continue
        region = Span(idx.line_span(l0).start, idx.line_span(l1).end)
        quoted = "blockquote_open" in stack
        if tok.type in ("fence", "code_block"):
            doc.blocks.append(Block("code", region, quoted=quoted))
            continue
        if tok.type == "html_block":
            _html_block(doc, chars, region)
            continue
        if tok.type != "inline":
            continue
        parent = stack[-1] if stack else ""
        if parent == "heading_open":
            kind = "heading"
        elif parent in ("th_open", "td_open"):
            kind = "table_cell"
        elif "list_item_open" in stack:
            kind = "list_item"
        elif quoted:
            kind = "quote"
        else:
            kind = "paragraph"
        if kind == "table_cell":
            if any(b.kind == "table_cell" and b.span == region for b in doc.blocks):
                continue  # one block per table row
            _show(source, chars, region, None)
            for i in range(region.start, region.end):
                if source[i] == "|":
                    chars[i] = " "
            doc.blocks.append(Block("table_cell", region, quoted=quoted))
        else:
            level = 0
            if kind == "heading":
                prev = tokens[ti - 1]  # (not tokens.index(tok): quadratic with 25,000 headings)
                level = int(prev.tag[1:]) if prev.tag[:1] == "h" else 1
            _show(source, chars, region, kind)
            if kind == "heading" and SETEXT.match(idx.line_text(l1)) and l1 > l0:
                mask(chars, *idx.line_span(l1))
                region = Span(region.start, idx.line_span(l1 - 1).end)
            doc.blocks.append(Block(kind, _trim(doc, chars, region), level=level, quoted=quoted))
        res = inline.scan(source, chars, region, markdown=True)
        _collect(doc, res)
    doc.blocks.sort(key=lambda b: b.span.start)


def _show(source: str, chars: list[str], region: Span, kind: str | None) -> None:
    """Unmask the text of a block, then mask its line prefixes (quote and list markers, `#`)."""
    chars[region.start:region.end] = source[region.start:region.end]
    pos = region.start
    first = True
    for line in source[region.start:region.end].split("\n"):
        if kind == "heading" and first:
            m = HEADING_PREFIX.match(line)
            if m:
                mask(chars, pos, pos + m.end())
            m2 = HEADING_SUFFIX.search(line)
            if m2:
                mask(chars, pos + m2.start(), pos + m2.end())
        else:
            m = (LIST_PREFIX if first else QUOTE_PREFIX).match(line)
            if m:
                mask(chars, pos, pos + m.end())
        first = False
        pos += len(line) + 1


def _trim(doc: Document, chars: list[str], region: Span) -> Span:
    s, e = region
    while s < e and chars[s].isspace():
        s += 1
    while e > s and chars[e - 1].isspace():
        e -= 1
    if s == e:  # a block with no prose (an image alone): keep its source extent
        s, e = region
        while s < e and doc.source[s].isspace():
            s += 1
    return Span(s, e)


def _html_block(doc: Document, chars: list[str], region: Span) -> None:
    source = doc.source
    # links and images only: what scan masks is thrown away (a copy of `chars` per HTML block was quadratic)
    res = inline.scan(source, inline.DISCARD, region, markdown=False)
    _collect(doc, res)
    from postlint.document.parse import htmlblocks  # html.parser: only for drafts with an HTML block

    doc.blocks.extend(htmlblocks.show(source, chars, region))
    text = source[region.start:region.end]
    # <figure><img …><figcaption>Photo : X</figcaption></figure>
    cap = re.search(r"<figcaption[^>]*>(.*?)</figcaption>", text, re.I | re.S)
    if cap:
        caption = re.sub(r"<[^>]+>", "", cap.group(1)).strip()
        for im in res.images:
            if im.credit is None and CREDIT_LINE.search(caption):
                im.credit = caption
                im.credit_span = Span(region.start + cap.start(1), region.start + cap.end(1))
    for m in re.finditer(r"<video\b[^>]*>(.*?)</video>|<video\b[^>]*/?>", text, re.I | re.S):
        a = inline.attrs(m.group(0).split(">", 1)[0] + ">")
        track = re.search(r"<track\b[^>]*>", m.group(0), re.I)
        captions = None
        if track:
            ta = inline.attrs(track.group(0))
            if ta.get("kind", "subtitles").lower() in ("captions", "subtitles"):
                captions = ta.get("src", "track")
        source_tag = re.search(r"<source\b[^>]*src=\"([^\"]+)\"", m.group(0), re.I)
        src = a.get("src") or (source_tag[1] if source_tag else "")
        doc.videos.append(Video(src=src, span=Span(region.start + m.start(), region.start + m.end()),
                                captions=captions, origin="html"))


def _collect(doc: Document, res: inline.InlineResult) -> None:
    doc.links.extend(res.links)
    doc.images.extend(res.images)
    doc.comments.extend(res.comments)


def _text_blocks(doc: Document, chars: list[str], body_start: int, seps: list[Span]) -> None:
    """Plain text: paragraphs are separated by blank lines; URLs and HTML comments are still found."""
    source = doc.source
    for m in regex.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", source, pos=body_start):
        region = Span(m.start(), m.end())
        if any(region.overlaps(s) for s in seps):
            # split around thread separators
            parts, start = [], region.start
            for s in seps:
                if region.overlaps(s):
                    parts.append(Span(start, s.start))
                    start = s.end
            parts.append(Span(start, region.end))
        else:
            parts = [region]
        for part in parts:
            chars[part.start:part.end] = source[part.start:part.end]
            res = inline.scan(source, chars, part, markdown=False)
            _collect(doc, res)
            trimmed = _trim(doc, chars, part)
            if trimmed.end > trimmed.start:
                doc.blocks.append(Block("paragraph", trimmed))


# ------------------------------------------------------------------------------------------- media
def _find_credits(doc: Document) -> None:
    """A body image's credit: its title, text after it on its line, or the caption line right after it."""
    src = doc.source
    idx = doc.line_index
    for im in doc.images:
        if im.origin == "front_matter" or im.credit:
            continue
        if im.title and (CREDIT_INLINE.search(im.title) or CREDIT_LINE.search(im.title)
                         or regex.search(r"\b(?:by|par)\b|/", im.title)):
            im.credit, im.credit_span = im.title, im.span
            continue
        line, _ = idx.position(im.span.end)
        # what follows on its line, up to 400 characters (not the whole line: a line of 2,000 images was quadratic)
        rest = src[im.span.end:min(idx.line_span(line).end, im.span.end + 400)]
        m = CREDIT_INLINE.search(rest)
        if m:
            im.credit = rest[m.start():].strip()
            im.credit_span = Span(im.span.end + m.start(), idx.line_span(line).end)
            continue
        # the next non-blank line (same paragraph, or the paragraph right after)
        nxt = line + 1
        while nxt <= idx.line_count and not idx.line_text(nxt).strip():
            nxt += 1
            if nxt - line > 2:
                break
        if nxt <= idx.line_count:
            text = idx.line_text(nxt)
            # a legend line right under the image that ends with its credit: "Marche à Thiès. Photo : X"
            inline = CREDIT_INLINE.search(text) if nxt == line + 1 and len(text) < 200 else None
            if CREDIT_LINE.match(text) or CREDIT_INLINE.match(text.strip()) or \
                    regex.match(r"^\s*(?:[*_]{1,2})?via\s+\S", text, regex.I) or inline:
                span = idx.line_span(nxt)
                credit = text if CREDIT_LINE.match(text) or not inline else text[inline.start():]
                credit = regex.sub(r"(?<!\w)[*_]{1,2}|[*_]{1,2}(?!\w)", "", credit).strip()
                im.credit = credit.rstrip(")]").strip() if "(" not in credit and "[" not in credit else credit
                im.credit_span = span
                _mark_caption(doc, span)


def _mark_caption(doc: Document, span: Span) -> None:
    """Split the caption line out of its block so rules can tell it from body text."""
    for i, b in enumerate(doc.blocks):
        if b.span.overlaps(span) and b.kind != "caption":
            pieces = []
            if b.span.start < span.start:
                pieces.append(Block(b.kind, Span(b.span.start, span.start), b.level, b.post, b.quoted))
            pieces.append(Block("caption", Span(max(span.start, b.span.start), min(span.end, b.span.end)),
                                0, b.post, b.quoted))
            if span.end < b.span.end:
                pieces.append(Block(b.kind, Span(span.end, b.span.end), b.level, b.post, b.quoted))
            doc.blocks[i:i + 1] = [p for p in pieces if doc.source[p.span.start:p.span.end].strip()]
            return


# ------------------------------------------------------------------------------------------- tokens
def may_hold_emoji(text: str) -> bool:
    """False when no character of `text` can start an EMOJI match: every Extended_Pictographic character
    but © and ® is at U+203C or above, and so are the regional indicators (tests/test_document.py checks
    it against the `regex` module's own tables). Most drafts hold no emoji: the pattern is then never
    compiled nor run."""
    return bool(text) and (max(text) >= "\u203c" or "©" in text or "®" in text)


def _tokens(doc: Document) -> None:
    prose = doc.prose
    body = doc.body
    for m in (HASHTAG.finditer(prose, body.start, body.end) if "#" in prose else ()):
        start = m.start()
        doc.hashtags.append(Token(m.group(0), Span(start, m.end()), doc.post_index(start)))
    for m in (MENTION.finditer(prose, body.start, body.end) if "@" in prose else ()):
        doc.mentions.append(Token(m.group(0), Span(m.start(), m.end()), doc.post_index(m.start())))
    for m in (EMOJI.finditer(prose, body.start, body.end) if may_hold_emoji(prose) else ()):
        g = m.group(0)
        if g[0] in TEXT_PRESENTATION_OK and "\ufe0f" not in g:
            continue
        if not (regex.match(r"\p{Emoji_Presentation}|\p{Regional_Indicator}", g) or "\ufe0f" in g):
            continue
        doc.emoji.append(Token(g, Span(m.start(), m.end()), doc.post_index(m.start())))
    doc.links.sort(key=lambda link: link.span.start)


def make_link(url: str, span: Span) -> Link:  # for other readers (docx)
    return Link(url=url, span=span, url_span=span, text=url, kind="bare")


__all__ = ["build", "CREDIT_LINE", "CREDIT_INLINE", "Comment", "make_link"]
