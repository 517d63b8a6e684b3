"""Leftover placeholders in a draft: the detection behind the placeholder findings of `disclosure.confidential`.

Bare markers ("TODO", "FIXME", "TBC", "XXX", "lorem ipsum", "{{name}}"), the journalists' "TK" (English
drafts), and notes in [], <>, {} made of placeholder words ("[à compléter]", "[LIEN À INSÉRER]", "<add quote>"),
including "<…>" notes the Markdown reader took for HTML tags. In parentheses only a slot with its action, a verb
with its slot or "(à compléter)" count: parentheses hold real asides. A "[…]" cut in a quotation and a
"[VIDÉO]" label are not placeholders, nor are a static site's template tags and shortcodes (`{{< figure … >}}`,
`{% include … %}`, `{{ site.baseurl }}`: `Document.markup`). Also the text helpers the rule's banner test uses (`block_of`,
`is_upper`, `ALNUM`).
"""
from __future__ import annotations

import re

import regex

from postlint.text.gates import declare, fold_case, passes
from postlint.document.model import Document
from postlint.text.normalize import fold_in_place
from postlint.text.patterns import LazyRegex
from postlint.text.quotes import in_quotes

PLACEHOLDER = LazyRegex(r"""
    (?<![\p{L}\p{N}])(?:TODO|FIXME|TBD|TBC|XXX+|XX)(?![\p{L}\p{N}])
  | (?i:lorem\ ipsum)
  | \{\{[^{}\n]{1,40}\}\}
""", regex.X)
# words every match holds, on fold_case(prose)
PLACEHOLDER_GATE = declare("placeholder", PLACEHOLDER, "todo fixme tbd tbc xx {{ lorem", re.I)
# Notes in [], <>, {} (whole content, folded): a slot ("nom du ministre") with or without an action ("à insérer",
# "TBC"), an action alone, a verb and a slot ("insert link"). Parentheses hold real asides ("(à venir en 2027,
# selon le ministère)"): there only a slot with its action, a verb with its slot or "(à compléter)" count.
_SLOT = (r"(?:(?:pre)?noms?|names?|first name|surname|liens?|links?|url|dates?|heure|time|lieux?|venue|chiffres?|"
         r"numbers?|figures?|stats?|statistiques?|montants?|amounts?|nombre|pourcentage|percentage|citations?|quotes?|"
         r"titre|title|headline|legende|caption|credits?|logo|hashtag|handle|signature|e-?mail|telephone|phone|numero|"
         r"adresse|address|ville|city|pays|country|fonction|job title|(?P<media>photos?|images?|visuels?|videos?))")
_WORDS = r"(?: (?!(?:emprunt|modifiee?s?|changed?|withheld|bio|ci-dessous|ci-dessus|below|above|en commentaire)\b)" \
         r"(?:[dl]')?[^\W\d_][\w'-]*){0,%d}"
_ACT = (r"(?:a (?:inserer|ajouter|venir|completer|confirmer|verifier|preciser|definir|trouver|fixer|determiner|remplir|"
        r"valider|remplacer|choisir|actualiser|mettre a jour)|manquante?s?|en attente|tbc|tbd|tk|todo|fixme|xx+|"
        r"to come|to be (?:confirmed|added|inserted|provided|checked|decided|determined|updated|completed|included)|"
        r"needed|missing|pending)")
_VERB = (r"(?:inserer|ajouter|mettre|coller|completer|joindre|insert|add|paste|include|put|attach|fill in)(?: (?:le|la|"
         r"les|un|une|des|du|de la|a|an|the|ici|here))?(?: |l')" + _SLOT + _WORDS % 2 + r"(?: (?:ici|here))?")
_NOTE = LazyRegex(r"(?P<slot>%s%s)|%s%s %s|%s|%s|(?:inserer|insert)\b.{0,40}|placeholder|\.\.\.|…"
                  % (_SLOT, _WORDS % 3, _SLOT, _WORDS % 2, _ACT, _ACT, _VERB))
