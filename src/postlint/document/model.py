"""The document model: what a rule sees of a draft, with exact source positions.

Every position is a half-open character offset into `Document.source` (the decoded text, BOM removed,
line endings kept as written). `Document.prose` has the same length as `source`, with everything that
is not prose (front matter, code, URLs, HTML, Markdown syntax) replaced by spaces, so an offset found in
`prose` is an offset in `source`: nothing is ever re-located by searching for text.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from msgspec import Struct, field

from postlint.core.spans import LineIndex, Span
from postlint.text.sentences import split_sentences


class Token(Struct):
    """A hashtag, @mention, URL or emoji as written in the source."""

    text: str
    span: Span
    post: int = 0  # index of the thread part it is in

    @property
    def name(self) -> str:
        """The text without its sigil (`#`, `@`)."""
        return self.text[1:] if self.text[:1] in "#@" else self.text


class Link(Struct):
    url: str
    span: Span  # the whole link in the source (for a bare URL, the URL itself)
    url_span: Span | None
    text: str = ""
    kind: str = "link"  # link | autolink | bare | html


class Image(Struct):
    src: str
    span: Span  # the image in the text, or its entry in the front matter
    origin: str  # front_matter | markdown | html | shortcode (a Hugo shortcode or a Liquid/Nunjucks tag)
    alt: str | None = None
    alt_span: Span | None = None
    title: str | None = None
    credit: str | None = None
    credit_span: Span | None = None
    consent: bool | None = None
    minors: bool | None = None
    index: int = 0  # position among the front matter images (origin front_matter)
    key: str = ""  # front matter key it came from (`images`, `image`, `cover`…), or the shortcode's name
    # False when a site's theme decides where the file lives (a custom shortcode, a theme's front-matter key):
    # a file not found is then not reported (the GPS check still runs when it is found)
    strict: bool = True

    @property
    def is_remote(self) -> bool:
        return "://" in self.src or self.src.startswith("//") or self.src.startswith("data:")

    @property
    def file_name(self) -> str:
        """The file's own name, without folders, query or fragment ("img/a.jpg?v=2" → "a.jpg")."""
        return self.src.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]


class Video(Struct):
    src: str
    span: Span
    captions: str | None = None
    origin: str = "front_matter"


class Block(Struct):
    """A unit of text: heading, paragraph, list_item, quote, caption, table_cell or code."""

    kind: str
    span: Span
    level: int = 0  # heading level
    post: int = 0
    quoted: bool = False  # inside a block quote

    def text(self, doc: Document) -> str:
        return doc.source[self.span.start:self.span.end]

    def prose(self, doc: Document) -> str:
        return doc.prose[self.span.start:self.span.end]


class Comment(Struct):
    """An HTML comment (suppression directives live in these)."""

    body: str
    span: Span


class Meta(Struct):
    """The draft's front matter, validated and resolved."""

    type: str = "post"
    platforms: tuple[str, ...] = ()
    lang: str | None = None  # declared language (front matter); None when not declared
    campaigns: tuple[str, ...] = ()
    account: str = "official"
    embargo: datetime | date | None = None
    embargo_has_time: bool = False
    embargo_has_tz: bool = False
    disable: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
    lang_origin: str | None = None  # where `lang` came from: front_matter | path (content/fr/…, name.fr.md)
    other_lang: str | None = None  # the page is in a language postlint does not check (es, de…): skipped
    # site generators' publication keys (for the embargo check): draft, publishDate, expiryDate, date
    draft: bool = False
    publish_date: datetime | date | None = None
    expiry_date: datetime | date | None = None
    page_date: datetime | date | None = None  # `date:` of a site page (a future one: not yet published)
    authors: tuple[str, ...] = ()  # author(s), byline: staff, not people the post is about


