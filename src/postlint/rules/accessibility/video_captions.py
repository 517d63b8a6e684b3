"""What it checks: a video in the front matter (`video:` / `videos:`) needs `captions:` (a subtitle file
such as clip.fr.vtt, or `true` when captions are burnt in); an HTML `<video>` needs a `<track
kind="captions">` or `kind="subtitles"`. A local captions file that does not exist is reported too.
On a published site page, a video whose local file has no sound track (a silent screen recording, an animation)
has nothing to caption and is not reported, nor is a video right under the code block that renders it; a video that cannot be inspected (remote, or a theme's shortcode
whose file is not found) is reported as info there.
Why: INPUD's « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux » asks to
subtitle videos, for deaf and hard-of-hearing people and for the many who watch without sound.
Fix safety: none."""
from __future__ import annotations

import os

import regex

from postlint.core.rule import Context, rule
from postlint.core.spans import Span
from postlint.document import site as sites
from postlint.document.model import Document, Video
from postlint.images.media import has_audio
from postlint.text.patterns import LazyRegex

SOURCE_VIDEO = ("INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux »: « fournissez "
                "des versions sous-titrées dans les langues importantes et en anglais pour les malentendants »")


@rule("accessibility.video-captions", severity="warning", summary="Video without captions or subtitles",
      source=SOURCE_VIDEO,
      examples={"fail": ('---\nvideo:\n  - src: clip.mp4\n---\nRegardez notre clip de campagne.\n', "<video src=\"clip.mp4\"></video>"),
                "pass": ('---\nvideo:\n  - src: clip.mp4\n    captions: clip.fr.vtt\n---\nRegardez notre clip de campagne.\n',)})
def video_captions(doc: Document, ctx: Context):
    for v in doc.videos + _inline_videos(doc):
        span = v.span if v.span != Span(0, 0) else None
        name = os.path.basename(v.src or "") or "video"
        if v.captions in (None, "", False):
            sound = _sound(doc, v)
            if sound is False or (doc.site and _after_code(doc, v)):
                continue  # a silent recording, or the animation the code above renders: nothing to caption
            yield ctx.finding(span, ctx.msg(
                fr="La vidéo « {n} » n'a pas de sous-titres : ajoutez `captions:` (fichier .vtt ou .srt) pour "
                   "les personnes sourdes ou malentendantes et la lecture sans le son.",
                en="Video '{n}' has no captions: add `captions:` (a .vtt or .srt file) for deaf and "
                   "hard-of-hearing people and for viewing without sound.", n=name),
                severity="info" if doc.site and sound is None else None,
                suggestions=[f"captions: {os.path.splitext(name)[0]}.{doc.lang}.vtt"])
        elif isinstance(v.captions, str) and v.origin == "front_matter" and "://" not in v.captions:
            path = os.path.join(doc.base_dir, v.captions)
            if not os.path.exists(path):
                yield ctx.finding(span, ctx.msg(
                    fr="Le fichier de sous-titres « {c} » de la vidéo « {n} » est introuvable.",
                    en="Captions file '{c}' of video '{n}' was not found.", c=v.captions, n=name))


# a tag: `<video` then attributes only (not "<Video Call Link / Backup Line>", a placeholder in a template)
_VIDEO_TAG = LazyRegex(r"""(?is)<video(?:\s+[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*/?>(?:.*?</video>)?""")
_VIDEO_SUFFIXES = ("", ".mp4", ".webm", ".mov", ".m4v", ".mkv")


def _after_code(doc: Document, v: Video) -> bool:
    if v.origin == "front_matter":
        return False
    prev = next((b for b in reversed(doc.blocks) if b.span.end <= v.span.start), None)
    return prev is not None and prev.kind == "code"


def _sound(doc: Document, v: Video) -> bool | None:
    """Whether the video's local file has a sound track (None: remote, not found, or not readable)."""
    src = (v.src or "").split("#", 1)[0].split("?", 1)[0]
    if not src or "://" in src or src.startswith("//") or src == "video":
        return None
    site = sites.site_of(doc)
    for suffix in _VIDEO_SUFFIXES if not os.path.splitext(src)[1] else ("",):
        for path in [os.path.join(doc.base_dir, src + suffix)] + sites.image_paths(src + suffix, doc.base_dir, site, doc.path):
            if os.path.isfile(path):
                return has_audio(path)
    return None


def _inline_videos(doc: Document) -> list:
    """`<video>` written inside a paragraph (CommonMark makes it inline HTML, not an HTML block)."""
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


RULES = [video_captions]
