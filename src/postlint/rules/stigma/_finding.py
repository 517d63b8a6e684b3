"""The finding for one stigma match: its message (with the reason and the alternatives), its severity
(info for a word named as a word or for someone else's quoted words), its suggestions in the match's
capitalisation and, in French, with the determiner the alternative needs; its fix when one is safe."""
from __future__ import annotations

import re
from typing import Any

from postlint.core.rule import Context, Edit, Finding, Fix
from postlint.core.spans import Span
from postlint.document.model import Document
from postlint.rules.stigma._scan import Hit

HEADS = {
    "stigmatising": ("« {t} » stigmatise", '"{t}" is stigmatising'),
    "inaccurate": ("« {t} » est inexact", '"{t}" is inaccurate'),
    "outdated": ("« {t} » est dépassé", '"{t}" is outdated'),
    "contested": ("« {t} » est un terme discuté", '"{t}" is a contested term'),
}


def _cased(surface: str, replacement: str, entry: Any, sentence_start: bool) -> str:
    """The replacement with the match's capitalisation (an acronym at the start of the match does not
    make a capitalised word: "AIDS victim" → "person living with HIV")."""
    words = surface.split()
    letters = [c for c in surface if c.isalpha()]
    shouting = len(letters) > 1 and all(c.isupper() for c in letters)
    if shouting and not all(w.isupper() for f in entry.avoid for w in f.split() if any(c.isalpha() for c in w)):
        return replacement.upper()
    first = re.split(r"[-‐‑/]", words[0])[0] if words else ""  # "HIV-infected": the acronym is "HIV"
    acronym = len(first) > 1 and first.isupper()
    if first[:1].isupper() and (not acronym or sentence_start):
        return replacement[:1].upper() + replacement[1:]
    return replacement


def finding(hit: Hit, ctx: Context, doc: Document | None = None) -> Finding:
    e = hit.entry
    fr, en = HEADS.get(e.label, HEADS["stigmatising"])
    shown = " ".join(hit.surface.split())  # a phrase cut by a line break or emphasis markers reads as words
    head = ctx.msg(fr=fr, en=en, t=shown)
    severity = e.severity
    if hit.mentioned:  # said of the word itself: a reminder, not a blocking finding
        head += ctx.msg(fr=", ici cité comme mot : gardez-le seulement si le texte le critique",
                        en=", here mentioned as a word: keep it only if the text criticises it")
        severity = "info"
    elif hit.speech:  # someone else's words: the editor decides (the guides skip quoted speech)
        head += ctx.msg(fr=", dans une citation : gardez-la telle quelle si vous citez quelqu'un, sinon "
                           "reformulez", en=", inside a quotation: keep it as is if you are quoting someone, "
                                         "otherwise rephrase")
        severity = "info"
    elif hit.own:  # the writer counts themself in: a community's own voice, theirs to choose
        head += ctx.msg(fr=", ici pour un groupe dont l'auteur fait partie : gardez-le si c'est son choix",
                        en=", here for a group the writer belongs to: keep it if that is their choice")
        severity = "info"
    elif hit.voice == "scare":  # the marks may keep the word at a distance, or only mark slang: the editor judges
        head += ctx.msg(fr=", ici seul entre guillemets : gardez-le si les guillemets marquent bien une distance, "
                           "sinon reformulez",
                        en=", here alone in quotation marks: keep it if the marks clearly keep it at a distance, "
                           "otherwise rephrase")
        severity = "info"
    elif hit.voice == "described":  # a person quoted or named, described: their own description is theirs to choose
        head += ctx.msg(fr=", ici pour décrire une personne : gardez-le seulement si elle se décrit ainsi",
                        en=", here describing a person: keep it only if that is how they describe themselves")
        severity = "info"
    elif hit.quoted:
        head += ctx.msg(fr=", même dans une citation", en=", even inside a quotation")
    prefer = e.prefer_plural if hit.plural and e.prefer_plural else e.prefer
    suggestions = list(dict.fromkeys(_cased(hit.surface, p, e, hit.sentence_start) for p in prefer))
    if suggestions:
        alts = ctx.msg(fr=" ou ", en=" or ").join(ctx.msg(fr="« {p} »", en='"{p}"', p=p) for p in suggestions)
        tail = ctx.msg(fr=" Préférez : {a}.", en=" Prefer: {a}.", a=alts)
    else:
        tail = ctx.msg(fr=" Reformulez.", en=" Rephrase.")
    reason = e.note.strip()
    if reason and reason[-1] not in ".!?…":
        reason += "."
    message = f"{head}. {reason}{tail}" if reason else f"{head}.{tail}"
    fix = None
    span, agreed = hit.span, False
    if doc is not None and doc.lang == "fr" and suggestions:
        span, suggestions, agreed = _with_determiner(doc, hit, suggestions)
    if e.fix in ("safe", "unsafe") and suggestions:
        safe = e.fix == "safe" and len(suggestions) == 1 and not hit.quoted and not agreed
        fix = Fix((Edit(span, suggestions[0]),), "safe" if safe else "unsafe", suggestions[0])
    if agreed and doc is not None:  # the suggestions replace the determiner too: the finding covers it
        shown = " ".join(doc.source[span.start:span.end].split())
    return ctx.finding(span, message, severity=severity, suggestions=suggestions, fix=fix, text=shown)


def _with_determiner(doc: Document, hit: Hit, suggestions: list[str]) -> tuple[Span, list[str], bool]:
    """« Un ancien toxicomane » → « Une personne en rétablissement »: when an alternative needs another
    determiner, every suggestion carries its own and the edit starts at the determiner."""
    from postlint.text.frdeterminers import agree

    text = doc.source
    changes = [agree(text, hit.span.start, s, hit.plural) for s in suggestions]
    starts = {c[0] for c in changes if c is not None}
    if len(starts) != 1:
        return hit.span, suggestions, False
    start = starts.pop()
    written = text[start:hit.span.start]
    out = [(c[1] if c is not None else written) + s for c, s in zip(changes, suggestions)]
    return Span(start, hit.span.end), out, True
