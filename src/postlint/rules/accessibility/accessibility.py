"""Accessibility: what a screen-reader user, a deaf viewer or a low-vision reader gets of a post.

Guide 000 (INPUD) asks to subtitle videos (also for deaf and hard-of-hearing people); the platforms'
accessibility guidance (domain reference §4) adds alt text for images, CamelCase hashtags, no ALL-CAPS
runs (`accessibility_caps.py`), no pseudo-bold Unicode letters and no walls of emoji.
"""
from __future__ import annotations

import os
import unicodedata
from functools import lru_cache

import regex

from postlint.text.patterns import LazyRegex

from postlint.text import lang as L
from postlint.document.model import Document
from postlint.core.spans import Span
from postlint.core.rule import Context, Edit, Fix, Option, rule

SOURCE_VIDEO = ("Guide 000 (INPUD), « fournissez des versions sous-titrées dans les langues importantes et en "
                "anglais pour les malentendants »")
SOURCE_A11Y = ("Guide 000 (INPUD), « un langage inclusif » and emoji in the social media style guide; platforms' "
               "accessibility guidance, domain reference §4 (alt text limits, CamelCase hashtags, WCAG 3.1.2)")

# ----------------------------------------------------------------------------------------- alt text
USELESS_ALT = {"image", "images", "photo", "photos", "picture", "pic", "img", "illustration", "visuel", "visual",
               "graphic", "graphique", "screenshot", "capture", "capture d'ecran", "untitled", "sans titre",
               "alt", "alt text", "texte alternatif", "image description", "description", "logo", "banner",
               "banniere", "affiche", "poster", "flyer", "placeholder", "photo de couverture", "cover"}
FILE_NAME = LazyRegex(r"(?i)^\S+\.(?:jpe?g|png|gif|webp|svg|heic|heif|tiff?|bmp|avif)$|"
                          r"^(?:img|dsc|dscn|dcim|pxl|photo|image|screenshot|capture)[\s_\-]*\d[\w\-]*$")
ALT_LIMITS = {"x": 1000, "instagram": 1000, "mastodon": 1500}  # characters (domain reference §4)


def _alt_problem(alt: str | None, src: str) -> str | None:
    if alt is None:
        return "missing"
    text = alt.strip()
    if not text:
        return "empty"
    key = L.fold(text).strip(" .:!-_").replace("’", "'")
    base = os.path.splitext(os.path.basename(src or ""))[0].lower()
    if key in USELESS_ALT or FILE_NAME.match(text) or (base and key == L.fold(base)):
        return "useless"
    return None


@rule("accessibility.alt-text", severity="warning", summary="Image with missing, empty or meaningless alt text",
      source=SOURCE_A11Y, fix="never",
      options={"max_length": Option(int, 0, "longest useful alt text (0: the smallest limit of the platforms, "
                                              "else 1000)", minimum=0)},
      explain="""
What it checks: every image — front matter `images:`, Markdown `![alt](src)` and HTML `<img>` — has a
description: not missing, not empty, not a placeholder such as "image" or "photo", not a file name
(IMG_1234.jpg). Alt text longer than the platforms accept (X and Instagram 1,000 characters,
Mastodon 1,500) is reported as info.
Why: blind and low-vision readers hear the alt text instead of seeing the picture; "image" tells them
nothing. Describe what the picture shows and why it is in the post.
Fix safety: none — only the author knows what the picture shows.""",
      examples={"fail": ("![](img/formation.jpg)", "![IMG_2041.jpg](img/IMG_2041.jpg)", "images: [{src: a.jpg}]"),
                "pass": ("![Des jeunes codent autour d'une grande table](img/hackathon.jpg)",)})
def alt_text(doc: Document, ctx: Context):
    limit = ctx.options.get("max_length") or min((ALT_LIMITS[p] for p in doc.meta.platforms if p in ALT_LIMITS),
                                                   default=1000)
    for im in doc.images:
        if im.origin == "front_matter":
            span = doc.fm_span("images", im.index, "alt") or doc.fm_span("images", im.index) or None
        else:
            span = im.span
        name = os.path.basename(im.src or "") or im.src
        problem = _alt_problem(im.alt, im.src)
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


