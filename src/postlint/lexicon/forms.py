"""Written forms of a term list entry: brace alternatives, French inclusive writing, plurals.

`surface_forms(entry)` turns the `avoid` list of an entry into every form the matcher indexes:
"{suffers,suffering} from HIV" → two phrases; "immigré·e clandestin·e" → masculine and feminine, words
agreeing; "pauvre victime" → "pauvres victimes" (French: every word before the first preposition takes the
plural; English: the last word before a preposition).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from postlint.core.vocab import LANGS
from postlint.text.patterns import LazyRegex
from postlint.text.normalize import strip_accents

if TYPE_CHECKING:
    from postlint.lexicon.terms import TermEntry

INCLUSIVE_DOTS = "·•‧⋅∙"
# feminine and plural endings glued to a word in inclusive writing (drogué-e-s, usager(ère)s)
INCLUSIVE_SUFFIXES = ("e|es|s|x|ne|nes|le|les|te|tes|se|ses|sse|sses|ère|ères|euse|euses|rice|rices|trice|"
                      "trices|ve|ves|ice|ices|lle|lles|fe|fes|ale|ales")
_BRACES = LazyRegex(r"\{([^{}]*)\}")

FR_STOP = {"de", "du", "des", "d", "à", "au", "aux", "par", "pour", "en", "sur", "dans", "avec", "sans", "contre",
           "le", "la", "les", "l", "un", "une", "qui", "que", "et", "ou", "chez", "entre"}
EN_PREP = {"of", "with", "from", "to", "by", "for", "in", "on", "against", "at", "who", "that"}


def expand_braces(text: str) -> list[str]:
    """"{a,b} c" → ["a c", "b c"] (several groups multiply; no nesting)."""
    m = _BRACES.search(text)
    if not m:
        return [text]
    out = []
    for alt in m.group(1).split(","):
        out.extend(expand_braces(text[:m.start()] + alt.strip() + text[m.end():]))
    return [re.sub(r"\s+", " ", o).strip() for o in out]


def feminine(masc: str, ending: str) -> str:
    """Feminine of `masc` written `masc·ending` in inclusive notation (usager·ère → usagère)."""
    if ending in ("e", "es"):
        return masc + "e"
    if len(ending) >= 2 and ending[1:] in ("e", "es") and masc[-1:] == ending[0]:  # sidéen·ne, muet·te
        return masc + ending[:2]
    key = strip_accents(ending[0]).lower()
    folded = strip_accents(masc).lower()
    i = folded.rfind(key)
    return masc[:i] + ending if i > 0 or (i == 0 and len(ending) > 1) else masc + ending


def expand_inclusive(form: str) -> list[str]:
    """"immigré·e clandestin·e" → ["immigré clandestin", "immigrée clandestine"] (words agree)."""
    if not any(d in form for d in INCLUSIVE_DOTS):
        return [form]
    masc, fem = [], []
    for word in re.split(r"([ \-])", form):  # separators are kept as pieces of their own
        parts = re.split("[%s]" % INCLUSIVE_DOTS, word)
        masc.append(parts[0])
        ending = parts[1] if len(parts) > 1 else ""
        fem.append(feminine(parts[0], ending) if ending and ending != "s" else parts[0])
    return ["".join(masc), "".join(fem)]


def plural_word(word: str, lang: str) -> str:
    low = word.lower()
    if word.isupper() and len(word) > 1 or not word[-1:].isalpha():
        return word
    if lang == "fr":
        if low.endswith(("s", "x", "z")):
            return word
        if low.endswith("al") and len(low) > 3:
            return word[:-2] + "aux"
        if low.endswith(("au", "eu")):
            return word + "x"
        return word + "s"
    if low.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if low.endswith("y") and len(low) > 1 and low[-2] not in "aeiou":
        return word[:-1] + "ies"
    if low.endswith("man") and low not in ("human", "german"):
        return word[:-3] + ("men" if word[-3:].islower() else "MEN")
    return word + "s"


def _words(form: str) -> list[tuple[str, str]]:
    """(word, separator after it) pairs; the separator is kept as written."""
    out = []
    for m in re.finditer(r"([^\s\-'’/]+)([\s\-'’/]*)", form):
        out.append((m.group(1), m.group(2)))
    return out


def head_indexes(form: str, lang: str) -> list[int]:
    """Words that take the plural: FR every word before the first preposition (pauvre victime →
    pauvres victimes; malade du sida → malades du sida); EN the last word before a preposition."""
    words = [w for w, _ in _words(form)]
    low = [w.lower() for w in words]
    if lang == "fr":
        out: list[int] = []
        for i, w in enumerate(low):
            if w in FR_STOP:
                if out:
                    break
                continue
            out.append(i)
        return out
    stop = next((i for i, w in enumerate(low) if w in EN_PREP and i > 0), len(words))
    return [stop - 1] if stop > 0 else []


def pluralize(form: str, lang: str) -> str:
    heads = set(head_indexes(form, lang))
    return "".join((plural_word(w, lang) if i in heads else w) + sep for i, (w, sep) in enumerate(_words(form)))


def is_plural(form: str, lang: str) -> bool:
    words = [w for w, _ in _words(form)]
    heads = head_indexes(form, lang)
    # the last head: « ex-toxicomane » is singular although « ex » ends in x
    return bool(heads) and words[heads[-1]].lower().endswith(("s", "x")) and not words[heads[-1]].isupper()


def surface_forms(entry: TermEntry) -> list[tuple[str, bool]]:
    """Every written form of an entry with whether it is plural."""
    lang = entry.lang if entry.lang in LANGS else "en"
    seen: dict[str, bool] = {}
    for raw in entry.avoid:
        for braced in expand_braces(str(raw).strip()):
            for f in expand_inclusive(braced):
                seen.setdefault(f, is_plural(f, lang) if entry.inflect else False)
                if entry.inflect:
                    p = pluralize(f, lang)
                    if p != f:
                        seen.setdefault(p, True)
    return list(seen.items())
