"""What it checks: banners and notes that mark a text as internal ("CONFIDENTIEL", "usage interne",
"ne pas diffuser", "INTERNAL – DO NOT SHARE", "internal only", "not for distribution"), draft labels
("Draft post for…", "BROUILLON", "[draft]") and leftover placeholders ("TODO", "XXX", "TK", "lorem ipsum",
and notes in [], <>, {} or {{ }} made of placeholder words: "[à compléter]", "[LIEN À INSÉRER]",
"[NOM DU MINISTRE]", "<lien à venir>", "[INSERT LINK]", "[link TBC]", "<add quote>", "{{name}}"). In
parentheses only a slot with its action ("(lien à ajouter)", "(photo to come)"), a verb with its slot
("(insert link)") or "(à compléter)" count: "(voir le lien ci-dessous)", "(à venir en 2027)" are asides.
Why: ACT Alliance, « Politique de l'Alliance ACT relative aux médias sociaux », asks never to disclose
confidential or exclusive information of the organisation; a draft banner or a placeholder that goes out
with the post shows the text was not ready.
Not flagged: a promise of confidentiality ("consultations confidentielles et gratuites"), harm-reduction
advice ("ne pas partager son matériel"), "draft law" / "projet de loi"; Markdown links, footnotes "[1]",
checkboxes "[ ]", HTML tags, "[nom modifié]", "[lien en bio]", a "[VIDÉO]" or "[PHOTOS]" label. A marker in a
sentence that tells a story ("the dashboard was for internal use only at first"), in a name or a title ("Internal
Revenue Service", "Draft U.S. Web Design Standards", "### Draft your questions"), in a link's text, in quotation
marks, beside its opposite ("Interne / Externe") or after a link ("(internal)"); "WIP" as a word ("a WIP
limit"); "TBD" in a schedule, "on my TODO", "XXXX" in a path, "Lorem Ipsum" named in a sentence. On the pages of a
published site (a site generator's page not marked `draft`): a model or example page's slots ("[Insert agency
name.]" under examples/, a page that says "use this template"), a type specimen, a "[…]" cut, brackets in a
quotation (a model letter, an editor's insertion), template variables ("{{ site.url }}").
Fix safety: no automatic fix — removing the banner is easy, deciding whether the text may go out is not.
"""
# Text meant for the team that would leak with the post: a "CONFIDENTIEL / ne pas diffuser" banner, a draft label,
# a leftover placeholder ("TODO", "[à compléter]", found by `_placeholders.py`).
from __future__ import annotations

import regex

from postlint.core.rule import Context, rule
from postlint.core.spans import Span
from postlint.document.analysis import folded_prose
from postlint.document import site as sites
from postlint.document.model import Document
from postlint.rules.disclosure._deliberate import deliberate_slot, example_page
from postlint.rules.disclosure._placeholders import ALNUM, block_of, is_upper, placeholders
from postlint.text.gates import declare, passes
from postlint.text.patterns import LazyRegex
from postlint.text.quotes import in_quotes

SOURCE = ("ACT Alliance, « Politique de l'Alliance ACT relative aux médias sociaux »: « ne jamais divulguer "
          "d'informations confidentielles ou exclusives » de l'organisation")

