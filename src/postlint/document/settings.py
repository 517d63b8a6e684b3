"""Where a draft's pictures may have been taken: a vulnerable setting (hospital or clinic, refugee or displacement
camp, detention) named in the text, the alt texts or the credits. Both image-consent rules read it
(`disclosure.image-consent`, `minors.image-consent`), and so do their messages (`SETTING_WORDS`).
"""
from __future__ import annotations

import re

from postlint.document.analysis import analysis
from postlint.document.model import Document
from postlint.document.names import PlaceMatch, camp_location, is_first_name
from postlint.text.gates import declare, fold_case, passes
from postlint.text.lang import is_word_form
from postlint.text.patterns import LazyRegex

SETTINGS = LazyRegex(
    r"(?<![\p{L}])(?:"
    r"(?P<hospital>CHU|CHR|(?i:hôpitaux|hôpital|hopital|centre[ \t]+hospitalier|clinique(?![ \t]+juridique)|"
    r"service[ \t]+de[ \t]+(?:pédiatrie|néonatologie|réanimation|urgences)|à[ \t]+la[ \t]+maternité|"
    r"hospitals?|clinics?|(?:maternity|children's|paediatric|pediatric)[ \t]+ward|emergency[ \t]+room|"
    r"(?:centres?|postes?|cases?)[ \t]+de[ \t]+santé|dispensaires?|health[ \t]+(?:centres?|centers?|posts?)))"
    r"|(?P<camp>(?i:camps?[ \t]+(?:de|des|d['’])[ \t]*(?:réfugié|déplacé|personnes[ \t]+"
    r"déplacées|transit|migrants)\w*|"
    r"sites?[ \t]+(?:d['’]accueil[ \t]+)?(?:de|des|d['’])[ \t]*(?:personnes[ \t]+)?déplacé\w*|"
    r"(?:refugee|idp|displacement|displaced[ \t]+persons['’]?|transit|migrant|asylum)[ \t-]+camps?|"
    r"refugee[ \t]+settlements?|(?:idp|displacement)[ \t-]+(?:sites?|settlements?|centres?|centers?)|"
    r"camps?[ \t]+for[ \t]+(?:refugees|displaced|idps))"
    r"|(?i:shelter|abri|tente?|block|bloc)[ \t]*(?:(?i:n°|no\.|numéro|number|\#)[ \t]*)?"
    r"(?:[A-Z]?\d{1,4}[A-Z]?|[A-HJ-Z])"
    r"(?![\p{L}\p{N}])"  # named camps last: "Refugee camp" is the branch above, not a camp named "Refugee"
    r"|[Cc]amps?[ \t]+(?:de[ \t]+|d['’](?=[AEIOUYÉ]))?(?P<cn>\p{Lu}(?:['’]\p{L})?[\p{L}\-]+)"
    r"|(?P<cn2>\p{Lu}(?:['’]\p{L})?[\p{L}\-]+)[ \t]+[Cc]amps?)"
    r"|(?P<detention>(?i:prisons?|maison[ \t]+d['’]arrêt|"
    r"centres?[ \t]+(?:de[ \t]+)?(?:détention|rétention|pénitentiaire)|milieu[ \t]+carcéral|garde[ \t]+à[ \t]+vue|"
    r"detention[ \t]+(?:centres?|centers?|facilit\w+)|jails?|police[ \t]+cells?|"
    r"immigration[ \t]+removal[ \t]+centres?)))(?![\p{L}])")
# Every SETTINGS match holds one of these (on fold_case(text); declared: `gates.implied` proves it): most texts
# skip the pattern.
SETTINGS_GATE = declare(
    "setting", SETTINGS,
    "chu chr hôpita hopital clinique pédiatrie néonatologie réanimation urgences maternité ward emergency santé "
    "dispensaire health hospital clinic camp déplacé settlement prison maison détention rétention pénitentiaire "
    "carcéral garde detention jail police removal shelter abri tent bloc idp displacement", re.I)
_NOT_THERE = LazyRegex(
    r"(?i)\b(?:avec|with|partenariat|partnership|partenaires?|partners?|vers|towards?|orient\w*|référ\w*|refer\w*|"
    r"financ\w*|fund\w*|soutien|support|grâce|nearest|closest|sans|aucune?|loin|far[ \t]+from)\b[^.!?]{0,30}$")
