"""stigma.mental-health: the wordlists `wordlists/{fr,en}/stigma/mental-health.yaml`. The check and its documentation
are shared by every stigma domain (`_factory.EXPLAIN`); this module gives what is this domain's own."""
from __future__ import annotations

from postlint.rules.stigma._factory import make

RULES = [make(
    "mental-health",
    summary="Stigmatising words about mental health and suicide (fou, schizophrenic, committed suicide…)",
    source=("ACT Alliance, « Politique de l'Alliance ACT relative aux médias sociaux »: « Prônez la tolérance » ; "
            "CICR, « Quatre expressions à ne pas employer » (2022) ; CAMH ; CRESAM ; UNAFAM ; retext-equality "
            "(AFSP, NCDJ)"),
    fail=("Une politique schizophrène.", "He committed suicide last year."),
    passes=("Une politique contradictoire.", "He died by suicide last year."),
)]
