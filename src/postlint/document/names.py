"""Person names and precise places found without a language model.

Used by the minors check (English drafts, and French ones alongside the spaCy NER) and by the geotag
check. What it catches: a first name from the lists of `name_lists.py` (with the capitalised
words after it as a family name; a name that is also a word, "Will", "Rose", only with one), a title
followed by capitalised words ("Mr Otieno", "Mme Diop"), any capitalised words followed by an age
("Amina, 12," / "Moussa Ndiaye, 8 ans" / "Grace (14)"), "named X" / "s'appelle X".
What it misses: names that are not in the lists and carry none of these cues ("Tchamba went home"), and
lower-cased names. Capitalised words in or beside an institution word are not a person ("Hôpital Fann",
"Kofi Annan Centre"). Places: named schools, villages, neighbourhoods, streets, camp blocks and tents,
health facilities; a bare town or country name is not a precise place on purpose.
"""
from __future__ import annotations

from collections.abc import Iterator

import regex
from msgspec import Struct

from postlint.text import nlp
from postlint.text.gates import GateSet, declare, fold_case, passes
from postlint.document.name_lists import INSTITUTION_WORDS, KNOWN_PLACES, OPENERS, name_sets as _name_sets
from postlint.document.parse.inline import BARE_URL
from postlint.document.press_labels import EMAIL
from postlint.text.lang import is_word
from postlint.text.patterns import LazyRegex, Match

TITLES = frozenset("""
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir madam lady lord rev rev. reverend
m. mme mme. mlle mlle. madame monsieur mademoiselle docteur pr pr. maître maitre
""".split())

# Capitalised words that begin sentences or name things, never people.
NOT_NAMES = frozenset("""
the a an this that these those our their his her its my your we they he she it in on at for from with
by of to and or but if when while after before since during today tonight yesterday tomorrow
le la les un une des ce cette ces notre nos votre vos leur leurs son sa ses mon ma mes il elle ils elles
on nous vous en au aux du de dans sur pour par avec sans chez après avant depuis pendant aujourd'hui
hier demain ce ici là voici voilà merci bravo bienvenue félicitations
monday tuesday wednesday thursday friday saturday sunday january february march april june july
august september october november december lundi mardi mercredi jeudi vendredi samedi dimanche
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
school academy street road avenue village camp hospital clinic district region city town
école collège lycée rue avenue village quartier camp hôpital clinique région ville commune
unicef unesco unhcr who ong ngo onu un
meet meeting thanks thank welcome congratulations dear hello hi join say says said read watch see voici voilà
rencontre rencontrez découvrez découvre portrait témoignage félicitations bravo merci saluons
little young baby baby-girl petit petite jeune bébé
dieu god allah jésus jesus
""".split())

_CAP = r"[\p{Lu}](?:['’][\p{Lu}])?[\p{Ll}\p{M}]+(?:[-'’][\p{Lu}]?[\p{Ll}\p{M}]+)*"
_PARTICLE = r"(?:de|da|du|dos|das|van|von|bin|ben|ibn|ould|el|al|wa)"
NAME_SEQ = LazyRegex(rf"(?<![\p{{L}}\p{{M}}'’\-])(?:{_CAP})(?:[ \t]+(?:{_PARTICLE}[ \t]+)?(?:{_CAP})){{0,3}}(?![\p{{L}}\p{{M}}])")
_WORD = LazyRegex(_CAP)
_TITLE_BEFORE = LazyRegex(r"(?i)(?:^|(?<=[\s(«\"“]))(mr|mrs|ms|miss|dr|prof|sir|madam|rev|m|mme|mlle|madame|monsieur|"
                              r"mademoiselle|docteur|pr|maître|maitre)\.?[ \t]+$")
# An age right after a name: "Amina, 12," "Moussa Ndiaye, 8 ans" "Grace (14)" "Awa, âgée de 9 ans"
AGE_AFTER = LazyRegex(r"^[ \t]*(?:,[ \t]*(?:âgée?s?[ \t]+de[ \t]+|aged[ \t]+|age[ \t]+)?(\d{1,3})[ \t]*(ans|mois|years?[ \t]+old|,(?!\d)|\))"
                          r"|\([ \t]*(\d{1,3})[ \t]*(?:ans|years?)?[ \t]*\)"
                          r"|,[ \t]+(?:a|an)[ \t]+(\d{1,3})-(?:year|month)-old)", regex.I)
