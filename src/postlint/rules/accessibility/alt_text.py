"""What it checks: every image — front matter `images:`, Markdown `![alt](src)` and HTML `<img>` — has a
description: not missing, not empty, not a placeholder such as "image" or "photo", not a file name
(IMG_1234.jpg). On a static site's page, a theme's own image key (`image:`, `cover:`, `featured_image:`…) without an alt key
beside it is not reported (the theme writes that alt text, often from the title); an empty or meaningless
`image_alt:` is. Alt text longer than the platforms accept (X and Instagram 1,000 characters,
Mastodon 1,500) is reported as info.
Not reported: a favicon or an HTML image at most 32 pixels wide and high (a badge, an icon: decorative); an empty
alt on a picture whose description is the labelled paragraph right under it (« Texte de remplacement : … »,
"Image description: …"); a Hugo `figure` with a caption and an empty or missing alt (Hugo writes the caption as
its alt text). An alt that repeats the file's name is reported even when the name is a word ("frink.png",
alt "frink"): the rule cannot tell a chosen word from a pasted name.
Why: blind and low-vision readers hear the alt text instead of seeing the picture; "image" tells them
nothing. Describe what the picture shows and why it is in the post.
Fix safety: none — only the author knows what the picture shows."""
from __future__ import annotations

import os

from postlint.core.rule import Context, Option, rule
from postlint.document.model import Document
from postlint.rules.accessibility._sources import SOURCE_A11Y
from postlint.text import lang as L
from postlint.text.patterns import LazyRegex

USELESS_ALT = {"image", "images", "photo", "photos", "picture", "pic", "img", "illustration", "visuel", "visual",
               "graphic", "graphique", "screenshot", "capture", "capture d'ecran", "untitled", "sans titre",
               "alt", "alt text", "texte alternatif", "image description", "description", "logo", "banner",
               "banniere", "affiche", "poster", "flyer", "placeholder", "photo de couverture", "cover", "animation",
               "gif", "figure", "fig", "chart", "graph", "diagram", "diagramme", "schema", "plot", "thumbnail",
               "vignette", "icon", "icone", "header", "hero", "background"}
FILE_NAME = LazyRegex(r"(?i)^\S+\.(?:jpe?g|png|gif|webp|svg|heic|heif|tiff?|bmp|avif)$|"
                          r"^(?:img|dsc|dscn|dcim|pxl|photo|image|screenshot|capture)[\s_\-]*\d[\w\-]*$")
# characters: X API media alt text and Instagram 1,000; Mastodon media description 1,500
ALT_LIMITS = {"x": 1000, "instagram": 1000, "mastodon": 1500}


# a favicon or an icon a few pixels wide (a pasted embed's source badge): decorative, nothing to describe
_FAVICON = LazyRegex(r"(?i)favicon|apple-touch-icon")
_SIZE = LazyRegex(r"""(?i)\b(width|height)\s*=\s*["']?(\d+)(?:px)?\b""")
# the description stands in the text right under the picture: « Texte de remplacement : Capture d'écran de… »,
# "Image description: …" — an empty alt then avoids reading it twice
_DESCRIBED_BELOW = LazyRegex(r"(?i)^\W{0,3}(?:texte[ \t]+(?:de[ \t]+remplacement|alternatif)|description[ \t]+(?:de[ \t]+l|d)['’ \t]{1,8}image|"
                             r"image[ \t]+description|alt(?:ernative)?[ \t]+text|"
                             r"description[ \t]+(?:of[ \t]+the[ \t]+)?(?:image|picture|photo|screenshot))"
                             r"[ \t\u00a0]*(?:&nbsp;)?[ \t\u00a0]*:")


def _alt_problem(alt: str | None, src: str) -> str | None:
    if alt is None:
        return "missing"
    text = alt.strip()
    if not text:
        return "empty"
    key = L.word_key(text).strip(" .:!-_").replace("’", "'")
    base = os.path.splitext(os.path.basename(src or ""))[0].lower()
    if key in USELESS_ALT or FILE_NAME.match(text) or (base and key == L.word_key(base)):
        return "useless"
    return None


