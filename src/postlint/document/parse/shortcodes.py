"""Template markup in a page's body: Hugo shortcodes (`{{< figure src=… >}}`, `{{% note %}}`), Liquid and
Nunjucks tags (`{% include figure.html image=… %}`, `{% image "assets/a.jpg" "alt" %}`) and expressions
(`{{ site.baseurl }}`). They are markup, never leftover placeholders: masked in the prose and listed in
`Document.markup`. Figure- and image-like ones with a source become `Image` entries (alt, caption and credit
from their attributes, with exact spans), so the alt-text, credit and GPS checks apply to them;
`youtube`/`vimeo`/`video` ones become videos.
"""
from __future__ import annotations

import re

from postlint.core.spans import Span
from postlint.document.model import Document, Image, Video
from postlint.document.parse.inline import mask
from postlint.text.patterns import LazyRegex

SHORTCODE = LazyRegex(r"\{\{([<%])-?\s*(/?)\s*([\w][\w/.-]*)(.{0,2000}?)-?\s*/?\1?[>%]\}\}", re.S)
LIQUID = LazyRegex(r"\{%-?\s*(/?[\w][\w/.-]*)(.{0,2000}?)-?%\}", re.S)
HEADING_ATTRS = LazyRegex(r"(?m)^[ \t]{0,3}#{1,6}[ \t].*?[ \t](\{[ \t]*[#.][\w:.-]+(?:[ \t]+[#.]?[\w:.=\"'-]+)*[ \t]*\})[ \t]*\r?$")
EXPRESSION = LazyRegex(r"\{\{-?([^{}\n]{1,300}?)-?\}\}")
# a template expression, not a writer's placeholder: `site.baseurl`, `.Site.BaseURL`, `x | relative_url`, `f(x)`
_CODE_LIKE = LazyRegex(r"^\s*(?:[.$]|[\w]+\.[\w]|[^|]*\|\s*\w|\w+\s*\(|\"|')")
# Liquid/Nunjucks blocks whose content is code or hidden: raw, comment, highlight
_OPAQUE = LazyRegex(r"\{%-?\s*(raw|comment|highlight)\b[^%]*%\}(.*?)\{%-?\s*end\1\s*-?%\}", re.S)
_ARG = LazyRegex(r"""([\w-]+)\s*[=:]\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^\s"'>%}]+))|"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)""")
_IMAGE_NAME = LazyRegex(r"(?i)(?:^|[-_/.])(?:figure|figures|img|image|images|picture|photo|imgtxt|figureforgallery)"
                         r"(?:$|[-_/.])|^(?:img|image|figure|photo|picture)")
_VIDEO_NAMES = {"youtube", "vimeo", "video", "youtube-nocookie", "ytube", "youtube_video"}
IMAGE_SUFFIX = LazyRegex(r"(?i)\.(?:jpe?g|png|gif|webp|tiff?|heic|heif|avif|svg|bmp)(?:[?#].*)?$")
_SRC_KEYS = ("src", "image", "img", "file", "path", "url", "source", "photo", "picture")
_ALT_KEYS = ("alt", "alt_text", "alttext", "image_alt", "description")
_CREDIT_KEYS = ("credit", "attr", "attribution", "photo_credit", "copyright", "author", "photographer")
_CAPTION_KEYS = ("caption", "title", "legend")
# where a picture comes from, after "image from": an address or a name ("www.amazon.co.uk", "Amazon"), not "the
# workshop" (where it was taken); also read by the caption lines of `builder`
FROM_A_SOURCE = r"(?:https?://|www\.|[\w-]+\.[a-z]{2,}\b|(?-i:\p{Lu}))"
_CREDIT_WORDS = LazyRegex(r"(?i)©|\b(?:photo|credit|crédit|courtesy|source|by|par|istock|getty|shutterstock|thinkstock|"
                           r"unsplash|pexels|pixabay|flickr|wikimedia|reuters|afp|adobe stock)\b|\bvia\s"
                           r"|\b(?:images?|pictures?|illustrations?)[ \t]+(?:taken[ \t]+)?from[ \t]+" + FROM_A_SOURCE)


class _Arg:
    __slots__ = ("name", "value", "span")

    def __init__(self, name: str | None, value: str, span: Span):
        self.name, self.value, self.span = name, value, span


def _args(text: str, offset: int) -> list[_Arg]:
    out = []
    for m in _ARG.finditer(text):
        if m.group(1):
            g = next(i for i in (2, 3, 4) if m.group(i) is not None)
            out.append(_Arg(m.group(1).lower(), m.group(g), Span(offset + m.start(g), offset + m.end(g))))
        else:
            g = next(i for i in (5, 6, 7) if m.group(i) is not None)
            if g == 7 and not re.search(r"\w", m.group(g)):
                continue  # Nunjucks' commas between arguments
            out.append(_Arg(None, m.group(g), Span(offset + m.start(g), offset + m.end(g))))
    return out


