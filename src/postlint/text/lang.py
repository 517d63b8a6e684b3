"""Language of a draft: declared (front matter), forced (`--lang`), configured, or detected; and the
word knowledge rules share (splitting a hashtag into words, telling a word from an acronym).

Detection is two-stage to keep cold runs fast: a function-word count decides clear French/English
texts in microseconds; langdetect (seeded, so deterministic) is loaded only when that is unsure.
Detection reads the author's own prose: block quotes, text in quotation marks, hashtags and mentions
are left out, so a quoted sentence in another language does not decide the language of a post.
"""
from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

from postlint.core.vocab import CATEGORIES, LANGS
from postlint.text.patterns import LazyRegex

if TYPE_CHECKING:  # the document layer sits above this one: for annotations only
    from postlint.document.model import Block, Document


class LanguageSettings(Protocol):
    """What `resolve` reads of the run's settings (postlint.engine.config.Settings)."""

    @property
    def force_lang(self) -> str | None: ...

    @property
    def lang(self) -> str | None: ...

_FR = set("""le la les un une des du de et est en dans pour par sur avec pas ne que qui qu au aux ce cette ces
nous vous ils elles son sa ses leur leurs mais ou où plus sont été être avoir fait comme tout tous toutes
très aussi notre nos votre vos je tu il elle on y à l d c s n j m t sans entre chez depuis dont lors après avant
""".split())
_EN = set("""the a an and is are was were be been to of in for on with at by from this that these those it its
we you they he she his her our your their not no but or as have has had will would can could should do does
did i me my us them there here what which who when where how all more about into than then so if also just
""".split())
WORD = LazyRegex(r"[\p{L}]+(?:['’][\p{L}]+)?")
MIN_WORDS = 8  # below this a text is too short to tell its language
# an undeclared page detected in a third language is skipped from this length and confidence on (langdetect's
# wrong guesses at 0.95 and more stop at 12 words: rules/language/mismatch.py)
OTHER_LANGUAGE_CONFIDENCE = 0.95
OTHER_LANGUAGE_WORDS = 30
# what is off for a page in a language postlint does not check: every text rule; its pictures are still
# checked (a GPS position is in any language) and language.mismatch says once that the text was skipped
OTHER_LANGUAGE_SKIPS: tuple[str, ...] = tuple(c for c in CATEGORIES if c not in ("language", "geotag")) + (
    "geotag.coordinates", "geotag.precise-location")

# Quoted material: «…», “…”, "…" (on one line or across a few); the author's own voice is outside it.
QUOTED = LazyRegex(r"«[^«»]{0,600}»|“[^“”]{0,600}”|„[^„“”]{0,600}[“”]|(?<![\p{L}\p{N}])\"[^\"\n]{0,600}\"")
_TOKEN = LazyRegex(r"(?<![\p{L}\p{N}_])[#@][\p{L}\p{N}_]+")


# The words of the text last counted, as written and lower-cased: detection counts the words of one text two or
# three times (resolve, detect_with_confidence, _romance_words, language.mismatch). The text is held: `is` and
# `==` then compare with the very text, never a reused id.
_LAST_WORDS: list[Any] = [None, None, None]  # text, WORD.findall(text), WORD.findall(text.lower())


def _words(text: str, lower: bool) -> list[str]:
    last = _LAST_WORDS
    if last[0] is not text and last[0] != text:
        last[:] = [text, None, None]
    i = 2 if lower else 1
    found: list[str] | None = last[i]
    if found is None:
        found = last[i] = WORD.findall(text.lower() if lower else text)
    return found


def word_count(text: str) -> int:
    return len(_words(text, False))


def function_words(text: str) -> tuple[int, int]:
    """How many French and how many English function words ("de", "the"…) `text` holds."""
    fr = en = 0
    for w in _words(text, True):
        if "'" in w or "’" in w:  # (WORD: letters, then at most one apostrophe and letters)
            for part in w.replace("’", "'").split("'"):
                fr += part in _FR
                en += part in _EN
        else:
            fr += w in _FR
            en += w in _EN
    return fr, en


def guess(text: str) -> tuple[str | None, float]:
    """Cheap French/English guess from function words: (lang or None, confidence 0..1)."""
    return _guess(*function_words(text))


def _guess(fr: int, en: int) -> tuple[str | None, float]:
    total = fr + en
    if total < 3:
        return None, 0.0
    if fr > en:
        return "fr", fr / total
    if en > fr:
        return "en", en / total
    return None, 0.5


