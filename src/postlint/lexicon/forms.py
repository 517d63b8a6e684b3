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


# Words that make the next word a noun, as a determiner does: « une centaine de clandestins », « plus de
# 300 handicapés ». French only: in English a quantity is followed by an adjective as often as by a noun.
_QUANTITY_NOUNS = ("dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine",
                   "soixantaine", "centaine", "millier", "million", "milliard", "majorité", "moitié", "plupart",
                   "minorité", "foule", "groupe", "nombre", "poignée", "tas", "bande", "cohorte")
QUANTITIES: dict[str, list[str]] = {
    "fr": sorted({f"{n}{s} {d}" for n in _QUANTITY_NOUNS for s in ("", "s") for d in ("de", "d")}
                 | {f"{a} {d}" for a in ("beaucoup", "peu", "plus", "moins", "trop", "combien", "assez", "autant")
                    for d in ("de", "d")}
                 | {"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
                    "quinze", "vingt", "trente", "cent", "cents", "mille"}
                 | {f"{k}*" for k in "0123456789"}),
    "en": [],
}


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


def singular_word(word: str, lang: str) -> str:
    low = word.lower()
    if word.isupper() or len(low) < 4 or low.endswith("ss"):
        return word
    if lang == "fr":
        if low.endswith("aux"):
            return word[:-3] + "al"
        return word[:-1] if low.endswith("s") else word
    if low.endswith("men"):
        return word[:-3] + "man"
    if low.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if low.endswith("s") else word


def singularize(form: str, lang: str) -> str:
    """« handicapés mentaux » → « handicapé mental », "mental patients" → "mental patient" (the words
    `pluralize` would inflect)."""
    heads = set(head_indexes(form, lang))
    return "".join((singular_word(w, lang) if i in heads else w) + sep for i, (w, sep) in enumerate(_words(form)))


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
                    # a phrase listed in the plural only: its singular too (one word alone may be an adjective
                    # or another word: "illegals", « albinos »)
                    if len(_words(f)) > 1 and is_plural(f, lang):
                        one = singularize(f, lang)
                        if one != f and pluralize(one, lang).lower() == f.lower():
                            seen.setdefault(one, False)
    return list(seen.items())


# ----------------------------------------------------------------------------------------- labels
# After a label used as a noun in English ("an epileptic was refused"), the next word is a verb or a
# preposition, or the sentence ends; after the adjective ("an epileptic seizure") it is a noun.
_EN_AFTER_NOUN = [".", "who", "whose", "is", "was", "has", "had", "can", "could", "will", "would", "should", "must",
                  "may", "might", "and", "or", "in", "at", "on", "with", "from", "to", "for", "of", "said", "says",
                  "does", "did", "are", "were", "gets", "got", "needs", "lives", "lived", "works", "worked", "like",
                  "living", "working", "because", "but"]
_EN_DETS = ["a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "our", "their", "every",
            "each", "another", "one", "any"]


def adjective_labels(entry: TermEntry) -> list[TermEntry]:
    """The entries that flag an adjective of a condition used as a noun for people (« les épileptiques »,
    "diabetics", "Epileptics", "an epileptic was…"), never the adjective itself (« une crise épileptique »,
    "a diabetic diet", « une personne épileptique »). French: a determiner or a quantity just before (the
    adjective follows its noun). English: the plural, which is always a noun; the singular after a determiner
    and before a verb, a preposition or the end of the sentence."""
    from msgspec.structs import replace

    if entry.lang == "fr":
        return [replace(entry, inflect=True, context={**entry.context, "noun_only": True,
                                                      "window": entry.context.get("window", 3)})]
    singular = [f for raw in entry.avoid for b in expand_braces(raw) for f in expand_inclusive(b)]
    plural = [pluralize(f, "en") for f in singular]
    flag = entry.examples.get("flag", [])
    low = [p.lower() for p in plural]

    def has_plural(sentence: str) -> bool:
        return any(re.search(r"(?<![^\W_])%s(?![^\W_])" % re.escape(p), sentence.lower()) for p in low)

    pass_ = entry.examples.get("pass", [])
    many = replace(entry, avoid=plural, inflect=False, context={},
                   examples={"flag": [s for s in flag if has_plural(s)]
                             or [f"{plural[0][:1].upper()}{plural[0][1:]} face discrimination at work."],
                             "pass": pass_})
    one = replace(entry, id=f"{entry.id}-singular", avoid=singular, inflect=False,
                  context={"requires": [{"before": _EN_DETS, "after": _EN_AFTER_NOUN, "person": False,
                                         "window": 1}], "window": 1},
                  examples={"flag": [s for s in flag if not has_plural(s)]
                            or [f"An {singular[0]} was refused a licence."],
                            "pass": pass_})
    return [many, one]
