"""Term matching: find listed words and phrases in prose as *words*, never inside another word.

The text is cut into word tokens once; every surface form of every entry is indexed by its first
token, so a document costs one dictionary look-up per word whatever the number of entries (a
word-level Aho-Corasick). Two first passes over word sets (`postlint.lexicon.words`) skip most regions before
any token is made: no form's anchor word among the region's words, or no form whose every word is among its
tokens; then a match can only start at the first word of such a form. What the matcher understands:

- case (any), accents (exact by default for wordlists — « drogué » is not « drogue » — or loose),
  apostrophes ' ’ and elision (l', d'), hyphen or space between the words of a phrase;
- French inclusive writing after any word: drogué·e·s, usager·ère·s, toxicomane·s, drogué.e.s,
  drogué-e-s, drogué(e)s;
- inflections generated from the listed forms: plurals (FR, EN), feminine forms written `drogué·e`,
  `usager·ère`, `fou·folle` in the data, brace alternatives `{suffers,suffering} from HIV`
  (generated in postlint.lexicon.forms);
- acronyms written in capitals in the data (AIDS, VIH, IDU) match only in capitals (not « aids »);
- context conditions (`requires` / `unless` cue words before or after, `person`, `noun_only`),
  evaluated in the sentence around the match (see docs/stigma.md).

The module is long because the tokens, the context conditions and the matcher are one data structure (a
condition reads the tokens around a match); the saved index (`postlint.lexicon.index`) restores its tables.
"""
from __future__ import annotations

import re
from typing import Any
from collections.abc import Iterator

from msgspec import Struct, field

from postlint.core.spans import Span
from postlint.lexicon.forms import QUANTITIES, surface_forms
from postlint.lexicon.words import TOKEN as _TOKEN, accented_keys, key as _key, loose as _loose, \
    region_words as _region_words
from postlint.text.normalize import APOSTROPHES



class TermEntry(Struct):
    id: str
    avoid: list[str]
    prefer: list[str] = field(default_factory=list)
    lang: str = "en"
    severity: str = "warning"
    note: str = ""  # the reason, shown in messages
    source: str = ""
    domain: str = ""
    fix: str | None = None  # safe | unsafe | None (suggestion only)
    context: dict[str, Any] = field(default_factory=dict)  # requires / unless / window / noun_only
    examples: dict[str, list[str]] = field(default_factory=dict)
    origin: str = ""
    prefer_plural: list[str] = field(default_factory=list)  # alternatives when the match is plural
    label: str = "stigmatising"  # stigmatising | inaccurate | outdated | contested (message wording)
    inflect: bool = False  # generate plurals of the listed forms (wordlists: on)
    accents: str = "loose"  # loose | strict (wordlists: strict)


class TermMatch(Struct):
    span: Span
    entry: TermEntry
    surface: str  # the text as written
    plural: bool = False


DETERMINERS = {
    "fr": {"le", "la", "les", "l", "un", "une", "des", "ces", "ce", "cet", "cette", "mon", "ma", "mes", "ton", "ta",
           "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs", "aux", "au", "du", "d",
           "quelques", "plusieurs", "certains", "certaines", "tous", "toutes", "chaque", "aucun", "aucune"},
    "en": {"the", "a", "an", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their",
           "some", "many", "any", "no", "every", "each", "all", "several", "few", "such"},
}
PERSONS = {
    "fr": {"il", "elle", "ils", "elles", "je", "j", "tu", "nous", "vous", "on", "personne", "personnes", "quelqu",
           "gens", "homme", "hommes", "femme", "femmes", "patient", "patiente", "patients", "patientes", "client",
           "cliente", "clients", "clientes", "ami", "amie", "amis", "amies", "frère", "soeur", "sœur", "fils",
           "fille", "mari", "épouse", "compagnon", "compagne", "usager", "usagère", "usagers", "usagères",
           "pair", "pairs", "jeune", "jeunes", "mère", "père", "moi", "toi", "lui", "eux", "celui", "celle",
           "ceux", "celles", "chacun", "chacune", "nul"},
    "en": {"i", "you", "he", "she", "we", "they", "me", "him", "them", "us", "nobody", "somebody", "someone",
           "anyone", "anybody", "everyone", "everybody", "no-one", "person", "persons", "people", "man", "men",
           "woman", "women", "patient", "patients", "client", "clients", "friend", "friends", "brother", "sister",
           "son", "daughter", "husband", "wife", "partner", "mother", "father", "mum", "mom", "dad", "peer",
           "peers", "user", "users", "member", "members", "who", "guy", "guys", "kid", "kids", "teen", "teens",
           "colleague", "colleagues", "neighbour", "neighbor"},
}
PERSONS["any"] = PERSONS["fr"] | PERSONS["en"]
DETERMINERS["any"] = DETERMINERS["fr"] | DETERMINERS["en"]