def detect(text: str) -> str | None:
    """fr, en, or another ISO code; None when the text is too short to tell."""
    return detect_with_confidence(text)[0]


def detect_with_confidence(text: str) -> tuple[str | None, float]:
    fr, en = function_words(text)  # counted once (this runs for every draft that declares no language)
    lang, conf = _guess(fr, en)
    # clear function-word evidence decides: a long text, or a short one made of little words — unless the
    # text holds the little words of Spanish, Portuguese or Italian too ("de", "la", "en", "que" are theirs)
    if lang and conf >= 0.8 and (word_count(text) >= MIN_WORDS or fr + en >= 5) \
            and not (lang == "fr" and _romance_words(text) * 2 >= fr):
        return lang, conf
    return detect_langdetect(text)


# little words of Spanish, Portuguese and Italian that French does not have
_ROMANCE = frozenset("""el los las del con para por una como pero más muy este esta estos también según hay
não uma com das mais pelo pela são está gli della degli per che sono anche""".split())


def _romance_words(text: str) -> int:
    return sum(1 for w in _words(text, True) if w in _ROMANCE)


def detect_langdetect(text: str) -> tuple[str | None, float]:
    try:
        from langdetect.detector import Detector
        from langdetect.lang_detect_exception import LangDetectException
    except ImportError:  # pragma: no cover - declared dependency
        return guess(text)
    try:
        detector = Detector(_profiles())
        detector.append(text)
        ranked = detector.get_probabilities()
    except LangDetectException:
        return None, 0.0
    return (ranked[0].lang, ranked[0].prob) if ranked else (None, 0.0)


class _Profiles:
    """What langdetect's `Detector` reads of its factory (`langlist`, `word_lang_prob_map`, `seed`), built from
    the same 55 profiles in the same order, so every guess and probability is the one `detect_langs` gives.
    `langdetect.DetectorFactory` parses 2.3 MB of JSON and keeps a list of 55 floats for each of its 87,600
    n-grams (0.2-0.4 s, 62 MB); here the n-grams come from a saved index (postlint.core.savedindex: ≈ 30 ms,
    19 MB), each a short string of its few non-zero probabilities, expanded when a text uses it."""

    seed = 0  # langdetect's own random trials, seeded: deterministic, as `DetectorFactory.seed = 0` was

    def __init__(self, langs: list[str], probs: dict[str, str]):
        self.langlist = langs
        self.word_lang_prob_map = _ProbMap(probs, len(langs))


class _ProbMap:
    """n-gram → the list of its probabilities per language, as langdetect's factory holds it."""

    def __init__(self, sparse: dict[str, str], n: int):
        self._sparse, self._n = sparse, n
        self._dense: dict[str, list[float]] = {}

    def __contains__(self, word: object) -> bool:
        return word in self._sparse

    def __getitem__(self, word: str) -> list[float]:
        row = self._dense.get(word)
        if row is None:
            row = [0.0] * self._n
            it = iter(self._sparse[word].split())
            for i, p in zip(it, it):
                row[int(i)] = float(p)  # repr() of the float: read back exactly
            if len(self._dense) > 20_000:
                self._dense.clear()
            self._dense[word] = row
        return row


_PROFILES: _Profiles | None = None


def _profiles() -> _Profiles:
    global _PROFILES
    if _PROFILES is None:
        import os

        import langdetect
        from langdetect.detector_factory import PROFILES_DIRECTORY

        from postlint.core import savedindex

        deps = savedindex.folder_inputs([PROFILES_DIRECTORY], "langdetect", getattr(langdetect, "__version__", "?"))
        saved = savedindex.load("langdetect", deps, dict[str, Any])
        if saved is not None and isinstance(saved.get("langs"), list) and isinstance(saved.get("probs"), dict) \
                and len(saved["langs"]) >= 2:
            _PROFILES = _Profiles(saved["langs"], saved["probs"])
        else:
            langs, probs = _read_profiles(PROFILES_DIRECTORY, os.listdir(PROFILES_DIRECTORY))
            savedindex.save("langdetect", deps, {"langs": langs, "probs": probs})
            _PROFILES = _Profiles(langs, probs)
    return _PROFILES


