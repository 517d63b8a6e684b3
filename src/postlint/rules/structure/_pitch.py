"""Pitches: what the pitch rules (`pitch_length.py`, `pitch_lead.py`) share — the guideline they cite and how
a pitch is read (INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux »:
« Rédigez le résumé de votre argumentaire »).

A pitch is a phone pitch or an e-mail pitch. The front matter may say which (`channel: phone` or
`channel: email`); otherwise a subject line, a greeting, a sign-off or more than one paragraph make it an
e-mail. A phone pitch is at most three sentences in all; an e-mail pitch may be longer, but its first
paragraph is the pitch summary: the key points, in at most three sentences too.
"""
from __future__ import annotations

from msgspec import Struct, field

from postlint.core.rule import Context
from postlint.core.spans import Span
from postlint.document.analysis import analysis
from postlint.document.model import Document
from postlint.rules.structure._release import INPUD, press
from postlint.text.normalize import fold
from postlint.text.patterns import LazyRegex as lazy_regex

PITCH = frozenset({"pitch"})
GUIDE = INPUD + ": « Rédigez le résumé de votre argumentaire … "

SUBJECT = lazy_regex(r"^\s*(?:objet|subject|sujet|re|tr|fwd?)\s*:")
GREETING_LINE = lazy_regex(r"^\s*(?:bonjour|bonsoir|salut|chere?s?|madame|monsieur|hello|hi|hey|dear|"
                              r"good\s+(?:morning|afternoon|evening))\b[^.!?]{0,60}[,!:]?\s*$")
GREETING_INLINE = lazy_regex(r"^\s*(?:bonjour|bonsoir|salut|hello|hi|hey|dear)\b[^.!?,]{0,40},\s")
SIGNOFF = lazy_regex(r"^\s*(?:cordialement|bien\s+(?:a\s+vous|a\s+toi|cordialement)|(?:sinceres\s+)?salutations|"
                        r"merci(?:\s+(?:beaucoup|d'avance|pour\s+votre\s+(?:attention|temps)))?|a\s+bientot|"
                        r"(?:best|kind|warm)(?:\s+(?:regards|wishes))?|regards|thanks|thank\s+you|sincerely|cheers)"
                        r"\b[^.!?]{0,40}[,.!]?\s*$")


class Pitch(Struct):
    paragraphs: list[Span] = field(default_factory=list)  # the pitch's text, greetings and signature left out
    subject: Span | None = None
    email_marks: bool = False  # a subject, greeting or sign-off


@analysis
def analyse_pitch(doc: Document) -> Pitch:
    p = Pitch()
    idx = doc.line_index
    done = False
    for u in press.units(doc):
        if done or u.kind in ("separator", "end"):
            continue
        first, last = idx.position(u.span.start)[0], idx.position(u.span.end)[0]
        start = None
        end = u.span.end
        for n in range(first, last + 1):
            ls = idx.line_span(n)
            ls = Span(max(ls.start, u.span.start), min(ls.end, u.span.end))
            line = fold(doc.prose[ls.start:ls.end])
            if not line.strip():
                continue
            if SUBJECT.match(fold(doc.source[ls.start:ls.end])) and not p.paragraphs and start is None:
                p.subject, p.email_marks = ls, True
                continue
            if GREETING_LINE.match(line) and not p.paragraphs and start is None:
                p.email_marks = True
                continue
            if SIGNOFF.match(line):
                p.email_marks, done = True, True
                end = idx.line_span(n - 1).end if start is not None else ls.start
                break
            if start is None:
                start = ls.start
                if GREETING_INLINE.match(line):
                    p.email_marks = True
        if start is not None and end > start and u.kind != "heading":
            p.paragraphs.append(Span(start, end))
    return p


def pitch_channel(doc: Document, ctx: Context, p: Pitch) -> str:
    declared = str(doc.meta.extra.get("channel") or ctx.options.get("channel") or "auto").lower()
    if declared in ("phone", "telephone", "téléphone", "call", "appel", "tel"):
        return "phone"
    if declared in ("email", "e-mail", "mail", "courriel"):
        return "email"
    return "email" if p.email_marks or len(p.paragraphs) > 1 else "phone"
