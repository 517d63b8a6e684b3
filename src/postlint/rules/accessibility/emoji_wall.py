"""What it checks: more than `max_run` (default 3) emoji side by side, with nothing but spaces between.
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
    for tok in [*doc.emoji, None]:
        if tok is not None and run and _EMOJI_GAP.fullmatch(doc.source[run[-1].span.end:tok.span.start]):
            run.append(tok)
            continue
        if len(run) > limit:
            span = Span(run[0].span.start, run[-1].span.end)
            yield ctx.finding(span, ctx.msg(
                fr="{n} emoji à la suite : un lecteur d'écran lit le nom de chacun. Gardez-en un ou deux.",
                en="{n} emoji in a row: a screen reader reads out the name of each. Keep one or two.", n=len(run)))
        run = [tok] if tok is not None else []


RULES = [emoji_wall]