def _read_profiles(folder: str, names: list[str]) -> tuple[list[str], dict[str, str]]:
    """langdetect's `DetectorFactory.load_profile` (same files, same order, same arithmetic), keeping only the
    non-zero probabilities of each n-gram."""
    import json
    import os

    files = [os.path.join(folder, n) for n in names if not n.startswith(".")]
    files = [f for f in files if os.path.isfile(f)]
    langs: list[str] = []
    parts: dict[str, list[str]] = {}
    for index, path in enumerate(files):
        with open(path, encoding="utf-8") as fh:
            profile = json.load(fh)
        langs.append(profile["name"])
        n_words = profile["n_words"]
        for word, freq in profile["freq"].items():
            row = parts.setdefault(word, [])
            if 1 <= len(word) <= 3:
                prob = 1.0 * freq / n_words[len(word) - 1]
                if prob:
                    row.append(f"{index} {prob!r}")
    return langs, {w: " ".join(r) for w, r in parts.items()}


# Markdown italics (*Title of a report*, _ad hoc_): titles of works and foreign words, by typographic convention.
ITALIC = LazyRegex(r"(?<![*\\\p{L}\p{N}])\*(?![*\s])[^*\n]{1,300}?(?<![\s*\\])\*(?![*\p{L}\p{N}])|"
                       r"(?<![_\\\p{L}\p{N}])_(?![_\s])[^_\n]{1,300}?(?<![\s_\\])_(?![_\p{L}\p{N}])")
# Names of organisations, events and reports in capitals ("Alliance Nationale des Communautés pour la Santé",
# "Harm Reduction International"): their words are not the language of the sentence around them.
NAME_RUN = LazyRegex(
    r"(?<![\p{L}\p{N}'’])\p{Lu}[\p{L}\p{N}\-]*(?:\s+(?:(?:de|des|du|la|le|les|pour|aux|au|sur|of|the|for|on)\s+){0,2}(?:[dl]['’])?"
    r"\p{Lu}[\p{L}\p{N}\-]*)+")


def own_text(doc: Document, blocks: Iterable[Block] | None = None) -> str:
    """The author's own prose: no block quotes, code, captions, quoted passages, italics, names in capitals,
    hashtags or mentions."""
    if blocks is None:  # the whole document's: read by language resolution and language.mismatch, made once
        memo = doc.memo
        found = memo.get(_OWN_TEXT)
        if found is None:
            found = memo[_OWN_TEXT] = _own_text(doc, doc.text_blocks())
        return found
    return _own_text(doc, blocks)


_OWN_TEXT = object()  # key of the document's own text in `Document.memo`


def _own_text(doc: Document, blocks: Iterable[Block]) -> str:
    parts = []
    for b in blocks:
        if b.quoted or b.kind in ("code", "caption"):
            continue
        prose = b.prose(doc)
        source = b.text(doc)
        if getattr(doc, "fmt", "markdown") == "markdown" and ("*" in source or "_" in source):
            for m in ITALIC.finditer(source):
                prose = prose[:m.start()] + " " * (m.end() - m.start()) + prose[m.end():]
        parts.append(NAME_RUN.sub(" ", strip_quoted(prose)))
    return "\n\n".join(parts)


def strip_quoted(text: str) -> str:
    # each pattern only where its marks are: one never run is never compiled (a cold pre-commit run)
    if "«" in text or "“" in text or "„" in text or '"' in text:
        text = QUOTED.sub(" ", text)
    return _TOKEN.sub(" ", text) if "#" in text or "@" in text else text


def resolve(doc: Document, settings: LanguageSettings) -> None:
    """Set `doc.lang` / `doc.lang_source`: --lang > front matter > config/overrides > detection > en."""
    if settings.force_lang:
        doc.lang, doc.lang_source = settings.force_lang, "cli"
    elif doc.meta.lang:
        doc.lang, doc.lang_source = doc.meta.lang, "front_matter"
    elif settings.lang:
        doc.lang, doc.lang_source = settings.lang, "config"
    else:
        text = own_text(doc)
        words = word_count(text)
        if words < 3:
            text = doc.body_prose
            words = word_count(text)
        found, confidence = detect_with_confidence(text) if words >= 3 else (None, 0.0)
        if found in LANGS:
            doc.lang, doc.lang_source = found, "detected"
        else:
            doc.lang, doc.lang_source = "en", "default"
            if found and confidence >= OTHER_LANGUAGE_CONFIDENCE and words >= OTHER_LANGUAGE_WORDS \
                    and not doc.meta.other_lang:
                # a page in a language postlint does not check (Spanish, German…): skipped, said once by
                # language.mismatch, rather than checked with the English word lists
                doc.meta.other_lang = found
                doc.meta.disable = tuple(dict.fromkeys(doc.meta.disable + OTHER_LANGUAGE_SKIPS))


