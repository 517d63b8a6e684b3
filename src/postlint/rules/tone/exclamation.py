"""What it checks: the exclamation marks of the organisation's own voice.
In a post (each part of a thread), more than `max` (default 3) is a warning; "!!" counts two. In a longer
text — a web page, a blog or news article, a release, a statement — a per-post count does not fit (four
marks in 1,000 words read calmly): it is reported once, as info, only when the marks come thick — at least
`min_marks` (default 5) and one every `words_per_mark` words (default 110) or fewer.
Marks inside quotation marks (« Stop ! », “Never again!”), in block quotes (a testimony, an embedded post of
another account), in link texts (the title of the page linked to) and in code are someone else's words and are not
counted; in a longer text, neither are the status labels of a list ("- ~~18 mars~~ Complet !", "- Annulé !": an item
of two words or fewer once struck text is left out). Organisations usually set `max: 1` or `max: 0`.
Why: the style guide INPUD's « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux »
asks for (tone and voice): exclamation marks make an institutional voice sound like shouting or
advertising, and they wear out quickly.
Fix safety: none. In a post the finding runs from the first mark over the limit to the last one."""
from __future__ import annotations

from postlint.core.rule import Context, Option, rule
from postlint.core.spans import Span
from postlint.document.model import Document
from postlint.text.patterns import LazyRegex

SOURCE = ("INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux », « un guide de style "
          "des réseaux sociaux qui donne le ton et la voix de votre organisation (ex. utilisez le jargon et les "
          "émoticônes, un langage inclusif, la longueur des légendes) »")
# a mark not followed, within the paragraph-sized window, by the closing mark of a quotation it sits in
_MARK = LazyRegex(r"!(?![^«»]{0,400}»)(?![^“”]{0,400}”)")
_OPENS_QUOTE = LazyRegex(r"[\s>*_\-+\d.)]*[\"“«]")
_WORD = LazyRegex(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")
SOCIAL = ("post", "thread")


# struck-through text (~~13 février~~, <del>, <s>): withdrawn, not read as the item's words
_STRUCK = LazyRegex(r"~~[^~\n]*~~|<(del|s|strike)\b[^>]*>.*?</\1>")


def _label(doc: Document, block) -> bool:
    """A list item that is a status label once struck text is left out ("- ~~27 mars~~ Complet !")."""
    text = _STRUCK.sub(" ", doc.source[block.span.start:block.span.end])
    return sum(1 for _ in _WORD.finditer(text)) <= 2


def _marks(doc: Document, span: Span, labels: bool = True) -> list[Span]:
    """The marks of the writer's own voice in `span`: not in code, block quotes or quotation marks; with `labels`
    false, not in list items that are status labels either."""
    out: list[Span] = []
    for block in doc.text_blocks():
        if block.quoted or block.span.end <= span.start or block.span.start >= span.end:
            continue
        if block.kind == "list_item" and _OPENS_QUOTE.match(doc.prose, block.span.start, block.span.end):
            continue  # - "Great workshop!! Very powerful!!": a participant's words, quoted item by item
        if not labels and block.kind == "list_item" and _label(doc, block):
            continue  # a page's list of dates: "- ~~18 mars~~ Complet !", "- Annulé !"
        lo, hi = max(span.start, block.span.start), min(span.end, block.span.end)
        out.extend(Span(m.start(), m.end()) for m in _MARK.finditer(doc.prose, lo, hi))
    if out and doc.links:  # "[We Appreciate Our Helpers!](…)": the title of the page linked to
        out = [m for m in out if not any(lk.span.start <= m.start < lk.span.end for lk in doc.links)]
    return out


@rule("tone.exclamation", severity="warning", summary="More exclamation marks than the style guide allows",
      source=SOURCE,
      options={"max": Option(int, 3, "most exclamation marks in a post", minimum=0),
               "min_marks": Option(int, 5, "fewest marks reported in a longer text (page, article, release)",
                                   minimum=1),
               "words_per_mark": Option(int, 110, "a longer text is reported when it has a mark every this many "
                                                  "words or fewer", minimum=1)},
      examples={"fail": ("Le local ouvre enfin ce soir !! (with max: 1)",),
                "pass": ("Le local ouvre ce soir ! Merci à toutes et à tous.",
                         "« Stop ! Stop ! Stop ! » ont scandé les manifestantes. Un moment fort !")})
def exclamation(doc: Document, ctx: Context):
    if doc.meta.type == "pitch":
        return
    if doc.meta.type in SOCIAL:
        hi = ctx.options.get("max", 3)
        for span in doc.posts:
            found = _marks(doc, span)
            if len(found) > hi:
                where = Span(found[hi].start, found[-1].end)
                yield ctx.finding(where, ctx.msg(
                    fr="{n} point{s} d'exclamation dans ce post (maximum {m}) : le ton paraît crié. "
                       "Gardez-en {m} au plus.",
                    en="{n} exclamation mark{s} in this post (at most {m}): the tone sounds shouted. "
                       "Keep {m} at most.", n=len(found), m=hi, s="" if len(found) == 1 else "s"),
                    text=doc.source[where.start:where.end])
        return
    found = _marks(doc, doc.body, labels=False)
    if len(found) < ctx.options.get("min_marks", 5):
        return
    words = sum(1 for _ in _WORD.finditer(doc.prose, doc.body.start, doc.body.end))
    every = words // len(found)
    if every > ctx.options.get("words_per_mark", 110):  # a long transcript's scattered "Thanks!" are speech
        return
    yield ctx.finding(found[0], ctx.msg(
        fr="{n} points d'exclamation dans ce texte (un tous les {w} mots environ) : le ton paraît crié. "
           "Gardez ceux qui comptent.",
        en="{n} exclamation marks in this text (about one every {w} words): the tone sounds shouted. "
           "Keep the ones that matter.", n=len(found), w=max(every, 1)), severity="info")


RULES = [exclamation]