def _decorative(doc: Document, im) -> bool:
    """A favicon, or an HTML image at most 32 pixels wide and high: a badge or an icon, not content."""
    if _FAVICON.search(im.src or ""):
        return True
    if im.origin != "html":
        return False
    sizes = {k.lower(): int(v) for k, v in _SIZE.findall(doc.source[im.span.start:im.span.end])}
    return bool(sizes) and all(v <= 32 for v in sizes.values())


def _described_below(doc: Document, im) -> bool:
    """The next text block, within a few lines of the picture, gives its description under a label."""
    after = next((b for b in doc.text_blocks() if b.span.start >= im.span.end), None)
    if after is None or doc.source.count("\n", im.span.end, after.span.start) > 4:
        return False
    return bool(_DESCRIBED_BELOW.match(doc.prose[after.span.start:after.span.end].strip()))


@rule("accessibility.alt-text", severity="warning", summary="Image with missing, empty or meaningless alt text",
      source=SOURCE_A11Y, fix="never",
      options={"max_length": Option(int, 0, "longest useful alt text (0: the smallest limit of the platforms, "
                                              "else 1000)", minimum=0)},
      examples={"fail": ("![](img/formation.jpg)", "![IMG_2041.jpg](img/IMG_2041.jpg)", '---\nimages:\n  - src: img/formation.jpg\n    credit: "© Awa Diallo"\n---\nLa formation commence lundi.\n'),
                "pass": ("![Des jeunes codent autour d'une grande table](img/hackathon.jpg)",)})
def alt_text(doc: Document, ctx: Context):
    limit = ctx.options.get("max_length") or min((ALT_LIMITS[p] for p in doc.meta.platforms if p in ALT_LIMITS),
                                                   default=1000)
    for im in doc.images:
        if im.origin == "front_matter" and im.key in ("images", ""):
            span = doc.fm_span("images", im.index, "alt") or doc.fm_span("images", im.index) or None
        elif im.origin == "front_matter":
            span = (im.alt_span if im.alt_span and im.alt_span.end > im.alt_span.start else None) or \
                doc.image_span(im) or None
        else:
            span = im.span
        name = os.path.basename(im.src or "") or im.src
        problem = _alt_problem(im.alt, im.src)
        if problem == "missing" and im.origin == "front_matter" and im.key not in ("images", ""):
            continue  # a site theme's `image:`/`cover:`: the theme writes its alt text (often the title)
        if problem in ("missing", "empty") and _decorative(doc, im):
            continue  # a favicon or a 16-pixel icon in a pasted embed
        if problem == "empty" and _described_below(doc, im):
            continue  # alt="" on purpose: the description is the visible paragraph under the picture
        if problem == "missing":
            msg = ctx.msg(fr="L'image « {n} » n'a pas de texte alternatif : décrivez ce qu'elle montre pour les "
                             "personnes qui utilisent un lecteur d'écran.",
                          en="Image '{n}' has no alt text: describe what it shows for people using a screen "
                             "reader.", n=name)
        elif problem == "empty":
            msg = ctx.msg(fr="L'image « {n} » a un texte alternatif vide : décrivez ce qu'elle montre.",
                          en="Image '{n}' has empty alt text: describe what it shows.", n=name)
        elif problem == "useless":
            msg = ctx.msg(fr="Le texte alternatif « {a} » ne décrit pas l'image : dites ce qu'elle montre "
                             "(personnes, action, lieu, texte visible).",
                          en="Alt text '{a}' does not describe the image: say what it shows (people, action, "
                             "place, visible text).", a=(im.alt or "").strip())
        elif im.alt and len(im.alt) > limit:
            yield ctx.finding(span, ctx.msg(
                fr="Texte alternatif de {n} caractères : au-delà de {m}, il sera coupé ou refusé ; gardez "
                   "l'essentiel et mettez le reste dans le texte du post.",
                en="Alt text of {n} characters: past {m} it is cut or refused; keep the essentials and put the "
                   "rest in the post.", n=len(im.alt), m=limit), severity="info")
            continue
        else:
            continue
        yield ctx.finding(span, msg, suggestions=[ctx.msg(fr="Décrivez l'image en une ou deux phrases",
                                                          en="Describe the image in one or two sentences")])


RULES = [alt_text]
