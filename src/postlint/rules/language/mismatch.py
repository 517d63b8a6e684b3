"""What it checks: the language declared for the draft (front matter `lang:`, `--lang`, or the
configuration's `lang:`) against the language its text is written in. Block quotes, text in
quotation marks, hashtags and mentions are left out, so a quoted sentence in another language is not
the post's language; a bilingual post (one paragraph in each language) is fine; a text under about
eight words is too short to judge. A list of names and figures is not judged either: French or
English is reported only when the text holds that language's little words ("the", "de"…), and a
third language (Spanish, Catalan…) only from twelve words on, where the guess stops being wrong.
Detection: a count of French and English function words decides clear cases; langdetect (seeded, so
results do not change between runs) decides the others.
Why: a wrong declaration usually means a draft pasted into the wrong template or an untranslated
version; it also makes postlint check the text with the other language's word lists. INPUD's « Fiche
de conseils de plaidoyers sur les médias et sur les réseaux sociaux » asks to translate key messages
for an international audience.
A page of a static site in a language postlint does not check (front matter `lang: es`, `index.es.md`,
`content/de/…`) has its text skipped (its pictures are still checked for GPS positions); a multilingual site
declares it page by page, so nothing is said. A page whose language was only guessed from its text (no
`lang:`, no language in its path) gets one notice that it was skipped. On a site, the page's path gives
its language when the front matter does not (`content/fr/…`, `name.fr.md`, `i18n/fr/…`).
Fix safety: none — change `lang:` or translate."""
from __future__ import annotations

from postlint.document.site import lang_from_path
from postlint.text import lang as L
from postlint.document.model import Document
from postlint.core.rule import Context, Option, rule
from postlint.text.patterns import LazyRegex

SOURCE = ("INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux »: « Si vous avez "
          "une audience internationale, traduisez vos messages clés dans les langues principales de celle-ci » ; "
          "the declared language chooses word lists and messages")
# Languages langdetect can return, named in French and in English (the message follows the draft's language).
_NAMES = """af afrikaans Afrikaans|ar arabe Arabic|bg bulgare Bulgarian|bn bengali Bengali|ca catalan Catalan|
cs tchèque Czech|cy gallois Welsh|da danois Danish|de allemand German|el grec Greek|en anglais English|
es espagnol Spanish|et estonien Estonian|fa persan Persian|fi finnois Finnish|fr français French|
gu gujarati Gujarati|he hébreu Hebrew|hi hindi Hindi|hr croate Croatian|hu hongrois Hungarian|
id indonésien Indonesian|it italien Italian|ja japonais Japanese|kn kannada Kannada|ko coréen Korean|
lt lituanien Lithuanian|lv letton Latvian|mk macédonien Macedonian|ml malayalam Malayalam|mr marathi Marathi|
ne népalais Nepali|nl néerlandais Dutch|no norvégien Norwegian|pa pendjabi Punjabi|pl polonais Polish|
pt portugais Portuguese|ro roumain Romanian|ru russe Russian|sk slovaque Slovak|sl slovène Slovenian|
so somali Somali|sq albanais Albanian|sv suédois Swedish|sw swahili Swahili|ta tamoul Tamil|te télougou Telugu|
th thaï Thai|tl tagalog Tagalog|tr turc Turkish|uk ukrainien Ukrainian|ur ourdou Urdu|vi vietnamien Vietnamese|
zh-cn chinois_(simplifié) Chinese_(Simplified)|zh-tw chinois_(traditionnel) Chinese_(Traditional)"""
NAMES = {code: {"fr": fr.replace("_", " "), "en": en.replace("_", " ")}
         for code, fr, en in (item.split() for item in _NAMES.replace("\n", "").split("|"))}
SOURCES = {"front_matter": "lang:", "cli": "--lang", "config": ".postlint.yaml lang:"}
# When the guess is reliable enough to report. Measured on 18,605 stretches of 8 words or more cut from
# the 130 one-language drafts of examples/, tests/data/qa/ and the shared evaluation cases (running
# prose, short lines, and "telegraphic" lists with the function words taken out):
# - a third language: langdetect is very sure of itself even when wrong (« Bilan de la maraude /
#   Toxicomanes rencontrés : 42 / Kits distribués : 300 » is Catalan at 0.99999). Its wrong guesses at
#   0.95 or more stop at 12 words (0.6-0.8 % of lists of 6-9 words, 0.2 % at 10-11, none from 12);
# - French or English: the guess must rest on that language's own little words ("the", "de"…): at least
#   OWN_FUNCTION_WORDS, and more than the declared language has. Without them (a list of names and
#   figures) langdetect misreads 0.5-1.5 % of the lists; with them, no wrong report remained, and 98.9 %
#   of prose stretches declared in the other language were still reported.
OTHER_LANGUAGE_CONFIDENCE = 0.95
OTHER_LANGUAGE_MIN_WORDS = 12
OWN_FUNCTION_WORDS = 2


