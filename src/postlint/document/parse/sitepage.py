"""What a page's front matter publishes: its pictures (`images`, and the keys site generators and their themes
use: `image`, `featured_image`, `cover`, `hero`, `thumbnail`, `og_image`…, with `image_alt`/`alt`/`caption`/
`credit` beside them) as ordinary `Image` entries, and its public text (`title`, `subtitle`, `description`,
`summary`, `excerpt`, `teaser`: what search results and social cards show) as prose blocks at their exact
place in the source.
"""
from __future__ import annotations

from typing import Any

from postlint.core.spans import Span
from postlint.document.model import Block, Document, Image, Video
from postlint.document.parse.frontmatter import media_src
from postlint.text.patterns import LazyRegex

# front matter keys holding the page's pictures (postlint's `images` first)
IMAGE_KEYS = ("images", "image", "featured_image", "featured-image", "featuredImage", "feature_image",
              "featureImage", "cover", "cover_image", "coverImage", "hero", "hero_image", "heroImage", "thumbnail",
              "thumb", "og_image", "ogImage", "social_image", "share_image", "banner", "banner_image", "photo",
              "header")
_ALT_KEYS = ("alt", "alt_text", "image_alt", "imageAlt", "image_alt_text", "alt-text", "image-alt", "imagealt")
# smaller copies of the page's picture (list pages, social cards): read only when the page names no other image
_SECONDARY = ("thumb", "thumbnail", "og_image", "ogImage", "social_image", "share_image")
_CREDIT_KEYS = ("credit", "image_credit", "imageCredit", "photo_credit", "credits", "image_attribution")
_CAPTION_KEYS = ("caption", "image_caption", "imageCaption", "figcaption", "image_figcaption", "imageFigcaption")
_HEADER_IMAGES = ("image", "overlay_image", "teaser", "og_image")  # Jekyll themes: header: {image: …}
_IMAGE_FILE = LazyRegex(r"(?i)\.(?:jpe?g|png|gif|webp|tiff?|heic|heif|avif|svg|bmp)(?:[?#].*)?$|://")
# front matter text published with the page
PROSE_KEYS = ("title", "subtitle", "description", "summary", "excerpt", "teaser", "lede", "deck")
_CREDIT_WORDS = LazyRegex(r"(?i)©|\b(?:photo|credit|crédit|courtesy|source|istock|getty|shutterstock|thinkstock|"
                           r"unsplash|pexels|pixabay|flickr|wikimedia|reuters|afp|adobe stock)\b|\bvia\s")


def front_matter_media(doc: Document, site: bool) -> None:
    """Add the front matter's images and videos to `doc` (images first, in front-matter order)."""
    data = doc.front_matter
    images: list[Image] = []
    for key in IMAGE_KEYS:
        value = data.get(key)
        if value is None or (key != "images" and not site and key != "image") or (key in _SECONDARY and images):
            continue  # without a site profile only postlint's `images` (and the common `image:`) are read
        if key == "header":
            if isinstance(value, dict):
                for sub in _HEADER_IMAGES:
                    if isinstance(value.get(sub), str):
                        images.append(_image(doc, value[sub], (key, sub), value, key))
            continue
        items = value if isinstance(value, list) else [value]
        for i, item in enumerate(items):
            path = (key, i) if isinstance(value, list) else (key,)
            if isinstance(item, str) and item.strip():
                if site and key != "images" and not _IMAGE_FILE.search(item.strip()):
                    continue  # `image: team-photo`: a theme's resource name, not a file or URL
                images.append(_image(doc, item.strip(), path, data if not isinstance(value, list) else {}, key))
            elif isinstance(item, dict) and isinstance(media_src(item), str):
                images.append(_image(doc, media_src(item), path, item, key, entry=True))
    for i, im in enumerate(images):
        im.index = i
    doc.images[:0] = images
    for key in ("video", "videos"):
        value = data.get(key)
        for i, item in enumerate(value if isinstance(value, list) else [value] if value else []):
            if isinstance(item, str):
                item = {"src": item}
            if isinstance(item, dict) and media_src(item):
                path = (key, i) if isinstance(value, list) else (key,)
                doc.videos.append(Video(src=str(media_src(item)), span=doc.fm_span(*path) or Span(0, 0),
                                        captions=item.get("captions")))