NAMED_BEFORE = LazyRegex(r"(?i)(?:named|called|name is|s['’]appelle|prénommée?|nommée?|surnommée?)[ \t]+$")


class NameMatch(Struct, frozen=True):
    start: int
    end: int
    text: str
    full: bool  # given name and family name (or a title and a name)
    how: str  # list | title | age | named | ner


def is_first_name(word: str) -> bool:
    return word.casefold() in _name_sets()[0]


# A lone first name after these is a place: "in Geneva", "near Florence", « en Virginie ».
_PLACE_BEFORE = LazyRegex(r"(?i)(?<![\p{L}])(?:in|near|outside|across|around|throughout|en)[ \t]+$")
_WORD_BEFORE = LazyRegex(r"([\p{L}\p{M}'’]+)[ \t]+(?:(?:de|du|des|of|the)[ \t]+)?$")
_WORD_AFTER = LazyRegex(r"^[ \t]+(?:(?:de|du|des|of)[ \t]+)?([\p{L}\p{M}]+)")


def in_institution_name(text: str, start: int, end: int) -> bool:
    """text[start:end], capitalised words, is (part of) the name of an institution or a place: it holds an
    institution word, or one stands right before or after it ("hôpital Aristide Le Dantec", "Kofi Annan Centre")."""
    if any(w.casefold() in INSTITUTION_WORDS for w in _WORD.findall(text, start, end)):
        return True
    before = _WORD_BEFORE.search(text[max(0, start - 40):start])
    if before and before.group(1).casefold() in INSTITUTION_WORDS:
        return True
    after = _WORD_AFTER.match(text[end:end + 40])
    return bool(after and after.group(1)[:1].isupper() and after.group(1).casefold() in INSTITUTION_WORDS)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def person_names(text: str, offset: int = 0) -> list[NameMatch]:
    """Likely person names in `text` (offsets shifted by `offset`)."""
    out: list[NameMatch] = []
    first_names, word_names = _name_sets()
    for m in NAME_SEQ.finditer(text):
        start, end = m.start(), m.end()
        words = _words(m.group(0))
        if in_institution_name(text, start, end):
            continue  # "Hôpital Fann", "Lycée Blaise Diagne", "Kofi Annan Centre"
        # drop capitalised function words at the front ("Ce matin, Awa…" → the sequence starts at Awa)
        while words and words[0].casefold() in NOT_NAMES:
            start = text.index(words[0], start) + len(words[0])
            start = len(text) - len(text[start:].lstrip(" \t"))
            words = words[1:]
        titled = False
        if words and words[0].casefold() in TITLES:  # "Mr Otieno", "Mme Diop"
            titled = True
            start = text.index(words[0], start) + len(words[0])
            start += len(text[start:]) - len(text[start:].lstrip(" \t"))
            words = words[1:]
        if not words:
            continue
        if any(w.casefold() in NOT_NAMES for w in words[1:]):
            # "Fatou Dimanche"? cut at the first non-name word
            cut = next(i for i, w in enumerate(words) if i and w.casefold() in NOT_NAMES)
            words = words[:cut]
            end = start + _span_len(text, start, words)
        name_text = text[start:end]
        before, after = text[:start], text[end:]
        first = words[0].casefold()
        how = ""
        if titled or _TITLE_BEFORE.search(before):
            how = "title"
        elif AGE_AFTER.match(after):
            how = "age"
        elif NAMED_BEFORE.search(before):
            how = "named"
        elif (first in first_names or first in word_names) and (len(words) > 1 or first not in word_names) \
                and not (len(words) == 1 and _PLACE_BEFORE.search(before)):  # "in Geneva", "en Guinée"
            how = "list"
        if not how:
            continue
        out.append(NameMatch(offset + start, offset + end, name_text, len(words) > 1 or how == "title", how))
    return out


