"""What it checks: every image of the draft — front matter `images:` entries, Markdown `![alt](src)` and HTML
`<img>` — must carry a credit: `credit:` in its front matter entry, a title that credits ("© X", "Photo by X"),
text after the image on its line, a <figcaption>, or a caption line right after it: "Photo : X", "© X",
"Crédit(s) : X", "Credit: X", "Source : X", "via X". Remote images count like local ones.
A "credit" that is not a source ("Source : Google Images", "Internet", "Facebook", "DR") is reported too.
Not flagged: images that are not photographs — screenshots, charts, plots, diagrams, logos, avatars, badges,
icons, app screens, web pages, dashboards, slides, banners, maps, word clouds, formulas (said by the file name,
alt text or title, the host, an SVG/PNG/GIF file with no word of a photograph in its alt text, or a place right
under a code block that drew it); a local file that is drawn (large areas of one exact colour, an icon's size, a
palette or animated image, a design or screenshot tool in its metadata); and an image whose paragraph just above
credits it ("Photos by Jane Doe on Flickr", or a painting named with its artist), or a line under it that
does ("Source: USGS Multimedia Gallery"). Nor the organisation's own pictures: a data table ("Table 1", "this table
shows", a file named "…-table"), a drawing, an illustration, a comic, a spreadsheet, a tweet, a web page, a
whiteboard, sticky notes or a card sort when the alt text names no people, a web site whose address the alt text gives
("PetcokeAlerts.org"), a seal, a sticker or a publication's cover (a report, a guide, an action plan) when the alt
text names nobody in the picture; on a site page, a headshot named after
the person its alt text names ("catherine.jpg", "Catherine Devlin") or after the first name of the speaker an event
page announces. A camera's EXIF (make, model, exposure) or a stock agency in the file
name (iStock, Thinkstock, Getty…) marks a photograph, whatever its format.
On a page of a static site: the portraits of the organisation's people (a `team/`, `people/` or `board/` folder, a
headshot, a file named after a speaker or author the page names, or after a person the page or the alt text names
in full) are not flagged; a site's other pictures are reported as info, in one remark per page that lists them
(most are the organisation's own photographs, title graphics or screenshots: worth a look), and as a warning each
only when they are someone else's (a stock agency or a free library in the file name); one that nothing describes at all (no alt text, or its file name as alt text) is
not reported. A credit for all the page's pictures counts wherever it stands ("Photos taken by Ajay", "Most of the
images in this post were taken by …", « Crédits photos : … »), and the text's first line credits the page's own
picture ("*Image source: …*"). A caption element right under the picture (`<small><em>…</em></small>`, a figcaption) that names its
author ("Street Atlas by Audrey Henderson") or its photographer counts as its credit.
Why: the guides ask to respect copyright and to cite the source fully, and to show clearly that shared
material comes from another source.
Fix safety: no automatic fix; add `credit: "© Author / Organisation"` to the image entry, or a line
"Photo : Author / Organisation" right under the image."""
from __future__ import annotations

from postlint.core.rule import rule
from postlint.document.analysis import analysis
from postlint.document.model import Document
from postlint.rules.image_credit._credit import SOURCE, credit_kind
from postlint.images.locate import root_of
from postlint.images.photo import judge, own_graphic
from postlint.text.patterns import LazyRegex


@rule("image-credit.missing", severity="warning",
      summary="An image without a credit (author or source), or with a credit that is not a source",
      source=SOURCE,
      examples={"fail": ("![Le jury](img/jury.jpg)  (no credit line)", "![](x.jpg)\nSource : Google Images"),
                "pass": ("![La lauréate](img/laureate.jpg)\nCrédit : Fatou Ba / Réseau Teranga Numérique",
                         '---\nimages:\n  - src: img/clean.jpg\n    credit: "© Awa Diallo / Grdr"\n---\nAtelier de couture à Kayes.\n')})