class Document(Struct):
    path: str
    source: str
    prose: str
    line_index: LineIndex
    front_matter: dict[str, Any]
    front_matter_span: Span | None
    front_matter_lines: dict[tuple[Any, ...], int]  # key path ("images", 0, "credit") -> 1-based line
    body: Span
    meta: Meta
    blocks: list[Block] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    videos: list[Video] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    hashtags: list[Token] = field(default_factory=list)
    mentions: list[Token] = field(default_factory=list)
    emoji: list[Token] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    posts: list[Span] = field(default_factory=list)
    fmt: str = "markdown"  # markdown | text | docx
    had_bom: bool = False
    newline: str = "\n"
    base_dir: str = "."  # folder the draft's relative paths are resolved against
    lang: str = "en"  # language used for messages and wordlists (declared, forced, configured or detected)
    lang_source: str = "default"  # front_matter | cli | config | detected | default
    paragraph_numbers: list[int] | None = None  # .docx: line n of the text is paragraph [n-1]
    site: str = ""  # site generator profile (hugo, jekyll, eleventy, astro, docusaurus, gridsome), "" for none
    site_root: str = ""  # the site's folder (where its configuration file is)
    markup: list[Span] = field(default_factory=list)  # template tags and shortcodes: markup, never placeholders
    # analyses computed once and shared by the rules, keyed by the analysis function (document/analysis.py)
    memo: dict[object, Any] = field(default_factory=dict)

    # ---------------------------------------------------------------- positions
    def position(self, offset: int) -> tuple[int, int]:
        return self.line_index.position(offset)

    def text_of(self, span: Span) -> str:
        return self.source[span.start:span.end]

    def prose_of(self, span: Span) -> str:
        return self.prose[span.start:span.end]

    def fm_line(self, *path: Any) -> int | None:
        """Line of a front matter key (e.g. `fm_line("images", 0)`), or None."""
        return self.front_matter_lines.get(tuple(path))

    def fm_span(self, *path: Any) -> Span | None:
        """Span of the line holding a front matter key, for findings that point at it."""
        line = self.fm_line(*path)
        return self.line_index.line_span(line) if line else None

    def image_span(self, im: Image) -> Span | None:
        """Where to point for an image: its `src` value on its front-matter line, or the image in the text."""
        if im.origin != "front_matter":
            return im.span
        span = im.span
        if span.end <= span.start:
            return None  # not located in the front matter: a document-level finding
        line = self.source[span.start:span.end]
        at = line.find(im.src) if im.src else -1
        if at >= 0:
            return Span(span.start + at, span.start + at + len(im.src))
        lead = len(line) - len(line.lstrip(" \t-"))
        return Span(span.start + lead, span.end)

    # ---------------------------------------------------------------- structure
    def post_index(self, offset: int) -> int:
        for i, span in enumerate(self.posts):
            if span.start <= offset < span.end:
                return i
        return max(0, len(self.posts) - 1)

    @property
    def body_prose(self) -> str:
        return self.prose[self.body.start:self.body.end]

    def text_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.kind != "code"]

    def quoted_spans(self) -> list[Span]:
        """The blocks inside a block quote (someone else's words: a testimony, an embedded post)."""
        return [b.span for b in self.blocks if b.quoted]

    def sentences(self) -> list[Span]:
        """Sentence spans over the prose (cached)."""
        spans: list[Span] | None = self.memo.get(Document.sentences)
        if spans is None:
            spans = self.memo[Document.sentences] = [
                s for block in self.text_blocks() for s in split_sentences(self.prose, block.span)]
        return spans

    def is_empty(self) -> bool:
        return not self.body_prose.strip() and not self.images and not self.videos


def light_document(path: str, source: str, lang: str, *, had_bom: bool = False, prose: str | None = None,
                   line_index: LineIndex | None = None, front_matter_span: Span | None = None,
                   body: Span | None = None, paragraph_numbers: list[int] | None = None,
                   fmt: str = "markdown") -> Document:
    """A document with only what reports read (text, lines, front matter span): a cache hit, or a result sent
    back by a worker process, needs no parsed model."""
    doc = Document(path=path, source=source, prose=source if prose is None else prose,
                   line_index=line_index or LineIndex(source), front_matter={}, front_matter_span=front_matter_span,
                   front_matter_lines={}, body=body or Span(0, len(source)), meta=Meta(), had_bom=had_bom, lang=lang)
    doc.paragraph_numbers = paragraph_numbers
    doc.fmt = fmt
    return doc