# Patterns run on folded prose (lower case, no accents, apostrophes and dashes unified).
# "always": a confidentiality marker wherever it stands.
_ALWAYS = LazyRegex(r"""(?<![\p{L}\p{N}])(?:
    strictement\ confidentiel(?:le)?s?
  | strictly\ (?:confidential|private)
  | not\ for\ (?:publication|distribution|circulation|public\ release)(?!\ (?:before|until|prior))
  | for\ your\ eyes\ only
  | (?:document|note|memo|rapport|report|fichier|file)\ (?:strictement\ |strictly\ )?confidenti(?:el|elle|al)s?
  | ne\ (?:pas|jamais)\ (?:diffuser|faire\ circuler|transferer)
        (?!\ (?:des?|du)\ |\ d'|\ n'importe)  # "ne pas diffuser de fausses informations": advice
  | do\ not\ (?:distribute|circulate|forward)
)(?![\p{L}\p{N}])(?!\ (?:avant|before|until|jusqu|prior))""", regex.X)  # "ne pas diffuser avant…": an embargo
# "for internal use only" is a banner at the head of a block, in capitals or brackets, or said of a document ("Note
# à usage interne", "This document is for internal use only"); in a sentence it tells a story ("the dashboard was
# for internal use only at first", "open source licences permit modification for internal use").
_USE = LazyRegex(r"""(?<![\p{L}\p{N}])(?:
    (?:a\ |pour\ )?usage\ (?:strictement\ )?interne(?:\ (?:uniquement|seulement|exclusivement))?
        (?!\ (?:des?|du)\ |\ d')  # "l'usage interne des fonds": a noun phrase, not a banner
  | diffusion\ (?:interne|restreinte)(?:\ uniquement)?
  | (?:for\ )?internal\ (?:use|distribution|circulation)(?:\ only)?
  | internal\ only
)(?![\p{L}\p{N}])""", regex.X)
_USE_GATE = declare("confidential use", _USE, (("usage", "diffusion", "internal"),))
_DOC_BEFORE = LazyRegex(r"(?:document|note|memo|rapport|report|fichier|file|texte|text|draft|brouillon|version|copy|"
                        r"copie|slides?|deck|presentation|message|e-?mail|courriel|this|these|ce|cet|cette|ces)\b"
                        r"[^.!?\n]{0,25}$")
# a word for the other side ("Interne / Externe", "Internal vs External CSS"): a contrast, not a banner
_CONTRAST = LazyRegex(r"extern|exterieur|outside")
# a single marker word followed by a capitalised word is part of a name or a title: "Internal Revenue Service",
# "Draft U.S. Web Design Standards", "### Internal Networking"
_TITLE_AFTER = LazyRegex(r"[ \t]*(?:/[ \t]*)?\p{Lu}", regex.V0)
# "label": a marker only when it reads as a banner: in capitals, at the head of a block, in brackets,
# or followed by what it forbids ("ne pas partager ce document"). Otherwise it is ordinary prose:
# "ne pas partager son matériel" is harm-reduction advice, "consultations confidentielles" a promise.
_LABEL = LazyRegex(r"""(?<![\p{L}\p{N}])(?:
    confidenti(?:el|elle|al)s?
  | interne | internal
  | ne\ (?:pas|jamais)\ (?:partager|publier|communiquer)
  | do\ not\ (?:share|publish|post)
  | don't\ (?:share|publish|post)
)(?![\p{L}\p{N}])""", regex.X)
_DRAFT = LazyRegex(r"(?<![\p{L}\p{N}])(?:draft|brouillon|version de travail|document de travail|pour relecture"
                       r"|for review|pour validation|a valider|not final|non definitif|work in progress|wip)"
                       r"(?![\p{L}\p{N}])")
_DRAFT_NOT = LazyRegex(r"\s*(?:law|bill|act|resolution|legislation|decree|regulation|policy|constitution|"
                           r"convention|treaty|declaration|agreement|strategy|plan|budget|guidelines?|report|"
                           r"framework|proposal|amendment|statute|code|text of|de loi|de decret)\b")
_OBJECT_AFTER = LazyRegex(r"\s+(?:ce|cette|ces|cet|this|these|externally|outside|publicly|en dehors|a l'exterieur|"
                              r"hors|sur les reseaux|on social|en l'etat|as is|yet|encore)\b")
_PROMISE = LazyRegex(r"(?:consultations?|entretiens?|depistages?|services?|accueil|ecoute|anonymes?|gratuit\w*|"
                         r"restent|reste|resteront|sera|seront|donnees|echanges|suivi|tests?|counselling|support|"
                         r"advice|anonymous|free|remain|remains|kept|de maniere|en toute|"
                         r"totally|strictly|fully|100 ?%)\W*$")
_PROMISE_AFTER = LazyRegex(r"\s*(?:et|and|&|,)\s*(?:gratuit|anonyme|free|anonymous|securise|secure)")
_LABEL_FOLLOW = LazyRegex(r"\s*(?:$|[:\-|/)\]»\"]|post\b|tweet\b|version\b|copy\b|text\b|texte\b|release\b|"
                              r"communique\b|message\b|publication\b|docs?\b|document\b|note\b|memo\b|deck\b|slides\b|minutes\b|"
                              r"v\d|for\b|pour\b|de\b|do\b|ne\b|only\b|"
                              r"uniquement\b|\n)")