# ----------------------------------------------------------------------------------------- video
@rule("accessibility.video-captions", severity="warning", summary="Video without captions or subtitles",
      source=SOURCE_VIDEO,
      explain="""
What it checks: a video in the front matter (`video:` / `videos:`) needs `captions:` (a subtitle file
such as clip.fr.vtt, or `true` when captions are burnt in); an HTML `<video>` needs a `<track
kind="captions">` or `kind="subtitles"`. A local captions file that does not exist is reported too.
Why: guide 000 asks to subtitle videos, for deaf and hard-of-hearing people and for the many who watch
without sound.
Fix safety: none.""",
      examples={"fail": ("video: [{src: clip.mp4}]", "<video src=\"clip.mp4\"></video>"),
                "pass": ("video: [{src: clip.mp4, captions: clip.fr.vtt}]",)})
def video_captions(doc: Document, ctx: Context):
    for v in doc.videos + _inline_videos(doc):
        span = v.span if v.span != Span(0, 0) else None
        name = os.path.basename(v.src or "") or "video"
        if v.captions in (None, "", False):
            yield ctx.finding(span, ctx.msg(
                fr="La vidéo « {n} » n'a pas de sous-titres : ajoutez `captions:` (fichier .vtt ou .srt) pour "
                   "les personnes sourdes ou malentendantes et la lecture sans le son.",
                en="Video '{n}' has no captions: add `captions:` (a .vtt or .srt file) for deaf and "
                   "hard-of-hearing people and for viewing without sound.", n=name),
                suggestions=[f"captions: {os.path.splitext(name)[0]}.{doc.lang}.vtt"])
        elif isinstance(v.captions, str) and v.origin == "front_matter" and "://" not in v.captions:
            path = os.path.join(doc.base_dir, v.captions)
            if not os.path.exists(path):
                yield ctx.finding(span, ctx.msg(
                    fr="Le fichier de sous-titres « {c} » de la vidéo « {n} » est introuvable.",
                    en="Captions file '{c}' of video '{n}' was not found.", c=v.captions, n=name))


_VIDEO_TAG = LazyRegex(r"(?is)<video\b[^>]*>(?:.*?</video>)?")


def _inline_videos(doc: Document) -> list:
    """`<video>` written inside a paragraph (CommonMark makes it inline HTML, not an HTML block)."""
    from postlint.document.model import Video

    out = []
    for block in doc.text_blocks():
        for m in _VIDEO_TAG.finditer(doc.source, block.span.start, block.span.end):
            span = Span(m.start(), m.end())
            if doc.prose[m.start()] != " " or any(v.span.overlaps(span) for v in doc.videos):
                continue  # shown as text (e.g. in a code span) or already known
            track = regex.search(r"(?i)<track\b[^>]*>", m.group(0))
            kind = regex.search(r"(?i)\bkind\s*=\s*[\"']?(\w+)", track.group(0)) if track else None
            captions = "track" if track and (kind is None or kind.group(1).lower() in ("captions", "subtitles")) \
                else None
            src = regex.search(r"(?i)\bsrc\s*=\s*[\"']([^\"']+)", m.group(0))
            out.append(Video(src=src.group(1) if src else "video", span=span, captions=captions, origin="html"))
    return out


# ----------------------------------------------------------------------------------------- hashtags
# Acronyms that are also everyday words: a word of a split hashtag, they are written as words
# (#PeopleWhoUseDrugs, #ActNow, #AccèsAuxSoins, #UnMondeSansSIDA), not WHO, ACT, AU, UN.
WORD_ACRONYMS = frozenset({"WHO", "ACT", "UN", "AU", "EU", "AI", "ODD", "ID", "PAM", "PS", "AP", "NB"})


def _word_case(word: str) -> str:
    if word.upper() in L.ACRONYMS and word.upper() not in WORD_ACRONYMS:
        return word.upper()
    return word[:1].upper() + word[1:].lower()