# a distance or an absence, not a place of the pictures: « l'hôpital le plus proche est à 40 km »
_NOT_THERE_AFTER = LazyRegex(r"(?i)^[^.!?]{0,15}\b(?:le[ \t]+plus[ \t]+proche|la[ \t]+plus[ \t]+proche|"
                             r"is[ \t]+(?:a[ \t]+day|\d+|hours?|miles?|far)|est[ \t]+à[ \t]+\d)")
_SENTENCE = LazyRegex(r"[.!?\n]")
# the setting word inside the name of an organisation or a programme: "Chicago Books to Women in Prison", "Return
# to Hospital Day" (a prison's own name is "Pollsmoor Prison", without "in"/"to" before it)
_IN_A_NAME = LazyRegex(r"\p{Lu}[\p{L}'’\-]*[ \t]+(?:in|to|for|of|after|behind|from|beyond|en|de|du|des)[ \t]+$")
# a list of abbreviations ("UCT: University of Cape Town; GSH: Grootte Schuur Hospital; SU: …")
_GLOSSARY_ENTRY = LazyRegex(r"(?<![\p{L}])\p{Lu}{2,6}[ \t]*:[ \t]")
# (French, English) words for each kind of setting, for the findings
SETTING_WORDS = {
    "hospital": ("un hôpital ou une clinique", "a hospital or clinic"),
    "camp": ("un camp de réfugié·e·s ou de personnes déplacées", "a refugee or displacement camp"),
    "detention": ("un lieu de détention", "a detention setting"),
}


def yes_no(value: object) -> bool | None:
    """An image's `consent:` or `minors:` entry as a flag: True, False, or None (missing or unreadable)."""
    if isinstance(value, bool) or value is None:
        return value
    text = str(value).strip().lower()
    if text in ("yes", "oui", "true", "vrai", "1", "y", "o"):
        return True
    if text in ("no", "non", "false", "faux", "0", "n"):
        return False
    return None


@analysis
def vulnerable_setting(doc: Document) -> tuple[str, str] | None:
    """(kind, words) of the first hospital/clinic/camp/detention mention in the text or the alt texts."""
    found = setting_mentions(doc)
    return (found[0][1], found[0][2]) if found else None


@analysis
def setting_mentions(doc: Document) -> list[tuple[int, str, str]]:
    """(offset in the prose, or -1 for an alt text or a credit; kind; words) of every setting mention, body first."""
    out: list[tuple[int, str, str]] = []
    texts = [(doc.body.start, doc.prose[doc.body.start:doc.body.end])] + \
        [(-1, im.alt or "") for im in doc.images] + [(-1, str(im.credit or "")) for im in doc.images]
    for base, text in texts:
        for m in SETTINGS.finditer(text) if passes(SETTINGS_GATE, fold_case(text)) else ():
            if _NOT_THERE.search(text[max(0, m.start() - 40):m.start()]) or \
                    _NOT_THERE_AFTER.match(text[m.end():m.end() + 60]):
                continue  # a partner or a referral destination, not where the pictures were taken
            if m.group(0)[:1].isupper() and _IN_A_NAME.search(text[max(0, m.start() - 40):m.start()]):
                continue
            line_start, line_end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
            if len(_GLOSSARY_ENTRY.findall(text, line_start, line_end if line_end >= 0 else len(text))) >= 3:
                continue
            name = m.group("cn") or m.group("cn2")
            if name and (is_word_form(name) or is_first_name(name)):
                continue  # "Summer camp", "Boot Camp", « camp de Vacances »: named camps only ("Minawao camp")
            if m.group(0)[:3].lower() == "blo" and not camp_location(
                    PlaceMatch(0, 0, m.group(0), "camp"), _SENTENCE.split(text[:m.start()])[-1] +
                    _SENTENCE.split(text[m.start():])[0]):
                continue  # a block in a sentence about a camp, not « bloc A du ministère » (as geotag rules)
            kind = next(k for k in ("hospital", "camp", "detention") if m.group(k))
            out.append((base + m.start() if base >= 0 else -1, kind, m.group(0).strip()))
    return out
