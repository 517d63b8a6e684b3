"""stigma.violence: the wordlists `wordlists/{fr,en}/stigma/violence.yaml`. The check and its documentation
are shared by every stigma domain (`_factory.EXPLAIN`); this module gives what is this domain's own.

Violence-minimising wording in reporting: a killing or a beating told as a quarrel, a drama, a passion or a
family tragedy, sexual violence told as sex. (« Crime passionnel » and « drame conjugal » predate this rule and
stay in `stigma.gender`.)"""
from __future__ import annotations

from postlint.rules.stigma._factory import make

RULES = [make(
    "violence",
    summary="Wording that minimises violence (domestic dispute, querelle conjugale, attouchements…)",
    source=("ACT Alliance, « Politique de l'Alliance ACT relative aux médias sociaux »: dignité des victimes ; "
            "Prenons la Une, « Les violences faites aux femmes : nos recommandations aux rédactions » ; "
            "Fédération internationale des journalistes (FIJ/IFJ), « Lignes directrices pour le traitement "
            "médiatique des violences faites aux femmes » ; Zero Tolerance, « Handle with Care » ; "
            "Dart Center, « Writing about intimate partner violence »"),
    fail=("La police évoque une querelle conjugale qui a mal tourné.", "Police called it a domestic dispute."),
    passes=("La police évoque des violences conjugales.", "Police called it domestic violence."),
)]