@lru_cache(maxsize=8192)  # a function of the tag alone (and of fixed word lists); tags repeat across drafts
def camel_case(body: str) -> str | None:
    """CamelCase form of a run-together hashtag body, or None when it is one word (or unknown)."""
    parts = regex.findall(r"[^\W\d_]+|\d+|_+", body)
    out, split = [], False
    for part in parts:
        if not part.isalpha():
            out.append(part)
            continue
        if part.upper() in L.ACRONYMS and len(parts) > 1:
            out.append(part.upper())
            continue
        words = None if L.is_word_form(part) else L.segment(part)
        if words and len(words) > 1:
            split = True
            out.extend(_word_case(w) for w in words)
        else:
            out.append(part)
    return "".join(out) if split else None


@lru_cache(maxsize=8192)
def _needs_camel_case(body: str) -> bool:
    letters = [c for c in body if c.isalpha()]
    if len(letters) < 6:
        return False
    if all(c.isupper() for c in letters):
        return body.upper() not in L.ACRONYMS
    return not any(c.isupper() for c in letters[1:])  # all lower case, or only the first letter capital


@rule("accessibility.hashtag-case", severity="warning", summary="Multi-word hashtag not written in CamelCase",
      source=SOURCE_A11Y, fix="never",
      explain="""
What it checks: a hashtag made of several words written all in lower case (#nothingaboutuswithoutus)
or all in capitals (#STOPSTIGMA). Words are found with French and English word lists; a one-word tag
(#health, #Dakar) and an acronym (#VIH, #UNAIDS) are fine. The organisation's and the campaigns'
hashtags are left to `hashtags.official-spelling`, which knows their exact spelling.
Why: screen readers read #nothingaboutuswithoutus as one long made-up word; #NothingAboutUsWithoutUs
is read word by word, and is easier for everyone to read.
Fix safety: suggestion only — the split is a guess (check the suggested capitals). Changing a
campaign hashtag's case is fine: platforms match hashtags without regard to case.""",
      examples={"fail": ("#nothingaboutuswithoutus", "#santementale", "#BLACKLIVESMATTER"),
                "pass": ("#NothingAboutUsWithoutUs", "#health", "#VIH", "#CivicTech")})
def hashtag_case(doc: Document, ctx: Context):
    official = None
    for tag in doc.hashtags:
        body = tag.name
        if not _needs_camel_case(body):
            continue
        if official is None:
            from postlint.rules.hashtags.hashtags import _key as tag_key, official_tags
            official = set(official_tags(doc, ctx))
        if tag_key(tag.text) in official:
            continue  # an official or campaign hashtag: hashtags.official-spelling gives its spelling, with a fix
        camel = camel_case(body)
        if not camel or camel == body:
            continue
        yield ctx.finding(tag.span, ctx.msg(
            fr="Hashtag de plusieurs mots sans majuscules : les lecteurs d'écran le lisent comme un seul mot. "
               "Écrivez #{c}.",
            en="Multi-word hashtag without capitals: screen readers read it as one word. Write #{c}.", c=camel),
            suggestions=["#" + camel])


# ----------------------------------------------------------------------------------------- Unicode styling
def _styled(c: str) -> str | None:
    """The plain letter/digit a pseudo-styled character stands for, or None."""
    cp = ord(c)
    if not (0x1D400 <= cp <= 0x1D7FF or 0xFF10 <= cp <= 0xFF5A or 0x24B6 <= cp <= 0x24E9
            or 0x1F130 <= cp <= 0x1F149 or 0x2100 <= cp <= 0x214F):
        return None
    plain = unicodedata.normalize("NFKC", c)
    return plain if len(plain) == 1 and plain.isascii() and plain.isalnum() else None


_STYLED_RUN = LazyRegex(r"[\U0001D400-\U0001D7FF\uFF10-\uFF5A\u24B6-\u24E9\U0001F130-\U0001F149\u2100-\u214F]"
                            r"(?:[\s\p{P}\d]{0,3}[\U0001D400-\U0001D7FF\uFF10-\uFF5A\u24B6-\u24E9"
                            r"\U0001F130-\U0001F149\u2100-\u214F])*")


