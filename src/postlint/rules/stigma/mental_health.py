"""What it checks: words and phrases from the mental-health wordlists (wordlists/fr/stigma/mental-health.yaml and
wordlists/en/stigma/mental-health.yaml, in the draft's language), plus the organisation's own entries (config
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
Why: ACT Alliance, « Politique de l'Alliance ACT relative aux médias sociaux »: « Prônez la tolérance » ;
CICR, « Quatre expressions à ne pas employer » (2022) ; CAMH ; CRESAM ; UNAFAM ; retext-equality (AFSP,
NCDJ).
Severity per entry: error = dehumanising label, warning = outdated or inaccurate, info = contested
(option `contested: false` hides these).
Fix safety: a fix is safe only when the one alternative fits without changing grammatical agreement
(virus du sida → VIH); noun swaps that change gender or number are unsafe fixes or suggestions; a term
inside a quotation never gets a safe fix (it would change someone's words). In French, when the
alternative needs another determiner, the finding starts at the determiner and each suggestion carries
its own (« Un ancien toxicomane » → « Une personne en rétablissement »).
Options: exclude: [entry-id, …] drops entries by id (ids below); contested: false hides info-level
entries. `rules: {stigma.mental-health: off}` switches the whole domain off."""
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
    explain=__doc__,
)]
