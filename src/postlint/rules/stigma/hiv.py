"""stigma.hiv: the wordlists `wordlists/{fr,en}/stigma/hiv.yaml`. The check and its documentation
are shared by every stigma domain (`_factory.EXPLAIN`); this module gives what is this domain's own."""
from __future__ import annotations

from postlint.rules.stigma._factory import make

RULES = [make(
    "hiv",
    summary="Stigmatising or inaccurate HIV wording (sidéen, AIDS victim, virus du sida…)",
    source=("ACT Alliance, « Politique de l'Alliance ACT relative aux médias sociaux »: contenus « ni offensants, "
            "ni discriminatoires » ; Guide de terminologie de l'ONUSIDA (2011), UNAIDS Terminology Guidelines "
            "(2015), AJL, COCQ-SIDA, UNFPA"),
    fail=("Les malades du sida attendent leur traitement.", "She is an AIDS victim."),
    passes=("Les personnes vivant avec le VIH attendent leur traitement.", "She is living with HIV."),
)]
