"""What it checks: a hashtag equal to one of the organisation's hashtags (`organization.hashtags`) or a
campaign hashtag except for capitals or accents (#Voixdespairs for #VoixDesPairs).
Misspellings with other letters are `brand.hashtag`'s concern.
Why: the brand must be visible the same way on every platform; CamelCase is also what screen readers
need to read the words.
Fix safety: safe — only the case and accents change, and platforms treat both spellings as one tag."""
from __future__ import annotations

from postlint.core.rule import Context, Edit, Fix, rule
from postlint.core.spans import Span
from postlint.document.model import Document
from postlint.rules.hashtags._tags import SOURCE_CAMPAIGN, official_tags
from postlint.text.hashtags import tag_key


@rule("hashtags.official-spelling", severity="warning",
      summary="Official or campaign hashtag written with other capitals or accents", source=SOURCE_CAMPAIGN,
      fix="always",
      examples={"fail": ("#Voixdespairs (official: #VoixDesPairs)",), "pass": ("#VoixDesPairs",)})
def official_spelling(doc: Document, ctx: Context):
    official = official_tags(doc, ctx)
    if not official:
        return
    for t in doc.hashtags:
        right = official.get(tag_key(t.text))
        if right and t.text != right:
            yield ctx.finding(t.span, ctx.msg(
                fr="Le hashtag officiel s'écrit {r} (et non {t}).", en="The official hashtag is spelt {r} (not {t}).",
                r=right, t=t.text), suggestions=[right], fix=Fix((Edit(Span(*t.span), right),), "safe", right))


RULES = [official_spelling]