# ----------------------------------------------------------------------------------------- tokens
class _Tok:
    __slots__ = ("start", "end", "key", "loose", "caps", "title", "plural", "sep", "joined")

    def __init__(self, start: int, end: int, word: str, tail: str, sep: str, joined: bool):
        self.start, self.end = start, end
        if word.isascii():
            self.key = self.loose = word.lower()
        else:
            self.key, self.loose = accented_keys(word)
        self.caps = len(word) > 1 and word.isupper()
        self.title = word[:1].isupper()
        self.plural = tail.rstrip(")").endswith(("s", "x")) if tail else False
        self.sep = sep  # class of the separator before this token: " " ' / | (break) . (sentence break)
        self.joined = joined  # glued to the previous word by a hyphen (toxico-dépendant)


_SEPS = {" ": (" ", False), "\n": (" ", False), "-": (" ", True), "‐": (" ", True), "‑": (" ", True),
         "/": ("/", False), ", ": ("|", False), ". ": (".", False)}
_SEPS.update({a: ("'", False) for a in APOSTROPHES})


def _sep_class(gap: str) -> tuple[str, bool]:
    known = _SEPS.get(gap)
    if known is not None:
        return known
    if not gap:
        return "|", False
    if gap.isspace():
        return (".", False) if gap.count("\n") >= 2 else (" ", False)
    g = gap.strip()
    if any(c in ".!?…" for c in g) or gap.count("\n") >= 2:
        return ".", False
    return "|", False


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[_Tok]:
    end = len(text) if end is None else end
    toks: list[_Tok] = []
    prev_end = None
    for m in _TOKEN.finditer(text, start, end):
        word, tail = m.group(1), m.group(2)
        if prev_end is None:
            sep, joined = ".", False
        else:
            sep, joined = _sep_class(text[prev_end:m.start()])
        toks.append(_Tok(m.start(), m.end(), word, tail, sep, joined))
        prev_end = m.end()
    return toks


def _form_tokens(form: str) -> tuple[list[str], list[str]]:
    words: list[str] = []
    seps: list[str] = []
    prev = 0
    for m in re.finditer(r"[^\W_]+", form):
        if words:
            gap = form[prev:m.start()]
            seps.append("'" if any(c in APOSTROPHES for c in gap) else "/" if "/" in gap else " ")
        words.append(m.group(0))
        prev = m.end()
    return words, seps


# ----------------------------------------------------------------------------------------- context
class _Cue:
    """A cue phrase: word keys (accent-free), a trailing `*` on a word makes it a prefix; "." = punctuation."""

    __slots__ = ("words", "punct")

    def __init__(self, text: str):
        self.punct = text.strip() == "."
        self.words = [] if self.punct else [(_loose(w.rstrip("*")), w.endswith("*"))
                                            for w in re.findall(r"[^\W_]+\*?", text)]

    def matches_at(self, toks: list[_Tok], i: int) -> bool:
        if i < 0 or i + len(self.words) > len(toks):
            return False
        for k, (w, prefix) in enumerate(self.words):
            t = toks[i + k].loose
            if not (t.startswith(w) if prefix else t == w):
                return False
        return True


