"""stigma.victim-framing: the wordlists `wordlists/{fr,en}/stigma/victim-framing.yaml`. The check and its documentation
are shared by every stigma domain (`_factory.EXPLAIN`); this module gives what is this domain's own."""
from __future__ import annotations

from postlint.rules.stigma._factory import make

RULES = [make(
    "victim-framing",
    summary="People in crisis framed as objects of pity (ces malheureuses victimes, the voiceless…)",
    source=("ACT Alliance, « Politique de l'Alliance ACT relative aux médias sociaux »: « présente les victimes "
            "comme des êtres humains dignes de respect et non comme des objets de commisération » ; code Dóchas ; "
            "Bond « Devspeak » ; ATD Quart Monde"),
    fail=("Nous avons rencontré ces malheureuses victimes.", "We give a voice to the voiceless."),
    passes=("Nous avons rencontré les familles sinistrées.", "Victims of trafficking can claim damages."),
)]
