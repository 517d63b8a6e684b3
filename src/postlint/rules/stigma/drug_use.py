"""What it checks: words and phrases from the drug-use wordlists (wordlists/fr/stigma/drug-use.yaml and
wordlists/en/stigma/drug-use.yaml, in the draft's language), plus the organisation's own entries (config
`wordlists:`). Matching sees words: plurals, feminine and inclusive forms (drogué·e·s), elision (l', d'),
hyphen or space, any case; never inside another word (droguerie, caméra, toxicologie). Context-dependent
terms are flagged only in their stigmatising sense (cue words around the term: "drug abuse" but not
"sexual abuse", "clean" about a person or a test but not "clean water"). Names and self-designations
(config organization.names, Narcotics Anonymous, Journée mondiale de lutte contre le sida) are skipped;
terms inside quotation marks are still flagged and the message says so: someone else's quoted words
(a quoted sentence or headline, a block quote) as info — the guides skip quoted speech, the editor
decides — except in a press release, whose quotations are the organisation's own; a lone word in scare
quotes ('called them "junkies"') keeps its severity; a term named as a word ('the word "addict"') or
rejected in a glossary ("❌ Toxicomane → ✅ …", "instead of addicts") is info; the title of a work
(*Junky* (1953), the film "Diary of a Junkie") is a name.
Why: INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux »: « adopter un
langage respectueux et non-discriminant » ; guide « Les mots comptent » / Words Matter (INPUD, ANPUD).
Termes : Drogues, santé et société (DSS), Association médicale canadienne (CMA), campusmentalhealth.ca
(CAMPUS), ASPC/EOHU, Renfrewshire Council « Language Matters » (RENF), US Veterans Affairs (VA), Southern
African HIV Clinicians Society (SAHCS), INPUD position statement, Global Commission on Drug Policy (GCDP).
Severity per entry: error = dehumanising label, warning = outdated or inaccurate, info = contested
(option `contested: false` hides these).
Fix safety: a fix is safe only when the one alternative fits without changing grammatical agreement
(virus du sida → VIH); noun swaps that change gender or number are unsafe fixes or suggestions; a term
inside a quotation never gets a safe fix (it would change someone's words). In French, when the
alternative needs another determiner, the finding starts at the determiner and each suggestion carries
its own (« Un ancien toxicomane » → « Une personne en rétablissement »).
Options: exclude: [entry-id, …] drops entries by id (ids below); contested: false hides info-level
entries. `rules: {stigma.drug-use: off}` switches the whole domain off."""
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
    explain=__doc__,
)]
