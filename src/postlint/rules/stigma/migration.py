"""stigma.migration: the wordlists `wordlists/{fr,en}/stigma/migration.yaml`. The check and its documentation
are shared by every stigma domain (`_factory.EXPLAIN`); this module gives what is this domain's own."""
from __future__ import annotations

from postlint.rules.stigma._factory import make

RULES = [make(
    "migration",
    summary="Dehumanising words for migrants and refugees (clandestins, illegal immigrants, waves of…)",
    source=("ACT Alliance, « Politique de l'Alliance ACT relative aux médias sociaux »: droits et dignité des "
            "personnes, « camp de réfugié-e-s » ; PICUM « Words Matter » ; Ethical Journalism Network, lignes "
            "directrices sur les migrations (2016)"),
    fail=("Les immigrés clandestins n'osent pas porter plainte.", "Illegal immigrants are afraid."),
    passes=("Les personnes sans papiers n'osent pas porter plainte.", "Undocumented migrants are afraid."),
)]
