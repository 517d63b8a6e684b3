"""Statuses said of someone else (third person), for `third_party_status`: HIV or hepatitis status, a diagnosis,
drug use or its treatment, sex work, a prison record, an irregular migration status.

A pattern is (topic, pattern, gate); a topic "x:plural" wants a plural subject ("vivent avec le VIH"), "x:label"
is a noun phrase in apposition or opening a sentence ("une ancienne toxicomane"); who the status is said of is
found by `_subjects.py`. Patterns run on folded prose (see `_patterns.py`); each gate (words every match
contains, see `_first_person.py`) is declared beside its pattern and proved by the tests.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from postlint.rules.disclosure._patterns import (DRUG_EN, DRUG_FR, DRUG_FR_STRICT, EN_DOBJ, FR_DOBJ_STRICT,
                                                GATE_DRUG_EN, PRISON_TIME_FR)
from postlint.text.gates import declare
from postlint.text.patterns import LazyRegex

# A drug named before "user", "addict": "heroin user", "injecting drug user".
_DRUG_EN_NOUN = (r"(?:heroin|crack|cocaine|meth|methamphetamine|opioid|opiate|fentanyl|(?:injecting\s+|intravenous\s+|"
                 r"iv\s+)?drug)")
# "drug user advocate", "drug user-led", "sex workers' rights": a group or a movement, not the person's use or work.
_NOT_A_GROUP_EN = (r"(?!s?['’]?(?:\s+|-)(?:advocates?|activists?|organi[sz]ations?|organi[sz]ers?|networks?|unions?|groups?|"
                   r"rights|movements?|led|peers?)(?![\p{L}]))")

# Treatments that tell the status: opioid substitution (drug use), antiretrovirals (HIV); "est suivi dans le
# programme méthadone", "enrolled in the methadone programme"; a label in apposition or opening a sentence.
_SUBST_FR = (r"(?:methadone|buprenorphine|subutex|suboxone|tso|tao|(?:(?:traitement|therapie|programme)\s+"
             r"(?:de\s+|par\s+)?)?substitution(?:\s+aux\s+(?:opioides|opiaces))?)")
_ARV_FR = (r"(?:arv|tarv|antiretroviraux|tritherapie|(?:traitement|therapie)\s+(?:antiretrovirale?|arv|"
           r"contre\s+le\s+vih))")
_SUBST_EN = (r"(?:methadone|buprenorphine|suboxone|subutex|ost|oat|(?:opioid\s+)?(?:substitution|agonist|replacement|"
             r"maintenance)\s+(?:therapy|treatment))")
_ARV_EN = r"(?:arvs?|antiretrovirals|(?:antiretroviral|hiv)\s+(?:therapy|treatment|meds|medications?|drugs))"
_ENROLLED_FR = (r"(?:(?:est|etait|a\s+ete)\s+|(?<=,\s{0,2}))(?:suivie?|inscrite?|admise?|prise?\s+en\s+charge|soignee?)"
                r"\s+(?:dans|au|a\s+la|a\s+l'|en|par)\s+(?:le\s+|la\s+|l'|un\s+|une\s+)?(?:programme|service|centre|"
                r"unite|consultation|protocole)\s+(?:de\s+|d'|du\s+)?(?:prise\s+en\s+charge\s+(?:du\s+|des\s+)?)?")
_ENROLLED_EN = (r"(?:enrolled|enrols|registered|signed\s+up|(?:is|was|been|being)\s+treated|followed\s+up)\s+(?:in|at|"
                r"on|for|with|by)\s+(?:the\s+|a\s+|our\s+|their\s+)?(?:local\s+)?")
_ENROLLED_PLACE_EN = r"\s+(?:programme|program|clinic|service|scheme|unit)"
_LABEL_AT = r"(?:(?<=,\s{0,2})|(?<=(?:^|[.!?:\n])[\s\"'«»“”(-]{0,3}))"  # see `_subjects._label_subject`
_FORMER_FR, _FORMER_EN = r"(?:ancien(?:ne)?\s+|ex[\s-]?)", r"(?:(?:former|recovering|ex-?|long-?time)\s*)"
_ADDICT_FR = (r"(?:toxico(?:mane)?|heroinomane|cocainomane|junkie|(?:usager|usagere|consommat(?:eur|rice))\s+(?:de\s+|"
              r"d'|des\s+)(?:" + DRUG_FR_STRICT + r"))")

# Statuses said of someone else (third person), for disclosure.third-party-status: (topic, pattern, gate); a
# topic "x:plural" wants a plural subject, "x:label" is a noun phrase (kinds: see `third_person`).
THIRD_PERSON = [
    ("hiv", r"(?:vit|vivait|vivant|a\s+vecu)\s+(?:[\p{L}]+\s+)?avec\s+(?:le\s+)?(?:vih|sida|vhc|une?\s+hepatite|"
            r"l'hepatite)", "avec & vecu vit vivait vivant"),
    ("hiv", r"(?:est|etait)\s+(?:[\p{L}]+\s+)?(?:seropo\w*|vih\s*\+|porteu(?:r|se)\s+du\s+(?:vih|virus)|atteinte?\s+du"
            r"\s+sida|malade\s+du\s+sida)", "+ atteint malade porteur porteuse seropo & est etait"),
    ("hiv", r"(?:a|avait)\s+(?:le\s+(?:vih|sida)|contracte\s+le\s+(?:vih|sida))|sous\s+" + _ARV_FR + r"|"
            r"(?:suit|suivait|a\s+suivi|(?:a\s+)?(?:commence|debute)|recoit|recevait|prend|prenait)\s+(?:un\s+|le\s+|"
            r"son\s+|des\s+|ses\s+|les\s+)?" + _ARV_FR + r"|" + _ENROLLED_FR + r"(?:vih|sida|" + _ARV_FR + r")|"
            r"sa\s+seropositivite|son\s+statut\s+serologique|"
            r"(?:est|a\s+ete)\s+(?:decedee?|morte?)\s+du\s+sida",
     "antiretroviral antiretroviraux arv contracte decede mort seropositivite sida statut tritherapie vih"),
    ("hiv", r"(?<=,\s{0,2})(?:seropositi(?:f|ve)|seropo|vih\s*\+|hiv[\s-]*positive|hiv\s*\+|living\s+with\s+hiv|"
            r"vivant\s+avec\s+le\s+vih)",
     "+ living positive seropo vivant"),  # an apposition: "Mariama Ba, séropositive depuis 2001"
    # an apposition opening the sentence, then the pronoun: "Séropositif depuis 2015, il reste un pilier."
    ("hiv", r"(?:seropositi(?:f|ve)|hiv[\s-]*positive|vivant\s+avec\s+le\s+vih|living\s+with\s+hiv)"
            r"(?=[^.!?;:\n]{0,80}?,\s*(?:il|elle|he|she)\s)", "living positive seropositif vivant"),
    ("hiv", r"(?:lives|lived|has\s+lived|has\s+been\s+living|is\s+living|was\s+living)\s+with\s+(?:hiv|aids|"
            r"hepatitis\s+[bc]|hcv)", "lived lives living & aids hcv hepatitis hiv"),
    ("hiv", r"(?:is|was)\s+(?:hiv[\s-]*positive|hiv\s*\+|poz)|(?:has|had|contracted)\s+(?:hiv|aids|hepatitis\s+[bc]|"
            r"hcv)(?!\s+(?:testing|tests?|prevention|services?|programs?|programmes?|care|treatment|clinics?|awareness|"
            r"education|and|or|response))|"
            r"(?:(?:is|was|has\s+been|had\s+been|started|remains)\s+(?:[\p{L}]+\s+)?|(?<=,\s{0,2}))on\s+" + _ARV_EN +
            r"|(?:takes|took|is\s+taking)\s+(?:[\p{L}]+\s+)?" + _ARV_EN + r"|" + _ENROLLED_EN +
            r"(?:hiv|arv|antiretroviral)" + _ENROLLED_PLACE_EN + r"|(?:his|her|their)\s+(?:hiv(?:[\s-]positive)?"
            r"\s+status|hiv\s+diagnosis)|died\s+of\s+aids",
     "aids antiretroviral arv hcv hepatitis hiv poz"),
    ("health", r"(?:est|etait|a\s+ete)\s+(?:atteinte?|diagnostiquee?)\s+(?:d'une?\s+|de\s+la\s+|du\s+|de\s+|d')"
               r"(?:cancer|tuberculose|schizophrenie|bipolarite|troubles?\s+[\p{L}]+|depression|hepatite|epilepsie|"
               r"maladie\s+mentale|alzheimer|parkinson)", "atteint diagnostique"),
    ("health", r"souffre\s+(?:de\s+|d'une?\s+|du\s+)(?:depression|schizophrenie|troubles?\s+[\p{L}]+|cancer|"
               r"tuberculose)|(?:est|etait)\s+(?:schizophrene|bipolaire|depressi(?:f|ve))|(?:a\s+fait|a\s+tente)\s+"
               r"(?:une\s+)?(?:tentative\s+de\s+suicide|overdose|surdose)|(?:est|a\s+ete)\s+(?:internee?|"
               r"hospitalisee?)\s+en\s+psychiatrie",
     "bipolaire depressif depressive fait psychiatrie schizophrene souffre tente"),
    ("health", r"(?:was|has\s+been|is)\s+diagnosed\s+with|(?:suffers|suffered)\s+from\s+(?:depression|schizophrenia|"
               r"bipolar|psychosis|cancer|tuberculosis)|(?:is|was)\s+(?:schizophrenic|bipolar)|has\s+(?:schizophrenia|"
               r"bipolar\s+disorder|tuberculosis|dementia|psychosis)|attempted\s+suicide|overdosed",
     ("attempted bipolar dementia diagnosed overdosed psychosis schizophrenia schizophrenic suffered suffers "
      "tuberculosis")),
    ("drugs", r"(?:consomme|consommait|fume|fumait|s'\s*injecte|s'\s*injectait|se\s+shoote|prend|prenait)\s+"
              r"(?:[\p{L}]+\s+){0,2}?" + FR_DOBJ_STRICT,
     "consommait consomme fumait fume injectait injecte prenait prend shoote"),
    ("drugs", r"(?:est|etait)\s+(?:un\s+|une\s+)?" + _FORMER_FR + r"?(?:(?:usager|usagere|consommat\w+)\s+(?:de\s+|d'|"
              r"des\s+)(?:" + DRUG_FR + r")|toxico\w*|heroinomane|cocainomane|(?:accro|dependante?)\s+(?:a la |a l'|"
              r"aux |au )(?:" + DRUG_FR + r"))|(?:est|etait)\s+(?:une?\s+)?" + _FORMER_FR + r"?droguee?|"
              r"(?:(?:est|etait|reste|restait|(?:a\s+ete\s+|est\s+)?(?:mise?|placee?))\s+(?:[\p{L}]+\s+)?|"
              r"(?<=,\s{0,2}))sous\s+" + _SUBST_FR + r"|(?:suit|suivait|a\s+suivi|(?:a\s+)?(?:commence|debute)|recoit|"
              r"recevait)\s+(?:un\s+|le\s+|son\s+)?" + _SUBST_FR + r"|" + _ENROLLED_FR + _SUBST_FR,
     "accro buprenorphine cocainomane consommat dependant drogue heroinomane methadone sous substitution suboxone "
     "subutex tao toxico tso usager"),
    ("drugs:label", _LABEL_AT + r"(?:une?\s+)?(?:" + _FORMER_FR + r"?" + _ADDICT_FR + r"|" + _FORMER_FR + r"droguee?)",
     "cocainomane consommat drogue heroinomane junkie toxico usager"),
    ("drugs:label", _LABEL_AT + r"(?:an?\s+)?" + _FORMER_EN + r"?(?:(?:" + _DRUG_EN_NOUN + r")\s+)?(?:addict|junkie)|"
                    + _LABEL_AT + r"(?:an?\s+)?" + _FORMER_EN + r"?(?:" + _DRUG_EN_NOUN + r")\s+(?:user|injector)"
                    + _NOT_A_GROUP_EN, "addict injector junkie user"),
    ("drugs", r"(?:uses|used|injects|injected|smokes|smoked|snorts)\s+(?:" + DRUG_EN + r")|(?:is|was)\s+(?:a\s+|an\s+)?"
              r"(?:former\s+)?(?:drug\s+user" + _NOT_A_GROUP_EN + r"|addict|junkie|(?:heroin|crack|meth)\s+user)|"
              r"(?:is|was)\s+(?:addicted\s+to|hooked\s+on)\s+(?:" + DRUG_EN + r")|(?:(?:is|was|has\s+been|had\s+been|"
              r"started|remains)\s+(?:[\p{L}]+\s+)?|(?<=,\s{0,2}))on\s+"
              + _SUBST_EN + r"|(?:takes|took|is\s+taking)\s+(?:[\p{L}]+\s+)?(?:methadone|buprenorphine|suboxone)|"
              + _ENROLLED_EN + r"(?:methadone|buprenorphine|suboxone|substitution|oat|ost)" + _ENROLLED_PLACE_EN + r"|"
              r"(?:is|was)\s+in\s+(?:recovery|rehab|detox)",
     ("addict benzos buprenorphine cannabis chems cocaine codeine coke crack detox dope drug ecstasy fentanyl "
      "agonist ghb heroin hooked junkie ketamine lsd maintenance marijuana mdma meth molly morphine oat opiates "
      "opioids ost oxy recovery rehab replacement smack speed spice suboxone substances substitution subutex "
      "tramadol weed")),
    # a label or a past habit: "was a heroin addict", "used to inject heroin", "is a recovering addict"
    ("drugs", r"(?:is|was|used\s+to\s+be|has\s+been|had\s+been)\s+(?:a\s+|an\s+)?(?:(?:former|recovering|ex-?|"
              r"long-?time)\s*)?(?:" + _DRUG_EN_NOUN + r"\s+)?(?:addict|junkie)|(?:is|was|used\s+to\s+be|has\s+been|"
              r"had\s+been)\s+(?:a\s+|an\s+)?(?:(?:former|recovering|ex-?|long-?time)\s*)?" + _DRUG_EN_NOUN +
              r"\s+(?:user|injector)" + _NOT_A_GROUP_EN + r"|used\s+to\s+(?:use|inject|smoke|snort|take|do|"
              r"shoot\s+up)\s+" + EN_DOBJ + r"|used\s+to\s+(?:inject|shoot\s+up)(?![\p{L}])(?!\s+insulin)|"
              r"(?:used\s+to\s+be|has\s+been|had\s+been)\s+(?:addicted\s+to|hooked\s+on)\s+(?:" + DRUG_EN + r")|"
              r"(?:his|her)\s+(?:(?:past|former|long)\s+)?(?:" + _DRUG_EN_NOUN + r")\s+(?:use|addiction|habit)",
     "addict habit hooked injector junkie use"),
    ("drugs", r"se\s+drogu(?:e|ait)|s'\s*(?:est|etait)\s+droguee?", "drogu"),
    ("legal", r"(?:est|etait)\s+(?:sans[\s-]papiers|en\s+situation\s+irreguliere|clandestine?|sous\s+oqtf|deboutee?"
              r"\s+du\s+droit\s+d'asile)|(?:n'\s*a|n'\s*avait)\s+(?:pas|plus)\s+de\s+(?:papiers|titre\s+de\s+sejour)",
     "clandestin deboute irreguliere oqtf papiers titre"),
    ("legal", r"(?:a\s+fait|a\s+passe)\s+" + PRISON_TIME_FR + r"|"
              r"(?:a\s+ete|est|etait)\s+(?:incarceree?|emprisonnee?|detenue?|condamnee?|arretee?|interpellee?|"
              r"en\s+prison|en\s+detention)(?!\s+(?:par|a\s+(?:l'unanimite|\d)))|(?:sort|sortait|est\s+sortie?)\s+de"
              r"\s+prison|casier\s+judiciaire",
     "arret barreaux casier condamne detention detenu emprisonne incarcere interpelle prison taule"),
    ("legal", r"(?:is|was)\s+(?:undocumented|an?\s+(?:undocumented|illegal)\s+(?:immigrant|migrant|alien)|here\s+"
              r"illegally)|(?:served|did|spent)\s+(?:[\p{L}\d]+\s+){0,3}?(?:years?|months?|time)\s+(?:in\s+(?:prison|"
              r"jail)|behind\s+bars|inside)|(?:is|was|has\s+been)\s+(?:in\s+(?:prison|jail)|incarcerated|imprisoned|"
              r"jailed|convicted|arrested|on\s+parole|on\s+probation)|criminal\s+record|formerly\s+incarcerated|"
              r"(?:was|has\s+been|had\s+been)\s+released\s+from\s+(?:prison|jail)",
     ("arrested bars convicted criminal illegal imprisoned incarcerated inside jail parole prison probation "
      "undocumented")),
    # sexual violence survived: "One woman, Shakila, said she was raped", « Awa a été violée »
    ("violence", r"(?:was|were|had\s+been|has\s+been|got)\s+(?:[\p{L}]+\s+)?(?:raped|gang-raped|sexually\s+"
                 r"(?:assaulted|abused|exploited)|trafficked\s+for\s+sex)|(?:a|avait)\s+ete\s+(?:[\p{L}]+\s+)?"
                 r"(?:violee?s?|agressee?s?\s+sexuellement|victime\s+(?:d'un\s+viol|de\s+viol|d'une\s+agression\s+"
                 r"sexuelle))",
     "abused agressee agressees agresse assaulted exploited raped trafficked victime violee violees viole"),
    ("sexwork", r"(?:est|etait)\s+(?:une?\s+)?(?:ancienne?\s+)?(?:travailleu(?:r|se)\s+du\s+sexe|tds|prostituee?|"
                r"escort)|se\s+prostitu(?:e|ait)|(?:fait|faisait)\s+le\s+trottoir|(?:is|was)\s+(?:a\s+|an\s+)?"
                r"(?:former\s+)?(?:sex\s+worker" + _NOT_A_GROUP_EN + r"|escort|prostitute)|(?:does|did)\s+sex\s+work|"
                r"sells?\s+sex",
     "escort prostitu sex tds trottoir"),
    ("sexwork:label", _LABEL_AT + r"(?:une?\s+)?(?:ancienne?\s+)?(?:travailleu(?:r|se)\s+du\s+sexe|prostituee?)|"
                      + _LABEL_AT + r"(?:an?\s+)?(?:former\s+)?(?:sex\s+worker" + _NOT_A_GROUP_EN + r"|prostitute)",
     "prostitu sex"),
    ("legal:label", _LABEL_AT + r"(?:une?\s+)?(?:ancien(?:ne)?\s+|ex[\s-]?)(?:detenue?|prisonniere?|taulard)|"
                    + _LABEL_AT + r"(?:an?\s+)?(?:former|ex-?)\s*(?:prisoner|inmate|offender|convict)|" + _LABEL_AT +
                    r"(?:an?\s+)?ex-con", "con convict detenu inmate offender prisoner prisonnier taulard"),
    # ---- a plural subject ("Mike Brown and Tom Hughes live with HIV", « Awa et Moussa vivent avec le VIH »): the
    # topic ends in ":plural", and the rule wants names joined by "and"/"et" right before, or "both men", "they"…
    ("hiv:plural", r"(?:live|have\s+lived|have\s+been\s+living|are\s+living|were\s+living|are\s+both\s+living)\s+"
                   r"with\s+(?:hiv|aids|hepatitis\s+[bc]|hcv)|(?:are|were)\s+(?:both\s+|all\s+)?(?:hiv[\s-]*positive|"
                   r"hiv\s*\+|poz)|have\s+(?:hiv|aids)(?!\s+(?:testing|tests?|prevention|services?|"
                   r"programs?|programmes?|care|treatment|clinics?|awareness|education|and|or|response))|(?:are|were)"
                   r"\s+on\s+(?:arvs?|antiretrovirals|hiv\s+treatment)",
     "aids antiretrovirals arv hcv hepatitis hiv poz"),
    ("hiv:plural", r"(?:vivent|vivaient|ont\s+vecu)\s+(?:[\p{L}]+\s+){0,3}?avec\s+(?:le\s+)?(?:vih|sida|vhc|"
                   r"une?\s+hepatite|l'hepatite)|(?:sont|etaient)\s+(?:[\p{L}]+\s+){0,3}?(?:seropo\w*|vih\s*\+|"
                   r"porteu(?:r|se)s\s+du\s+(?:vih|virus))|ont\s+(?:le\s+(?:vih|sida)|contracte\s+le\s+(?:vih|sida))",
     "avec contracte porteur porteuse seropo sida vih"),
    ("drugs:plural", r"(?:use|inject|smoke|snort)\s+(?:" + DRUG_EN + r")|(?:are|were)\s+(?:both\s+|all\s+)?"
                     r"(?:(?:former|recovering|ex-?|long-?time)\s*)?(?:(?:" + _DRUG_EN_NOUN + r")\s+(?:users|injectors)"
                     + _NOT_A_GROUP_EN + r"|(?:(?:" + _DRUG_EN_NOUN + r")\s+)?(?:addicts|junkies))|(?:are|were)\s+"
                     r"(?:both\s+)?(?:addicted\s+to|hooked\s+on)\s+(?:" + DRUG_EN + r")|(?:are|were)\s+(?:both\s+)?"
                     r"on\s+(?:methadone|buprenorphine|suboxone)",
     GATE_DRUG_EN + " addicts hooked injectors junkies users"),
    ("drugs:plural", r"(?:consomment|consommaient|fument|fumaient|s'\s*injectent|s'\s*injectaient|se\s+shootent|"
                     r"prennent|prenaient)\s+(?:[\p{L}]+\s+){0,3}?" + FR_DOBJ_STRICT + r"|se\s+drogu(?:ent|aient)",
     "drogu fumaient fument injectaient injectent prenaient prennent shootent consomment consommaient"),
    ("drugs:plural", r"(?:sont|etaient)\s+(?:[\p{L}]+\s+){0,3}?(?:d'anciens\s+|d'anciennes\s+|des\s+|d')?(?:anciens\s+|"
                     r"anciennes\s+)?(?:toxicomanes|heroinomanes|cocainomanes|(?:usagers|usageres|"
                     r"consommat(?:eurs|rices))\s+(?:de\s+|d'|des\s+)(?:" + DRUG_FR + r")|(?:accros|dependants|"
                     r"dependantes)\s+(?:a la |a l'|aux |au )(?:" + DRUG_FR + r")|sous\s+(?:methadone|buprenorphine|"
                     r"subutex|traitement\s+de\s+substitution|tso|tao))",
     "accros cocainomanes consommat dependant heroinomanes sous toxicomanes usager"),
    ("legal:plural", r"(?:are|were)\s+(?:both\s+)?(?:undocumented|in\s+(?:prison|jail)|incarcerated|sex\s+workers"
                     + _NOT_A_GROUP_EN + r")|"
                     r"(?:sont|etaient)\s+(?:[\p{L}]+\s+){0,2}?(?:sans[\s-]papiers|en\s+situation\s+irreguliere|"
                     r"en\s+prison|incarcere(?:e)?s|des\s+travailleu(?:r|se)s\s+du\s+sexe)",
     "incarcer irreguliere jail papiers prison sex travailleu undocumented"),
]

# as compiled: a whole match, not inside a word
_WORDS_ONLY = [(topic, r"(?<![\p{L}])(?:" + p + r")(?![\p{L}])", g) for topic, p, g in THIRD_PERSON]
THIRD_PERSON_GATES = [declare(f"third person #{i}", p, g) for i, (_, p, g) in enumerate(_WORDS_ONLY)]


@lru_cache(maxsize=1)
def third_person():
    """(topic, kind, pattern, gate), the pattern compiled on first use; kind "plural": the verb wants a plural
    subject (topic "x:plural"); "label": a noun phrase in apposition or opening a sentence ("x:label"); else ""."""
    return [(topic.partition(":")[0], topic.partition(":")[2], LazyRegex(p, regex.V0), g)
            for (topic, p, _), g in zip(_WORDS_ONLY, THIRD_PERSON_GATES)]