class _Condition:
    __slots__ = ("before", "after", "person", "window", "_punct_before", "_by_last", "_prefix_last")

    def __init__(self, spec: dict, window: int, lang: str):
        self.before = [_Cue(c) for c in spec.get("before") or ()]
        self.after = [_Cue(c) for c in spec.get("after") or ()]
        self.person = bool(spec.get("person"))
        self.window = int(spec.get("window", window))
        # the `before` cues by their last word: a position of the window is tried only with the cues that can end
        # there (a long run of terms tried every cue at every position: 50 calls a term)
        self._punct_before = any(c.punct for c in self.before)
        self._by_last: dict[str, list[_Cue]] = {}
        self._prefix_last: list[tuple[str, _Cue]] = []
        for c in self.before:
            if c.punct or not c.words:
                continue
            w, prefix = c.words[-1]
            if prefix:
                self._prefix_last.append((w, c))
            else:
                self._by_last.setdefault(w, []).append(c)

    def holds(self, toks: list[_Tok], i: int, j: int, lang: str) -> bool:
        """Tokens i..j-1 are the match."""
        if self.before and not self._before(toks, i):
            return False
        if self.after and not self._after(toks, j):
            return False
        if self.person and not _person_before(toks, i, lang):
            return False
        return True

    def _before(self, toks: list[_Tok], i: int) -> bool:
        """A cue whose last word is one of the `window` words before the match, in the same sentence."""
        if self._punct_before and toks[i].sep in ".|":
            return True
        first = i
        while first > 0 and toks[first].sep != "." and i - first <= self.window + 4:
            first -= 1
        for last in range(i - 1, max(first, i - self.window) - 1, -1):
            loose = toks[last].loose
            cues = self._by_last.get(loose, ())
            if self._prefix_last:
                cues = [*cues, *(c for w, c in self._prefix_last if loose.startswith(w))]
            for cue in cues:
                p = last - len(cue.words) + 1
                if p >= first and cue.matches_at(toks, p):
                    return True
        return False

    def _after(self, toks: list[_Tok], j: int) -> bool:
        """A cue whose first word is one of the `window` words after the match, in the same sentence."""
        end = j
        while end < len(toks) and (end == j or toks[end].sep != ".") and end - j <= self.window + 4:
            end += 1
        if j < len(toks) and toks[j].sep == ".":
            end = j
        for cue in self.after:
            if cue.punct:
                if j >= len(toks) or toks[j].sep in ".|":
                    return True
                continue
            size = len(cue.words)
            for p in range(j, min(j + self.window, end)):
                if p + size <= end and cue.matches_at(toks, p):
                    return True
        return False


_ELIDED = {"d", "l", "qu", "j", "n", "s", "c", "m", "t"}  # French words written with an apostrophe before a vowel
_NOT_ARTICLES = {"d", "du", "des", "de", "aux", "au", "all", "no", "any"}  # « d'être », "no one", "all of us"


def _is_first_name(word: str) -> bool:
    from postlint.document.names import is_first_name
    return is_first_name(word)


def _person_before(toks: list[_Tok], i: int, lang: str) -> bool:
    """A person word earlier in the sentence, with no article or possessive in between (so « we make
    sure the room is clean » is about the room)."""
    persons = PERSONS.get(lang, PERSONS["any"])
    dets = DETERMINERS.get(lang, DETERMINERS["any"]) - _NOT_ARTICLES
    k = i
    while k > 0 and toks[k].sep != ".":
        k -= 1
        if toks[k].key in persons or toks[k].loose in persons:
            return True
        if toks[k].title and not toks[k].caps and _is_first_name(toks[k].key):  # "Joseph has been clean"
            return True
        if toks[k].key in dets:
            if k > 0 and toks[k - 1].key == "quelqu":  # quelqu'un
                return True
            return False
    return False