# Words every match of the pattern holds (declared: `gates.implied` proves it), so most drafts skip (and never
# compile) it.
_ALWAYS_GATE = declare("confidential always", _ALWAYS,
                       (("confidenti", "strictly", "not for", "eyes", "diffuser", "circuler", "transferer", "do not"),))
_LABEL_GATE = declare("confidential label", _LABEL,
                      (("confidenti", "interne", "internal", "partager", "publier", "communiquer", "do not", "don't"),))
_DRAFT_GATE = declare("draft", _DRAFT,
                      (("draft", "brouillon", "de travail", "relecture", "review", "validation", "valider", "not final",
                        "non definitif", "work in progress", "wip"),))
_WORD = LazyRegex(r"[\p{L}]+", regex.V0)
_ALNUM_RUN = LazyRegex(r"[\p{L}\p{N}]+", regex.V0)
_BANNER_END = LazyRegex(r"[ \t]*(?:$|[:\-|/)\]»\"!]|\n)", regex.V0)

_RISKS = {"fr": "« {text} » : marque de document interne ou confidentiel. Retirez-la, et vérifiez que le contenu "
                "peut vraiment être rendu public.",
          "en": "'{text}': marks an internal or confidential document. Remove it, and check that the content may "
                "really be made public."}
_REMOVE = {"fr": "retirer la mention et vérifier le contenu", "en": "remove the marker and check the content"}


def _labelish(doc: Document, folded: str, start: int, end: int, short_ok: bool = True) -> bool:
    """Does the marker stand as a banner rather than as a word in a sentence?"""
    src = doc.source
    block = block_of(doc, start)
    before = doc.prose[block.span.start:start] if block else doc.prose[max(0, start - 40):start]
    after_src = src[end:end + 3].lstrip(" *_")
    before_src = src[max(0, start - 3):start].rstrip(" *_")
    if before_src.endswith(("[", "(")) and after_src.startswith(("]", ")")):
        # "[CONFIDENTIEL] Chiffres…" is a banner; "update (internal) R packages" qualifies the next word
        return not (before_src.endswith("(") and ALNUM.search(before) and not is_upper(src[start:end])
                    and regex.match(r"\)[ \t]+\p{L}", src[end:end + 4].lstrip("*_")))
    text = src[start:end]
    prev_word = _WORD.findall(before)[-1:] or [""]
    # capitals mark a banner ("DRAFT", "CONFIDENTIEL"), not an acronym always written so ("WIP")
    if is_upper(text) and not is_upper(prev_word[0]) and text.lower() != "wip":
        return True
    at_head = not ALNUM.search(before)
    if not at_head:
        return False
    if not short_ok:  # "Do not share needles" is advice, however short
        return bool(_BANNER_END.match(folded[end:end + 3]))
    if _TITLE_AFTER.match(src, end) and " " not in text:
        return False  # "Internal Revenue Service", "Draft U.S. Web Design Standards": a name or a title
    if _BANNER_END.match(folded[end:end + 3]):
        # alone on its line, or "Draft:" — but a list item "**Draft:** The standard has been drafted…" is a
        # definition in a list of statuses, and a heading "Interne" beside "Externe" a contrast
        listed = block is not None and block.kind in ("list_item", "table_cell")
        return not (listed and folded[end:end + 3].strip()[:1] == ":")
    return bool(_LABEL_FOLLOW.match(folded, end))


def _mention(doc: Document, start: int, end: int) -> bool:
    """The marker is named, not worn: inside a link's text (the title of a linked work: "[Guide (Draft)](…)"),
    inside quotation marks ("marked with the title “[WIP]”"), right after a link ("[list](…) (internal)": it
    says where the link leads), or beside its opposite ("Interne : … / Externe : …")."""
    if any(lk.span.start <= start and end <= lk.span.end and lk.kind != "bare" for lk in doc.links):
        return True
    if in_quotes(doc.source, max(doc.source.rfind("\n", 0, start), 0), start):
        return True
    before = doc.source[max(0, start - 3):start]
    if before.endswith("(") and doc.source[:start - 1].rstrip().endswith(")"):
        return True
    return False


def _contrast(doc: Document, folded: str, start: int) -> bool:
    block = block_of(doc, start)
    lo, hi = (block.span.start, block.span.end) if block else (start, start)
    return bool(_CONTRAST.search(folded, max(0, lo - 300), hi + 300))