def _image(doc: Document, src: str, path: tuple[Any, ...], around: dict[str, Any], key: str,
           entry: bool = False) -> Image:
    """An image of the front matter; `around` holds its alt/credit/caption (the entry itself, or the keys
    beside a single `image:`)."""
    base = path if entry else path[:-1]

    def find(keys: tuple[str, ...]) -> tuple[str | None, Span | None]:
        for k in keys:
            v = around.get(k)
            if isinstance(v, str) or (k in _ALT_KEYS and v is not None and not isinstance(v, (dict, list))):
                return str(v), doc.fm_span(*base, k)
        return None, None

    alt, alt_span = find(_ALT_KEYS if entry else _ALT_KEYS[1:] + (f"{key}_alt", f"{key}-alt", f"{key}Alt"))
    if not entry and alt is None and key in ("image", "images") and isinstance(around.get("alt"), str):
        alt, alt_span = around["alt"], doc.fm_span(*base, "alt")
    credit, credit_span = find(_CREDIT_KEYS)
    caption, caption_span = find(_CAPTION_KEYS)
    if not credit and caption and _CREDIT_WORDS.search(caption):
        credit, credit_span = caption, caption_span
    title = around.get("title") if entry and isinstance(around.get("title"), str) else None
    span = doc.fm_span(*path) or doc.fm_span(path[0]) or Span(0, 0)  # TOML/JSON: list items share the key's line
    return Image(src=src, span=span, origin="front_matter", alt=alt,
                 alt_span=alt_span, title=title, credit=credit or None, credit_span=credit_span if credit else None,
                 consent=around.get("consent") if entry and isinstance(around.get("consent"), bool) else None,
                 minors=around.get("minors") if entry and isinstance(around.get("minors"), bool) else None,
                 key=key)


# ------------------------------------------------------------------------------------------- public text
_SCALAR = LazyRegex(r"""^[ \t]*(?P<q>["']?)[\w-]+(?P=q)[ \t]*[:=][ \t]*""")


def front_matter_prose(doc: Document, chars: list[str]) -> list[Block]:
    """Show the page's public text (title, description…) in the prose, one block per value, at its place."""
    if doc.front_matter_span is None:
        return []
    blocks = []
    for key in PROSE_KEYS:
        value = doc.front_matter.get(key)
        if not isinstance(value, str) or not value.strip():
            continue
        span = _value_span(doc, key, value)
        if span is None:
            continue
        for i in range(span.start, span.end):
            if doc.source[i] not in "\r\n":
                chars[i] = doc.source[i]
        blocks.append(Block("heading" if key == "title" else "paragraph", span, level=1 if key == "title" else 0))
    return blocks


def _value_span(doc: Document, key: str, value: str) -> Span | None:
    """Where the value of a top-level `key` is written: one line (plain or quoted), or the indented lines of a
    YAML block scalar (`description: >-`)."""
    line = doc.fm_line(key)
    fm = doc.front_matter_span
    if not line or fm is None:
        return None
    ls = doc.line_index.line_span(line)
    text = doc.source[ls.start:ls.end].rstrip("\r")
    m = _SCALAR.match(text)
    if not m:
        return None
    rest = text[m.end():]
    start = ls.start + m.end()
    if rest.strip() in ("|", ">", "|-", ">-", "|+", ">+", "'''", '"""'):  # a block scalar or TOML multi-line
        first = line + 1
        last = first
        while last + 1 <= doc.line_index.line_count and doc.line_index.line_span(last + 1).end <= fm.end:
            nxt = doc.line_index.line_text(last + 1)
            if nxt.strip() and not nxt[:1].isspace():
                break
            last += 1
        s = doc.line_index.line_span(first).start
        e = doc.line_index.line_span(last).end
        body = doc.source[s:e]
        lead = len(body) - len(body.lstrip())
        trail = len(body.rstrip().rstrip("'\""))
        return Span(s + lead, s + trail) if trail > lead else None
    if rest[:1] in "\"'" and len(rest) >= 2:
        end = rest.rfind(rest[0])
        if end <= 0:
            return None
        return Span(start + 1, start + end)
    stripped = rest.split(" #", 1)[0].rstrip()
    if not stripped:
        return None
    return Span(start, start + len(stripped))
