"""stigma.sex-work: the wordlists `wordlists/{fr,en}/stigma/sex-work.yaml`. The check and its documentation
are shared by every stigma domain (`_factory.EXPLAIN`); this module gives what is this domain's own."""
from __future__ import annotations

from postlint.rules.stigma._factory import make

RULES = [make(
    "sex-work",
    summary="Stigmatising words for sex workers and for exploited children (prostituée, child prostitute…)",
    source=("ACT Alliance, « Politique de l'Alliance ACT relative aux médias sociaux »: pas de contenu "
            "discriminatoire ; ONUSIDA (2011), UNAIDS (2006, 2015), UNFPA, Luxembourg Guidelines (exploitation "
            "sexuelle des enfants)"),
    fail=("La permanence reçoit les prostituées du quartier.", "The report mentions child prostitutes."),
    passes=("La permanence reçoit les travailleuses du sexe du quartier.", "Sex workers run the clinic."),
)]
