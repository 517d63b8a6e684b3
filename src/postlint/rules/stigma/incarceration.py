"""stigma.incarceration: the wordlists `wordlists/{fr,en}/stigma/incarceration.yaml`. The check and its documentation
are shared by every stigma domain (`_factory.EXPLAIN`); this module gives what is this domain's own."""
from __future__ import annotations

from postlint.rules.stigma._factory import make

RULES = [make(
    "incarceration",
    summary="Labels for people in prison or with a conviction (prisonniers, ex-con, inmates…)",
    source=("ACT Alliance, « Politique de l'Alliance ACT relative aux médias sociaux »: pas de contenu "
            "discriminatoire ; COCQ-SIDA ; US Veterans Affairs, destigmatizing language"),
    fail=("Les prisonniers ont accès au dépistage.", "He is an ex-con."),
    passes=("Les personnes incarcérées ont accès au dépistage.", "He was released in May."),
)]
