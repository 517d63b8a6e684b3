"""Patterns for the status disclosure rules (`disclosure.py`): first-person statements of drug use,
HIV status, sex work, migration status and incarceration, and the same statuses said of someone else.

Every pattern runs on folded prose (`postlint.lexicon.terms.fold`: lower case, accents removed, apostrophes
and dashes unified, same length as the source), so match offsets are source offsets. A pattern is
(topic, tense, regex, needs_context, gate): tense is "present", "past" or "status" (a status that does
not pass: HIV, a prison record); `needs_context` means the verb is ambiguous ("je consomme", "I still
use") and only counts when the block speaks of drugs.

`gate` (see `_gates.py`) lists words that every match contains, "a b & c d" meaning (a or b) and (c or d):
a pattern is compiled (≈ 5 ms each with `regex`) and run only on text that contains them, and most drafts
contain none. The gates were derived from the patterns and are proved against them by the tests
(`_gates.implied`): change a pattern, re-check its gate.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from postlint.document.analysis import folded_prose  # noqa: F401  (read by the disclosure rules)
from postlint.text.gates import gate
from postlint.lexicon.terms import fold
from postlint.text.patterns import LazyRegex  # noqa: F401  (re-exported: it used to live here)

DRUG_FR = (r"drogues?|crack|heroine|hero|cocaine|coke|came|opiaces|opioides|methamphetamines?|meth|crystal|"
           r"ketamine|keta|cannabis|shit|beuh|joints?|speed|mdma|ecstasy|extasy|subutex|skenan|fentanyl|ghb|"
           r"free[ -]?base|produits?|substances?|methadone|buprenorphine|amphetamines?|lsd|tramadol|codeine|morphine")
DRUG_EN = (r"drugs|heroin|crack(?: cocaine)?|cocaine|coke|meth|methamphetamine|crystal meth|opioids|opiates|fentanyl|"
           r"ketamine|speed|mdma|ecstasy|molly|cannabis|weed|marijuana|dope|smack|benzos|spice|tramadol|codeine|"
           r"morphine|oxy(?:contin|codone)?|substances|methadone|buprenorphine|suboxone|lsd|chems|ghb")
# Gate words (see below) of the two lists: every match of DRUG_FR / DRUG_EN contains one of them.
_GATE_DRUG_FR = ("amphetamine base beuh buprenorphine came cannabis cocaine codeine coke crack crystal drogue ecstasy "
                 "extasy fentanyl ghb hero joint keta lsd mdma meth morphine opiaces opioides produit shit skenan "
                 "speed substance subutex tramadol")
_GATE_DRUG_EN = ("benzos buprenorphine cannabis chems cocaine codeine coke crack dope drugs ecstasy fentanyl ghb "
                 "heroin ketamine lsd marijuana mdma meth molly morphine opiates opioids oxy smack speed spice "
                 "suboxone substances tramadol weed")
# Words that make "je consomme", "I still use" mean drugs.
CONTEXT = LazyRegex(r"(?<![\p{L}])(?:%s|%s|seringues?|syringes?|naloxone|overdoses?|surdoses?|rdr|"
                        r"reduction des risques|harm reduction|substitution|sevrage|withdrawal|injections?|"
                        r"shoot|addiction|dependance)(?![\p{L}])" % (DRUG_FR, DRUG_EN))

_FR_DOBJ = r"(?:du |de la |de l'|des |de |d')\s*(?:" + DRUG_FR + r")(?![\p{L}])"
# Said of someone else, "prend des produits" is too vague to accuse anyone of drug use.
DRUG_FR_STRICT = DRUG_FR.replace("produits?|substances?|", "").replace("joints?|", "")
_FR_DOBJ_STRICT = r"(?:du |de la |de l'|des |de |d')\s*(?:" + DRUG_FR_STRICT + r")(?![\p{L}])"
_EN_DOBJ = r"(?:(?:some|a lot of|lots of|a little|the) )?(?:" + DRUG_EN + r")(?![\p{L}])"
_J = r"(?<![\p{L}])j(?:e\s+|'\s*)"
_NE = r"(?:ne\s+|n'\s*)?"
_ADV_FR = r"(?:(?:encore|toujours|deja|aussi|regulierement|quotidiennement|parfois|souvent|plus|pas|jamais|meme|" \
          r"longtemps|beaucoup|moi-meme|depuis longtemps|tous les jours)\s+){0,2}"
# "fait de la prison", "passé deux ans en prison" — not "fait un stage en prison" (working there)
_PRISON_TIME_FR = (r"(?:de\s+la\s+(?:prison|taule|detention)|(?:[\p{L}\d]+\s+){1,3}?(?:ans?|mois|semaines?|jours?|"
                   r"annees?|nuits?)\s+(?:de\s+prison|en\s+prison|en\s+detention|de\s+detention|derriere\s+les\s+barreaux|"
                   r"en\s+maison\s+d'arret|a\s+la\s+maison\s+d'arret))(?![\p{L}])")
_I = r"(?<![\p{L}'])i\s+"
_I_AM = r"(?<![\p{L}'])i(?:'m|\s+am)\s+"
_I_HAVE = r"(?<![\p{L}'])i(?:'ve|\s+have)\s+"
_I_WAS = r"(?<![\p{L}'])i\s+was\s+"
_ADV_EN = r"(?:(?:still|now|currently|regularly|also|sometimes|often|occasionally|actually|really|even|just|first|" \
          r"already|never|no longer|not|don't|do not|didn't|did not|have|had|always|openly|proudly)\s+){0,2}"

# (topic, tense, pattern, needs_context)
FIRST_PERSON = [
    # ---- drug use, French
    ("drugs", "present", _J + _NE + r"(?:consomme|fume|prends|sniffe|snife|inhale|gobe)\s+" + _ADV_FR + _FR_DOBJ, False,
     "consomme fume gobe inhale prends snife sniffe"),
    ("drugs", "present", _J + _NE + r"(?:m'\s*injecte|me\s+shoote|me\s+pique|me\s+fais\s+des\s+shoots)(?![\p{L}])"
     r"(?!\s+(?:de l'|d')?insuline)", False, "fais injecte pique shoote"),
    ("drugs", "present", r"(?<![\p{L}])j(?:'|e\s+n')\s*en\s+" + _ADV_FR + r"(?:consomme|prends|fume|sniffe|injecte)"
     r"(?![\p{L}])", True, "consomme fume injecte prends sniffe"),
    ("drugs", "present", _J + _NE + r"(?:consomme|shoote|injecte)(?![\p{L}])(?!\s+(?:de l'|d')?insuline)", True,
     "consomme injecte shoote"),
    ("drugs", "present", _J + _NE + r"suis\s+" + _ADV_FR + r"(?:un\s+|une\s+)?(?:usager|usagere|consommat(?:eur|rice))"
     r"\s+(?:de\s+|d'|des\s+)(?:" + DRUG_FR + r")", False,
     "consommateur consommatrice usager & " + _GATE_DRUG_FR),
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
     r"essaye|teste|commence a (?:consommer|fumer|prendre|sniffer))\s+" + _ADV_FR + _FR_DOBJ, False,
     "commence consomme essaye fume goute pris sniffe teste & " + _GATE_DRUG_FR),
    # "J'ai commencé à consommer à 17 ans", "… à consommer, j'avais 15 ans": no object, but the time of one's start
    ("drugs", "past", r"(?<![\p{L}])j'\s*(?:ai|avais)\s+(?:[\p{L}]+\s+){0,2}?commence a consommer"
     r"(?=\s*(?:[,.;!?»\"”)]|$|\s+(?:a\s+\d|a\s+l'age|des\s+l'age|vers\s|quand\s|lorsque\s|il\s+y\s+a\s|en\s+\d|"
     r"au\s+lycee|au\s+college|tres\s+jeune|jeune)))", False, "consommer"),
    ("drugs", "past", r"(?<![\p{L}])j'\s*(?:ai|avais)\s+(?:[\p{L}]+\s+){0,2}?(?:commence a (?:m'\s*injecter|me shooter|"
     r"me piquer)|injecte|shoote)(?![\p{L}])(?!\s+(?:de l'|d')?insuline)", False, "commence injecte shoote"),
    ("drugs", "past", _J + r"(?:me\s+suis|m'\s*etais)\s+(?:injecte|shoote|pique)e?(?![\p{L}])(?!\s+(?:de l'|d')?insuline)",
     False, "injecte pique shoote"),
    ("drugs", "past", _J + _NE + r"(?:consommais|fumais|prenais|sniffais)\s+" + _ADV_FR + _FR_DOBJ, False,
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
    ("drugs", "present", _I + _ADV_EN + r"(?:use|smoke|inject|snort|shoot up|shoot|take|do|sniff)\s+" + _ADV_EN + _EN_DOBJ,
     False,
     _GATE_DRUG_EN),
    ("drugs", "present", _I + _ADV_EN + r"(?:inject|shoot up)(?=\s*[,.;!?)]|\s+(?:daily|every|since|for|regularly|"
     r"again|now|too|myself)(?![\p{L}]))", False, "inject shoot"),
    ("drugs", "present", _I_HAVE + r"been\s+(?:injecting|shooting up)(?![\p{L}])(?!\s+insulin)", False,
     "injecting shooting"),
    ("drugs", "present", _I_HAVE + r"been\s+(?:using|smoking|taking)\s+" + _EN_DOBJ, False, "smoking taking using"),
    ("drugs", "present", _I_HAVE + r"been\s+using(?![\p{L}])", True, "using"),
    ("drugs", "present", _I + r"(?:still|now)\s+use(?![\p{L}])", True, "now still & use"),
    ("drugs", "present", _I_AM + _ADV_EN + r"(?:a |an )?(?:(?:person|someone|woman|man) who (?:uses|injects) drugs|"
     r"(?:injecting )?drug user|(?:heroin|crack|meth|opioid|cocaine) user|(?:(?:drug|heroin|crack|meth|opioid|cocaine) )?addict|junkie|"
     r"addicted to (?:" + DRUG_EN + r")|hooked on (?:" + DRUG_EN + r")|on (?:methadone|buprenorphine|suboxone|oat|ost|"
     r"opioid (?:substitution|agonist) (?:therapy|treatment)))(?![\p{L}])", False,
     ("addict agonist buprenorphine cocaine crack drug heroin hooked injects junkie meth oat opioid ost person "
      "someone suboxone substitution treatment")),
    ("drugs", "present", _I_HAVE + r"been\s+on\s+(?:methadone|buprenorphine|suboxone|oat|ost|opioid (?:substitution|"
     r"agonist) (?:therapy|treatment))(?![\p{L}])", False, "buprenorphine methadone oat opioid ost suboxone"),
    ("hiv", "present", _I_HAVE + r"been\s+on\s+(?:arvs?|antiretrovirals|(?:antiretroviral|hiv)\s+(?:therapy|treatment|"
     r"meds|medication))(?![\p{L}])", False, "antiretroviral arv hiv"),
    ("drugs", "past", _I + _ADV_EN + r"(?:used|smoked|injected|snorted|took|tried|did|shot up)\s+" + _ADV_EN + _EN_DOBJ,
     False,
     _GATE_DRUG_EN + " & did injected shot smoked snorted took tried used"),
    ("drugs", "past", _I + r"used to (?:inject|shoot up)(?![\p{L}])", False, "inject shoot"),
    # "I started injecting at 19", "I started using when I was 16": the start of one's own use
    ("drugs", "past", _I + r"(?:started|began|start)\s+(?:injecting|shooting up|using drugs|using heroin|using crack|"
     r"using(?=\s*(?:[,.;!?\"”)]|$|\s+(?:at|when|in\s+\d|aged|as\s+a|after|because|again)(?![\p{L}]))))"
     r"(?![\p{L}])(?!\s+insulin)", False, "began start"),
    ("drugs", "past", _I + r"used to (?:use|smoke|take|do)\s+" + _EN_DOBJ, False, "smoke used"),
    ("drugs", "past", _I + r"used to (?:be (?:a |an )?(?:(?:drug|heroin|crack|meth|opioid|cocaine) (?:user|addict)|addict|junkie|"
     r"addicted|hooked))(?![\p{L}])", False,
     "used"),
    ("drugs", "past", _I_WAS + _ADV_EN + r"(?:a |an )?(?:drug user|(?:heroin|crack|meth|opioid|cocaine) user|(?:(?:drug|heroin|"
     r"crack|meth|opioid|cocaine) )?addict|junkie|addicted to|hooked on|using (?:" + DRUG_EN + r")|injecting)(?![\p{L}])",
     False, "addict drug hooked injecting junkie user using"),
    ("drugs", "past", _I_HAVE + _ADV_EN + r"(?:used|injected|smoked|snorted|taken|done|tried)\s+" + _EN_DOBJ, False,
     _GATE_DRUG_EN + " & done injected smoked snorted taken tried used"),
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
    ("hiv", "status", r"(?<![\p{L}])j'\s*ai\s+(?:le\s+(?:vih|sida)|une?\s+hepatite\s+[bc]|l'hepatite\s+[bc])(?![\p{L}])",
     False, "hepatite sida vih"),
    ("hiv", "status", r"(?<![\p{L}])j'\s*ai\s+(?:[\p{L}]+\s+){0,2}?(?:contracte|attrape|ete\s+(?:contaminee?|infectee?|"
     r"diagnostiquee?|depistee?))\s+(?:[\p{L}']+\s+){0,3}?(?:vih|sida|seropositi\w+|hepatite|positi(?:f|ve))(?![\p{L}])",
     False, "attrape contamine contracte depiste diagnostique infecte & hepatite positif positive seropositi sida vih"),
    ("hiv", "status", r"(?<![\p{L}])(?:ma\s+seropositivite|mon\s+statut\s+(?:vih\s+)?(?:serologique\s+)?positif|"
     r"mon\s+diagnostic\s+(?:de\s+|du\s+)?(?:vih|sida))(?![\p{L}])", False, "diagnostic seropositivite statut"),
    ("hiv", "status", _J + _NE + r"suis\s+" + _ADV_FR + r"sous\s+(?:arv|tarv|antiretroviraux|traitement\s+(?:antiretroviral|"
     r"arv|contre\s+le\s+vih))(?![\p{L}])", False, "sous & antiretroviral antiretroviraux arv contre"),
    ("hiv", "status", _I_AM + _ADV_EN + r"(?:hiv[\s-]*positive|hiv\s*\+|poz|positive for hiv|living with (?:hiv|aids|"
     r"hepatitis [bc]|hcv|hbv))", False, "+ hepatitis living positive poz"),
    ("hiv", "status", r"(?<![\p{L}'])i(?:'ve|\s+have)?\s+(?:" + _ADV_EN + r")(?:been\s+living|lived|live)\s+with\s+"
     r"(?:hiv|aids|hepatitis [bc]|hcv|hbv)(?![\p{L}])", False, "live living & aids hbv hcv hepatitis hiv"),
    ("hiv", "status", _I + _ADV_EN + r"(?:have|'ve got|got|contracted|acquired|caught)\s+(?:hiv|aids|hepatitis [bc]|hcv)"
     r"(?![\p{L}])", False, "acquired caught contracted got have & aids hcv hepatitis hiv"),
    ("hiv", "status", r"(?<![\p{L}'])i(?:\s+was|'ve\s+been|\s+have\s+been)\s+(?:diagnosed|infected)\s+(?:with\s+)?"
     r"(?:hiv|aids|hepatitis [bc]|hcv|as hiv)(?![\p{L}])", False, "diagnosed infected"),
    ("hiv", "status", _I + r"tested\s+(?:hiv[\s-]*positive|positive\s+for\s+(?:hiv|hepatitis))(?![\p{L}])", False,
     "positive & tested"),
    ("hiv", "status", r"(?<![\p{L}])my\s+(?:hiv[\s-]*positive\s+status|hiv\s+diagnosis|positive\s+(?:hiv\s+)?status|"
     r"diagnosis\s+with\s+hiv)(?![\p{L}])", False, "diagnosis status"),
    ("hiv", "status", _I_AM + _ADV_EN + r"on\s+(?:arvs?|antiretrovirals?|hiv\s+(?:treatment|meds|medication))(?![\p{L}])",
     False, "antiretroviral arv medication meds treatment"),
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
    ("migration", "present", r"(?<![\p{L}])je\s+n'\s*ai\s+(?:pas|plus|aucun)\s+(?:de\s+)?(?:papiers|titre\s+de\s+sejour|"
     r"carte\s+de\s+sejour)(?![\p{L}])", False, "carte papiers titre"),
    ("migration", "past", r"(?<![\p{L}])j'\s*(?:ai\s+ete|etais)\s+(?:sans[\s-]papiers|en\s+situation\s+irreguliere|"
     r"clandestine?)(?![\p{L}])", False, "clandestin irreguliere papiers & etais ete"),
    ("migration", "past", _J + r"suis\s+(?:entree?|arrivee?|venue?)\s+(?:[\p{L}']+\s+){0,3}?(?:illegalement|"
     r"clandestinement|sans\s+papiers|sans\s+visa)(?![\p{L}])", False, "clandestinement illegalement papiers visa"),
    ("migration", "present", _I_AM + _ADV_EN + r"(?:an? )?(?:undocumented|illegal (?:immigrant|alien|migrant)|irregular "
     r"migrant|without (?:papers|documents|legal status)|here illegally|in the country illegally|overstaying)"
     r"(?![\p{L}])", False, "documents illegal immigrant irregular overstaying undocumented without"),
    ("migration", "present", _I + r"(?:don't|do not)\s+have\s+(?:papers|legal status|documents|a (?:visa|residence "
     r"permit|green card))(?![\p{L}])", False, "documents green papers residence status visa"),
    ("migration", "present", _I + r"overstayed\s+my\s+visa(?![\p{L}])", False, "overstayed"),
    ("migration", "past", _I_WAS + r"(?:undocumented|an? (?:undocumented|illegal) \w+)(?![\p{L}])", False,
     "illegal undocumented"),
    ("migration", "past", _I + r"(?:came|crossed|entered)\s+(?:[\p{L}]+\s+){0,3}?(?:illegally|irregularly|without "
     r"papers)(?![\p{L}])", False, "came crossed entered & illegally irregularly without"),
    # ---- prison (a record: it does not pass)
    ("prison", "status", r"(?<![\p{L}])j'\s*ai\s+(?:[\p{L}]+\s+)?(?:fait|passe)\s+" + _PRISON_TIME_FR, False,
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
    ("prison", "status", r"(?<![\p{L}'])i(?:'ve\s+been|\s+have\s+been|\s+was|\s+had\s+been|'d\s+been)\s+(?:[\p{L}]+\s+)?"
     r"(?:in (?:prison|jail)|incarcerated|imprisoned|locked up|behind bars|arrested|convicted|jailed|detained|"
     r"on (?:parole|probation))(?![\p{L}])", False,
     "arrested behind convicted detained incarcerated jail locked parole prison probation"),
    ("prison", "status", _I + r"(?:served|did|spent)\s+(?:[\p{L}\d]+\s+){0,3}?(?:years?|months?|time)\s+(?:in (?:prison|"
     r"jail)|inside|behind bars)(?![\p{L}])|" + _I + r"did time(?![\p{L}])", False, "did served spent"),
    ("prison", "status", _I + r"got out of (?:prison|jail)|" + _I_WAS + r"released from (?:prison|jail)", False,
     "jail prison released"),
    ("prison", "status", _I_AM + r"(?:a )?formerly incarcerated|" + _I_AM + r"(?:in (?:prison|jail)|incarcerated|"
     r"on (?:parole|probation))(?![\p{L}])", False, "incarcerated jail parole prison probation"),
]

# A drug named before "user", "addict": "heroin user", "injecting drug user".
_DRUG_EN_NOUN = (r"(?:heroin|crack|cocaine|meth|methamphetamine|opioid|opiate|fentanyl|(?:injecting\s+|intravenous\s+|iv\s+)?"
                 r"drug)")
# "drug user advocate", "drug user-led": a group or a movement, not the person's use.
_NOT_A_GROUP_EN = (r"(?!s?(?:\s+|-)(?:advocates?|activists?|organi[sz]ations?|organi[sz]ers?|networks?|unions?|groups?|"
                   r"rights|movements?|led|peers?)(?![\p{L}]))")

# Treatments that tell the status: opioid substitution (drug use), antiretrovirals (HIV); "est suivi dans le
# programme méthadone", "enrolled in the methadone programme"; a label in apposition or opening a sentence.
_SUBST_FR = (r"(?:methadone|buprenorphine|subutex|suboxone|tso|tao|(?:(?:traitement|therapie|programme)\s+(?:de\s+|par\s+)?)?"
             r"substitution(?:\s+aux\s+(?:opioides|opiaces))?)")
_ARV_FR = r"(?:arv|tarv|antiretroviraux|tritherapie|(?:traitement|therapie)\s+(?:antiretrovirale?|arv|contre\s+le\s+vih))"
_SUBST_EN = (r"(?:methadone|buprenorphine|suboxone|subutex|ost|oat|(?:opioid\s+)?(?:substitution|agonist|replacement|"
             r"maintenance)\s+(?:therapy|treatment))")
_ARV_EN = r"(?:arvs?|antiretrovirals|(?:antiretroviral|hiv)\s+(?:therapy|treatment|meds|medications?|drugs))"
_ENROLLED_FR = (r"(?:(?:est|etait|a\s+ete)\s+|(?<=,\s{0,2}))(?:suivie?|inscrite?|admise?|prise?\s+en\s+charge|soignee?)\s+"
                r"(?:dans|au|a\s+la|a\s+l'|en|par)\s+(?:le\s+|la\s+|l'|un\s+|une\s+)?(?:programme|service|centre|unite|"
                r"consultation|protocole)\s+(?:de\s+|d'|du\s+)?(?:prise\s+en\s+charge\s+(?:du\s+|des\s+)?)?")
_ENROLLED_EN = (r"(?:enrolled|enrols|registered|signed\s+up|(?:is|was|been|being)\s+treated|followed\s+up)\s+(?:in|at|on|for|"
                r"with|by)\s+(?:the\s+|a\s+|our\s+|their\s+)?(?:local\s+)?")
_ENROLLED_PLACE_EN = r"\s+(?:programme|program|clinic|service|scheme|unit)"
_LABEL_AT = r"(?:(?<=,\s{0,2})|(?<=(?:^|[.!?:\n])[\s\"'«»“”(-]{0,3}))"  # see `disclosure_subjects._label_subject`
_FORMER_FR, _FORMER_EN = r"(?:ancien(?:ne)?\s+|ex[\s-]?)", r"(?:(?:former|recovering|ex-?|long-?time)\s*)"
_ADDICT_FR = (r"(?:toxico(?:mane)?|heroinomane|cocainomane|junkie|(?:usager|usagere|consommat(?:eur|rice))\s+(?:de\s+|d'|"
              r"des\s+)(?:" + DRUG_FR_STRICT + r"))")

# Statuses said of someone else (third person), for disclosure.third-party-status: (topic, pattern, gate); a
# topic "x:plural" wants a plural subject, "x:label" is a noun phrase (kinds: see `third_person`).
THIRD_PERSON = [
    ("hiv", r"(?:vit|vivait|vivant|a\s+vecu)\s+(?:[\p{L}]+\s+)?avec\s+(?:le\s+)?(?:vih|sida|vhc|une?\s+hepatite|"
            r"l'hepatite)", "avec & vecu vit vivait vivant"),
    ("hiv", r"(?:est|etait)\s+(?:[\p{L}]+\s+)?(?:seropo\w*|vih\s*\+|porteu(?:r|se)\s+du\s+(?:vih|virus)|atteinte?\s+du\s+"
            r"sida|malade\s+du\s+sida)", "+ atteint malade porteur porteuse seropo & est etait"),
    ("hiv", r"(?:a|avait)\s+(?:le\s+(?:vih|sida)|contracte\s+le\s+(?:vih|sida))|sous\s+" + _ARV_FR + r"|"
            r"(?:suit|suivait|a\s+suivi|(?:a\s+)?(?:commence|debute)|recoit|recevait|prend|prenait)\s+(?:un\s+|le\s+|son\s+|"
            r"des\s+|ses\s+|les\s+)?" + _ARV_FR + r"|" + _ENROLLED_FR + r"(?:vih|sida|" + _ARV_FR + r")|"
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
    ("hiv", r"(?:is|was)\s+(?:hiv[\s-]*positive|hiv\s*\+|poz)|(?:has|had|contracted)\s+(?:hiv|aids|hepatitis\s+[bc]|hcv)(?!\s+(?:testing|tests?|"
            r"prevention|services?|programs?|programmes?|care|treatment|clinics?|awareness|education|and|or|response))|"
            r"(?:(?:is|was|has\s+been|had\s+been|started|remains)\s+(?:[\p{L}]+\s+)?|(?<=,\s{0,2}))on\s+" + _ARV_EN +
            r"|(?:takes|took|is\s+taking)\s+(?:[\p{L}]+\s+)?" + _ARV_EN + r"|" + _ENROLLED_EN + r"(?:hiv|arv|antiretroviral)"
            + _ENROLLED_PLACE_EN + r"|(?:his|her|their)\s+(?:hiv(?:[\s-]positive)?"
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
              r"(?:[\p{L}]+\s+){0,2}?" + _FR_DOBJ_STRICT,
     "consommait consomme fumait fume injectait injecte prenait prend shoote"),
    ("drugs", r"(?:est|etait)\s+(?:un\s+|une\s+)?" + _FORMER_FR + r"?(?:(?:usager|usagere|consommat\w+)\s+(?:de\s+|d'|"
              r"des\s+)(?:" + DRUG_FR + r")|toxico\w*|heroinomane|cocainomane|(?:accro|dependante?)\s+(?:a la |a l'|"
              r"aux |au )(?:" + DRUG_FR + r"))|(?:est|etait)\s+(?:une?\s+)?" + _FORMER_FR + r"?droguee?|(?:(?:est|etait|"
              r"reste|restait|(?:a\s+ete\s+|est\s+)?(?:mise?|placee?))\s+(?:[\p{L}]+\s+)?|(?<=,\s{0,2}))sous\s+" + _SUBST_FR +
              r"|(?:suit|suivait|a\s+suivi|(?:a\s+)?(?:commence|debute)|recoit|recevait)\s+(?:un\s+|le\s+|son\s+)?" + _SUBST_FR
              + r"|" + _ENROLLED_FR + _SUBST_FR,
     "accro buprenorphine cocainomane consommat dependant drogue heroinomane methadone sous substitution suboxone "
     "subutex tao toxico tso usager"),
    ("drugs:label", _LABEL_AT + r"(?:une?\s+)?(?:" + _FORMER_FR + r"?" + _ADDICT_FR + r"|" + _FORMER_FR + r"droguee?)",
     "cocainomane consommat drogue heroinomane junkie toxico usager"),
    ("drugs:label", _LABEL_AT + r"(?:an?\s+)?" + _FORMER_EN + r"?(?:(?:" + _DRUG_EN_NOUN + r")\s+)?(?:addict|junkie)|"
                    + _LABEL_AT + r"(?:an?\s+)?" + _FORMER_EN + r"?(?:" + _DRUG_EN_NOUN + r")\s+(?:user|injector)"
                    + _NOT_A_GROUP_EN, "addict injector junkie user"),
    ("drugs", r"(?:uses|used|injects|injected|smokes|smoked|snorts)\s+(?:" + DRUG_EN + r")|(?:is|was)\s+(?:a\s+|an\s+)?"
              r"(?:former\s+)?(?:drug\s+user" + _NOT_A_GROUP_EN + r"|addict|junkie|(?:heroin|crack|meth)\s+user)|(?:is|was)\s+"
              r"(?:addicted\s+to|"
              r"hooked\s+on)\s+(?:" + DRUG_EN + r")|(?:(?:is|was|has\s+been|had\s+been|started|remains)\s+(?:[\p{L}]+\s+)?|(?<=,\s{0,2}))on\s+"
              + _SUBST_EN + r"|(?:takes|took|is\s+taking)\s+(?:[\p{L}]+\s+)?(?:methadone|buprenorphine|suboxone)|"
              + _ENROLLED_EN + r"(?:methadone|buprenorphine|suboxone|substitution|oat|ost)" + _ENROLLED_PLACE_EN + r"|"
              r"(?:is|was)\s+in\s+(?:recovery|rehab|detox)",
     ("addict benzos buprenorphine cannabis chems cocaine codeine coke crack detox dope drug ecstasy fentanyl "
      "agonist ghb heroin hooked junkie ketamine lsd maintenance marijuana mdma meth molly morphine oat opiates opioids ost "
      "oxy recovery rehab replacement smack speed spice suboxone substances substitution subutex tramadol weed")),
    # a label or a past habit: "was a heroin addict", "used to inject heroin", "is a recovering addict"
    ("drugs", r"(?:is|was|used\s+to\s+be|has\s+been|had\s+been)\s+(?:a\s+|an\s+)?(?:(?:former|recovering|ex-?|"
              r"long-?time)\s*)?(?:" + _DRUG_EN_NOUN + r"\s+)?(?:addict|junkie)|(?:is|was|used\s+to\s+be|has\s+been|"
              r"had\s+been)\s+(?:a\s+|an\s+)?(?:(?:former|recovering|ex-?|long-?time)\s*)?" + _DRUG_EN_NOUN +
              r"\s+(?:user|injector)" + _NOT_A_GROUP_EN + r"|used\s+to\s+(?:use|inject|smoke|snort|take|do|shoot\s+up)\s+"
              + _EN_DOBJ + r"|used\s+to\s+(?:inject|shoot\s+up)(?![\p{L}])(?!\s+insulin)|(?:used\s+to\s+be|has\s+been|"
              r"had\s+been)\s+(?:addicted\s+to|hooked\s+on)\s+(?:" + DRUG_EN + r")|(?:his|her)\s+(?:(?:past|former|"
              r"long)\s+)?(?:" + _DRUG_EN_NOUN + r")\s+(?:use|addiction|habit)", "addict habit hooked injector junkie use"),
    ("drugs", r"se\s+drogu(?:e|ait)|s'\s*(?:est|etait)\s+droguee?", "drogu"),
    ("legal", r"(?:est|etait)\s+(?:sans[\s-]papiers|en\s+situation\s+irreguliere|clandestine?|sous\s+oqtf|deboutee?\s+du"
              r"\s+droit\s+d'asile)|(?:n'\s*a|n'\s*avait)\s+(?:pas|plus)\s+de\s+(?:papiers|titre\s+de\s+sejour)",
     "clandestin deboute irreguliere oqtf papiers titre"),
    ("legal", r"(?:a\s+fait|a\s+passe)\s+" + _PRISON_TIME_FR + r"|"
              r"(?:a\s+ete|est|etait)\s+(?:incarceree?|emprisonnee?|detenue?|condamnee?|arretee?|interpellee?|"
              r"en\s+prison|en\s+detention)(?!\s+(?:par|a\s+(?:l'unanimite|\d)))|(?:sort|sortait|est\s+sortie?)\s+de\s+prison|casier\s+judiciaire",
     "arret barreaux casier condamne detention detenu emprisonne incarcere interpelle prison taule"),
    ("legal", r"(?:is|was)\s+(?:undocumented|an?\s+(?:undocumented|illegal)\s+(?:immigrant|migrant|alien)|here\s+"
              r"illegally)|(?:served|did|spent)\s+(?:[\p{L}\d]+\s+){0,3}?(?:years?|months?|time)\s+(?:in\s+(?:prison|"
              r"jail)|behind\s+bars|inside)|(?:is|was|has\s+been)\s+(?:in\s+(?:prison|jail)|incarcerated|imprisoned|"
              r"jailed|convicted|arrested|on\s+parole|on\s+probation)|criminal\s+record|formerly\s+incarcerated|"
              r"(?:was|has\s+been|had\s+been)\s+released\s+from\s+(?:prison|jail)",
     ("arrested bars convicted criminal illegal imprisoned incarcerated inside jail parole prison probation "
      "undocumented")),
    ("sexwork", r"(?:est|etait)\s+(?:une?\s+)?(?:ancienne?\s+)?(?:travailleu(?:r|se)\s+du\s+sexe|tds|prostituee?|escort)|"
                r"se\s+prostitu(?:e|ait)|(?:fait|faisait)\s+le\s+trottoir|(?:is|was)\s+(?:a\s+|an\s+)?(?:former\s+)?"
                r"(?:sex\s+worker|escort|prostitute)|(?:does|did)\s+sex\s+work|sells?\s+sex",
     "escort prostitu sex tds trottoir"),
    ("sexwork:label", _LABEL_AT + r"(?:une?\s+)?(?:ancienne?\s+)?(?:travailleu(?:r|se)\s+du\s+sexe|prostituee?)|"
                      + _LABEL_AT + r"(?:an?\s+)?(?:former\s+)?(?:sex\s+worker|prostitute)", "prostitu sex"),
    ("legal:label", _LABEL_AT + r"(?:une?\s+)?(?:ancien(?:ne)?\s+|ex[\s-]?)(?:detenue?|prisonniere?|taulard)|"
                    + _LABEL_AT + r"(?:an?\s+)?(?:former|ex-?)\s*(?:prisoner|inmate|offender|convict)|" + _LABEL_AT +
                    r"(?:an?\s+)?ex-con", "con convict detenu inmate offender prisoner prisonnier taulard"),
    # ---- a plural subject ("Mike Brown and Tom Hughes live with HIV", « Awa et Moussa vivent avec le VIH »): the
    # topic ends in ":plural", and the rule wants names joined by "and"/"et" right before, or "both men", "they"…
    ("hiv:plural", r"(?:live|have\s+lived|have\s+been\s+living|are\s+living|were\s+living|are\s+both\s+living)\s+"
                   r"with\s+(?:hiv|aids|hepatitis\s+[bc]|hcv)|(?:are|were)\s+(?:both\s+|all\s+)?(?:hiv[\s-]*positive|"
                   r"hiv\s*\+|poz)|have\s+(?:hiv|aids)(?!\s+(?:testing|tests?|prevention|services?|"
                   r"programs?|programmes?|care|treatment|clinics?|awareness|education|and|or|response))|(?:are|were)\s+"
                   r"on\s+(?:arvs?|antiretrovirals|hiv\s+treatment)",
     "aids antiretrovirals arv hcv hepatitis hiv poz"),
    ("hiv:plural", r"(?:vivent|vivaient|ont\s+vecu)\s+(?:[\p{L}]+\s+){0,3}?avec\s+(?:le\s+)?(?:vih|sida|vhc|"
                   r"une?\s+hepatite|l'hepatite)|(?:sont|etaient)\s+(?:[\p{L}]+\s+){0,3}?(?:seropo\w*|vih\s*\+|"
                   r"porteu(?:r|se)s\s+du\s+(?:vih|virus))|ont\s+(?:le\s+(?:vih|sida)|contracte\s+le\s+(?:vih|sida))",
     "avec contracte porteur porteuse seropo sida vih"),
    ("drugs:plural", r"(?:use|inject|smoke|snort)\s+(?:" + DRUG_EN + r")|(?:are|were)\s+(?:both\s+|all\s+)?(?:(?:former|"
                     r"recovering|ex-?|long-?time)\s*)?(?:(?:" + _DRUG_EN_NOUN + r")\s+(?:users|injectors)" +
                     _NOT_A_GROUP_EN + r"|(?:(?:" + _DRUG_EN_NOUN + r")\s+)?(?:addicts|junkies))|(?:are|were)\s+(?:both\s+)?"
                     r"(?:addicted\s+to|hooked\s+on)\s+(?:" + DRUG_EN + r")|(?:are|were)\s+(?:both\s+)?on\s+"
                     r"(?:methadone|buprenorphine|suboxone)",
     _GATE_DRUG_EN + " addicts hooked injectors junkies users"),
    ("drugs:plural", r"(?:consomment|consommaient|fument|fumaient|s'\s*injectent|s'\s*injectaient|se\s+shootent|"
                     r"prennent|prenaient)\s+(?:[\p{L}]+\s+){0,3}?" + _FR_DOBJ_STRICT + r"|se\s+drogu(?:ent|aient)",
     "drogu fumaient fument injectaient injectent prenaient prennent shootent consomment consommaient"),
    ("drugs:plural", r"(?:sont|etaient)\s+(?:[\p{L}]+\s+){0,3}?(?:d'anciens\s+|d'anciennes\s+|des\s+|d')?(?:anciens\s+|"
                     r"anciennes\s+)?(?:toxicomanes|heroinomanes|cocainomanes|(?:usagers|usageres|consommat(?:eurs|rices))"
                     r"\s+(?:de\s+|d'|des\s+)(?:" + DRUG_FR + r")|(?:accros|dependants|dependantes)\s+(?:a la |a l'|aux |"
                     r"au )(?:" + DRUG_FR + r")|sous\s+(?:methadone|buprenorphine|subutex|traitement\s+de\s+substitution|"
                     r"tso|tao))",
     "accros cocainomanes consommat dependant heroinomanes sous toxicomanes usager"),
    ("legal:plural", r"(?:are|were)\s+(?:both\s+)?(?:undocumented|in\s+(?:prison|jail)|incarcerated|sex\s+workers)|"
                     r"(?:sont|etaient)\s+(?:[\p{L}]+\s+){0,2}?(?:sans[\s-]papiers|en\s+situation\s+irreguliere|"
                     r"en\s+prison|incarcere(?:e)?s|des\s+travailleu(?:r|se)s\s+du\s+sexe)",
     "incarcer irreguliere jail papiers prison sex travailleu undocumented"),
]


@lru_cache(maxsize=1)
def first_person():
    """(topic, tense, pattern, needs_context, gate); a pattern compiles on first use, with `regex` (V0 forces it:
    the patterns were written for it)."""
    return [(topic, tense, LazyRegex(p, regex.V0), ctx, gate(g)) for topic, tense, p, ctx, g in FIRST_PERSON]


@lru_cache(maxsize=1)
def third_person():
    """(topic, kind, pattern, gate), the pattern compiled on first use; kind "plural": the verb wants a plural
    subject (topic "x:plural"); "label": a noun phrase in apposition or opening a sentence ("x:label"); else ""."""
    return [(topic.partition(":")[0], topic.partition(":")[2],
             LazyRegex(r"(?<![\p{L}])(?:" + p + r")(?![\p{L}])", regex.V0), gate(g)) for topic, p, g in THIRD_PERSON]



