"""Hashtags: how many a post carries, the campaign hashtag, and the official spelling.

Guide 002 (Grdr): more than three hashtags in a publication blurs the message; guides 000 and 002: pick
a memorable campaign hashtag and put it in every post of the campaign. Platforms lower the count:
Instagram accepts 5 at most, Threads 1 topic tag; X advises no more than 2 (domain reference §4).
"""
from __future__ import annotations

from functools import lru_cache

from postlint.text import platforms as P
from postlint.document.model import Document
from postlint.core.spans import Span
from postlint.core.rule import Context, Edit, Fix, Option, rule
from postlint.text.normalize import fold

SOURCE_COUNT = ("Guide 002 (Grdr), « plus de trois hashtags dans une publication brouille le message. Il faut "
                "donc essayer d'être explicite avec le moins de caractère possible » ; "
                "platform caps: Instagram 5, Threads 1, X advice 2 (domain reference §4)")
SOURCE_CAMPAIGN = ("Guide 000 (INPUD), « choisissez un hashtag qui reprenne votre message et que l'on puisse "
                   "facilement s'en souvenir, incluez-le ensuite dans le message mis en ligne lié à la campagne » ; "
                   "guide 002 (Grdr), « le choix du hashtag est primordial »")


@lru_cache(maxsize=8192)  # the same tags come back in every draft
def _key(tag: str) -> str:
    """Hashtags are the same tag for platforms whatever their case (and, here, accents)."""
    return fold(tag.lstrip("#"))


@rule("hashtags.count", severity="warning", summary="More hashtags in a post than the guide or the platform allows",
      source=SOURCE_COUNT,
      options={"max": Option(int, 3, "most hashtags per post (a platform's own cap may lower it)", minimum=0)},
      explain="""
What it checks: the hashtags of each post (each part of a thread) against `max` (default 3, the
guide's rule), lowered by the platforms in `platforms:` that cap them: Instagram 5, Threads 1. On X,
more than 2 is reported as info (X's own advice). The finding points at the first hashtag over the
limit.
Why: guide 002 — more than three hashtags in a publication blurs the message; be explicit in few
characters.
Examples: with four hashtags `#CivicTech #Dakar #Hackathon #Innovation`, `#Innovation` is reported.
Fix safety: none — choose which hashtags matter.""",
      examples={"fail": ("#CivicTech #Dakar #Hackathon #Innovation",), "pass": ("#CivicTech #Dakar",)})
def count(doc: Document, ctx: Context):
    configured = ctx.options.get("max", 3)
    caps = {p: P.HASHTAG_CAPS[p] for p in doc.meta.platforms if p in P.HASHTAG_CAPS}
    limit, who = configured, None
    for p, cap in sorted(caps.items(), key=lambda kv: kv[1]):
        if cap < limit:
            limit, who = cap, p
            break
    advice = [(p, n) for p, n in P.HASHTAG_ADVICE.items() if p in doc.meta.platforms and n < limit]
    multi = len(doc.posts) > 1
    for n, post in enumerate(doc.posts):
        tags = [t for t in doc.hashtags if post.start <= t.span.start < post.end]
        where = ctx.msg(fr=" (post {i} du fil)", en=" (post {i} of the thread)", i=n + 1) if multi else ""
        if len(tags) > limit:
            extra = tags[limit]
            if who:
                reason = ctx.msg(fr="{p} en accepte {m} au plus", en="{p} accepts {m} at most",
                                 p=P.display_name(who), m=limit)
            else:
                reason = ctx.msg(fr="au-delà de {m}, le message se brouille", en="more than {m} blurs the message",
                                 m=limit)
            keep = ctx.msg(fr="Gardez les {m} plus importants.", en="Keep the {m} that matter most.", m=limit) \
                if limit else ctx.msg(fr="Retirez-les.", en="Remove them.")
            yield ctx.finding(extra.span, ctx.msg(
                fr="{c} hashtags dans ce post{w} : {r}. {k}", en="{c} hashtags in this post{w}: {r}. {k}",
                c=len(tags), w=where, r=reason, k=keep), suggestions=_keep(doc, ctx, tags, limit))
            continue
        for p, adv in advice:
            if len(tags) > adv:
                yield ctx.finding(tags[adv].span, ctx.msg(
                    fr="{c} hashtags dans ce post{w} : {p} recommande de ne pas dépasser {a}.",
                    en="{c} hashtags in this post{w}: {p} advises no more than {a}.",
                    c=len(tags), w=where, p=P.display_name(p), a=adv), severity="info",
                    suggestions=_keep(doc, ctx, tags, adv))