# Any capitalised word, after an apostrophe too ("d'Aminata"): what a language model could take for a name.
_ANY_CAP = LazyRegex(r"(?<![\p{L}\p{M}\d_])[\p{Lu}][\p{L}\p{M}]*(?:[-'’][\p{L}\p{M}]+)*")


def ner_undecided(text: str) -> bool:
    """Whether `text` holds a capitalised word the heuristics cannot account for, so that only the language
    model can say whether it is a person. Accounted for: the words of the names `person_names` finds and of the
    places `precise_places` finds, institution names, hashtags and @handles, capitalised function words and
    titles (`NOT_NAMES`, `TITLES`), acronyms, a common word opening a sentence, and known towns and countries (`name_lists.KNOWN_PLACES`). A text without
    such a word is decided by the heuristics alone: the model (a second or more to load) is not asked."""
    if not _ANY_CAP.search(text):
        return False
    covered = [(n.start, n.end) for n in person_names(text)] + [(p.start, p.end) for p in precise_places(text)]
    # Ousmane.Coulibaly@gmail.com, a link: an address, not prose
    covered += [w.span() for pattern in (EMAIL, BARE_URL) for w in pattern.finditer(text)]
    for m in _ANY_CAP.finditer(text):
        s, e = m.span()
        if s and text[s - 1] in "#@" or any(a <= s and e <= b for a, b in covered):
            continue
        word = m.group(0).casefold()
        if len(word) == 1 or m.group(0).isupper():
            continue  # an acronym (VIH, ONG, CM2) or a lone capital (« MERCI À TOUS »)
        if word in NOT_NAMES or word in TITLES or word in KNOWN_PLACES or word in INSTITUTION_WORDS:
            continue
        if in_institution_name(text, s, e):
            continue
        opens = not text[:s].strip(" \t\"«“(").endswith(tuple("abcdefghijklmnopqrstuvwxyz,;:"))
        if opens and (word in OPENERS or is_word(word.split("-")[0])):  # (« Contactez-nous »)
            # "Plus d'infos", « Inscriptions auprès de… », "Only…": a common word opening a sentence (a known
            # first name there, « Rose a 12 ans », was already covered by person_names)
            continue
        return True
    return False



nlp.register_need(ner_undecided)


def _span_len(text: str, start: int, words: list[str]) -> int:
    pos = start
    for w in words:
        pos = text.index(w, pos) + len(w)
    return pos - start


# ------------------------------------------------------------------------------------------- places
_NAME = (r"(?:[\p{Lu}](?:['’][\p{Lu}])?[\p{L}\p{M}'’\-]*|\d{1,3}[A-Za-z]?(?!\d))"
         r"(?:[ \t]+(?:(?:de|du|des|la|le|d['’])[ \t]*)?(?:[\p{Lu}](?:['’][\p{Lu}])?[\p{L}\p{M}'’\-]*|\d{1,3}[A-Za-z]?(?![\d\p{L}]))){0,4}")
_OF_FR = r"(?:[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|du[ \t]+|des[ \t]+|de[ \t]+|d['’])|[ \t]+)"
_SCHOOL_FR = (r"(?i:école|ecole|collège|college|lycée|groupe[ \t]+scolaire|complexe[ \t]+scolaire|daara|medersa|madrasa|"
              r"jardin[ \t]+d['’]enfants|crèche|garderie|orphelinat|pouponnière|internat|foyer)"
              r"(?:[ \t]+(?i:élémentaire|primaire|fondamentale|secondaire|technique|professionnelle?|moderne|publique|privée|coranique|maternelle|franco-arabe|communale|"
              r"catholique|islamique|mixte|de[ \t]+base|d['’]application|des[ \t]+filles|des[ \t]+garçons))*"
              r"|\b(?:EPP|EP|CEG|CEM|EEP)")
