"""What the hashtag rules share: the guideline on campaign hashtags, and the official spellings."""
from __future__ import annotations

from postlint.core.rule import Context
from postlint.document.model import Document
from postlint.text.hashtags import official_spellings

SOURCE_CAMPAIGN = ("INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux »: "
                   "« choisissez un hashtag qui reprenne votre message et que l'on puisse facilement s'en souvenir, "
                   "incluez-le ensuite dans le message mis en ligne lié à la campagne » ; Grdr, « Citoyenneté "
                   "numérique : comment organiser une campagne de mobilisation digitale ? »: « le choix du hashtag "
                   "est primordial »")


def official_tags(doc: Document, ctx: Context) -> dict[str, str]:
    """Folded key → official spelling of the organisation's and the campaigns' hashtags."""
    return official_spellings(ctx.organization.get("hashtags") or [], doc.meta.campaigns, ctx.campaigns)
