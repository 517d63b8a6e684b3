"""stigma.disability: the wordlists `wordlists/{fr,en}/stigma/disability.yaml`. The check and its documentation
are shared by every stigma domain (`_factory.EXPLAIN`); this module gives what is this domain's own."""
from __future__ import annotations

from postlint.rules.stigma._factory import make

RULES = [make(
    "disability",
    summary="Stigmatising words about disability (un handicapé, the handicapped, wheelchair-bound…)",
    source=("ACT Alliance, « Politique de l'Alliance ACT relative aux médias sociaux »: pas de contenu "
            "discriminatoire ; ONU Genève, Lignes directrices pour un langage inclusif du handicap, annexe I (FR, "
            "EN) ; retext-equality (NCDJ)"),
    fail=("Un handicapé a perdu son fauteuil.", "The handicapped members were carried upstairs."),
    passes=("Une personne handicapée a perdu son fauteuil.", "Disabled members were carried upstairs."),
)]
