"""What it checks: the hashtags of each post (each part of a thread) against `max` (default 3, the
guide's rule), lowered by the platforms in `platforms:` that cap them: Instagram 5, Threads 1. On X,
more than 2 is reported as info (X's own advice). The finding points at the first hashtag over the
limit.
Why: Grdr, « Citoyenneté numérique : comment organiser une campagne de mobilisation digitale ? » — more
than three hashtags in a publication blurs the message; be explicit in few characters.
Posts and threads only: a web page, an article or a release is not a publication whose hashtags a
platform counts.
Examples: with four hashtags `#CivicTech #Dakar #Hackathon #Innovation`, `#Innovation` is reported.
Fix safety: none — choose which hashtags matter."""
from __future__ import annotations

from postlint.core.rule import Context, Option, rule
from postlint.document.model import Document
from postlint.rules.hashtags._tags import official_tags
from postlint.text import platforms as P
from postlint.text.hashtags import tag_key

SOURCE_COUNT = ("Grdr, « Citoyenneté numérique : comment organiser une campagne de mobilisation digitale ? »: « plus "
                "de trois hashtags dans une publication brouille le message. Il faut donc essayer d'être explicite "
                "avec le moins de caractère possible » ; platform caps: Instagram 5 (Adam Mosseri, head of "
                "Instagram, December 2025), Threads 1 topic tag (Threads API documentation, Meta for Developers), "
                "X advice 2 (X Help Center)")


@rule("hashtags.count", severity="warning", summary="More hashtags in a post than the guide or the platform allows",
      source=SOURCE_COUNT, doc_types=frozenset({"post", "thread"}),
      options={"max": Option(int, 3, "most hashtags per post (a platform's own cap may lower it)", minimum=0)},
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
            if limit == 1:
                keep = ctx.msg(fr="Gardez le plus important.", en="Keep the one that matters most.")
            elif limit:
                keep = ctx.msg(fr="Gardez les {m} plus importants.", en="Keep the {m} that matter most.", m=limit)
            else:
                keep = ctx.msg(fr="Retirez-les.", en="Remove them.") if len(tags) > 1 else \
                    ctx.msg(fr="Retirez-le.", en="Remove it.")
            yield ctx.finding(extra.span, ctx.msg(
                fr="{c} dans ce post{w} : {r}. {k}", en="{c} in this post{w}: {r}. {k}",
                c=_hashtags(len(tags)), w=where, r=reason, k=keep), suggestions=_keep(doc, ctx, tags, limit))
            continue
        for p, adv in advice:
            if len(tags) > adv:
                yield ctx.finding(tags[adv].span, ctx.msg(
                    fr="{c} hashtags dans ce post{w} : {p} recommande de ne pas dépasser {a}.",
                    en="{c} hashtags in this post{w}: {p} advises no more than {a}.",
                    c=len(tags), w=where, p=P.display_name(p), a=adv), severity="info",
                    suggestions=_keep(doc, ctx, tags, adv))


def _hashtags(n: int) -> str:
    """« 1 hashtag », « 2 hashtags » (the same word in both languages)."""
    return f"{n} hashtag{'s' if n != 1 else ''}"


def _keep(doc: Document, ctx: Context, tags: list, n: int) -> list[str]:
    """The n hashtags to keep: official and campaign ones first, in their official spelling, then the
    others in the order of the text."""
    official = official_tags(doc, ctx)
    ranked = sorted(tags, key=lambda t: tag_key(t.text) not in official)  # stable: text order otherwise
    out = list(dict.fromkeys(official.get(tag_key(t.text), t.text) for t in ranked))
    return out[:n]


RULES = [count]