@rule("disclosure.confidential", severity="error",
      summary="Confidential or internal markers, drafts and leftover placeholders in a text meant for publication",
      source=SOURCE, fix="never",
      examples={"fail": ("INTERNAL – DO NOT SHARE", "Document confidentiel – usage interne",
                         "Rendez-vous le [à compléter] à Bamako.", "Le ministre [NOM DU MINISTRE] ouvrira"),
                "pass": ("Toutes les consultations sont confidentielles et gratuites.",
                         "Ne pas partager son matériel d'injection.", "The draft law was tabled in May.")})
def confidential(doc: Document, ctx: Context):
    folded = folded_prose(doc)
    taken: list[Span] = []

    def free(s: int, e: int) -> bool:
        return not any(s < t.end and t.start < e for t in taken)

    for m in _ALWAYS.finditer(folded) if passes(_ALWAYS_GATE, folded) else ():
        taken.append(Span(m.start(), m.end()))
        yield ctx.finding(Span(m.start(), m.end()), ctx.msg(**_RISKS, text=doc.source[m.start():m.end()]),
                          suggestions=[ctx.msg(**_REMOVE)])
    for m in _USE.finditer(folded) if passes(_USE_GATE, folded) else ():
        s, e = m.start(), m.end()
        line_start = folded.rfind("\n", 0, s) + 1
        said_of_doc = _DOC_BEFORE.search(folded, max(line_start, s - 40), s)
        block = block_of(doc, s)
        at_head = not ALNUM.search(doc.prose, block.span.start if block else line_start, s)
        if _mention(doc, s, e) or not (said_of_doc or at_head or _labelish(doc, folded, s, e)):
            continue
        taken.append(Span(s, e))
        yield ctx.finding(Span(s, e), ctx.msg(**_RISKS, text=doc.source[s:e]), suggestions=[ctx.msg(**_REMOVE)])
    for m in _LABEL.finditer(folded) if passes(_LABEL_GATE, folded) else ():
        s, e = m.start(), m.end()
        if not free(s, e) or _mention(doc, s, e):
            continue
        if m.group(0) in ("interne", "internal") and not is_upper(doc.source[s:e]) and _contrast(doc, folded, s):
            continue
        head = folded[max(0, s - 60):s]
        if m.group(0).startswith("confidenti") and (_PROMISE.search(head) or _PROMISE_AFTER.match(folded, e)):
            continue
        verb = " " in m.group(0)
        if not (_labelish(doc, folded, s, e, short_ok=not verb) or _OBJECT_AFTER.match(folded, e)):
            continue
        taken.append(Span(s, e))
        yield ctx.finding(Span(s, e), ctx.msg(**_RISKS, text=doc.source[s:e]),
                          suggestions=[ctx.msg(**_REMOVE)])
    for m in _DRAFT.finditer(folded) if passes(_DRAFT_GATE, folded) else ():
        s, e = m.start(), m.end()
        if not free(s, e) or _DRAFT_NOT.match(folded, e) or _mention(doc, s, e) or not _labelish(doc, folded, s, e):
            continue
        if m.group(0) in ("wip", "work in progress") and sites.published(doc):
            continue  # a published page announcing work in progress ("WIP: WebAssembly support", "Portuguese (WIP)")
        taken.append(Span(s, e))
        yield ctx.finding(Span(s, e), ctx.msg(
            fr="« {t} » : le texte se présente comme un brouillon. Retirez la mention une fois le texte validé.",
            en="'{t}': the text presents itself as a draft. Remove the label once the text is approved.",
            t=doc.source[s:e]), severity="warning")
    model_page = example_page(doc)
    spots = placeholders(doc)
    for s, e in spots:
        if not free(s, e) or model_page or deliberate_slot(doc, s, e, spots):
            continue
        taken.append(Span(s, e))
        yield ctx.finding(Span(s, e), ctx.msg(
            fr="« {t} » : élément à compléter oublié dans le texte.",
            en="'{t}': a placeholder was left in the text.", t=doc.source[s:e]), severity="warning",
            suggestions=[ctx.msg(fr="compléter ou supprimer", en="fill in or delete")])


RULES = [confidential]
