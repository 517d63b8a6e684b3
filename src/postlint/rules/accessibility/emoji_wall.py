"""What it checks: more than `max_run` (default 3) emoji side by side, with nothing but spaces between, two
of them at least touching. Outside a post, different emoji each set apart by a space ("🚲 🎸 🏊 🚣" on an
author's page: pictures used as words) are not reported; nor are emoji inside a block quote (an embedded post of another account) are not reported.
Why: a screen reader reads the name of every emoji ("party popper, party popper, red heart…"); a wall
of them buries the message. One emoji that adds meaning is enough.
Fix safety: none."""
from __future__ import annotations

from postlint.core.rule import Context, Option, rule
from postlint.core.spans import Span
from postlint.document.model import Document
from postlint.rules.accessibility._sources import SOURCE_A11Y
from postlint.text.patterns import LazyRegex

_EMOJI_GAP = LazyRegex(r"[ \t\u200d\ufe0f]*")


@rule("accessibility.emoji-wall", severity="warning", summary="Many emoji in a row",
      source=SOURCE_A11Y,
      options={"max_run": Option(int, 3, "most emoji allowed side by side", minimum=1)},
      examples={"fail": ("Merci 🎉🎉🎉🎉🎉",), "pass": ("Merci 🎉", "concert 🎸, repas 🍲 et tombola 🎁")})
def emoji_wall(doc: Document, ctx: Context):
    limit = ctx.options.get("max_run", 3)
    run: list = []
    quoted = doc.quoted_spans()
    mine = [t for t in doc.emoji if not any(q.start <= t.span.start < q.end for q in quoted)]
    for tok in [*mine, None]:
        if tok is not None and run and _EMOJI_GAP.fullmatch(doc.source[run[-1].span.end:tok.span.start]):
            run.append(tok)
            continue
        if len(run) > limit and not _spaced(doc, run):
            span = Span(run[0].span.start, run[-1].span.end)
            yield ctx.finding(span, ctx.msg(
                fr="{n} emoji à la suite : un lecteur d'écran lit le nom de chacun. Gardez-en un ou deux.",
                en="{n} emoji in a row: a screen reader reads out the name of each. Keep one or two.", n=len(run)))
        run = [tok] if tok is not None else []


def _spaced(doc: Document, run: list) -> bool:
    """Outside a post, different emoji each set apart by a space ("🚲 🎸 🏊 🚣": pictures used as words, the
    hobbies of an author's page), none touching and none repeated."""
    if doc.meta.type in ("post", "thread") or len({t.text for t in run}) < len(run):
        return False
    return all(" " in doc.source[a.span.end:b.span.start] or "\t" in doc.source[a.span.end:b.span.start]
               for a, b in zip(run, run[1:]))


RULES = [emoji_wall]
