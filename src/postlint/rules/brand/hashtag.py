"""What it checks: hashtags one or two letter edits away from `organization.hashtags` or the campaign
hashtags ("#UbuntuPeer" for "#UbuntuPeers", "#VoixDesPair" for "#VoixDesPairs"). Differences of case
or accents only are left to hashtags.official-spelling; hashtags that differ only in digits
("#AIDS2024" / "#AIDS2026") are different tags, not typos.
Why: a misspelt hashtag leaves the post out of the organisation's or campaign's stream.
Fix safety: unsafe (suggestion only)."""
from __future__ import annotations

from functools import lru_cache

import regex

from postlint.core.rule import Context, Edit, Fix, rule
from postlint.document.model import Document
from postlint.text.normalize import fold_in_place
from postlint.rules.brand._spelling import SOURCE_BRAND, derived, distance
from postlint.text.patterns import LazyRegex

# `regex.V0` (the regex module's default) keeps this on `regex`: its \d is not the stdlib's.
_DIGIT = LazyRegex(r"\d", regex.V0)


@lru_cache(maxsize=8192)  # a function of the tag and the configuration; the same tags come back in every draft
def _near_tag(name: str, official: tuple[tuple[str, str], ...]) -> str | None:
    """The official tag that the hashtag `name` (without its #) misspells, or None. `official`: (key, tag)."""
    keys = dict(official)
    key = fold_in_place(name)
    if key in keys:
        return None  # exact, or a case/accent variant reported by hashtags.official-spelling
    if any(derived(key, k) for k in keys):
        return None  # #VoixDesPairsSN: the official tag with a country or year added is a tag of its own
    best, best_d = None, 99
    for k, tag in keys.items():
        if _DIGIT.sub("", k) == _DIGIT.sub("", key):
            best = None
            break  # #AIDS2024 vs #AIDS2026: another event, not a typo
        d = distance(key, k, 2)
        if d < best_d:
            best, best_d = tag, d
    if best is None or best_d > (2 if len(best) > 8 else 1) or best_d * 4 > len(best) - 1:
        return None
    return best


@rule("brand.hashtag", severity="warning",
      summary="A hashtag one or two letters away from an official or campaign hashtag",
      source=SOURCE_BRAND, fix="sometimes",
      examples={"fail": ("#UbuntuPeer (official #UbuntuPeers)",), "pass": ("#UbuntuPeers", "#ubuntupeers")})
def brand_hashtag(doc: Document, ctx: Context):
    tags = [t for t in (ctx.organization.get("hashtags") or ()) if isinstance(t, str)] + list(ctx.campaigns)
    official = list(dict.fromkeys(t if t.startswith("#") else "#" + t for t in tags if t.strip("# ")))
    if not official:
        return
    keys = tuple({fold_in_place(t[1:]): t for t in official}.items())
    for token in doc.hashtags:
        best = _near_tag(token.name, keys)
        if best is None:
            continue
        yield ctx.finding(token.span, ctx.msg(
            fr="« {t} » ressemble au mot-dièse officiel « {h} ».",
            en="'{t}' looks like the official hashtag '{h}'.", t=token.text, h=best), suggestions=[best],
            fix=Fix((Edit(token.span, best),), "unsafe", ctx.msg(fr="écrire {h}", en="write {h}", h=best)))


RULES = [brand_hashtag]
