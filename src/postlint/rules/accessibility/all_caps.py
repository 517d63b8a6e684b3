"""What it checks: three or more words in a row written in capitals ("ATTENTION NOUVELLE DATE"); in a
heading it is reported as info.
Acronyms (VIH, ONU, HIV, UNICEF, and any word not in the French/English word lists), release lines
of press releases (COMMUNIQUÉ DE PRESSE, FOR IMMEDIATE RELEASE, EMBARGO…), confidentiality markers
(INTERNAL – DO NOT SHARE) and datelines (DAKAR, LE 5 MAI 2025 –) are not counted.
Why: text in capitals is slower to read, especially for people with dyslexia or low vision; some
screen readers spell it out letter by letter, and it reads as shouting.
Fix safety: unsafe, never applied by --fix (names would lose their capitals); the suggestion gives
the text in lower case."""
from __future__ import annotations

from functools import lru_cache

import regex

from postlint.core.rule import Context, Edit, Fix, Option, rule
from postlint.core.spans import Span
from postlint.document.model import Document
from postlint.rules.accessibility._sources import SOURCE_A11Y
from postlint.text import lang as L
from postlint.text.patterns import LazyRegex

CAPS_WORD = LazyRegex(r"[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*")
# confidentiality markers are the disclosure rules' concern, and conventionally in capitals
_MARKERS = (r"internal|interne|confidenti|do\s+not\s+(?:share|forward|distribute|publish)|"
            r"ne\s+pas\s+(?:diffuser|partager|transf[ée]rer|publier)|draft\b|brouillon|"
            r"not\s+for\s+(?:publication|distribution)")
MARKER = LazyRegex(r"(?i)\b(?:" + _MARKERS + ")")
RELEASE_LINE = LazyRegex(
    r"(?i)^[\s>*_#\-–—|\[(]*(?:communiqu[ée](?:\s+de\s+presse)?|press\s+release|news\s+release|media\s+release|"
    r"for\s+immediate\s+release|pour\s+(?:diffusion|publication)\s+imm[ée]diate|(?:sous\s+)?embargo|"
    r"media\s+advisory|avis\s+aux\s+m[ée]dias|notes?\s+(?:to|for)\s+editors|notes?\s+aux\s+r[ée]dactions|"
    r"contacts?\s+(?:presse|m[ée]dias?)|(?:media|press)\s+contacts?|[àa]\s+propos\s+d|about\s+|(?:fin|end)\W*$|"
    r"###|-\s*30\s*-|" + _MARKERS + ")")


# Two letters that are not lower case, joined only by marks or apostrophes: every capitalised word holds one,
# and n such words hold at least n non-overlapping ones (each match takes two letters of a chain of
# letters): a draft with fewer than `min_words` matches cannot hold a run, and is not read word by word.
_UPPER_PAIR = LazyRegex(r"[^\P{L}\p{Ll}][\p{M}'’]*[^\P{L}\p{Ll}]")
_RUN_BREAK = LazyRegex(r"[\p{Ll}]|\n[ \t]*\n")  # between two words: a lower-case letter or a blank line


@lru_cache(maxsize=32768)  # a function of the word alone (and of fixed word lists); words repeat across drafts
def _caps_kind(word: str) -> str:
    """lower (breaks a run), caps (a shouted dictionary word) or neutral (acronym, name, single letter)."""
    letters = [c for c in word if c.isalpha()]
    if any(c.islower() for c in letters):
        return "lower"
    if len(letters) < 2 or word.upper() in L.ACRONYMS or regex.fullmatch(r"[IVXLCDM]+", word):
        return "neutral"
    return "caps" if L.is_word(word) else "neutral"  # not in the word lists: an acronym or a name


def _sentence_case(text: str, at_start: bool) -> str:
    out = []
    for m in regex.finditer(r"[\p{L}\p{M}'’]+|[^\p{L}\p{M}'’]+", text):
        w = m.group(0)
        if w[:1].isalpha():
            if w.upper() in L.ACRONYMS:
                out.append(w)
            elif at_start and not out:
                out.append(w[:1] + w[1:].lower())
            else:
                out.append(w.lower())
        else:
            out.append(w)
    return "".join(out)


