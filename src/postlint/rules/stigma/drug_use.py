"""stigma.drug-use: the wordlists `wordlists/{fr,en}/stigma/drug-use.yaml`. The check and its documentation
are shared by every stigma domain (`_factory.EXPLAIN`); this module gives what is this domain's own."""
from __future__ import annotations

from postlint.rules.stigma._factory import make

RULES = [make(
    "drug-use",
    summary="Stigmatising words for people who use drugs (toxicomane, junkie, drug abuser, clean…)",
    source=("INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux »: « adopter un "
            "langage respectueux et non-discriminant » ; guide « Les mots comptent » / Words Matter (INPUD, ANPUD). "
            "Termes : Drogues, santé et société (DSS), Association médicale canadienne (CMA), campusmentalhealth.ca "
            "(CAMPUS), ASPC/EOHU, Renfrewshire Council « Language Matters » (RENF), US Veterans Affairs (VA), "
            "Southern African HIV Clinicians Society (SAHCS), INPUD position statement, Global Commission on Drug "
            "Policy (GCDP)"),
    fail=("Nous soutenons les toxicomanes de Dakar.", "Nobody is asked to be clean before they get care."),
    passes=("Nous soutenons les personnes qui consomment des drogues.", "Clean water for every shelter."),
)]