class EntryContext:
    """Compiled context of one entry."""

    __slots__ = ("entry", "requires", "unless")

    def __init__(self, entry: TermEntry):
        # conditions are built on the entry's first match: most entries never match a given run's drafts
        self.entry = entry
        self.requires: list[_Condition] | None = None  # None: not built yet
        self.unless: list[_Condition] = []

    def _build(self) -> None:
        entry = self.entry
        ctx = entry.context or {}
        window = int(ctx.get("window", 3))
        lang = entry.lang
        requires = [_Condition(c, window, lang) for c in ctx.get("requires") or ()]
        if ctx.get("noun_only"):
            dets = sorted(DETERMINERS.get(lang, DETERMINERS["any"]))
            requires.append(_Condition({"before": dets, "window": 1}, 1, lang))
            if QUANTITIES.get(lang):  # « une centaine de clandestins »
                requires.append(_Condition({"before": QUANTITIES[lang], "window": 1}, 1, lang))
        self.unless = [_Condition(c, window, lang) for c in ctx.get("unless") or ()]
        self.requires = requires

    def allow(self, toks: list[_Tok], i: int, j: int, lang: str) -> bool:
        if self.requires is None:
            self._build()
        if self.requires and not any(c.holds(toks, i, j, lang) for c in self.requires):
            return False
        return not any(c.holds(toks, i, j, lang) for c in self.unless)


# ----------------------------------------------------------------------------------------- matcher
# Words too frequent in the texts postlint reads to serve as anchors (the topic words of the lists included).
_COMMON = {"le", "la", "les", "un", "une", "des", "de", "du", "aux", "au", "ces", "ce", "pour", "par", "avec", "sans",
           "en", "et", "ou", "est", "sont", "ont", "a", "ai", "été", "etait", "the", "an", "of", "to", "for", "from",
           "with", "by", "in", "on", "and", "is", "are", "was", "were", "be", "personne", "personnes", "enfant",
           "enfants", "femme", "femmes", "people", "person", "children", "women", "drogue", "drogues", "drug", "drugs",
           "sida", "vih", "hiv", "aids", "handicap", "injection", "test", "tests", "risque", "risques", "risk",
           "sexe", "sex", "travailleur", "travailleuse", "travailleurs", "travailleuses", "depistage", "sante",
           "health", "use", "usage", "consommation", "suicide", "victime", "victimes", "victim", "victims"}


class Form:
    """One written form of an entry: its words (exact and loose keys), the separators between them, which
    words are in capitals."""

    __slots__ = ("keys", "loose", "seps", "caps", "entry", "plural", "rules", "strict", "words")

    def __init__(self, words: list[str], seps: list[str], entry: TermEntry, plural: bool, rules: EntryContext | None):
        self.keys = tuple(_key(w) for w in words)
        self.loose = tuple(_loose(w) for w in words)
        self.seps = tuple(seps)
        self.caps = tuple(len(w) > 1 and w.isupper() for w in words)
        self.entry = entry
        self.plural = plural
        self.rules = rules
        self.strict = entry.accents == "strict"
        self.words = frozenset(self.keys if self.strict else self.loose)  # every one is a token's key or loose key

    @classmethod
    def saved(cls, keys: tuple[str, ...], loose: tuple[str, ...], seps: tuple[str, ...], caps: tuple[bool, ...],
              entry: TermEntry, plural: bool, rules: EntryContext | None) -> Form:
        """A form as `postlint.lexicon.index` saved it (its keys already computed)."""
        f = cls.__new__(cls)
        f.keys, f.loose, f.seps, f.caps = keys, loose, seps, caps
        f.entry, f.plural, f.rules = entry, plural, rules
        f.strict = entry.accents == "strict"
        f.words = frozenset(keys if f.strict else loose)
        return f


