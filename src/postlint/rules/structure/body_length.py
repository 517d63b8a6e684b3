"""What it checks: the paragraphs between the lead and the end of the release text — the first end mark
(###, -30-, – 30 –, FIN, ENDS), thematic break (***), press contact, "about" paragraph or notes to
editors. Release, embargo and dateline lines, headings, image captions and one-line link paragraphs
("Plus d'informations : https://…") are not counted; a list counts as one paragraph. "Too many paragraphs"
is said only of a body of `min_words` or more: six short paragraphs in 200 words (a list, the signatures
of a joint statement) are a layout, not a long body. The message says which \
lines were counted and how many words they hold.
The limits are soft (info level): a body is "too long" when more than 15 % over `max_words`, and "too
short" only under a third of `min_words` (100 words by default) — published releases, reactions above all,
often run to 120–250 words by design, and a short release is a choice, not a defect. Press releases only (not advisories, statements or articles).
Why: the INPUD media guide asks for « deux à cinq paragraphes ensuite (c.à.d. 300 à 500 mots) ».
French practice is often shorter (one A4 page, 1,000–1,500 signs): lower `min_words` in
`.postlint.yaml` if your newsroom contacts prefer short releases.
Fix safety: no automatic fix."""
from __future__ import annotations

from typing import TYPE_CHECKING

from postlint.core.rule import Context, Option, rule
from postlint.document.model import Document
from postlint.rules.structure._release import GUIDE, RELEASE, count, press, release, soft_over
from postlint.rules.structure import _examples as ex

if TYPE_CHECKING:
    from postlint.document.press import Unit


def _lines(doc: Document, units: list[Unit]) -> str:
    first, last = doc.position(units[0].span.start)[0], doc.position(units[-1].span.end)[0]
    return str(first) if first == last else f"{first}–{last}"


@rule("structure.body-length", severity="info", summary="After the lead, 2 to 5 paragraphs of 300 to 500 words in all.",
      source=GUIDE + "Deux à cinq paragraphes ensuite (c.à.d. 300 à 500 mots) donnant davantage d'informations. »",
      doc_types=RELEASE,
      options={"min_words": Option(int, 300, "fewest words after the lead", minimum=0),
               "max_words": Option(int, 500, "most words after the lead", minimum=1),
               "min_paragraphs": Option(int, 2, "fewest paragraphs after the lead", minimum=0),
               "max_paragraphs": Option(int, 5, "most paragraphs after the lead", minimum=1),
               "include_lead": Option(bool, False, "count the lead's words and paragraph too")},
      examples={"fail": (ex.release(ex.HEADLINE, ex.LEAD, ex.PARAGRAPH, ex.ABOUT, ex.CONTACT),
                         ex.release(ex.HEADLINE, ex.LEAD, *[ex.PARAGRAPH] * 9, ex.ABOUT, ex.CONTACT)),
                "pass": (ex.replacing(ex.PARAGRAPH, ex.PARAGRAPH, ex.PARAGRAPH),)})
def body_length(doc: Document, ctx: Context):
    rel = release(doc)
    if rel is None or rel.lead is None:
        return
    counted = ([rel.lead] if ctx.options["include_lead"] else []) + [
        u for u in rel.body if not _link_line(doc, u) and u.kind != "heading"]
    n_par = len(counted)
    n_words = sum(press.word_count(doc.prose[u.span.start:u.span.end]) for u in counted)
    o = ctx.options
    problems = []
    # many short paragraphs (a list, the signatures of a joint statement) in a short body are a layout, not a
    # long body: too many paragraphs is said only of a body of the advised length or more
    if n_par > o["max_paragraphs"] and n_words >= o["min_words"]:
        problems.append(ctx.msg(fr="trop de paragraphes", en="too many paragraphs"))
    elif n_par < o["min_paragraphs"]:
        problems.append(ctx.msg(fr="trop peu de paragraphes", en="too few paragraphs"))
    if soft_over(n_words, o["max_words"]):
        problems.append(ctx.msg(fr="trop long", en="too long"))
    elif n_words < o["min_words"] / 3:
        problems.append(ctx.msg(fr="trop court", en="too short"))
    if not problems:
        return
    where = ctx.msg(fr=" (lignes {l})", en=" (lines {l})", l=_lines(doc, counted)) if counted else ""
    what = ctx.msg(fr="le chapeau et les paragraphes suivants", en="the lead and the paragraphs after it") \
        if o["include_lead"] else ctx.msg(fr="après le chapeau", en="after the lead")
    yield ctx.finding(None, ctx.msg(
        fr="Corps du communiqué : {p} et {w} {what}{where} — {problems}. Le guide recommande "
           "{p0} à {p1} paragraphes ({w0} à {w1} mots) après le paragraphe d'introduction.",
        en="Release body: {p} and {w} {what}{where} — {problems}. The guide recommends "
           "{p0} to {p1} paragraphs ({w0} to {w1} words) after the introductory paragraph.",
        problems=", ".join(problems), p=count(ctx, n_par, "paragraphe", "paragraph"),
        w=count(ctx, n_words, "mot", "word"), what=what, where=where,
        p0=o["min_paragraphs"], p1=o["max_paragraphs"], w0=o["min_words"], w1=o["max_words"]))


def _link_line(doc: Document, unit: Unit) -> bool:
    """"Plus d'informations : https://…", "[Read the report](…)": a pointer, not a paragraph of the body."""
    span = unit.span
    return (unit.kind != "heading" and press.word_count(doc.prose[span.start:span.end]) <= 12
            and any(span.start <= link.span.start < span.end for link in doc.links))


RULES = [body_length]