_PLACE_SPECS: list[tuple[str, str]] = [
    ("school", rf"\b(?:{_SCHOOL_FR}){_OF_FR}(?P<name>{_NAME})"),
    ("school", rf"(?P<name>{_NAME})[ \t]+(?:(?:Primary|Secondary|High|Junior|Senior|Elementary|Middle|Grammar|Community|"
               r"Nursery|Girls['’]?|Boys['’]?|Mixed|Day|Boarding|Islamic|Catholic|Model|Public|Preparatory)[ \t]+)*"
               # not "the American Academy of Pediatrics", "the London School of Economics": a body, a university
               r"(?:School|Academy|Orphanage|Children['’]s[ \t]+Home|Madrasa)\b(?![ \t]+of[ \t]+\p{Lu})"),
    ("village", rf"\b(?i:village|hameau|quartier|lieu-dit|bidonville|campement|cité|faubourg){_OF_FR}(?P<name>{_NAME})"),
    ("village", r"\b(?i:secteur|sector)[ \t]+(?P<name>\d{1,3})\b"),
    ("village", rf"\b(?i:village|neighbou?rhood|district|settlement|slum)[ \t]+of[ \t]+(?P<name>{_NAME})"),
    ("village", rf"(?P<name>{_NAME})[ \t]+(?i:village|neighbou?rhood|settlement|slum|estate|compound|township)\b"),
    ("street", rf"\b(?i:rue|avenue|boulevard|impasse|allée|ruelle){_OF_FR}(?P<name>{_NAME})"),
    ("street", rf"(?P<name>{_NAME})[ \t]+(?:Street|Road|Avenue|Lane|Close|Drive|Crescent|Boulevard|Terrace)\b"),
    ("camp", r"\b(?i:bloc|block|tente|tent|abri|shelter|parcelle|plot|case|conteneur|container)[ \t]*"
             r"(?:n°[ \t]*|no\.?[ \t]*|#[ \t]*|numéro[ \t]+|number[ \t]+)?(?P<name>[A-Z]?\d{1,4}[A-Z]?|[A-Z])\b"),
    ("facility", rf"\b(?i:hôpital|hopital|clinique|centre[ \t]+de[ \t]+santé|case[ \t]+de[ \t]+santé|poste[ \t]+de[ \t]+santé|"
                 rf"dispensaire|maternité|centre[ \t]+hospitalier|centre[ \t]+d['’]accueil){_OF_FR}(?P<name>{_NAME})"),
    ("facility", rf"(?P<name>{_NAME})[ \t]+(?:Hospital|Clinic|Health[ \t]+(?:Centre|Center|Post)|Medical[ \t]+(?:Centre|Center))\b"),
]
_PLACES: list[tuple[str, LazyRegex]] | None = None
# Cues, one per _PLACE_SPECS entry: (words one of which the case-folded text must contain, words one of
# which the text must contain as written). A spec whose cue is absent cannot match, so it is neither
# compiled nor run: most drafts name no school, street or hospital.
_PLACE_CUES: list[tuple[tuple[str, ...], tuple[str, ...]]] = [
    (("école", "ecole", "collège", "college", "lycée", "scolaire", "daara", "medersa", "madrasa", "jardin", "crèche",
      "garderie", "orphelinat", "pouponnière", "internat", "foyer"), ("EP", "CEG", "CEM")),
    ((), ("School", "Academy", "Orphanage", "Home", "Madrasa")),
    (("village", "hameau", "quartier", "lieu-dit", "bidonville", "campement", "cité", "faubourg"), ()),
    (("secteur", "sector"), ()),
    (("village", "neighbo", "district", "settlement", "slum"), ()),
    (("village", "neighbo", "settlement", "slum", "estate", "compound", "township"), ()),
    (("rue", "avenue", "boulevard", "impasse", "allée", "ruelle"), ()),
    ((), ("Street", "Road", "Avenue", "Lane", "Close", "Drive", "Crescent", "Boulevard", "Terrace")),
    (("bloc", "tent", "abri", "shelter", "parcelle", "plot", "case", "conteneur", "container"), ()),
    (("hôpital", "hopital", "clinique", "santé", "dispensaire", "maternité", "hospitalier", "accueil"), ()),
    ((), ("Hospital", "Clinic", "Health", "Medical")),
]
assert len(_PLACE_CUES) == len(_PLACE_SPECS)
for _i, ((_, _pattern), (_folded, _exact)) in enumerate(zip(_PLACE_SPECS, _PLACE_CUES)):
    # lower-case cues are looked for in fold_case(text), capitalised ones as written: both kinds in one proof
    declare(f"place spec #{_i}", _pattern, (tuple(_folded) + tuple(_exact),))


