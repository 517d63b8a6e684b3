"""Language of a draft: declared (front matter), forced (`--lang`), configured, or detected.

Detection is two-stage to keep cold runs fast: a function-word count decides clear French/English
texts in microseconds; langdetect (seeded, so deterministic) is loaded only when that is unsure.
"""
from __future__ import annotations

import regex

_FR = set("""le la les un une des du de et est en dans pour par sur avec pas ne que qui qu au aux ce cette ces
nous vous ils elles son sa ses leur leurs mais ou où plus sont été être avoir fait comme tout tous toutes
très aussi notre nos votre vos je tu il elle on y à l d c s n j m t sans entre chez depuis dont lors après avant
""".split())
_EN = set("""the a an and is are was were be been to of in for on with at by from this that these those it its
we you they he she his her our your their not no but or as have has had will would can could should do does
did i me my us them there here what which who when where how all more about into than then so if also just
""".split())
WORD = regex.compile(r"[\p{L}]+(?:['’][\p{L}]+)?")


def word_count(text: str) -> int:
    return len(WORD.findall(text))


def guess(text: str) -> tuple[str | None, float]:
    """Cheap French/English guess from function words: (lang or None, confidence 0..1)."""
    fr = en = 0
    for w in WORD.findall(text.lower()):
        for part in regex.split(r"['’]", w):
            if part in _FR:
                fr += 1
            if part in _EN:
                en += 1
    total = fr + en
    if total < 3:
        return None, 0.0
    if fr > en:
        return "fr", fr / total
    if en > fr:
        return "en", en / total
    return None, 0.5


_detector_ready = False


def detect(text: str) -> str | None:
    """fr, en, or another ISO code; None when the text is too short to tell."""
    lang, conf = guess(text)
    if lang and conf >= 0.8 and word_count(text) >= 8:
        return lang
    return detect_langdetect(text)


def detect_langdetect(text: str) -> str | None:
    global _detector_ready
    try:
        from langdetect import DetectorFactory, detect_langs
        from langdetect.lang_detect_exception import LangDetectException
    except ImportError:  # pragma: no cover - declared dependency
        return guess(text)[0]
    if not _detector_ready:
        DetectorFactory.seed = 0
        _detector_ready = True
    try:
        ranked = detect_langs(text)
    except LangDetectException:
        return None
    return ranked[0].lang if ranked else None


def resolve(doc, settings) -> None:
    """Set `doc.lang` / `doc.lang_source`: --lang > front matter > config/overrides > detection > en."""
    if settings.force_lang:
        doc.lang, doc.lang_source = settings.force_lang, "cli"
    elif doc.meta.lang:
        doc.lang, doc.lang_source = doc.meta.lang, "front_matter"
    elif settings.lang:
        doc.lang, doc.lang_source = settings.lang, "config"
    else:
        found = detect(doc.body_prose) if word_count(doc.body_prose) >= 3 else None
        if found in ("fr", "en"):
            doc.lang, doc.lang_source = found, "detected"
        else:
            doc.lang, doc.lang_source = "en", "default"


def declared(doc, settings) -> str | None:
    """The language the author declared (front matter, --lang or config), if any."""
    return settings.force_lang or doc.meta.lang or settings.lang
