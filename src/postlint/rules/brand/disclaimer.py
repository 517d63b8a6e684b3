"""What it checks: drafts with `account: personal` in the front matter must say that they do not speak
for the organisation: "Les opinions exprimées n'engagent que moi", "à titre personnel", "RT ≠
approbation", "Views are my own", "opinions are my own", "RT ≠ endorsement", or a phrase listed in
`organization.disclaimers`.
Why: « L'élaboration d'une politique en matière de médias sociaux » and the ACT Alliance social media policy let
staff add a disclaimer that they do not speak for the organisation; without it, a personal post reads as the
organisation's word.
Fix safety: no automatic fix (a document-level finding: add the disclaimer, or to the account's bio
and silence the rule for personal drafts)."""
from __future__ import annotations

import regex

from postlint.core.rule import Context, rule
from postlint.document.model import Document
from postlint.text.normalize import fold_in_place
from postlint.text.patterns import LazyRegex

SOURCE_DISCLAIMER = ("« L'élaboration d'une politique en matière de médias sociaux » et ACT Alliance, "
                     "« Politique de l'Alliance ACT relative aux médias sociaux » : "
                     "le personnel peut préciser dans ses comptes personnels qu'il ne s'exprime pas au nom de "
                     "l'organisation")

# `regex.V0` (the regex module's default) keeps this on `regex`: its \s is not the stdlib's.
_SPACES = LazyRegex(r"\s+", regex.V0)

DISCLAIMERS = LazyRegex(r"""(?x)(?<![\p{L}])(?:
    (?:les\ |mes\ )?(?:opinions|propos|avis|idees|tweets|posts|publications|messages|points\ de\ vue)
        (?:\ [\p{L}']+){0,3}?\ (?:n'engagent|n'engage|sont)\ (?:que\ moi|que\ leur\ auteur|qu'a\ moi|
        personnel(?:le)?s|les\ miens|les\ miennes|a\ moi)
  | n'engagent?\ que\ (?:moi|leur\ auteur|son\ auteur|l'auteur)
  | (?:a|en)\ titre\ personnel | compte\ personnel | (?:avis|opinions?)\ personnel(?:le)?s?
  | ne\ refletent?\ pas(?:\ necessairement)?\ (?:la\ position|les\ positions|l'avis|celles?|le\ point\ de\ vue)
  | (?:rt|retweets?|partages?|likes?)\ ?(?:≠|!=|=/=|<>|ne\ (?:vaut|valent|signifie|signifient)\ pas)\ ?
        (?:approbation|adhesion|soutien|endossement|endorsement)
  | (?:all\ )?(?:views|opinions|thoughts|tweets|posts)(?:\ expressed)?(?:\ here)?(?:\ are)?\ (?:my\ own|mine|personal)
  | (?:views|opinions)\ (?:are\ )?(?:strictly\ )?my\ own | my\ own\ (?:views|opinions)
  | (?:speaking|tweeting|posting)\ (?:for|on\ behalf\ of)\ myself | personal\ (?:views|opinions|account)
  | not\ (?:speaking|tweeting|posting)\ (?:for|on\ behalf\ of) | do(?:es)?\ not\ (?:necessarily\ )?reflect
  | (?:rts?|retweets?|reposts?|likes?|shares?)\ ?(?:≠|!=|=/=|<>|(?:do|does|are|is)\ not\ (?:equal|mean|imply)|
        (?:don't|aren't|isn't)(?:\ equal)?|not)\ ?endorse(?:ments?)?
)""")


@rule("brand.disclaimer", severity="warning",
      summary="A post from a personal account (account: personal) without a disclaimer",
      source=SOURCE_DISCLAIMER, fix="never",
      examples={"fail": ("---\naccount: personal\n---\nFière de mes cinq ans au Ubuntu Peer Network : merci à toute l'équipe !\n",),
                "pass": ("« … Les opinions exprimées ici n'engagent que moi. »", "Views my own.")})
def disclaimer(doc: Document, ctx: Context):
    if doc.meta.account != "personal":
        return
    text = fold_in_place(doc.prose[doc.body.start:doc.body.end].replace("≠", "!="))  # fold would make "≠" a "="
    text = _SPACES.sub(" ", text)
    if DISCLAIMERS.search(text):
        return
    for extra in ctx.organization.get("disclaimers") or ():
        if isinstance(extra, str) and _SPACES.sub(" ", fold_in_place(extra.replace("≠", "!="))).strip() in text:
            return
    yield ctx.finding(None, ctx.msg(
        fr="Compte personnel sans avertissement : précisez que vous ne parlez pas au nom de l'organisation "
           "(« Les opinions exprimées ici n'engagent que moi »).",
        en="Personal account without a disclaimer: say that you do not speak for the organisation "
           "('Views are my own').", ),
        suggestions=[ctx.msg(fr="Les opinions exprimées ici n'engagent que moi.", en="Views are my own.")])


RULES = [disclaimer]