def declared(doc: Document, settings: LanguageSettings) -> str | None:
    """The language the author declared (front matter, --lang or config), if any."""
    return settings.force_lang or doc.meta.lang or settings.lang


# ----------------------------------------------------------------------------------------- words
# Frequency-ranked word lists (wordlists/segmentation/*.txt) split run-together hashtags into words.
SEGMENT_LANGS = ("en", "fr")
# One-letter words that may stand between other words of a hashtag (#ittakesavillage).
_ONE_LETTER = {"en": {"a", "i"}, "fr": {"a", "y"}}
# Common acronyms written in capitals: kept in capitals in suggestions, never "shouting".
ACRONYMS = frozenset("""VIH HIV SIDA AIDS IST STI TB ONU UN OMS WHO ONG NGO OSC CSO UE EU UA AU USA UK RDC DRC
LGBT LGBTI LGBTQ LGBTQI LGBTQIA PREP PEP COVID UNICEF UNAIDS ONUSIDA UNHCR HCR PNUD UNDP UNFPA FAO PAM WFP
CEDEAO ECOWAS UEMOA FMI IMF OCDE OECD ODD SDG SDGS RSE CSR PDF FAQ CEO PDG DG ACT INPUD ANPUD IPU UIP MSF
CICR ICRC FIFA AFD USAID DFID SIDA OIF RFI BBC CNN AFP AP TV ID RH DRH RSVP NB PS UNESCO ASBL BCE
CFA FCFA XOF EUR USD ADN DNA OGM ICT TIC IA AI SMS QR URL FGM MGF""".split())


def word_key(text: str) -> str:
    """Lower case without accents: the key of the frequency word lists (not `normalize.fold`, which also
    unifies apostrophes and case-folds)."""
    return _MARKS.sub("", unicodedata.normalize("NFD", text.lower()))


_MARKS = LazyRegex(r"\p{Mn}+")


@cache
def word_ranks(lang: str) -> dict[str, int]:
    """Folded word → frequency rank (1 = most frequent), read once."""
    from postlint.core.resources import data_dir

    from postlint.core import savedindex

    path = data_dir("wordlists") / "segmentation" / f"{lang}.txt"
    # folding 50,000 words costs ≈ 20 ms a language: the folded list is saved (savedindex), as the term index is
    deps = savedindex.inputs([str(path)], "word ranks")
    saved = savedindex.load("ranks", deps, dict[str, str])
    if saved is not None and "words" in saved:
        words = saved["words"].split("\n")
    else:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            return {}
        # fold the whole file at once (one call into C, not 30,000)
        text = _MARKS.sub("", unicodedata.normalize("NFD", text.lower()))
        words = [w for w in text.splitlines() if w and w[0] != "#"]
        savedindex.save("ranks", deps, {"words": "\n".join(words)})
    # the first (most frequent) line of a folded key wins: filled from the end, in C
    return dict(zip(reversed(words), range(len(words), 0, -1)))


def is_word(word: str, langs: tuple[str, ...] = SEGMENT_LANGS) -> bool:
    """Is `word` (any case, accents optional) a dictionary word of one of `langs`?"""
    key = word_key(word)
    return any(key in word_ranks(lang) for lang in langs)


def is_word_form(word: str, langs: tuple[str, ...] = SEGMENT_LANGS) -> bool:
    """`is_word`, or a plural of a listed word (#overdoses, #addictions, #antirétroviraux, #communities)."""
    if is_word(word, langs):
        return True
    key = word_key(word)
    for end, stem_end in (("s", ""), ("x", ""), ("es", ""), ("aux", "al"), ("ies", "y")):
        if key.endswith(end) and len(key) - len(end) >= 4 and is_word(key[:-len(end)] + stem_end, langs):
            return True
    return False