class TermMatcher:
    """Every form of every entry, indexed by its first word; longest match wins, then entries with
    context conditions before unconditional ones."""

    def __init__(self, entries: list[TermEntry]):
        self.entries = entries
        self.exact: dict[str, list[Form]] = {}
        self.loose: dict[str, list[Form]] = {}
        for e in entries:
            rules = EntryContext(e) if e.context else None
            for text, plural in surface_forms(e):
                words, seps = _form_tokens(text)
                if not words:
                    continue
                f = Form(words, seps, e, plural, rules)
                index = self.exact if f.strict else self.loose
                index.setdefault(f.keys[0] if f.strict else f.loose[0], []).append(f)
        for index in (self.exact, self.loose):
            for forms in index.values():
                forms.sort(key=lambda f: (-len(f.keys), f.rules is None))
        # One distinctive word per form ("valides" in « personnes valides »): a cheap first pass looks
        # for these, and only a block holding one is cut into tokens and matched.
        all_forms = [f for index in (self.exact, self.loose) for forms in index.values() for f in forms]
        spread: dict[str, int] = {}
        for f in all_forms:
            for w in set(f.keys if f.strict else f.loose):
                spread[w] = spread.get(w, 0) + 1
        self.anchors: set[str] = set()
        self.by_anchor: dict[str, list[Form]] = {}  # anchor → the forms it was chosen for
        for f in all_forms:
            form_words = f.keys if f.strict else f.loose
            anchor = min(form_words, key=lambda w: (_loose(w) in _COMMON or len(w) < 3, spread[w], -len(w)))
            self.anchors.add(anchor)
            self.by_anchor.setdefault(anchor, []).append(f)

    @classmethod
    def saved(cls, entries: list[TermEntry], exact: dict[str, list[Form]], loose: dict[str, list[Form]],
              anchors: set[str], by_anchor: dict[str, list[Form]]) -> TermMatcher:
        """A matcher from the tables `postlint.lexicon.index` saved: it finds what the built one finds."""
        matcher = cls.__new__(cls)
        matcher.entries, matcher.exact, matcher.loose, matcher.anchors = entries, exact, loose, anchors
        matcher.by_anchor = by_anchor
        return matcher

    def _candidates(self, t: _Tok) -> list[Form]:
        a = self.exact.get(t.key)
        b = self.loose.get(t.loose)
        if a and b:
            return sorted(a + b, key=lambda f: (-len(f.keys), f.rules is None))
        return a or b or []

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[TermMatch]:
        """Matches in `text[start:end]`."""
        words = _region_words(text, start, end)
        if self.anchors.isdisjoint(words.plain):
            return
        firsts = self._first_words(words.tokens())
        if not firsts:
            return
        toks = tokenize(text, start, end)
        n = len(toks)
        i = 0
        while i < n:
            t = toks[i]
            hit = None
            if (t.key in firsts or t.loose in firsts) and not (t.start > 0 and text[t.start - 1] in "@_") \
                    and not t.joined:
                for f in self._candidates(t):
                    j = self._match(toks, i, f)
                    if j is None:
                        continue
                    if j < n and toks[j].joined:
                        continue
                    if f.rules is not None and not f.rules.allow(toks, i, j, f.entry.lang):
                        continue
                    hit = (f, j)
                    break
            if hit is None:
                i += 1
                continue
            f, j = hit
            end = toks[j - 1].end
            if j - 1 > i and toks[j - 1].key in _ELIDED and text[end:end + 1] in APOSTROPHES:
                end += 1  # « souffre d'épilepsie »: the match ends with the apostrophe (« souffre d' »)
            span = Span(toks[i].start, end)
            plural = f.plural or any(toks[k].plural for k in range(i, j))
            yield TermMatch(span, f.entry, text[span.start:span.end], plural)
            i = j

    def _first_words(self, keys: set[str]) -> set[str]:
        """The first words of the forms that can match among tokens with these keys (exact and loose): each
        of a form's words must be one of them. Empty: the region is not even cut into tokens (it holds a
        form's anchor word, not its other words); else a match can only start at a token with one of them."""
        by_anchor = self.by_anchor
        firsts: set[str] = set()
        for anchor in self.anchors.intersection(keys):
            for f in by_anchor.get(anchor, ()):
                if f.words <= keys:
                    firsts.add(f.keys[0] if f.strict else f.loose[0])
        return firsts

    @staticmethod
    def _match(toks: list[_Tok], i: int, f: Form) -> int | None:
        k = len(f.keys)
        if i + k > len(toks):
            return None
        for m in range(k):
            t = toks[i + m]
            if m and t.sep != f.seps[m - 1]:
                return None
            if f.caps[m] and not t.caps:
                return None
            if (t.key != f.keys[m]) if f.strict else (t.loose != f.loose[m]):
                return None
        return i + k
