"""What the press release structure rules share: the guideline they cite and the release analysis.

The rules follow INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux »: « Un communiqué
de presse … devrait inclure : ». Every rule reads the same analysis (`postlint.document.press.analyse`), so they
agree on which paragraph is the lead, which are the body and where the contact block and the "about" paragraph
are. Pitches are read by `_pitch.py`; attachments are checked by `attachment.py`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from postlint.core.lazyimport import lazy_module
from postlint.core.rule import Context
from postlint.core.spans import Span
from postlint.document.model import Document

if TYPE_CHECKING:
    from postlint.document.press import Release

press = lazy_module("postlint.document.press")  # only press releases and pitches need the analysis
people = lazy_module("postlint.document.press_people")
titles = lazy_module("postlint.document.press_titles")

INPUD = "INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux »"
RELEASE = frozenset({"press-release"})
# a media advisory is for journalists too: it needs a headline and a press contact, not a lead, body or quote
CONTACT_TYPES = frozenset({"press-release", "advisory"})
# Soft limits (headline, lead and body length) are the guide's advice, not a platform's hard cut: a draft is
# reported only when it is more than this share past the limit, and at info level.
SOFT_MARGIN = 0.15
GUIDE = INPUD + ": « Un communiqué de presse visant à faire un plaidoyer sur les médias devrait inclure : "


def first_line(doc: Document, span: Span) -> Span:
    """`postlint.document.press.first_line` (the module is loaded on first use)."""
    return press.first_line(doc, span)


def count(ctx: Context, n: int, fr: str, en: str) -> str:
    """"3 paragraphes" / "1 paragraph" / "0 paragraphs" / « 0 paragraphe »: `fr` and `en` are singular nouns,
    made plural with an s (English from 0, French from 2)."""
    noun = ctx.msg(fr=fr, en=en)
    plural = n >= 2 if ctx.msg(fr="fr", en="en") == "fr" else n != 1
    return f"{n} {noun}{'s' if plural else ''}"


def soft_over(n: int, limit: int) -> bool:
    """`n` is past the soft `limit` by more than the margin (a 101-character headline is not reported)."""
    return n > limit * (1 + SOFT_MARGIN)


def soft_under(n: int, limit: int) -> bool:
    return n < limit * (1 - SOFT_MARGIN)


def release(doc: Document) -> Release | None:
    return None if doc.is_empty() else press.analyse(doc)