def _cue_specs(side: int) -> dict[str, list[int]]:
    """Each cue word → the specs it opens: all the words are tested once per text, in C loops."""
    out: dict[str, list[int]] = {}
    for i, cues in enumerate(_PLACE_CUES):
        for word in cues[side]:
            out.setdefault(word, []).append(i)
    return out


_FOLDED_CUE_SPECS, _EXACT_CUE_SPECS = _cue_specs(0), _cue_specs(1)
_FOLDED_CUES, _EXACT_CUES = tuple(_FOLDED_CUE_SPECS), tuple(_EXACT_CUE_SPECS)
_FOLDED_CUE_SET, _EXACT_CUE_SET = GateSet(((c,),) for c in _FOLDED_CUES), GateSet(((c,),) for c in _EXACT_CUES)


class PlaceMatch(Struct, frozen=True):
    start: int
    end: int
    text: str
    kind: str  # school | village | street | camp | facility | address


def _compiled() -> list[tuple[str, LazyRegex]]:
    global _PLACES
    if _PLACES is None:
        _PLACES = [(kind, LazyRegex(p)) for kind, p in _PLACE_SPECS]
    return _PLACES


def place_cues(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The cue words found in `text`: a sentence of it holds no others (for `precise_places(…, cues=)`)."""
    # fold_case, not casefold: a case-insensitive "i" also matches "İ", which casefolds to two characters
    # (one Aho-Corasick pass for each kind, not one search per cue word: the prose of a post is read twice, not 77
    # times)
    found, exact = _FOLDED_CUE_SET.present(fold_case(text)), _EXACT_CUE_SET.present(text)
    return tuple(c for c in _FOLDED_CUES if c in found), tuple(c for c in _EXACT_CUES if c in exact)


def precise_places(text: str, offset: int = 0, cues: tuple[tuple[str, ...], tuple[str, ...]] | None = None
                   ) -> list[PlaceMatch]:
    """Named schools, villages, neighbourhoods, streets, camp blocks/tents and health facilities. `cues`:
    `place_cues` of a text that contains this one (the whole prose of a draft checked sentence by sentence)."""
    found: list[PlaceMatch] = []
    folded_cues, exact_cues = cues or (_FOLDED_CUES, _EXACT_CUES)
    todo: set[int] = set()
    if folded_cues:
        for c in filter(fold_case(text).__contains__, folded_cues):
            todo.update(_FOLDED_CUE_SPECS[c])
    for c in filter(text.__contains__, exact_cues):
        todo.update(_EXACT_CUE_SPECS[c])
    if not todo:
        return found
    places = _compiled()
    for i in sorted(todo):  # in the specs' order: ties between equal spans keep it
        kind, rx = places[i]
        for m in rx.finditer(text):
            start, end = m.start(), m.end()
            name = m.group("name")
            if kind in ("school", "village", "street", "facility") and name:
                # the name must be a name: not a capitalised function word alone ("l'école De…")
                words = _words(name)
                if words and all(w.casefold() in NOT_NAMES for w in words) and not any(c.isdigit() for c in name):
                    continue
                if m.start("name") == start:  # the name comes first (English): trim "At", "The"…
                    lead = _words(text[start:m.end("name")])
                    while lead and lead[0].casefold() in NOT_NAMES:
                        start = text.index(lead[0], start) + len(lead[0])
                        start += len(text[start:]) - len(text[start:].lstrip(" \t"))
                        lead = lead[1:]
                    if not lead and not any(c.isdigit() for c in text[start:m.end("name")]):
                        continue
            found.append(PlaceMatch(offset + start, offset + end, text[start:end], kind))
    return _longest(found)


def _longest(items: list[PlaceMatch]) -> list[PlaceMatch]:
    """Keep the longest of overlapping matches."""
    items.sort(key=lambda p: (p.start, -(p.end - p.start)))
    out: list[PlaceMatch] = []
    for p in items:
        if out and p.start < out[-1].end:
            if p.end - p.start > out[-1].end - out[-1].start:
                out[-1] = p
            continue
        out.append(p)
    return out


# Street addresses with a number (geotag.precise-location): "12 rue Carnot", "14 Main Street".
_STREET_FR = (r"(?i:rue|avenue|av\.|boulevard|bd|allée|impasse|chemin|route|place|quai|ruelle)[ \t]+"
              r"(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|du[ \t]+|des[ \t]+|de[ \t]+|d['’])?"
              r"(?:[\p{Lu}\d][\p{L}\p{M}\d'’\-]*)(?:[ \t]+[\p{Lu}][\p{L}\p{M}'’\-]*)*")
_STREET_EN = (r"(?:[\p{Lu}][\p{L}\p{M}'’\-]*[ \t]+){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Close|Drive|Crescent|"
              r"Boulevard|Blvd\.?|Way|Terrace|Court|Square)(?![\p{L}])")
STREET_ADDRESS = LazyRegex(r"(?<![\d,.])\b\d{1,4}(?:[ \t]?(?:bis|ter|[A-Z]))?,?[ \t]+(?:" + _STREET_FR + "|" + _STREET_EN + ")")
# Every match holds a digit and a street word: a French one (any case: tested on fold_case) or an English one
# (as written) — `gates.implied` on _STREET_FR / _STREET_EN. Most texts have neither: no compiling, no scan.
STREET_FR_GATE = declare("street fr", _STREET_FR, "rue avenue av. boulevard bd allée impasse chemin route place quai ruelle")
STREET_EN_GATE = declare("street en", _STREET_EN,
                         "Street St Road Rd Avenue Ave Lane Close Drive Crescent Boulevard Blvd Way Terrace Court Square")
_DIGIT = LazyRegex(r"\d", regex.V0)


def street_addresses(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Match]:
    """`STREET_ADDRESS.finditer(text, pos, endpos)`, or nothing when the text cannot hold an address."""
    end = len(text) if endpos is None else endpos
    if not (passes(STREET_EN_GATE, text) or passes(STREET_FR_GATE, fold_case(text))) or not _DIGIT.search(text, pos, end):
        return iter(())
    return (m for m in STREET_ADDRESS.finditer(text, pos, end) if not _year_not_number(text, m))


_YEAR_AFTER_ARTICLE = LazyRegex(r"(?i)(?<![\p{L}])(?:the|a|an|this|that|its|our|their|in|of|le|la|les|du|des|"
                                r"de[ \t]+la|en)[ \t]+$")


def _year_not_number(text: str, m: Match) -> bool:
    """"the 2021 Supreme Court election", "June 14, 2019 Applications Close": a year after an article or a day is
    a date, and "#227 Mapping…" an issue or event number, not a street number."""
    if text[max(0, m.start() - 2):m.start()].lstrip("\\ ").endswith("#"):
        return True
    digits = m.group(0)[:4]
    if not (digits.isdigit() and 1900 <= int(digits) <= 2099):
        return False
    return (_YEAR_AFTER_ARTICLE.search(text, max(0, m.start() - 12), m.start()) is not None
            or regex.search(r"\d{1,2},?[ \t]+$", text[max(0, m.start() - 6):m.start()]) is not None)


# Camp blocks, tents and shelters (geotag.precise-location reports these; "case 3" or "plot 4" stay minors-only).
CAMP_WORDS = LazyRegex(r"(?i)^(?:bloc|block|tente|tent|abri|shelter)\b")
_CAMP_CONTEXT = LazyRegex(r"(?i)\b(?:camps?|tentes?|tents?|abris?|shelters?|réfugiée?s?|déplacée?s?|refugees?|"
                              r"displaced|idps?|settlements?|sites?)\b")


def camp_location(place: PlaceMatch, sentence: str) -> bool:
    """A tent or shelter number, or a block in a sentence about a camp ("bloc A du ministère" is not)."""
    if not CAMP_WORDS.match(place.text):
        return False
    return not regex.match(r"(?i)bloc|block", place.text) or bool(_CAMP_CONTEXT.search(sentence))
