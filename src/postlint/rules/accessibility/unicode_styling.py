"""What it checks: letters taken from the Unicode "mathematical" alphabets (𝐛𝐨𝐥𝐝, 𝘪𝘵𝘢𝘭𝘪𝘤, 𝗦𝗔𝗡𝗦), full-width,
circled or squared letters, used to fake bold or italics where a platform has none.
Why: screen readers read them as "mathematical bold small b…" or skip them; search and translation
do not find the words either.
Fix safety: safe — each letter is replaced by the plain letter it imitates (NFKC)."""
from __future__ import annotations

import unicodedata

from postlint.core.rule import Context, Edit, Fix, rule
from postlint.core.spans import Span
from postlint.document.model import Document
from postlint.rules.accessibility._sources import SOURCE_A11Y
from postlint.text.patterns import LazyRegex


def _styled(c: str) -> str | None:
    """The plain letter/digit a pseudo-styled character stands for, or None."""
    cp = ord(c)
    if not (0x1D400 <= cp <= 0x1D7FF or 0xFF10 <= cp <= 0xFF5A or 0x24B6 <= cp <= 0x24E9
            or 0x1F130 <= cp <= 0x1F149 or 0x2100 <= cp <= 0x214F):
        return None
    plain = unicodedata.normalize("NFKC", c)
    return plain if len(plain) == 1 and plain.isascii() and plain.isalnum() else None


# combining marks (\p{M}) belong to the run: a styled French word carries its accents as combining
# characters (𝗝𝗼𝘂𝗿𝗻𝗲́𝗲 is 𝗲 + U+0301), and splitting there suggested « Journe » and « e mondiale »
_STYLED_RUN = LazyRegex(r"[\U0001D400-\U0001D7FF\uFF10-\uFF5A\u24B6-\u24E9\U0001F130-\U0001F149\u2100-\u214F]"
                            r"(?:[\s\p{P}\d\p{M}]{0,3}[\U0001D400-\U0001D7FF\uFF10-\uFF5A\u24B6-\u24E9"
                            r"\U0001F130-\U0001F149\u2100-\u214F])*\p{M}*")


@rule("accessibility.unicode-styling", severity="warning",
      summary="Pseudo-bold or italic Unicode letters (𝐛𝐨𝐥𝐝, 𝘪𝘵𝘢𝘭𝘪𝘤) that screen readers cannot read",
      source=SOURCE_A11Y, fix="always",
      examples={"fail": ("𝗦𝗮𝘃𝗲 𝘁𝗵𝗲 𝗱𝗮𝘁𝗲", "𝘪𝘮𝘱𝘰𝘳𝘵𝘢𝘯𝘵"), "pass": ("Save the date", "**Save the date**")})
def unicode_styling(doc: Document, ctx: Context):
    body = doc.prose[doc.body.start:doc.body.end]
    if not body or max(body) < "\u2100":  # every run starts at U+2100 or above: most drafts have none
        return
    for m in _STYLED_RUN.finditer(doc.prose, doc.body.start, doc.body.end):
        text = m.group(0)
        styled = [c for c in text if _styled(c)]
        if len(styled) < 2 or "\ufe0f" in doc.source[m.end():m.end() + 1]:
            continue
        if not any(0x1D400 <= ord(c) <= 0x1D7FF or 0xFF10 <= ord(c) <= 0xFF5A or 0x24B6 <= ord(c) <= 0x24E9
                   or 0x1F130 <= ord(c) <= 0x1F149 for c in styled):
            continue  # letterlike symbols alone (℃, ℓ) are ordinary typography
        plain = unicodedata.normalize("NFC", "".join(_styled(c) or c for c in text))
        span = Span(m.start(), m.end())
        yield ctx.finding(span, ctx.msg(
            fr="Lettres « stylées » Unicode : les lecteurs d'écran ne les lisent pas comme des mots. Écrivez « {p} ».",
            en="Unicode 'styled' letters: screen readers do not read them as words. Write '{p}'.", p=plain),
            suggestions=[plain], fix=Fix((Edit(span, plain),), "safe", plain))


RULES = [unicode_styling]