# Word-forming endings that the lists also hold as words ("ion", "an", "ité"…). A split whose last piece is
# one of them (or whose last pieces spell one) is a long word the lists do not know (#pénalisation →
# pénal|is|at|i|on, #narcan → narc|an),
# not several words run together.
SUFFIX_PIECES = frozenset("""ion ions an al ale ales aux ite ites alite alites ment ments isme ismes iste
istes ique iques ive ives ant ante ants antes ance ances ence ences ness less able ible ity ities ism ist
ists ize ise ing ed ship hood""".split())
# Bound prefixes that the lists hold as words ("anti", "rétro", "bio"…): one belongs to the word after it
# (#antiretroviral is one word, not anti|retro|viral; #cybersecurityawareness → Cybersecurity|Awareness).
PREFIX_PIECES = frozenset("""anti retro micro macro neo pseudo semi hyper cyber bio eco tele auto multi
poly mono""".split())
# Plural and feminine endings (folded) → what they replace: a listed word with one of them is one word of
# the hashtag (#personnesusagères: usager → usagères; #chargesvirales: virale → virales), at the rank of the
# listed word. The word lists hold the forms their source attests; these cover the rest.
_ENDINGS = {"fr": (("s", ""), ("x", ""), ("e", ""), ("es", ""), ("aux", "al"), ("ive", "if"), ("ives", "if"),
                   ("euse", "eux"), ("euses", "eux"), ("trice", "teur"), ("trices", "teur")),
            "en": (("s", ""), ("es", ""), ("ies", "y"))}
_FORM_COST = math.log(2)  # a form read off its listed word costs as if it were half as frequent


def _rank_of(piece: str, ranks: dict[str, int], lang: str) -> tuple[int | None, bool]:
    """Rank of `piece` in the list of `lang`, or of the listed word it is a plural/feminine of; and whether
    it is such a form."""
    r = ranks.get(piece)
    if r is not None:
        return r, False
    best = None
    for end, stem_end in _ENDINGS[lang]:
        if piece.endswith(end) and len(piece) - len(end) >= 4:
            base = piece[:-len(end)] + stem_end
            if not stem_end and (base[-1] in "sxz" or (end[0] == "e" and base[-1] == "e")
                                 or (end == "x" and base[-1] != "u")):
                continue  # no "sages" + e, "gros" + s: those are not forms of a listed word
            b = ranks.get(base)
            if b is not None and (best is None or b < best):
                best = b
    return best, best is not None


def _segment_one(letters: str, lang: str) -> tuple[float, list[str]] | None:
    """Cheapest split of `letters` (folded) into known words: cost = Σ log(rank) (Zipf)."""
    ranks = word_ranks(lang)
    if not ranks:
        return None
    per_word = math.log(math.log(len(ranks) + 2))
    n = len(letters)
    best: list[tuple[float, list[str]] | None] = [(0.0, [])] + [None] * n
    for i in range(1, n + 1):
        for j in range(max(0, i - 24), i):
            before = best[j]
            if before is None:
                continue
            w = letters[j:i]
            r, form = _rank_of(w, ranks, lang)
            if r is None:
                continue
            if len(w) == 1 and (w not in _ONE_LETTER[lang] or i == n):
                continue
            if (len(w) <= 2 and r > 1000) or (len(w) == 3 and r > 3000):
                continue  # rare short "words" (OpenSubtitles noise) make false splits
            cost = before[0] + math.log(r) + per_word + (_FORM_COST if form else 0.0)
            here = best[i]
            if here is None or cost < here[0]:
                best[i] = (cost, before[1] + [w])
    return best[n]


def segment(text: str, langs: tuple[str, ...] = SEGMENT_LANGS) -> list[str] | None:
    """Split a run of letters written without word breaks (`santementale`) into words, keeping the
    original characters (`["sante", "mentale"]`); None when it cannot be split into known words."""
    key = word_key(text)
    if len(key) != len(text) or not key.isalpha():
        return None
    found = [r for lang in langs if (r := _segment_one(key, lang)) is not None]
    if not found:
        return None
    _, words = min(found, key=lambda r: r[0])
    if any("".join(words[-k:]) in SUFFIX_PIECES for k in range(1, min(3, len(words) - 1) + 1)):
        return None  # … |at|i|on: the pieces closing the split spell a suffix
    if any("".join(words[i:i + k]) in SUFFIX_PIECES for k in (2, 3) for i in range(1, len(words) - k + 1)):
        return None  # local|is|at|i|on|now: pieces inside the split spell one too
    merged: list[str] = []
    joining = False
    for w in words:  # anti|retro|viral → antiretroviral
        if joining:
            merged[-1] += w
        else:
            merged.append(w)
        joining = w in PREFIX_PIECES
    out, pos = [], 0
    for w in merged:
        out.append(text[pos:pos + len(w)])
        pos += len(w)
    return out