def missing(doc: Document, ctx):
    for im in doc.images:
        where = doc.image_span(im)
        name = im.src if im.src not in ("", "None") else ctx.msg(fr="(sans fichier)", en="(no file)")
        if not im.credit or not im.credit.strip():
            if _credited_above(doc, im) or any(_CREDIT_IN_ALT.search(x) for x in (im.alt or "", im.title or "") if x):
                continue  # alt="unconf17 group. Photo (c) Karthik Ram": the credit is in the alt text
            if id(im) in _credited_below_ids(doc) or _same_picture_credited(doc, im) or _page_credit(doc, im) or \
                    own_graphic(doc, im):
                continue  # own_graphic: a data table, a drawing, a whiteboard, a headshot named after its alt text
            evidence = judge(doc, im, _after_code(doc, im), root_of(doc, getattr(ctx.settings, "root", None)))
            if not evidence.report:
                continue
            suggestions = [ctx.msg(fr="Photo : Prénom Nom / Organisation", en="Photo: First Last / Organisation")]
            if evidence.severity == "info":
                # a site's own pictures: worth a look, one remark per page listing every place (engine.aggregate)
                msg = ctx.msg(fr="Image sans crédit : si c'est la photo ou l'illustration de quelqu'un d'autre (pas une "
                                 "image de votre organisation), indiquez l'auteur et la source (« Photo : Prénom Nom / "
                                 "Organisation »).",
                              en="Picture without a credit: if it is someone else's photograph or illustration (not "
                                 "your organisation's own), name the author and source (\"Photo: First Last / "
                                 "Organisation\").")
                yield ctx.finding(where, msg, severity="info", suggestions=suggestions, group="uncredited-picture")
                continue
            msg = ctx.msg(fr="Image sans crédit : « {s} ». Indiquez l'auteur et la source (« Photo : Prénom Nom / "
                             "Organisation »), dans le front matter (credit:) ou sur la ligne sous l'image.",
                          en="Image without a credit: '{s}'. Name the author and source (\"Photo: First Last / "
                             "Organisation\"), in the front matter (credit:) or on the line under the image.", s=name)
            yield ctx.finding(where, msg, severity=evidence.severity, suggestions=suggestions)
        elif credit_kind(im.credit) == "vague":
            msg = ctx.msg(fr="Le crédit « {c} » de l'image « {s} » n'est pas une source : nommez l'auteur ou "
                             "l'organisation qui a fourni l'image.",
                          en="The credit '{c}' of image '{s}' is not a source: name the author or the organisation "
                             "that supplied the image.", c=im.credit.strip(), s=name)
            yield ctx.finding(where, msg)


# a paragraph above that says who took the pictures ("Most of the images in this post were taken by Bérénice B.,
# our volunteer photographer"); a bare credit line above ("Photo : Awa Diallo") belongs under the image
_CREDIT_ABOVE = LazyRegex(r"(?i)(?:taken[ \t]+by|photographer|photographe|(?:photos?|pictures?|images?)[ \t]+by|"
                          r"prises?[ \t]+par|courtesy[ \t]+of|"
                          # a work of art named with its artist: "the famous paintings of Ned Kelly by Sidney Nolan"
                          r"(?:paintings?|peintures?|artworks?|œuvres?)\b(?:[^.\n]|\.(?=\S)){0,160}?\b(?:by|de|par)[ \t]+(?-i:\p{Lu}))")
_CREDIT_IN_ALT = LazyRegex(r"(?i)(?:©|\(c\)|photos?[ \t]+(?:by|credits?|courtesy|de|par|:)|credits?[ \t]*:|"
                          r"crédits?[ \t]*:|courtesy[ \t]+of|photographer|photographe)")


def _previous_block(doc: Document, im):
    if im.origin == "front_matter":
        return None
    return next((b for b in reversed(doc.blocks) if b.span.end <= im.span.start), None)


def _after_code(doc: Document, im) -> bool:
    """The image follows a code block: a plot or an animation the code above produced."""
    prev = _previous_block(doc, im)
    return prev is not None and prev.kind == "code"


def _credited_above(doc: Document, im) -> bool:
    """The paragraph right above credits the photographer ("Photos by Jane Doe, on Flickr:")."""
    prev = _previous_block(doc, im)
    if prev is None or prev.kind != "paragraph" or any(prev.span.contains(o.span) for o in doc.images if o is not im):
        return False  # a credit beside another image is that image's
    return _CREDIT_ABOVE.search(doc.source, prev.span.start, prev.span.end) is not None


# a caption written in HTML or mid-sentence under the picture: "<em>… Photo by <a>Nina S.</a></em>",
# "<figcaption>Photo courtesy: GSA</figcaption>", "_CarpentryCon 2018 by B. Batut, CC BY-SA 2.0_"
_CREDIT_BELOW = LazyRegex(r"(?i)(?:©|\(c\)|\bphotos?[ \t]+(?:by|credits?|courtesy|de|par)\b|\bphotos?[ \t]*:|"
                          r"\bcredits?[ \t]*:|crédits?[ \t]*:|\bsources?[ \t]*:|\bcourtesy\b|photographer|photographe|"
                          r"\bcc[ -]by\b|"
                          r"creative[ \t]+commons|\bvia[ \t]+(?:flickr|wikimedia|unsplash|pexels))")
_TAG = LazyRegex(r"<[^>\n]*>")
_IMAGE_MARK = LazyRegex(r"!\[|<img\b|\{\{<|\{%")


def _credited_below(doc: Document, im) -> bool:
    """The one or two lines right under the picture credit it, in whatever markup (an HTML caption, a figcaption,
    an italic line with a licence), or the caption element right under it does, to its end (a `<small><em>` caption
    of several lines): the parser only reads a caption line that starts with "Photo :"/"©"."""
    if im.origin == "front_matter":
        return False
    after = doc.source[im.span.end:im.span.end + 600]
    raw = after.split("\n")
    lines = [t for t in raw[:4] if t.strip()][:2]
    caption = _caption_element(raw)
    text = _TAG.sub(" ", "\n".join(lines + caption))
    cut = _IMAGE_MARK.search(text)
    text = text[:cut.start()] if cut else text
    if _CREDIT_BELOW.search(text):
        return True
    # in a caption, "<title> by Firstname Lastname" names the author ("HViAB by Audrey Henderson")
    caption_text = _TAG.sub(" ", "\n".join(caption or [t for t in lines if _CAPTION_OPEN.match(t.strip())]))
    cut = _IMAGE_MARK.search(caption_text)
    return _BY_NAME.search(caption_text[:cut.start()] if cut else caption_text) is not None