@rule("accessibility.all-caps", severity="warning", summary="Run of words in ALL CAPITALS",
      source=SOURCE_A11Y, fix="sometimes",
      options={"min_words": Option(int, 3, "how many capitalised words in a row make a run", minimum=2)},
      examples={"fail": ("ATTENTION NOUVELLE DATE POUR LA FORMATION",),
                "pass": ("Le VIH et l'ONU", "COMMUNIQUÉ DE PRESSE", "FOR IMMEDIATE RELEASE")})
def all_caps(doc: Document, ctx: Context):
    need = ctx.options.get("min_words", 3)
    prose = doc.prose
    if len(_UPPER_PAIR.findall(prose)) < need:
        return
    release: dict[int, bool] = {}  # line number → a release line (many words share a line)
    for block in doc.text_blocks():
        if block.kind == "code":
            continue
        run: list[tuple[int, int, str]] = []
        for m in [*CAPS_WORD.finditer(prose, block.span.start, block.span.end), None]:
            kind = None
            if m is not None:
                kind = _caps_kind(m.group(0))
                # "skip" acts like "lower": only a word that is not lower case needs a look at its line
                if kind != "lower" and (prose[m.start() - 1:m.start()] in ("#", "@")
                                        or _release_line(doc, m.start(), release)):
                    kind = "skip"
            broken = m is None or kind in ("lower", "skip") or (
                run and _RUN_BREAK.search(prose, run[-1][1], m.start()))
            if broken:
                caps = [w for w in run if w[2] == "caps"]
                if (len(caps) >= need and not _dateline(doc, caps[0][0], caps[-1][1])
                        and not MARKER.search(prose, caps[0][0], caps[-1][1])  # "(CONFIDENTIEL)" mid-line
                        and not _bracketed(doc.source, caps[0][0], caps[-1][1])):
                    # a heading set in capitals is a layout habit: reported, but not blocking
                    yield _caps_finding(doc, ctx, caps[0][0], caps[-1][1],
                                        "info" if block.kind == "heading" else None)
                run = []
            if m is not None and kind in ("caps", "neutral"):
                if kind == "neutral" and not run:
                    continue
                run.append((m.start(), m.end(), kind))


MONTHS = LazyRegex(r"(?i)\b(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|"
                       r"novembre|d[ée]cembre|january|february|march|april|may|june|july|august|september|"
                       r"october|november|december)\b")


def _dateline(doc: Document, start: int, end: int) -> bool:
    """"DAKAR, SÉNÉGAL, LE 5 MAI 2025 –": a press release dateline, conventionally in capitals."""
    line = doc.line_index.line_text(doc.position(start)[0])
    return bool(MONTHS.search(doc.source[start:end]) and regex.search(r"\d", line)) or bool(
        regex.match(r"[\p{Lu}\s,.'’/\-]+,\s*(?:(?:le|on)\s+)?\d{1,2}", line))  # "ABIDJAN / DAKAR, 5 …"


def _release_line(doc: Document, offset: int, memo: dict[int, bool]) -> bool:
    """The line of `offset` is a release line; `memo` keeps the answer per line number."""
    number = doc.position(offset)[0]
    if number not in memo:
        memo[number] = bool(RELEASE_LINE.match(doc.line_index.line_text(number)))
    return memo[number]


def _caps_finding(doc: Document, ctx: Context, start: int, end: int, severity: str | None = None):
    span = Span(start, end)
    text = doc.source[start:end]
    at_start = not doc.prose[:start].strip() or bool(regex.search(r"(?:^|[.!?:]\s+|\n)[\s>*_#\-]*$",
                                                                  doc.prose[max(0, start - 40):start]))
    softer = _sentence_case(text, at_start)
    fix = Fix((Edit(span, softer),), "unsafe", softer) if softer != text else None
    return ctx.finding(span, ctx.msg(
        fr="Mots en capitales : plus lents à lire, parfois épelés par les lecteurs d'écran, et lus comme un cri. "
           "Écrivez en minuscules (« {s} »).",
        en="Words in capitals: slower to read, sometimes spelt out by screen readers, and read as shouting. "
           "Use lower case ('{s}').", s=softer), suggestions=[softer], fix=fix, severity=severity)


def _bracketed(source: str, start: int, end: int) -> bool:
    """« [NOM DU RÉSEAU] », "<INSERT QUOTE>": an editor's note in brackets (disclosure.confidential's concern)."""
    before = source[max(0, start - 3):start].rstrip()
    after = source[end:end + 3].lstrip()
    return before[-1:] in ("[", "<") and after[:1] in ("]", ">")


RULES = [all_caps]

