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

INPUD = "INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux »"
RELEASE = frozenset({"press-release"})
GUIDE = INPUD + ": « Un communiqué de presse visant à faire un plaidoyer sur les médias devrait inclure : "


def first_line(doc: Document, span: Span) -> Span:
    """`postlint.document.press.first_line` (the module is loaded on first use)."""
    return press.first_line(doc, span)


def count(ctx: Context, n: int, fr: str, en: str) -> str:
    """"3 paragraphes" / "1 paragraph": `fr` and `en` are singular nouns, made plural with an s."""
    noun = ctx.msg(fr=fr, en=en)
    return f"{n} {noun}{'s' if n > 1 else ''}"


def release(doc: Document) -> Release | None:
    return None if doc.is_empty() else press.analyse(doc)