# an element that holds a caption, opened right under the picture: <small>, <em>, <i>, <figcaption>, <p class=
# "caption">, or a Markdown emphasis line ("_… by Jane Doe_")
_CAPTION_OPEN = LazyRegex(r"(?i)^(?:<(small|em|i|figcaption|cite)\b[^>]*>|<(p|div|span)\b[^>]*class=[\"'][^\"']*"
                          r"(?:caption|credit|legend)[^\"']*[\"'][^>]*>|[_*](?=\S))")
_BY_NAME = LazyRegex(r"(?<![\p{L}])by[ \t]+(?:<[^>\n]*>[ \t]*)?\p{Lu}[\p{Ll}'’-]+\.?[ \t]+\p{Lu}[\p{Ll}'’-]{1,}")


def _caption_element(raw: list[str]) -> list[str]:
    """The lines of the caption element that opens under the picture before any text (blank lines and `<br />`
    skipped), to its closing tag; at most six lines."""
    start, m = 0, None
    while start < min(len(raw), 5):
        m = _CAPTION_OPEN.match(raw[start].strip())
        if m and (m.group(1) or m.group(2)):
            break
        if _TAG.sub("", raw[start]).strip():
            return []  # text first: prose, not a caption element
        start += 1
    if m is None or not (m.group(1) or m.group(2)):
        return []
    close = f"</{(m.group(1) or m.group(2)).lower()}"
    out = []
    for t in raw[start:start + 6]:
        out.append(t)
        if close in t.lower():
            break
    return out


@analysis
def _credited_below_ids(doc: Document) -> frozenset[int]:
    """The pictures whose lines below credit them (computed once: a page may hold thousands)."""
    return frozenset(id(o) for o in doc.images if _credited_below(doc, o))


@analysis
def _credited_names(doc: Document) -> frozenset[str]:
    """File names of the pictures credited somewhere on the page."""
    below = _credited_below_ids(doc)
    return frozenset(o.file_name for o in doc.images
                     if (o.credit and o.credit.strip() and credit_kind(o.credit) != "vague") or id(o) in below)


# a credit for all the pictures of the page, wherever it stands: "Photos taken by Ajay from Fotoholics", "Most of the
# images in this post were taken by B. Batut", « Photos : Awa Diallo », "All photos courtesy of the City"
_BLANKET = LazyRegex(r"(?i)(?:(?:photos|pictures|images|photographs)[ \t]+(?:(?:in|of|on)[ \t]+this[ \t]+"
                     r"(?:post|page|article|story|report)[ \t]+)?(?:were[ \t]+|are[ \t]+)?(?:taken|shot|provided)"
                     r"[ \t]+by|(?:all|most|the)[ \t]+(?:of[ \t]+the[ \t]+)?(?:photos|pictures|images|photographs)"
                     r"(?:[ \t]+in[ \t]+this[ \t]+\w+)?[ \t]+(?:(?:were|are)[ \t]+)?(?:by|courtesy|from)\b|"
                     r"photos[ \t]+(?:prises[ \t]+)?par|crédits?[ \t]+photos?[ \t]*:|photos?[ \t]+credits?[ \t]*:)")
# the page's own picture credited on the first line of the text: "*Image source: Recreation.gov Instagram*"
_FIRST_LINE_CREDIT = LazyRegex(r"(?i)[ \t>*_]*(?:image|photo|picture|illustration|crédit|credit)s?"
                               r"(?:[ \t]+(?:source|credit|by|de|par))?[ \t]*:")


@analysis
def _page_credits(doc: Document) -> tuple[bool, bool]:
    """(a paragraph credits all the page's pictures, the text's first line credits the page's own picture)."""
    blanket = any(b.kind in ("paragraph", "caption", "list_item") and _BLANKET.search(doc.source, b.span.start, b.span.end)
                  for b in doc.blocks)
    first = next((b for b in doc.blocks if b.kind != "heading"), None)
    lead = first is not None and _FIRST_LINE_CREDIT.match(doc.source, first.span.start, first.span.end) is not None
    return blanket, lead


def _page_credit(doc: Document, im) -> bool:
    blanket, lead = _page_credits(doc)
    return blanket or (lead and im.origin == "front_matter")


def _same_picture_credited(doc: Document, im) -> bool:
    """The page's picture (front matter) is also shown in the body with its credit, or the other way round (the
    image asked about has no credit itself, so a credited file of its name is another showing of it)."""
    name = im.file_name
    return bool(name) and name in _credited_names(doc)


RULES = [missing]
