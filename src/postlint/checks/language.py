"""Language: the declared language of a draft against the language its text is written in.

Guide 000 (INPUD): translate key messages (FR/EN). A draft declared French but written in English gets
the wrong word lists, the wrong spell-checking on the platform and the wrong audience.
"""
from __future__ import annotations

from postlint import lang as L
from postlint.document import Document
from postlint.rule import Context, Option, rule

SOURCE = ("Guide 000 (INPUD), « Si vous avez une audience internationale, traduisez vos messages clés dans les "
          "langues principales de celle-ci » ; the declared language chooses word lists and messages")
NAMES = {"fr": {"fr": "français", "en": "French"}, "en": {"fr": "anglais", "en": "English"},
         "es": {"fr": "espagnol", "en": "Spanish"}, "pt": {"fr": "portugais", "en": "Portuguese"},
         "de": {"fr": "allemand", "en": "German"}, "it": {"fr": "italien", "en": "Italian"},
         "nl": {"fr": "néerlandais", "en": "Dutch"}, "ar": {"fr": "arabe", "en": "Arabic"},
         "sw": {"fr": "swahili", "en": "Swahili"}}
SOURCES = {"front_matter": "lang:", "cli": "--lang", "config": ".postlint.yaml lang:"}
# A third language is reported only when langdetect is this sure of it (it confuses short French
# texts with Catalan or Italian now and then).
OTHER_LANGUAGE_CONFIDENCE = 0.95


def _name(code: str, ctx: Context) -> str:
    return NAMES.get(code, {}).get(ctx.lang, code)


@rule("language.mismatch", severity="warning", summary="Declared language differs from the language of the text",
      source=SOURCE,
      options={"min_words": Option(int, L.MIN_WORDS, "shortest text (in words) whose language is judged",
                                   minimum=1)},
      explain="""
What it checks: the language declared for the draft (front matter `lang:`, `--lang`, or the
configuration's `lang:`) against the language its text is written in. Block quotes, text in
quotation marks, hashtags and mentions are left out, so a quoted sentence in another language is not
the post's language; a bilingual post (one paragraph in each language) is fine; a text under about
eight words is too short to judge.
Detection: a count of French and English function words decides clear cases; langdetect (seeded, so
results do not change between runs) decides the others.
Why: a wrong declaration usually means a draft pasted into the wrong template or an untranslated
version; it also makes postlint check the text with the other language's word lists. Guide 000 asks
to translate key messages for an international audience.
Fix safety: none — change `lang:` or translate.""",
      examples={"fail": ("lang: fr, text: \"We are looking for a communications officer to join our team in Dakar.\"",),
                "pass": ("lang: fr, text: \"Thank you Dakar, see you next year.\" (too short)",
                         "lang: en, a French quotation inside « … » in an English post")})
def mismatch(doc: Document, ctx: Context):
    declared = L.declared(doc, ctx.settings)
    if not declared:
        return
    minimum = ctx.options.get("min_words", L.MIN_WORDS)
    text = L.own_text(doc)
    if L.word_count(text) < minimum:
        return
    found, confidence = L.detect_with_confidence(text)
    if found is None or found == declared:
        return
    if found not in ("fr", "en") and confidence < OTHER_LANGUAGE_CONFIDENCE:
        return
    if _has_paragraph_in(doc, declared, minimum):
        return  # a bilingual post: the declared language is there too
    where = SOURCES.get(doc.lang_source, "lang:")
    yield ctx.finding(None, ctx.msg(
        fr="La langue déclarée est le {d} ({w} {c}), mais le texte semble écrit en {f}. Corrigez `lang:` ou "
           "traduisez le texte.",
        en="The declared language is {d} ({w} {c}) but the text looks {f}. Correct `lang:` or translate the text.",
        d=_name(declared, ctx), f=_name(found, ctx), w=where, c=declared),
        suggestions=[f"lang: {found}"] if found in ("fr", "en") else [])


def _has_paragraph_in(doc: Document, lang: str, minimum: int) -> bool:
    for block in doc.text_blocks():
        text = L.own_text(doc, [block])
        if L.word_count(text) >= max(5, minimum // 2) and L.detect(text) == lang:
            return True
    return False


RULES = [mismatch]
