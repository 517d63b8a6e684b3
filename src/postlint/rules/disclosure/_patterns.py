"""Vocabulary shared by the status disclosure rules (`lived_experience`, `third_party_status`): the drugs named
in French and English, the words that make an ambiguous verb mean drugs, time spent in prison, and the topics
the findings name.

Every pattern runs on folded prose (`postlint.text.normalize.fold_in_place`: lower case, accents removed, apostrophes
and dashes unified, same length as the source), so match offsets are source offsets. The statements built
from these parts are in `_first_person.py` (one's own status) and `_third_person.py` (someone else's).
"""
from __future__ import annotations

from postlint.text.patterns import LazyRegex

DRUG_FR = (r"drogues?|crack|heroine|hero|cocaine|coke|came|opiaces|opioides|methamphetamines?|meth|crystal|"
           r"ketamine|keta|cannabis|shit|beuh|joints?|speed|mdma|ecstasy|extasy|subutex|skenan|fentanyl|ghb|"
           r"free[ -]?base|produits?|substances?|methadone|buprenorphine|amphetamines?|lsd|tramadol|codeine|morphine")
DRUG_EN = (r"drugs|heroin|crack(?: cocaine)?|cocaine|coke|meth|methamphetamine|crystal meth|opioids|opiates|fentanyl|"
           r"ketamine|speed|mdma|ecstasy|molly|cannabis|weed|marijuana|dope|smack|benzos|spice|tramadol|codeine|"
           r"morphine|oxy(?:contin|codone)?|substances|methadone|buprenorphine|suboxone|lsd|chems|ghb")
# Gate words (see `_first_person.py`) of the two lists: every match of DRUG_FR / DRUG_EN contains one of them.
GATE_DRUG_FR = ("amphetamine base beuh buprenorphine came cannabis cocaine codeine coke crack crystal drogue ecstasy "
                "extasy fentanyl ghb hero joint keta lsd mdma meth morphine opiaces opioides produit shit skenan "
                "speed substance subutex tramadol")
GATE_DRUG_EN = ("benzos buprenorphine cannabis chems cocaine codeine coke crack dope drugs ecstasy fentanyl ghb "
                "heroin ketamine lsd marijuana mdma meth molly morphine opiates opioids oxy smack speed spice "
                "suboxone substances tramadol weed")
# Words that make "je consomme", "I still use" mean drugs.
# (not the words that are common English: "came", "hero", "speed", "joints", "shit", "coke")
_AMBIGUOUS = ("came|", "hero|", "speed|", "joints?|", "shit|", "coke|")
_CONTEXT_FR, _CONTEXT_EN = DRUG_FR, DRUG_EN
for _w in _AMBIGUOUS:
    _CONTEXT_FR, _CONTEXT_EN = _CONTEXT_FR.replace(_w, ""), _CONTEXT_EN.replace(_w, "")
CONTEXT = LazyRegex(r"(?<![\p{L}])(?:%s|%s|seringues?|syringes?|naloxone|overdoses?|surdoses?|rdr|"
                    r"reduction des risques|harm reduction|substitution|sevrage|withdrawal|injections?|"
                    r"shoot|addiction|dependance)(?![\p{L}])" % (_CONTEXT_FR, _CONTEXT_EN))

FR_DOBJ = r"(?:du |de la |de l'|des |de |d')\s*(?:" + DRUG_FR + r")(?![\p{L}])"
# Said of someone else, "prend des produits" is too vague to accuse anyone of drug use.
DRUG_FR_STRICT = DRUG_FR.replace("produits?|substances?|", "").replace("joints?|", "")
FR_DOBJ_STRICT = r"(?:du |de la |de l'|des |de |d')\s*(?:" + DRUG_FR_STRICT + r")(?![\p{L}])"
EN_DOBJ = r"(?:(?:some|a lot of|lots of|a little|the) )?(?:" + DRUG_EN + r")(?![\p{L}])"
# "fait de la prison", "passé deux ans en prison" — not "fait un stage en prison" (working there)
PRISON_TIME_FR = (r"(?:de\s+la\s+(?:prison|taule|detention)|(?:[\p{L}\d]+\s+){1,3}?(?:ans?|mois|semaines?|jours?|"
                  r"annees?|nuits?)\s+(?:de\s+prison|en\s+prison|en\s+detention|de\s+detention|derriere\s+les"
                  r"\s+barreaux|en\s+maison\s+d'arret|a\s+la\s+maison\s+d'arret))(?![\p{L}])")


# Topic of a pattern → (French, English) words for it in the findings.
TOPICS = {
    "drugs": ("l'usage de drogues", "drug use"),
    "hiv": ("le statut VIH ou une hépatite", "HIV or hepatitis status"),
    "sexwork": ("le travail du sexe", "sex work"),
    "migration": ("la situation administrative (sans papiers)", "immigration status"),
    "prison": ("un passé carcéral", "a prison record"),
    "health": ("un diagnostic de santé", "a health diagnosis"),
    "legal": ("une situation judiciaire ou administrative", "a legal or immigration status"),
    "violence": ("des violences sexuelles subies", "sexual violence suffered"),
}