def _campaign_tags(doc: Document, ctx: Context) -> tuple[str, ...]:
    """Front matter campaigns always; configured campaigns for posts and threads (a press release or an
    article of the organisation is not a campaign post unless its front matter says so)."""
    configured = tuple(c for c in ctx.campaigns if c not in doc.meta.campaigns)
    if doc.meta.type in ("post", "thread"):
        return doc.meta.campaigns + configured
    return doc.meta.campaigns


@rule("hashtags.campaign", severity="warning", summary="Campaign hashtag missing from a campaign post",
      source=SOURCE_CAMPAIGN,
      explain="""
What it checks: a draft with `campaign:` in its front matter (or, for posts and threads, a campaign in
the configuration's `campaigns:`) carries that hashtag somewhere in its text. The hashtag written in
another case (#voixdespairs) counts as present here; `hashtags.official-spelling` reports the case.
Why: guides 000 and 002 — a campaign hashtag only works when every post of the campaign carries it.
Fix safety: none (where to put it is the author's choice); the message names the hashtag to add.""",
      examples={"fail": ("campaign: \"#VoixDesPairs\" and no #VoixDesPairs in the text",),
                "pass": ("campaign: \"#VoixDesPairs\" … #VoixDesPairs",)})
def campaign(doc: Document, ctx: Context):
    if doc.is_empty():
        return
    present = {_key(t.text) for t in doc.hashtags}
    for tag in _campaign_tags(doc, ctx):
        if _key(tag) not in present:
            yield ctx.finding(None, ctx.msg(
                fr="Le hashtag de la campagne {t} manque : ajoutez-le à chaque publication de la campagne.",
                en="The campaign hashtag {t} is missing: add it to every post of the campaign.", t=tag),
                suggestions=[tag])


@rule("hashtags.official-spelling", severity="warning",
      summary="Official or campaign hashtag written with other capitals or accents", source=SOURCE_CAMPAIGN,
      fix="always",
      explain="""
What it checks: a hashtag equal to one of the organisation's hashtags (`organization.hashtags`) or a
campaign hashtag except for capitals or accents (#Voixdespairs for #VoixDesPairs).
Misspellings with other letters are `brand.hashtag`'s concern.
Why: the brand must be visible the same way on every platform; CamelCase is also what screen readers
need to read the words.
Fix safety: safe — only the case and accents change, and platforms treat both spellings as one tag.""",
      examples={"fail": ("#Voixdespairs (official: #VoixDesPairs)",), "pass": ("#VoixDesPairs",)})
def official_spelling(doc: Document, ctx: Context):
    official = official_tags(doc, ctx)
    if not official:
        return
    for t in doc.hashtags:
        right = official.get(_key(t.text))
        if right and t.text != right:
            yield ctx.finding(t.span, ctx.msg(
                fr="Le hashtag officiel s'écrit {r} (et non {t}).", en="The official hashtag is spelt {r} (not {t}).",
                r=right, t=t.text), suggestions=[right], fix=Fix((Edit(Span(*t.span), right),), "safe", right))


def official_tags(doc: Document, ctx: Context) -> dict[str, str]:
    """Folded key → official spelling of the organisation's and the campaigns' hashtags."""
    official: dict[str, str] = {}
    for tag in list((ctx.organization.get("hashtags") or [])) + list(doc.meta.campaigns) + list(ctx.campaigns):
        if isinstance(tag, str) and tag.strip("#"):
            tag = tag if tag.startswith("#") else "#" + tag
            official.setdefault(_key(tag), tag)
    return official


def _keep(doc: Document, ctx: Context, tags: list, n: int) -> list[str]:
    """The n hashtags to keep: official and campaign ones first, in their official spelling, then the
    others in the order of the text."""
    official = official_tags(doc, ctx)
    ranked = sorted(tags, key=lambda t: _key(t.text) not in official)  # stable: text order otherwise
    out = list(dict.fromkeys(official.get(_key(t.text), t.text) for t in ranked))
    return out[:n]


RULES = [count, campaign, official_spelling]
