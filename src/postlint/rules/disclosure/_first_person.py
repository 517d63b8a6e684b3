"""First-person statements of drug use, HIV status, sex work, migration status and incarceration: the patterns,
and the statements found in a draft (`lived_matches`), which `lived_experience` reports and
`third_party_status` leaves to it.

A pattern is (topic, tense, regex, needs_context, gate): tense is "present", "past" or "status" (a status that
does not pass: HIV, a prison record); `needs_context` means the verb is ambiguous ("je consomme", "I still
use") and only counts when the block speaks of drugs. Patterns run on folded prose (see `_patterns.py`).

`gate` (see `postlint.text.gates`) lists words that every match contains, "a b & c d" meaning (a or b) and
(c or d): a pattern is compiled (≈ 5 ms each with `regex`) and run only on text that contains them, and most
drafts contain none. Each gate is declared beside its pattern and proved against it by the tests
(`gates.implied`, `gates.unproved`): change a pattern, re-check its gate.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from postlint.core.spans import Span
from postlint.document.analysis import analysis, folded_prose
from postlint.document.model import Document
from postlint.rules.disclosure._patterns import (CONTEXT, DRUG_EN, DRUG_FR, EN_DOBJ, FR_DOBJ, GATE_DRUG_EN,
                                                GATE_DRUG_FR, PRISON_TIME_FR)
from postlint.text.gates import declare, passes
from postlint.text.patterns import LazyRegex

_J = r"(?<![\p{L}])j(?:e\s+|'\s*)"
_NE = r"(?:ne\s+|n'\s*)?"
_ADV_FR = r"(?:(?:encore|toujours|deja|aussi|regulierement|quotidiennement|parfois|souvent|plus|pas|jamais|meme|" \
          r"longtemps|beaucoup|moi-meme|depuis longtemps|tous les jours)\s+){0,2}"
_I = r"(?<![\p{L}'])i\s+"
_I_AM = r"(?<![\p{L}'])i(?:'m|\s+am)\s+"
_I_HAVE = r"(?<![\p{L}'])i(?:'ve|\s+have)\s+"
_I_WAS = r"(?<![\p{L}'])i\s+was\s+"
_ADV_EN = r"(?:(?:still|now|currently|regularly|also|sometimes|often|occasionally|actually|really|even|just|first|" \
          r"already|never|no longer|not|don't|do not|didn't|did not|have|had|always|openly|proudly)\s+){0,2}"


# (topic, tense, pattern, needs_context, gate)
FIRST_PERSON = [
    # ---- drug use, French
    ("drugs", "present", _J + _NE + r"(?:consomme|fume|prends|sniffe|snife|inhale|gobe)\s+" + _ADV_FR + FR_DOBJ, False,
     "consomme fume gobe inhale prends snife sniffe"),
    ("drugs", "present", _J + _NE + r"(?:m'\s*injecte|me\s+shoote|me\s+pique|me\s+fais\s+des\s+shoots)(?![\p{L}])"
     r"(?!\s+(?:de l'|d')?insuline)", False, "fais injecte pique shoote"),
    ("drugs", "present", r"(?<![\p{L}])j(?:'|e\s+n')\s*en\s+" + _ADV_FR + r"(?:consomme|prends|fume|sniffe|injecte)"
     r"(?![\p{L}])", True, "consomme fume injecte prends sniffe"),
    ("drugs", "present", _J + _NE + r"(?:consomme|shoote|injecte)(?![\p{L}])(?!\s+(?:de l'|d')?insuline)", True,
     "consomme injecte shoote"),
    ("drugs", "present", _J + _NE + r"suis\s+" + _ADV_FR + r"(?:un\s+|une\s+)?(?:usager|usagere|consommat(?:eur|rice))"
     r"\s+(?:de\s+|d'|des\s+)(?:" + DRUG_FR + r")", False,
     "consommateur consommatrice usager & " + GATE_DRUG_FR),
    ("drugs", "present", _J + _NE + r"suis\s+" + _ADV_FR + r"(?:toxico(?:mane)?|heroinomane|cocainomane|"
     r"(?:accro|dependante?|addicte?)\s+(?:a la |a l'|aux |au |a )(?:" + DRUG_FR + r"))(?![\p{L}])", False,
     "accro addict cocainomane dependant heroinomane toxico"),
    ("drugs", "present", _J + _NE + r"suis\s+" + _ADV_FR + r"(?:sous|en)\s+(?:methadone|buprenorphine|subutex|"
     r"suboxone|tso|tao|traitement de substitution|substitution|sevrage(?!\s+tabagique)|cure de desintox\w*)", False,
     "buprenorphine desintox methadone sevrage suboxone substitution subutex tao tso"),
    # « Je suis suivie au programme méthadone », « inscrit dans un centre de substitution »
    ("drugs", "present", _J + _NE + r"suis\s+" + _ADV_FR + r"(?:suivie?|inscrite?|prise?\s+en\s+charge)\s+(?:au|a\s+la|"
     r"dans\s+(?:le|la|un|une)|en)\s+(?:programme|centre|service|consultation|unite)\s+(?:de\s+|d')?(?:methadone|"
     r"buprenorphine|substitution|tso|tao|addictologie)(?![\p{L}])", False,
     "addictologie buprenorphine methadone substitution tao tso"),
    # past
    ("drugs", "past", r"(?<![\p{L}])j'\s*(?:ai|avais)\s+(?:[\p{L}]+\s+){0,2}?(?:consomme|fume|pris|sniffe|goute|"
     r"essaye|teste|commence a (?:consommer|fumer|prendre|sniffer))\s+" + _ADV_FR + FR_DOBJ, False,
     "commence consomme essaye fume goute pris sniffe teste & " + GATE_DRUG_FR),
    # "J'ai commencé à consommer à 17 ans", "… à consommer, j'avais 15 ans": no object, but the time of one's start
    ("drugs", "past", r"(?<![\p{L}])j'\s*(?:ai|avais)\s+(?:[\p{L}]+\s+){0,2}?commence a consommer"
     r"(?=\s*(?:[,.;!?»\"”)]|$|\s+(?:a\s+\d|a\s+l'age|des\s+l'age|vers\s|quand\s|lorsque\s|il\s+y\s+a\s|en\s+\d|"
     r"au\s+lycee|au\s+college|tres\s+jeune|jeune)))", False, "consommer"),
    ("drugs", "past", r"(?<![\p{L}])j'\s*(?:ai|avais)\s+(?:[\p{L}]+\s+){0,2}?(?:commence a (?:m'\s*injecter|me shooter|"
     r"me piquer)|injecte|shoote)(?![\p{L}])(?!\s+(?:de l'|d')?insuline)", False, "commence injecte shoote"),
    ("drugs", "past", _J + r"(?:me\s+suis|m'\s*etais)\s+(?:injecte|shoote|pique)e?(?![\p{L}])(?!\s+(?:de l'|"
                           r"d')?insuline)",
     False, "injecte pique shoote"),
    ("drugs", "past", _J + _NE + r"(?:consommais|fumais|prenais|sniffais)\s+" + _ADV_FR + FR_DOBJ, False,
     "consommais fumais prenais sniffais"),
    ("drugs", "past", _J + _NE + r"(?:m'\s*injectais|me\s+shootais|me\s+piquais)(?![\p{L}])", False,
     "injectais piquais shootais"),
    ("drugs", "past", _J + r"(?:consommais|shootais|injectais)(?![\p{L}])", True, "consommais injectais shootais"),
    ("drugs", "past", r"(?<![\p{L}])j'\s*(?:etais|ai ete)\s+(?:un\s+|une\s+)?(?:usager|usagere|consommat\w+|toxico\w*|"
     r"heroinomane|accro|dependante?|addicte?)(?![\p{L}])", False,
     "accro addict consommat dependant heroinomane toxico usager & etais ete"),
    ("drugs", "past", _J + r"suis\s+(?:un\s+|une\s+)?(?:ancien(?:ne)?|ex)[\s-]*(?:usager|usagere|consommat\w+|"
     r"toxico\w*|injecteur|injectrice|heroinomane|cocainomane)(?![\p{L}])", False,
     "cocainomane consommat heroinomane injecteur injectrice toxico usager & ancien ex"),
    # ---- drug use, English
    ("drugs", "present", _I + _ADV_EN + r"(?:use|smoke|inject|snort|shoot up|shoot|take|do|sniff)\s+" + _ADV_EN
     + EN_DOBJ, False, GATE_DRUG_EN),
    ("drugs", "present", _I + _ADV_EN + r"(?:inject|shoot up)(?=\s*[,.;!?)]|\s+(?:daily|every|since|for|regularly|"
     r"again|now|too|myself)(?![\p{L}]))", False, "inject shoot"),
    ("drugs", "present", _I_HAVE + r"been\s+(?:injecting|shooting up)(?![\p{L}])(?!\s+insulin)", False,
     "injecting shooting"),
    ("drugs", "present", _I_HAVE + r"been\s+(?:using|smoking|taking)\s+" + EN_DOBJ, False, "smoking taking using"),
    ("drugs", "present", _I_HAVE + r"been\s+using(?![\p{L}])", True, "using"),
    ("drugs", "present", _I + r"(?:still|now)\s+use(?![\p{L}])", True, "now still & use"),
    ("drugs", "present", _I_AM + _ADV_EN + r"(?:a |an )?(?:(?:person|someone|woman|man) who (?:uses|injects) drugs|"
     r"(?:injecting )?drug user|(?:heroin|crack|meth|opioid|cocaine) user|(?:(?:drug|heroin|crack|meth|opioid|"
     r"cocaine) )?addict|junkie|addicted to (?:" + DRUG_EN + r")|hooked on (?:" + DRUG_EN + r")|on (?:methadone|"
     r"buprenorphine|suboxone|oat|ost|opioid (?:substitution|agonist) (?:therapy|treatment)))(?![\p{L}])", False,
     ("addict agonist buprenorphine cocaine crack drug heroin hooked injects junkie meth oat opioid ost person "
      "someone suboxone substitution treatment")),
    ("drugs", "present", _I_HAVE + r"been\s+on\s+(?:methadone|buprenorphine|suboxone|oat|ost|opioid (?:substitution|"
     r"agonist) (?:therapy|treatment))(?![\p{L}])", False, "buprenorphine methadone oat opioid ost suboxone"),
    ("hiv", "present", _I_HAVE + r"been\s+on\s+(?:arvs?|antiretrovirals|(?:antiretroviral|hiv)\s+(?:therapy|treatment|"
     r"meds|medication))(?![\p{L}])", False, "antiretroviral arv hiv"),
    ("drugs", "past", _I + _ADV_EN + r"(?:used|smoked|injected|snorted|took|tried|did|shot up)\s+" + _ADV_EN + EN_DOBJ,
     False,
     GATE_DRUG_EN + " & did injected shot smoked snorted took tried used"),
    ("drugs", "past", _I + r"used to (?:inject|shoot up)(?![\p{L}])", False, "inject shoot"),
    # "I started injecting at 19", "I started using when I was 16": the start of one's own use
    ("drugs", "past", _I + r"(?:started|began|start)\s+(?:injecting|shooting up|using drugs|using heroin|using crack)"
     r"(?![\p{L}])(?!\s+insulin)", False, "began start"),
    # "I started using at 16" has no object: the time of one's start says drugs; "I began using." alone means
    # drugs only in a block that speaks of them ("which I began using, was downloading datasets" does not)
    ("drugs", "past", _I + r"(?:started|began|start)\s+using(?=\s+(?:at|when|aged|as\s+a|after|because|again)"
     r"(?![\p{L}])|\s+in\s+\d)", False, "began start"),
    ("drugs", "past", r"(?<!which\s)(?<!that\s)" + _I + r"(?:started|began|start)\s+using(?=\s*(?:[,.;!?\"”)]|$))",
     True, "began start"),
    ("drugs", "past", _I + r"used to (?:use|smoke|take|do)\s+" + EN_DOBJ, False, "smoke used"),
    ("drugs", "past", _I + r"used to (?:be (?:a |an )?(?:(?:drug|heroin|crack|meth|opioid|cocaine) (?:user|addict)|"
     r"addict|junkie|addicted|hooked))(?![\p{L}])", False, "used"),
    ("drugs", "past", _I_WAS + _ADV_EN + r"(?:a |an )?(?:drug user|(?:heroin|crack|meth|opioid|cocaine) user|"
     r"(?:(?:drug|heroin|crack|meth|opioid|cocaine) )?addict|junkie|addicted to|hooked on|using (?:" + DRUG_EN +
     r")|injecting)(?![\p{L}])", False, "addict drug hooked injecting junkie user using"),
    ("drugs", "past", _I_HAVE + _ADV_EN + r"(?:used|injected|smoked|snorted|taken|done|tried)\s+" + EN_DOBJ, False,
     GATE_DRUG_EN + " & done injected smoked snorted taken tried used"),
    ("drugs", "past", _I_AM + r"(?:a )?(?:former|ex-?)\s*(?:drug user|user|addict|junkie|injector)(?![\p{L}])", False,
     "addict injector junkie user & ex former"),
    ("drugs", "past", _I_AM + r"in (?:recovery|rehab|detox)(?![\p{L}])", False, "detox recovery rehab"),
    ("drugs", "past", _I_HAVE + r"been (?:clean|sober) (?:for|since)(?![\p{L}])", False, "clean sober"),
    ("drugs", "past", _I + r"(?:got clean|quit (?:heroin|drugs|crack|meth|using|injecting)|stopped (?:using|injecting|"
     r"taking drugs))(?![\p{L}])", False, "clean crack drugs heroin injecting quit stopped using"),
    # ---- HIV / hepatitis (a status: it does not pass)
    ("hiv", "status", _J + _NE + r"suis\s+" + _ADV_FR + r"(?:seropo(?:sitif|sitive)?|vih\s*\+|vih[\s-]*positi(?:f|ve)|"
     r"porteu(?:r|se)\s+du\s+(?:vih|vhc|virus)|infectee?\s+par\s+le\s+(?:vih|vhc)|atteinte?\s+du\s+sida|"
     r"malade\s+du\s+sida)(?![\p{L}])", False, "+ atteint infecte malade porteur porteuse positif positive seropo"),
    ("hiv", "status", _J + _NE + r"vis\s+" + _ADV_FR + r"avec\s+(?:le\s+)?(?:vih|sida|vhc|une?\s+hepatite\s+[bc]|"
     r"l'hepatite\s+[bc])(?![\p{L}])", False, "avec & hepatite sida vhc vih"),
    ("hiv", "status", r"(?<![\p{L}])j'\s*ai\s+(?:le\s+(?:vih|sida)|une?\s+hepatite\s+[bc]|l'hepatite\s+[bc])"
     r"(?![\p{L}])", False, "hepatite sida vih"),
    ("hiv", "status", r"(?<![\p{L}])j'\s*ai\s+(?:[\p{L}]+\s+){0,2}?(?:contracte|attrape|ete\s+(?:contaminee?|infectee?|"
     r"diagnostiquee?|depistee?))\s+(?:[\p{L}']+\s+){0,3}?(?:vih|sida|seropositi\w+|hepatite|positi(?:f|ve))"
     r"(?![\p{L}])", False,
     "attrape contamine contracte depiste diagnostique infecte & hepatite positif positive seropositi sida vih"),
    ("hiv", "status", r"(?<![\p{L}])(?:ma\s+seropositivite|mon\s+statut\s+(?:vih\s+)?(?:serologique\s+)?positif|"
     r"mon\s+diagnostic\s+(?:de\s+|du\s+)?(?:vih|sida))(?![\p{L}])", False, "diagnostic seropositivite statut"),
    ("hiv", "status", _J + _NE + r"suis\s+" + _ADV_FR + r"sous\s+(?:arv|tarv|antiretroviraux|traitement\s+"
     r"(?:antiretroviral|arv|contre\s+le\s+vih))(?![\p{L}])", False,
     "sous & antiretroviral antiretroviraux arv contre"),
    ("hiv", "status", _I_AM + _ADV_EN + r"(?:hiv[\s-]*positive|hiv\s*\+|poz|positive for hiv|living with (?:hiv|aids|"
     r"hepatitis [bc]|hcv|hbv))", False, "+ hepatitis living positive poz"),
    ("hiv", "status", r"(?<![\p{L}'])i(?:'ve|\s+have)?\s+(?:" + _ADV_EN + r")(?:been\s+living|lived|live)\s+with\s+"
     r"(?:hiv|aids|hepatitis [bc]|hcv|hbv)(?![\p{L}])", False, "live living & aids hbv hcv hepatitis hiv"),
    ("hiv", "status", _I + _ADV_EN + r"(?:have|'ve got|got|contracted|acquired|caught)\s+(?:hiv|aids|hepatitis [bc]|"
     r"hcv)(?![\p{L}])", False, "acquired caught contracted got have & aids hcv hepatitis hiv"),
    ("hiv", "status", r"(?<![\p{L}'])i(?:\s+was|'ve\s+been|\s+have\s+been)\s+(?:diagnosed|infected)\s+(?:with\s+)?"
     r"(?:hiv|aids|hepatitis [bc]|hcv|as hiv)(?![\p{L}])", False, "diagnosed infected"),
    ("hiv", "status", _I + r"tested\s+(?:hiv[\s-]*positive|positive\s+for\s+(?:hiv|hepatitis))(?![\p{L}])", False,
     "positive & tested"),
    ("hiv", "status", r"(?<![\p{L}])my\s+(?:hiv[\s-]*positive\s+status|hiv\s+diagnosis|positive\s+(?:hiv\s+)?status|"
     r"diagnosis\s+with\s+hiv)(?![\p{L}])", False, "diagnosis status"),
    ("hiv", "status", _I_AM + _ADV_EN + r"on\s+(?:arvs?|antiretrovirals?|hiv\s+(?:treatment|meds|medication))"
     r"(?![\p{L}])", False, "antiretroviral arv medication meds treatment"),
    # ---- sex work
    ("sexwork", "present", _J + _NE + r"suis\s+" + _ADV_FR + r"(?:un\s+|une\s+)?(?:travailleu(?:r|se)\s+du\s+sexe|tds|"
     r"prostitue(?:e)?|escort|pute)(?![\p{L}])", False, "escort prostitue pute sexe tds"),
    ("sexwork", "present", _J + _NE + r"(?:me\s+prostitue|fais\s+(?:du\s+|le\s+)(?:travail\s+du\s+sexe|trottoir|tapin)|"
     r"vends\s+(?:du\s+sexe|des\s+services\s+sexuels|mon\s+corps))(?![\p{L}])", False, "fais prostitue vends"),
    ("sexwork", "past", r"(?<![\p{L}])j'\s*(?:ai\s+ete|etais)\s+(?:un\s+|une\s+)?(?:travailleu(?:r|se)\s+du\s+sexe|tds|"
     r"prostituee?|escort)(?![\p{L}])", False, "escort prostitue sexe tds & etais ete"),
    ("sexwork", "past", _J + r"me\s+prostituais|(?<![\p{L}])j'\s*ai\s+(?:[\p{L}]+\s+)?fait\s+(?:du\s+|le\s+)"
     r"(?:travail\s+du\s+sexe|trottoir|tapin)", False, "fait prostituais"),
    ("sexwork", "present", _I_AM + _ADV_EN + r"(?:a |an )?(?:sex worker|escort|prostitute|hooker)(?![\p{L}])", False,
     "escort hooker prostitute sex"),
    ("sexwork", "present", _I + _ADV_EN + r"(?:do|sell|trade)\s+(?:sex work|sex|sexual services)(?![\p{L}])", False,
     "sex"),
    ("sexwork", "present", _I + _ADV_EN + r"work\s+(?:in the sex (?:industry|trade)|as an? (?:sex worker|escort|"
     r"prostitute))(?![\p{L}])", False, "escort prostitute sex"),
    ("sexwork", "present", _I_HAVE + r"been doing sex work(?![\p{L}])", False, "doing & sex"),
    ("sexwork", "past", _I + r"(?:was|used to be)\s+(?:a |an )?(?:sex worker|escort|prostitute)(?![\p{L}])", False,
     "used was & escort prostitute worker"),
    ("sexwork", "past", r"(?<![\p{L}'])i(?:\s+did|\s+used to do|'ve done|\s+have done)\s+sex work(?![\p{L}])", False,
     "sex & work"),
    # ---- migration status ("je n'ai pas de papiers": the negation is the status)
    ("migration", "present", _J + _NE + r"suis\s+" + _ADV_FR + r"(?:un\s+|une\s+)?(?:sans[\s-]papiers|en\s+situation\s+"
     r"irreguliere|clandestine?|sans\s+titre\s+de\s+sejour|deboutee?\s+du\s+droit\s+d'asile|sous\s+oqtf)(?![\p{L}])",
     False, "clandestin deboute irreguliere oqtf papiers titre"),
    ("migration", "present", r"(?<![\p{L}])je\s+n'\s*ai\s+(?:pas|plus|aucun)\s+(?:de\s+)?(?:papiers|titre\s+de"
     r"\s+sejour|carte\s+de\s+sejour)(?![\p{L}])", False, "carte papiers titre"),
    ("migration", "past", r"(?<![\p{L}])j'\s*(?:ai\s+ete|etais)\s+(?:sans[\s-]papiers|en\s+situation\s+irreguliere|"
     r"clandestine?)(?![\p{L}])", False, "clandestin irreguliere papiers & etais ete"),
    ("migration", "past", _J + r"suis\s+(?:entree?|arrivee?|venue?)\s+(?:[\p{L}']+\s+){0,3}?(?:illegalement|"
     r"clandestinement|sans\s+papiers|sans\s+visa)(?![\p{L}])", False, "clandestinement illegalement papiers visa"),
    ("migration", "present", _I_AM + _ADV_EN + r"(?:an? )?(?:undocumented|illegal (?:immigrant|alien|migrant)|"
     r"irregular migrant|without (?:papers|documents|legal status)|here illegally|in the country illegally|overstaying)"
     r"(?![\p{L}])", False, "documents illegal immigrant irregular overstaying undocumented without"),
    ("migration", "present", _I + r"(?:don't|do not)\s+have\s+(?:papers|legal status|documents|a (?:visa|residence "
     r"permit|green card))(?![\p{L}])", False, "documents green papers residence status visa"),
    ("migration", "present", _I + r"overstayed\s+my\s+visa(?![\p{L}])", False, "overstayed"),
    ("migration", "past", _I_WAS + r"(?:undocumented|an? (?:undocumented|illegal) \w+)(?![\p{L}])", False,
     "illegal undocumented"),
    ("migration", "past", _I + r"(?:came|crossed|entered)\s+(?:[\p{L}]+\s+){0,3}?(?:illegally|irregularly|without "
     r"papers)(?![\p{L}])", False, "came crossed entered & illegally irregularly without"),
    # ---- prison (a record: it does not pass)
    ("prison", "status", r"(?<![\p{L}])j'\s*ai\s+(?:[\p{L}]+\s+)?(?:fait|passe)\s+" + PRISON_TIME_FR, False,
     "fait passe & barreaux detention maison prison taule"),
    ("prison", "status", r"(?<![\p{L}])j'\s*ai\s+(?:[\p{L}]+\s+)?ete\s+(?:incarceree?|emprisonnee?|detenue?|condamnee?|"
     r"arretee?|interpellee?|enfermee?)(?![\p{L}])", False,
     "arrete condamne detenu emprisonne enferme incarcere interpelle"),
    ("prison", "status", _J + r"suis\s+(?:sortie?|liberee?)\s+de\s+(?:prison|detention)(?![\p{L}])", False,
     "libere sorti & detention prison"),
    ("prison", "status", _J + _NE + r"suis\s+(?:en\s+prison|incarceree?|detenue?|en\s+detention|en\s+liberte\s+"
     r"conditionnelle|sous\s+bracelet)(?![\p{L}])", False, "bracelet conditionnelle detention detenu incarcere prison"),
    ("prison", "status", r"(?<![\p{L}])j'\s*etais\s+(?:en\s+prison|incarceree?|detenue?|en\s+detention)(?![\p{L}])",
     False, "detention detenu incarcere prison"),
    ("prison", "status", r"(?<![\p{L}'])i(?:'ve\s+been|\s+have\s+been|\s+was|\s+had\s+been|'d\s+been)\s+(?:[\p{L}]+"
     r"\s+)?(?:in (?:prison|jail)|incarcerated|imprisoned|locked up|behind bars|arrested|convicted|jailed|detained|"
     r"on (?:parole|probation))(?![\p{L}])", False,
     "arrested behind convicted detained incarcerated jail locked parole prison probation"),
    ("prison", "status", _I + r"(?:served|did|spent)\s+(?:[\p{L}\d]+\s+){0,3}?(?:years?|months?|time)\s+(?:in "
     r"(?:prison|jail)|inside|behind bars)(?![\p{L}])|" + _I + r"did time(?![\p{L}])", False, "did served spent"),
    ("prison", "status", _I + r"got out of (?:prison|jail)|" + _I_WAS + r"released from (?:prison|jail)", False,
     "jail prison released"),
    ("prison", "status", _I_AM + r"(?:a )?formerly incarcerated|" + _I_AM + r"(?:in (?:prison|jail)|incarcerated|"
     r"on (?:parole|probation))(?![\p{L}])", False, "incarcerated jail parole prison probation"),
]

FIRST_PERSON_GATES = [declare(f"first person #{i}", p, g) for i, (_, _, p, _, g) in enumerate(FIRST_PERSON)]


@lru_cache(maxsize=1)
def first_person():
    """(topic, tense, pattern, needs_context, gate); a pattern compiles on first use, with `regex` (V0 forces it:
    the patterns were written for it)."""
    return [(topic, tense, LazyRegex(p, regex.V0), ctx, g)
            for (topic, tense, p, ctx, _), g in zip(FIRST_PERSON, FIRST_PERSON_GATES)]


# ----------------------------------------------------------------------------- statements in a draft
_NEGATION = LazyRegex(r"(?<![\p{L}])(?:pas|jamais|point|never|not|n't|didn't|don't|haven't)(?![\p{L}])|n't")
_NO_LONGER = LazyRegex(r"(?<![\p{L}])(?:(?:ne\s+|n'\s*)(?:[\p{L}']+\s+){1,2}plus|no longer|anymore)(?![\p{L}])")
_HYPOTHETICAL = LazyRegex(r"(?:(?<![\p{L}])(?:si|s'|if|even if|whether|as if|comme si|imagine|imaginez|suppose|"
                              r"do|does|did|should|can|could|would|will|est-ce que|est-ce qu'|et si|what if)\s*)$")
# "Dire « je suis séropo »…": a short quoted phrase after a verb of saying is mentioned, not stated.
_MENTION_BEFORE = LazyRegex(r"(?<![\p{L}])(?:dire|dit|disent|ecrire|affirmer|prononcer|say|saying|said|write|"
                                r"campagne|campaign|slogan|hashtag|phrase|mots|words|intitulee?|titled|called)"
                                r"\W{0,4}$")
_QUOTES = {"«": "»", "“": "”", '"': '"', "‘": "’"}
# Patterns that were inline `regex` calls (a cache look-up per call): compiled once, still with `regex` (V0).
# A block can hold a first-person statement only if it has one of these words.
_FIRST_PERSON_WORD = LazyRegex(r"(?<![\p{L}])(?:(?:je|i|i'm|i've|ma|mon|my)(?![\p{L}])|j')", regex.V0)
_NE_PARTICLE = LazyRegex(r"(?<![\p{L}])(?:ne|n')", regex.V0)
_NE_FOLLOW = LazyRegex(r"\s+(?:plus|pas|jamais|point)(?![\p{L}])", regex.V0)
_WORD_TOKEN = LazyRegex(r"[\p{L}']+", regex.V0)


def _quote_around(text: str, start: int, end: int, lo: int) -> tuple[int, int] | None:
    """(open, close) offsets of a quotation holding [start, end) within text[lo:], if any."""
    for i in range(start - 1, max(lo, start - 300) - 1, -1):
        ch = text[i]
        if ch in _QUOTES:
            close = text.find(_QUOTES[ch], end)
            if close != -1 and close - end < 300:
                return i, close
            return None
        if ch in "»”\n":
            return None
    return None


_HASH = LazyRegex(r"#(?=\w)", regex.V0)


def _unhashed(folded: str) -> tuple[str, list[int]]:
    """The folded prose without the "#" of hashtags ("diagnosed with #HIV" reads "diagnosed with HIV"), and the
    prose offset of each of its characters (one more at the end)."""
    if "#" not in folded:
        return folded, []
    keep: list[int] = []
    pieces: list[str] = []
    prev = 0
    for m in _HASH.finditer(folded):  # the "#" of each hashtag: dropped, with its offset (no per-character loop)
        keep.extend(range(prev, m.start()))
        pieces.append(folded[prev:m.start()])
        prev = m.start() + 1
    keep.extend(range(prev, len(folded)))
    pieces.append(folded[prev:])
    return "".join(pieces), keep + [len(folded)]


@analysis
def lived_matches(doc: Document) -> list[tuple[Span, str, str]]:
    """First-person status statements: (span, topic, tense) with tense present|past|status (cached)."""
    folded, back = _unhashed(folded_prose(doc))
    if back:  # offsets of the hashtag-free text: blocks in, findings out
        import bisect
        starts = [bisect.bisect_left(back, b.span.start) for b in doc.text_blocks()]
        ends = [bisect.bisect_left(back, b.span.end) for b in doc.text_blocks()]
        return [(Span(back[s.start], back[s.end - 1] + 1), topic, tense)
                for s, topic, tense in _lived(doc, folded, list(zip(starts, ends)), back)]
    return _lived(doc, folded, [b.span for b in doc.text_blocks()], back)


def _lived(doc: Document, folded: str, blocks, back: list[int]) -> list[tuple[Span, str, str]]:
    out: list[tuple[Span, str, str]] = []
    for b0, b1 in blocks:
        text = folded[b0:b1]
        if not _FIRST_PERSON_WORD.search(text):
            continue
        has_context = None
        for topic, tense, pattern, needs_context, gate in first_person():
            if not passes(gate, text):
                continue  # a match lies inside the block, so it would contain the gate's words
            for m in pattern.finditer(folded, b0, b1):
                if needs_context:
                    if has_context is None:
                        has_context = bool(CONTEXT.search(text))
                    if not has_context:
                        continue
                span = Span(m.start(), m.end())
                if any(span.overlaps(s) for s, _, _ in out):
                    continue
                word = m.group(0)
                if _NE_PARTICLE.search(word):  # "je n'en consomme plus": the particle follows
                    after = _NE_FOLLOW.match(folded[span.end:span.end + 12])
                    word += after.group(0) if after else ""
                sentence_head = folded[max(b0, span.start - 40):span.start]
                if _HYPOTHETICAL.search(sentence_head):
                    continue
                neg_meaning = topic == "migration"  # "je n'ai pas de papiers" states the status
                if _NO_LONGER.search(word):
                    tense_now = "past" if tense != "status" else tense
                elif not neg_meaning and _NEGATION.search(word):
                    continue
                else:
                    tense_now = tense
                if _mentioned(doc, folded, span, b0, back):
                    continue
                text_m = m.group(0)
                out.append((Span(span.start, span.end - (len(text_m) - len(text_m.rstrip()))), topic, tense_now))
    out.sort(key=lambda x: x[0].start)
    return out


def _mentioned(doc: Document, folded: str, span: Span, lo: int, back: list[int]) -> bool:
    if back:  # a quotation is looked for in the source, whose offsets are the prose's
        q = _quote_around(doc.source, back[span.start], back[span.end - 1] + 1, back[lo])
        return q is not None and len(_WORD_TOKEN.findall(doc.source[q[0] + 1:q[1]])) <= 6 and \
            bool(_MENTION_BEFORE.search(folded_prose(doc)[max(back[lo], q[0] - 40):q[0]]))
    q = _quote_around(doc.source, span.start, span.end, lo)
    if q is None:
        return False
    inner = doc.source[q[0] + 1:q[1]]
    return len(_WORD_TOKEN.findall(inner)) <= 6 and bool(_MENTION_BEFORE.search(folded[max(lo, q[0] - 40):q[0]]))