@rule("accessibility.unicode-styling", severity="warning",
      summary="Pseudo-bold or italic Unicode letters (𝐛𝐨𝐥𝐝, 𝘪𝘵𝘢𝘭𝘪𝘤) that screen readers cannot read",
      source=SOURCE_A11Y, fix="always",
      explain="""
What it checks: letters taken from the Unicode "mathematical" alphabets (𝐛𝐨𝐥𝐝, 𝘪𝘵𝘢𝘭𝘪𝘤, 𝗦𝗔𝗡𝗦), full-width,
circled or squared letters, used to fake bold or italics where a platform has none.
Why: screen readers read them as "mathematical bold small b…" or skip them; search and translation
do not find the words either.
Fix safety: safe — each letter is replaced by the plain letter it imitates (NFKC).""",
      examples={"fail": ("𝗦𝗮𝘃𝗲 𝘁𝗵𝗲 𝗱𝗮𝘁𝗲", "𝘪𝘮𝘱𝘰𝘳𝘵𝘢𝘯𝘵"), "pass": ("Save the date", "**Save the date**")})
def unicode_styling(doc: Document, ctx: Context):
    body = doc.prose[doc.body.start:doc.body.end]
    if not body or max(body) < "\u2100":  # every run starts at U+2100 or above: most drafts have none
        return
    for m in _STYLED_RUN.finditer(doc.prose, doc.body.start, doc.body.end):
        text = m.group(0)
        styled = [c for c in text if _styled(c)]
        if len(styled) < 2 or "\ufe0f" in doc.source[m.end():m.end() + 1]:
            continue
        if not any(0x1D400 <= ord(c) <= 0x1D7FF or 0xFF10 <= ord(c) <= 0xFF5A or 0x24B6 <= ord(c) <= 0x24E9
                   or 0x1F130 <= ord(c) <= 0x1F149 for c in styled):
            continue  # letterlike symbols alone (℃, ℓ) are ordinary typography
        plain = "".join(_styled(c) or c for c in text)
        span = Span(m.start(), m.end())
        yield ctx.finding(span, ctx.msg(
            fr="Lettres « stylées » Unicode : les lecteurs d'écran ne les lisent pas comme des mots. Écrivez « {p} ».",
            en="Unicode 'styled' letters: screen readers do not read them as words. Write '{p}'.", p=plain),
            suggestions=[plain], fix=Fix((Edit(span, plain),), "safe", plain))


# ----------------------------------------------------------------------------------------- emoji walls
_EMOJI_GAP = LazyRegex(r"[ \t\u200d\ufe0f]*")


@rule("accessibility.emoji-wall", severity="warning", summary="Many emoji in a row",
      source=SOURCE_A11Y,
      options={"max_run": Option(int, 3, "most emoji allowed side by side", minimum=1)},
      explain="""
What it checks: more than `max_run` (default 3) emoji side by side, with nothing but spaces between.
Why: a screen reader reads the name of every emoji ("party popper, party popper, red heart…"); a wall
of them buries the message. One emoji that adds meaning is enough.
Fix safety: none.""",
      examples={"fail": ("Merci 🎉🎉🎉🎉🎉",), "pass": ("Merci 🎉", "concert 🎸, repas 🍲 et tombola 🎁")})
def emoji_wall(doc: Document, ctx: Context):
    limit = ctx.options.get("max_run", 3)
    run: list = []
    for tok in [*doc.emoji, None]:
        if tok is not None and run and _EMOJI_GAP.fullmatch(doc.source[run[-1].span.end:tok.span.start]):
            run.append(tok)
            continue
        if len(run) > limit:
            span = Span(run[0].span.start, run[-1].span.end)
            yield ctx.finding(span, ctx.msg(
                fr="{n} emoji à la suite : un lecteur d'écran lit le nom de chacun. Gardez-en un ou deux.",
                en="{n} emoji in a row: a screen reader reads out the name of each. Keep one or two.", n=len(run)))
        run = [tok] if tok is not None else []


RULES = [alt_text, video_captions, hashtag_case, unicode_styling, emoji_wall]