def scan(doc: Document, chars: list[str], site: bool) -> None:
    """Find the template markup of the body: mask it, record it, and read its images and videos."""
    src = doc.source
    body = doc.body
    if "{" not in src[body.start:]:
        return
    code = [b.span for b in doc.blocks if b.kind == "code"]
    taken: list[Span] = []

    def free(span: Span) -> bool:
        return not any(c.start <= span.start < c.end for c in code) and not any(t.overlaps(span) for t in taken)

    for m in _OPAQUE.finditer(src, body.start):
        span = Span(m.start(), m.end())
        if free(span):
            _markup(doc, chars, span, taken)
    for m in SHORTCODE.finditer(src, body.start):
        span = Span(m.start(), m.end())
        if not free(span) or "\n\n" in m.group(0):
            continue
        _markup(doc, chars, span, taken)
        if not m.group(2):
            _media(doc, m.group(3), _args(m.group(4), m.start(4)), span, builtin=m.group(3) == "figure")
    for m in LIQUID.finditer(src, body.start):
        span = Span(m.start(), m.end())
        if not free(span) or "\n\n" in m.group(0):
            continue
        _markup(doc, chars, span, taken)
        name, args = m.group(1), _args(m.group(2), m.start(2))
        if name in ("include", "include_relative", "render") and args and args[0].name is None:
            name, args = args[0].value, args[1:]  # {% include figure.html image=… %}: the include names it
        _media(doc, name, args, span, builtin=False)
    for m in HEADING_ATTRS.finditer(src, body.start) if site else ():
        span = Span(m.start(1), m.end(1))
        if free(span):  # `## Data {#data}`: kramdown/Hugo heading attributes, not a hashtag
            _markup(doc, chars, span, taken)
    for m in EXPRESSION.finditer(src, body.start):
        span = Span(m.start(), m.end())
        if free(span) and (site or _CODE_LIKE.match(m.group(1))):
            _markup(doc, chars, span, taken)
    _templated_images(doc, chars)
    doc.markup.sort(key=lambda s: s.start)


def _markup(doc: Document, chars: list[str], span: Span, taken: list[Span]) -> None:
    mask(chars, span.start, span.end)
    taken.append(span)
    doc.markup.append(span)


def _media(doc: Document, name: str, args: list[_Arg], span: Span, builtin: bool) -> None:
    base = name.lower().rsplit("/", 1)[-1]
    stem = re.sub(r"\.(?:html?|liquid|njk|md)$", "", base)
    named = {a.name: a for a in args if a.name}
    positional = [a for a in args if a.name is None]
    if stem in _VIDEO_NAMES:
        target = next((named[k] for k in ("src", "id", "url", "video") if k in named), None) or \
            (positional[0] if positional else None)
        if target is not None:
            hosted = stem != "video" or "://" in target.value
            doc.videos.append(Video(src=target.value, span=span, origin="shortcode",
                                    # YouTube and Vimeo keep their captions on the platform: not visible here
                                    captions=named["captions"].value if "captions" in named else
                                    ("platform" if hosted else None)))
        return
    if not _IMAGE_NAME.search(stem):
        return
    source = next((named[k] for k in _SRC_KEYS if k in named and named[k].value.strip()), None)
    if source is None:
        source = next((a for a in positional if IMAGE_SUFFIX.search(a.value) or "/" in a.value), None)
    if source is None or not source.value.strip() or "{{" in source.value and "}}" not in source.value:
        return
    value = source.value.strip()
    if not (IMAGE_SUFFIX.search(value) or "://" in value):
        return  # a theme's resource name (`img src="team-photo"`): where it lives is the theme's business
    alt = next((named[k] for k in _ALT_KEYS if k in named), None)
    if alt is None:
        rest = [a for a in positional if a is not source]
        if rest:
            alt = rest[-1]  # {% image "a.jpg" "alt" %}, {% image_with_class "a.jpg" "class" "alt" %}
    credit = next((named[k] for k in _CREDIT_KEYS if k in named and named[k].value.strip()), None)
    caption = next((named[k] for k in _CAPTION_KEYS if k in named and named[k].value.strip()), None)
    if credit is None and caption is not None and _CREDIT_WORDS.search(caption.value):
        credit = caption
    if alt is None and caption is not None:
        alt = caption  # Hugo's `figure` (and most themes) write the caption as the alt text when there is no alt
    elif alt is not None and not alt.value.strip() and caption is not None and builtin and stem == "figure":
        alt = caption  # Hugo's own `figure` with `alt = ""`: its template falls back to the caption all the same
    doc.images.append(Image(
        src=value, span=span, origin="shortcode", alt=alt.value if alt else None, alt_span=alt.span if alt else None,
        title=caption.value if caption else None, credit=credit.value if credit else None,
        credit_span=credit.span if credit else None, key=stem,
        # Hugo's own `figure` is resolved like a Markdown image; a theme's shortcode may look anywhere
        strict=builtin))


_TEMPLATED_IMAGE = LazyRegex(r"!\[([^\[\]\n]*)\]\(\s*(\{\{[^{}\n]*\}\}[^\s)]*)(?:\s+\"[^\"\n]*\")?\s*\)")


def _templated_images(doc: Document, chars: list[str]) -> None:
    """`![alt]({{ site.baseurl }}/img/a.jpg)`: the space inside the template stops the Markdown reader; the
    generator replaces the template first, so it is an image."""
    src = doc.source
    if "![" not in src:
        return
    for m in _TEMPLATED_IMAGE.finditer(src, doc.body.start):
        span = Span(m.start(), m.end())
        partial = [im for im in doc.images if im.span.overlaps(span)]
        for im in partial:
            if im.src.startswith("{{") and "}}" not in im.src:
                im.src = m.group(2)  # read up to the space inside the template: the whole path
        if partial or any(b.kind == "code" and b.span.start <= m.start()
                                                                    < b.span.end for b in doc.blocks):
            continue
        mask(chars, span.start, span.end)
        doc.images.append(Image(src=m.group(2), span=span, origin="markdown", alt=m.group(1),
                                alt_span=Span(m.start(1), m.end(1))))
