"""What it checks: a press release has a headline (its first heading, or its first line when the draft has
no heading) of at most `max_chars` characters and `max_words` words, not ending in a full stop. A
second heading or a bold line right under it is read as the optional subtitle. Release lines
(« COMMUNIQUÉ DE PRESSE », « FOR IMMEDIATE RELEASE ») and embargo lines above it are skipped, and so is a
label opening the headline (« Communiqué de presse – … », "Media advisory: …") or a date line closing it.
The length limits are soft: a headline is reported (info) only when it is more than 15 % over one of them.
Press releases only: the title of a statement ("Statement by …, Executive Director of …, on …") or of a
media advisory follows its own conventions.
Why: the INPUD media guide asks for « un titre percutant qui renferme le message clé »; editors read
the headline first, and a headline longer than about 100 characters is cut in feeds and e-mail
subjects.
Examples: see below.
Fix safety: removing a final full stop is safe; shortening a headline is an editor's call."""
from __future__ import annotations

from postlint.core.rule import Context, Edit, Fix, Option, rule
from postlint.core.spans import Span
from postlint.document.model import Document
from postlint.rules.structure._release import GUIDE, RELEASE, press, release, soft_over, titles


@rule("structure.headline", summary="A press release opens with a short headline carrying the key message.",
      source=GUIDE + "Un titre percutant qui renferme le message clé. »", doc_types=RELEASE, fix="sometimes",
      options={"max_chars": Option(int, 100, "longest headline, in characters", minimum=10),
               "max_words": Option(int, 15, "longest headline, in words", minimum=2)},
      examples={"fail": ("# Le réseau Sunu Santé est heureux de vous annoncer l'ouverture prochaine d'un nouveau "
                         "centre d'accueil de jour à Pikine pour les personnes qui utilisent des drogues",
                         "# Pikine opens a drop-in centre."),
                "pass": ("# Pikine : un centre d'accueil de jour ouvre ses portes",)})
def headline(doc: Document, ctx: Context):
    rel = release(doc)
    if rel is None:
        return
    if rel.headline_span is None:
        yield ctx.finding(None, ctx.msg(
            fr="Pas de titre : le communiqué commence directement par un paragraphe. Le guide demande un titre "
               "percutant qui renferme le message clé (moins de {n} caractères), en premier titre « # ».",
            en="No headline: the release starts straight with a paragraph. The guide asks for a striking headline "
               "carrying the key message (under {n} characters), as the first « # » heading.",
            n=ctx.options["max_chars"]))
        return
    span = rel.headline_span
    text = titles.headline_text(doc, span)
    chars, nwords = len(text), press.word_count(text)
    over = []
    if soft_over(chars, ctx.options["max_chars"]):
        over.append(ctx.msg(fr="{n} caractères (max. {m})", en="{n} characters (max {m})", n=chars,
                            m=ctx.options["max_chars"]))
    if soft_over(nwords, ctx.options["max_words"]):
        over.append(ctx.msg(fr="{n} mots (max. {m})", en="{n} words (max {m})", n=nwords, m=ctx.options["max_words"]))
    if over:
        yield ctx.finding(span, ctx.msg(
            fr="Titre trop long : {what}. Le guide demande un titre percutant qui renferme le message clé : gardez "
               "l'essentiel dans le titre et le reste dans le sous-titre ou le chapeau.",
            en="Headline too long: {what}. The guide asks for a striking headline carrying the key message: keep "
               "the essentials in the headline and move the rest to the subtitle or the lead.",
            what=ctx.msg(fr=" et ", en=" and ").join(over)), severity="info")
    # a final full stop (not an ellipsis, not an abbreviation such as "etc.")
    end = span.end
    while end > span.start and doc.source[end - 1] in " \t\r*_#":
        end -= 1
    if end > span.start and doc.source[end - 1] == "." and not doc.source[span.start:end].endswith(".."):
        dot = Span(end - 1, end)
        yield ctx.finding(dot, ctx.msg(
            fr="Un titre ne se termine pas par un point.", en="A headline does not end with a full stop."),
            fix=Fix((Edit(dot, ""),), "safe", ctx.msg(fr="Retirer le point final", en="Remove the full stop")),
            severity="info",
            suggestions=[ctx.msg(fr="retirer le point", en="remove the full stop")])


RULES = [headline]
