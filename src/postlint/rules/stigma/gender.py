"""stigma.gender: the wordlists `wordlists/{fr,en}/stigma/gender.yaml`. The check and its documentation
are shared by every stigma domain (`_factory.EXPLAIN`); this module gives what is this domain's own."""
from __future__ import annotations

from postlint.rules.stigma._factory import make

RULES = [make(
    "gender",
    summary="Sexist wording and violence-minimising framing (crime passionnel, Mademoiselle, mankind…)",
    source=("INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux », guide de style : "
            "« un langage inclusif » ; Haut Conseil à l'Égalité (2015, 2022) ; Prenons la Une ; ONU, langage "
            "inclusif"),
    fail=("Un crime passionnel à Thiès.", "Mankind faces a choice."),
    passes=("Un féminicide à Thiès.", "Humanity faces a choice."),
)]