def _name(code: str, ctx: Context) -> str:
    return NAMES.get(code, {}).get(ctx.lang, code)


@rule("language.mismatch", severity="warning", summary="Declared language differs from the language of the text",
      source=SOURCE,
      options={"min_words": Option(int, L.MIN_WORDS, "shortest text (in words) whose language is judged",
                                   minimum=1)},
      examples={"fail": ('---\nlang: fr\n---\nWe are looking for a communications officer to join our team in Dakar.\n',),
                "pass": ('---\nlang: fr\n---\nThank you Dakar, see you next year.\n',
                         '---\nlang: fr\n---\nBilan de la maraude\n\n- Kits distribués : 300\n- Nuits : 12\n',
                         '---\nlang: en\n---\nOur president quoted the song « On ne lâche rien, on ne lâche rien, jamais, jamais » at the rally yesterday in Lyon.\n')})
def mismatch(doc: Document, ctx: Context):
    other = doc.meta.other_lang
    if other and not doc.meta.lang and not ctx.settings.force_lang:
        if _declared_elsewhere(doc, other):
            return  # the site says so itself (`lang: es`, `index.es.md`, `content/es/`): nothing to tell
        # every other category is off for this page (postlint.document.site.page_language): say so once
        yield ctx.finding(None, ctx.msg(
            fr="Cette page est en {l} : postlint vérifie le français et l'anglais, son texte n'a donc pas été "
               "vérifié (ses images l'ont été).",
            en="This page is in {l}: postlint checks French and English, so its text was not checked (its "
               "pictures were).",
            l=_name(other, ctx)), severity="info")
        return
    declared = L.declared(doc, ctx.settings)
    if not declared:
        return
    minimum = ctx.options.get("min_words", L.MIN_WORDS)
    text = L.own_text(doc)
    if L.word_count(text) < minimum:
        return
    found, confidence = L.detect_with_confidence(text)
    if found is None or found == declared or not _reliable(text, found, confidence, declared, minimum):
        return
    if _has_paragraph_in(doc, declared, minimum):
        return  # a bilingual post: the declared language is there too
    where = SOURCES.get(doc.lang_source, "lang:")
    if doc.lang_source == "front_matter" and doc.meta.lang_origin == "path":
        where = ctx.msg(fr="chemin de la page", en="the page's path")
    yield ctx.finding(None, ctx.msg(
        fr="La langue déclarée est le {d} ({w} {c}), mais le texte semble écrit en {f}. Corrigez `lang:` ou "
           "traduisez le texte.",
        en="The declared language is {d} ({w} {c}) but the text looks {f}. Correct `lang:` or translate the text.",
        d=_name(declared, ctx), f=_name(found, ctx), w=where, c=declared),
        suggestions=[f"lang: {found}"] if found in ("fr", "en") else [])


_NAME_SUFFIX = LazyRegex(r"[._-]([a-z]{2})(?:[-_][A-Za-z]{2})?\.(?:md|markdown|mdx|txt|html)$")
_LANG_KEYS = ("lang", "language", "locale", "languageCode", "languagecode", "language_code")


def _declared_elsewhere(doc: Document, code: str) -> bool:
    """The page's other language is declared by the page or its site (front matter, path), not guessed."""
    if any(doc.front_matter.get(k) not in (None, "", []) for k in _LANG_KEYS):
        return True
    m = _NAME_SUFFIX.search(doc.path)  # carpentries' `ec-elections_es.md`
    return lang_from_path(doc.path) == code or bool(m and m.group(1) == code)


def _reliable(text: str, found: str, confidence: float, declared: str, minimum: int) -> bool:
    """Is the guess `found` (not the declared language) worth reporting? Quiet on short or list-like text."""
    if found in ("fr", "en"):
        counts = dict(zip(("fr", "en"), L.function_words(text)))
        return counts[found] >= OWN_FUNCTION_WORDS and counts[found] > counts.get(declared, 0)
    return confidence >= OTHER_LANGUAGE_CONFIDENCE and L.word_count(text) >= max(minimum, OTHER_LANGUAGE_MIN_WORDS)


def _has_paragraph_in(doc: Document, lang: str, minimum: int) -> bool:
    for block in doc.text_blocks():
        text = L.own_text(doc, [block])
        if L.word_count(text) >= max(5, minimum // 2) and L.detect(text) == lang:
            return True
    return False


RULES = [mismatch]