_NOTE_PAREN = LazyRegex(r"%s%s %s|%s|a (?:completer|inserer|ajouter|remplir)|to be (?:added|inserted|completed)|"
                        r"placeholder|tk|todo|fixme|tbc|tbd|xx+" % (_SLOT, _WORDS % 2, _ACT, _VERB))
_BRACKETS = LazyRegex(r"\[([^\[\]\n]{1,60})\](?![(\[])|\(([^()\n]{1,60})\)|(?<!\{)\{([^{}\n]{1,60})\}(?!\})"
                      r"|<([^<>\n]{1,60})>")
_HTML_NAMES = frozenset("title link time address caption source video figure data label img a b i p q s".split())
_TK = LazyRegex(r"(?<![\p{L}\p{N}\-])(?:TK)+(?![\p{L}\p{N}\-])(?![ \t]+\p{Lu})")
ALNUM = LazyRegex(r"[\p{L}\p{N}]", regex.V0)


def placeholders(doc: Document) -> list[tuple[int, int]]:
    """(start, end) of every placeholder of the body, bare or in a note, in order (an outer one first)."""
    notes = list(_notes(doc))
    bare = PLACEHOLDER.finditer(doc.prose) if passes(PLACEHOLDER_GATE, fold_case(doc.prose)) else ()
    found = notes + [(m.start(), m.end()) for m in bare]
    if doc.markup:  # a shortcode or template tag (`{{< youtube id >}}`, `{% include x.html %}`) is markup
        found = [(s, e) for s, e in found if not any(t.start < e and s < t.end for t in doc.markup)]
    return sorted(found, key=lambda x: (x[0], -x[1]))


def _notes(doc: Document):
    """(start, end) of the bracketed placeholder notes of the body: in the prose, and "<…>" notes that the
    Markdown reader took for HTML tags (blank in the prose, but shown as written by most platforms)."""
    prose, src, (start, end) = doc.prose, doc.source, doc.body
    spots = [(m, prose) for m in _BRACKETS.finditer(prose, start, end)]
    if "<" in src:  # not in code: a text block, an even number of backticks before it on its line
        spots += [(m, src) for m in _BRACKETS.finditer(src, start, end)
                  if m.group(4) and not prose[m.start():m.end()].strip() and block_of(doc, m.start())
                  and src.count("`", src.rfind("\n", 0, m.start()), m.start()) % 2 == 0]
    for m, text in spots:
        kind = m.lastindex
        assert kind is not None  # one of the four groups holds the note
        content = fold_in_place(m.group(kind)).strip()
        note = (_NOTE_PAREN if kind == 2 else _NOTE).fullmatch(content)
        if not note or kind == 4 and content in _HTML_NAMES:
            continue
        if content in ("...", "…") and in_quotation(text, src, m.start()):
            continue  # « Nous allons […] ouvrir » : the mark of a cut in a quotation
        if note.groupdict().get("media"):
            line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
            if not ALNUM.search(line) or is_upper(m.group(kind)):
                continue  # "[VIDÉO] Retour sur la marche": a label, not a missing picture
        yield m.start(), m.end()
    for m in _TK.finditer(prose, start, end) if doc.lang == "en" and "TK" in prose else ():
        if not regex.search(r"\p{Lu}[\p{L}]*[ \t]+$", prose[max(start, m.start() - 30):m.start()]):
            yield m.start(), m.end()  # the journalists' "to come"; not "TK Maxx", not "ASSOCIATION TK"


def in_quotation(text: str, src: str, pos: int) -> bool:
    """`pos` is inside a quotation opened in its paragraph, or in a block quote (`src`: the source)."""
    if src[src.rfind("\n", 0, pos) + 1:pos].lstrip().startswith(">"):
        return True
    return in_quotes(text, max(text.rfind("\n\n", 0, pos), 0), pos)


def block_of(doc: Document, offset: int):
    """The text block that holds `offset`, or None."""
    for b in doc.text_blocks():
        if b.span.start <= offset < b.span.end:
            return b
    return None


def is_upper(text: str) -> bool:
    """At least two letters, all capitals."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
