"""What it checks: a draft with `campaign:` in its front matter carries that hashtag somewhere in its text;
so does a post or thread in a folder the configuration ties to a campaign (`campaigns: [{hashtag: "#X",
files: "campagne/**"}]`, or `campaigns:` in an `overrides:` entry). A campaign listed as a plain string
(`campaigns: ["#X"]`) is known (its spelling is official) but asked for only in drafts that declare it: a
tips note or a press release of the organisation is not a campaign post. The hashtag written in
another case (#voixdespairs) counts as present here; `hashtags.official-spelling` reports the case.
Why: INPUD's « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux » and Grdr's
« Citoyenneté numérique : comment organiser une campagne de mobilisation digitale ? » — a campaign hashtag
only works when every post of the campaign carries it.
Fix safety: none (where to put it is the author's choice); the message names the hashtag to add."""
from __future__ import annotations

from postlint.core.rule import Context, rule
from postlint.document.model import Document
from postlint.rules.hashtags._tags import SOURCE_CAMPAIGN
from postlint.text.hashtags import tag_key


def _campaign_tags(doc: Document, ctx: Context) -> tuple[str, ...]:
    """Front matter campaigns always; campaigns the configuration ties to the draft's folder for posts and
    threads (a press release or an article there is not a campaign post unless its front matter says so)."""
    scoped = tuple(c for c in getattr(ctx.settings, "required_campaigns", ()) or () if c not in doc.meta.campaigns)
    if doc.meta.type in ("post", "thread"):
        return doc.meta.campaigns + tuple(dict.fromkeys(scoped))
    return doc.meta.campaigns


@rule("hashtags.campaign", severity="warning", summary="Campaign hashtag missing from a campaign post",
      source=SOURCE_CAMPAIGN,
      examples={"fail": ('---\ncampaign: "#VoixDesPairs"\n---\nLes pairs prennent la parole samedi à Pikine.\n',),
                "pass": ('---\ncampaign: "#VoixDesPairs"\n---\nLes pairs prennent la parole samedi à Pikine. #VoixDesPairs\n',)})
def campaign(doc: Document, ctx: Context):
    if doc.is_empty():
        return
    present = {tag_key(t.text) for t in doc.hashtags}
    for tag in _campaign_tags(doc, ctx):
        if tag_key(tag) not in present:
            yield ctx.finding(None, ctx.msg(
                fr="Le hashtag de la campagne {t} manque : ajoutez-le à chaque publication de la campagne.",
                en="The campaign hashtag {t} is missing: add it to every post of the campaign.", t=tag),
                suggestions=[tag])


RULES = [campaign]
