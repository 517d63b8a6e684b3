"""Child cues of the minors rules: where a draft speaks of a child.

A cue is an age under 18 ("8 ans", "âgée de 15 ans", "a 9-year-old", "aged 14", "Amina, 12,") or a word for a
child (enfant, fillette, élève, collégienne, orphelin·e, child, pupil, schoolgirl, teenager…), found in each unit:
a sentence of the body or an image's alt text. Statistics and set phrases ("150 millions d'enfants", "children in
Mali", "girl power", "le budget s'élève à") are not cues. The big patterns are gated (`text/gates.py`).

`rules/minors/identifying_details.py` looks for names and precise places around the cues; `child_posts()` tells
the geotag rules which posts speak of a child (an address or a position there is an error).
"""
from __future__ import annotations

import re

import regex
from msgspec import Struct

from postlint.text.gates import declare, fold_case, passes
from postlint.text.patterns import LazyRegex

from postlint.document.model import Document, Image
from postlint.core.spans import Span
from postlint.document.names import is_first_name, precise_places
from postlint.document.analysis import analysis

_NUM_FR = ("un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|"
           "dix-huit|dix-neuf|vingt")
_NUM_EN = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
           "seventeen|eighteen|nineteen|twenty")
WORD_NUMBERS = {w: i + 1 for i, w in enumerate(_NUM_FR.split("|")[1:])} | {"un": 1, "une": 1} | \
    {w: i + 1 for i, w in enumerate(_NUM_EN.split("|"))}
_PERSON_NOUN_FR = (r"fille|fillette|garçon|garçonnet|enfant|élève|adolescente?|ado|bébé|jeune|femme|homme|mère|père|"
                   r"petite?|orpheline?|écolière?|écolier|collégienne?|lycéenne?|victime|survivante?|patiente?|mineure?|"
                   r"talibé|apprentie?|domestique|épouse|mariée?|fils|sœur|soeur|frère|cadette?|aînée?|benjamine?")
AGE_FR = LazyRegex(
    rf"(?P<pre>âgée?s?[ \t]+de[ \t]+(?:seulement[ \t]+|à[ \t]+peine[ \t]+|tout[ \t]+juste[ \t]+|presque[ \t]+)?"
    rf"|(?<![\p{{L}}'’])(?P<verb>a|avait|aura|ont|avaient|auront|fête[ \t]+ses|fêtera[ \t]+ses|vient[ \t]+d['’]avoir)[ \t]+"
    rf"(?:seulement[ \t]+|à[ \t]+peine[ \t]+|tout[ \t]+juste[ \t]+|maintenant[ \t]+|bientôt[ \t]+|presque[ \t]+|déjà[ \t]+)?"
    rf"|(?P<app>,[ \t]*|\([ \t]*)"
    rf"|(?<![\p{{L}}])(?:{_PERSON_NOUN_FR})s?[ \t]+(?:de|d['’])[ \t]*)"
    rf"(?P<n>\d{{1,3}}|{_NUM_FR})[ \t]*(?P<unit>ans?|mois|semaines|jours)\b", regex.I)
AGE_EN = LazyRegex(
    rf"\b(?P<n>\d{{1,2}}|{_NUM_EN})[- ](?P<unit>year|month|week|day)s?[- ]old\b(?P<after>[ \t]+[\p{{L}}-]+)?"
    rf"|\baged[ \t]+(?:just[ \t]+|only[ \t]+)?(?P<n2>\d{{1,2}}|{_NUM_EN})\b(?P<range>[ \t]*(?:to|and|-|–|or)[ \t]*\d)?"
    rf"|(?<=[\p{{Lu}}][\p{{Ll}}]+)(?:,[ \t]*(?:age[ \t]+)?(?P<n3>\d{{1,2}})[ \t]*,|[ \t]*\((?P<n4>\d{{1,2}})\))", regex.I)
_DURATION_AFTER = LazyRegex(
    r"^[ \t]*(?:de[ \t]+(?:prison|mariage|vie|travail|carrière|service|lutte|combat|guerre|conflit|existence|présence|"
    r"activité|pratique|militantisme|engagement|expérience|partenariat|programme|crise)|d['’](?:expérience|existence|"
    r"activité|engagement|emprisonnement|exil|errance|attente|action|histoire)|plus[ \t]+tard|après|auparavant|plus[ \t]+tôt|"
    r"plus[ \t]+de|de[ \t]+plus)", regex.I)
_NOT_PERSON_SUBJECT = LazyRegex(
    r"(?i)\b(?:association|centre|center|projet|project|programme|program|réseau|network|ong|ngo|structure|festival|"
    r"campagne|campaign|collectif|club|maison|site|initiative|journée|édition|plateforme|organisation|organization|"
    r"fondation|foundation|coalition|alliance|entreprise|bureau|service|clinique|loi|law|guerre|war|conflit|"
    r"partenariat|partnership|école|school|bâtiment|building|radio|journal|magazine|groupe|boutique|magasin|shop|"
    r"store|café|bar|restaurant|marché|market|hôpital|hospital|pharmacie|pharmacy|salle|espace|local|permanence|"
    r"dispositif|bibliothèque|library|musée|museum|théâtre|theatre|cinéma|cinema|lieu)\b[^.!?]{0,60}$")
_CHILD_STEMS_FR = (r"enfant|fillette|garçonnet|bambin|élève|écoli(?:er|ère)|collégien|lycéen|adolescent|ado|orphelin|"
                   r"mineur|bébé|nourrisson|nouveaux?-né|talibé|petite[ \t]+fille|petit[ \t]+garçon|jeune[ \t]+fille|"
                   r"jeune[ \t]+garçon")
_CHILD_EN = (r"child|children|kids?|girls?|boys?|schoolgirls?|schoolboys?|schoolchild(?:ren)?|pupils?|teenagers?|teens?|"
             r"adolescents?|orphans?|minors?|bab(?:y|ies)|infants?|toddlers?|newborns?|youngsters?|talib[ée]s?")
CHILD_WORD = LazyRegex(
    rf"(?<![\p{{L}}\p{{M}}-])(?P<noun>(?i:{_CHILD_STEMS_FR})(?:[·.\-]?n?e)?(?:[·.\-]?[sx])?|(?i:{_CHILD_EN}))"
    rf"(?![\p{{L}}\p{{M}}])")
# Gates (`text/gates.py`): the big patterns run only on the few sentences that can match. Every AGE_FR match ends
# with its unit word; every AGE_EN match has "old", "aged", or a number after "," / "(" (its third branch);
# every CHILD_WORD match holds a word of CHILD_GATE (`gates.implied`). With `regex` (V0): the same \b, \d.
_AGE_FR_UNIT = LazyRegex(r"(?:ans?|mois|semaines|jours)\b", regex.I | regex.V0)
_AGE_EN_NUMBER = LazyRegex(r"(?:,[ \t]*(?:age[ \t]+)?|\()\d", regex.I | regex.V0)
CHILD_GATE = declare("child word", CHILD_WORD, "ado babies baby bambin boy bébé child collégien enfant fille garçon girl infant kid lycéen mineur "
                  "minor newborn nourrisson nouveau orphan orphelin pupil talibe talibé teen toddler youngster "
                  "écolier écolière élève", re.I)
_GENERIC_BEFORE = LazyRegex(
    r"(?i)(?:\b(?:chaque|tout|toute|tous|toutes|aucun|aucune|nul|nulle|every|each|no|any|all)[ \t]+(?:les[ \t]+|the[ \t]+)?"
    r"|\b(?:millions?|milliers|milliards?|centaines|dizaines|thousands|hundreds|dozens|majority|majorité|plupart|"
    r"moitié|half|tiers|third)[ \t]+(?:d['’]|de[ \t]+|of[ \t]+)?(?:ces[ \t]+|les[ \t]+|the[ \t]+)?"
    r"|%[ \t]*(?:des|of|d['’])[ \t]*(?:the[ \t]+)?"
    r"|\b(?:one|1)[ \t]+(?:in|out[ \t]+of)[ \t]+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)[ \t]+"
    r"|\b(?:droits?|protection|intérêt[ \t]+supérieur|travail|santé|bien-être|développement|survie|nutrition|"
    r"mortalité|convention|journée|défenseur|défense|rights|welfare)[ \t]+(?:de[ \t]+l['’]|des[ \t]+|du[ \t]+|de[ \t]+la[ \t]+|of[ \t]+the[ \t]+|of[ \t]+)"
    r"(?:jeune[ \t]+)?"
    r"|\b(?:mère|parents?|mother)[ \t]+(?:à|to)[ \t]+(?:l['’]|the[ \t]+)"  # « transmission de la mère à l'enfant »
    r"|\b(?:mère|mother)[ \t]+(?:et|and)[ \t]+(?:de[ \t]+)?(?:son|her|their|leur)[ \t]+"  # « la mère et son enfant »
    r"|\b(?:par|per)[ \t]+"  # « 50 g par élève », "per pupil": a rate
    r"|\b(?:for|pour)[ \t]+(?:all[ \t]+)?(?:our|nos|their|leurs|tous[ \t]+nos)[ \t]+"  # "a better world for our children"
    # one's own childhood: "a book I loved as a child", « quand j'étais enfant »
    r"|\b(?:as|when[ \t]+(?:i|he|she|we|they|you)[ \t]+(?:was|were)|quand[ \t]+(?:j['’]|il[ \t]+|elle[ \t]+)"
    r"(?:étais|était)|lorsque[ \t]+(?:j['’]|il[ \t]+|elle[ \t]+)(?:étais|était))[ \t]+(?:a[ \t]+|an[ \t]+|un[ \t]+|une[ \t]+)?"
    # someone's past childhood: « alors qu'elle n'était qu'une toute petite enfant », "since she was a little girl"
    r"|\b(?:alors[ \t]+qu['’][ \t]*|quand[ \t]+|lorsqu['’][ \t]*|depuis[ \t]+qu['’][ \t]*|since[ \t]+|when[ \t]+)"
    r"(?:il|elle|ils|elles|he|she|they)[ \t]+(?:n['’][ \t]*)?(?:était|étaient|was|were)[ \t]+(?:qu['’][ \t]*|only[ \t]+|just[ \t]+)?"
    r"(?:un[ \t]+|une[ \t]+|des[ \t]+|a[ \t]+|an[ \t]+)?(?:(?:tout|toute|tous|toutes|very|little|small|petit|petite|petits|"
    r"petites|jeune|jeunes)[ \t]+){0,2})$")
# a capitalised child word inside a name or a title: “The Kid”, "Karate Kid", "Boys & Girls Club"
_IN_A_TITLE = LazyRegex(r"(?:\p{Lu}[\p{L}'’]*,?[ \t]+(?:(?:and|&)[ \t]+)?|[“\"«‘][ \t]*)$")
_GENERIC_AFTER = LazyRegex(
    r"(?i)^(?:[ \t]+sur[ \t]+(?:\d+|deux|trois|quatre|cinq|dix)|[ \t]+in[ \t]+(?:\d+|two|three|four|five|ten)\b|['’]s?[ \t]+rights|"
    r"[ \t]+(?:protection|rights|labou?r|marriage|mortality|poverty|safeguarding|welfare|care|development|health|"
    r"friendly|soldiers|benefit|grant|abuse|advocates?|advocacy|services|support|sponsorship|allowance|custody|"
    r"literacy|nutrition|tax|policy|policies|ombudsman|commissioner|safety|survival|feeding|predators?|"
    r"exploitation|trafficking|pornography|sexual)\b|-friendly)")
# « la petite Fatoumata Keïta », « le petit Moussa »: "petit" before a capitalised name speaks of one child
_PETIT_NAME = LazyRegex(r"(?<![\p{L}])(?i:la|le|cette|ce|notre|sa|son|leur)[ \t]+(?P<noun>(?i:petite?))[ \t]+"
                        r"(?=\p{Lu}\p{Ll})")
_DET_SINGULAR = LazyRegex(
    r"(?i)(?:\b(?:l|le|la|un|une|ce|cet|cette|notre|votre|son|sa|leur|mon|ma|ton|ta|a|an|the|this|that|our|their|his|"
    r"her|my|your|one|jeune|petite?|young|little|teenage|orphaned|unaccompanied|refugee|displaced)[ \t]*['’]?[ \t]*"
    r"|,[ \t]*)$")
_VERB_BEFORE = LazyRegex(r"(?i)(?:\b(?:s|qui|il|elle|on|ils|elles|ne|n|se)['’ \t]+)$")
_MINOR_ADJ_AFTER = LazyRegex(
    r"(?i)^[ \t]+(?:injur|role|issue|change|offen[cs]|detail|problem|incident|delay|adjust|repair|surgery|damage|"
    r"concern|point|d['’]or|de[ \t]+fond|du[ \t]+charbon|de[ \t]+la[ \t]+mine"
    r"|in[ \t]+\p{Lu})")  # "a minor in International Studies": a degree, not a child


# "Amina, 12," "Grace (14)": the word before must be a whole word, the number not the start of "4,000", and a
# list of counts ("Portuguese (14), Spanish (12)") is not a list of ages unless the words are first names.
_NAME_BEFORE_AGE = LazyRegex(r"(?<![\p{L}\p{N}_])\p{Lu}[\p{Ll}\p{M}]+$")


def _age_after_name(text: str, start: int, end: int, g: str) -> bool:
    word = _NAME_BEFORE_AGE.search(text, 0, start)
    if word is None or g == "n3" and regex.match(r"[ \t]*\d", text[end:end + 3]):
        return False
    if g == "n4":
        listed = _COUNT_IN_BRACKETS.findall(text)
        if len(listed) > 1 and not any(is_first_name(w) for w in listed):
            return False
        if _NUMBERED_ITEM.fullmatch(word.group(0)):
            return False  # "Ten (10) percent", "Exhibit (3)", "Rule (2)": a numbered item, not "Grace (14)"
    return True


_NUMBERED_ITEM = LazyRegex(rf"(?i:{_NUM_EN}|{_NUM_FR}|exhibit|rule|figure|fig|table|section|article|step|chapter|"
                           r"part|item|question|appendix|annex|annexe|note|phase|level|round|option|case|example|"
                           r"point|paragraph|clause|chart|slide|page|volume|issue|version|tableau|étape|partie)")
_COUNT_IN_BRACKETS = LazyRegex(r"(\p{L}+)[ \t]*\([ \t]*\d{1,3}[ \t]*\)")  # "NSF (1), NSF BIO Centers (2)": notes


class ChildCue(Struct, frozen=True):
    start: int
    end: int
    text: str
    individual: bool  # one identifiable child (an age, "l'élève", "a girl") rather than a group
    age: int | None = None


class Unit(Struct):
    """A sentence of the body (or an image's alt text) with its place in the draft."""

    span: Span
    text: str
    post: int
    index: int
    alt: bool = False


def _number(text: str) -> int | None:
    t = text.lower()
    return int(t) if t.isdigit() else WORD_NUMBERS.get(t)


@analysis
def units(doc: Document) -> list[Unit]:
    out = [Unit(s, doc.prose[s.start:s.end], doc.post_index(s.start), i) for i, s in enumerate(doc.sentences())]
    for im in doc.images:
        span = _alt_span(doc, im)
        if span:
            out.append(Unit(span, doc.source[span.start:span.end], doc.post_index(span.start), len(out), True))
    return out


def _alt_span(doc: Document, im: Image) -> Span | None:
    if not im.alt or not im.alt_span:
        return None
    if im.origin == "markdown":
        return im.alt_span
    line = doc.source[im.alt_span.start:im.alt_span.end]
    at = line.find(im.alt)
    return Span(im.alt_span.start + at, im.alt_span.start + at + len(im.alt)) if at >= 0 else None


def ages(text: str, offset: int = 0) -> list[tuple[int, int, int, str]]:
    """(start, end, age in years, text) of the ages of people stated in `text` (months count as 0)."""
    out = []
    for m in AGE_FR.finditer(text) if _AGE_FR_UNIT.search(text) else ():
        n = _number(m.group("n"))
        if n is None or _DURATION_AFTER.match(text[m.end():]):
            continue
        before = text[:m.start()]
        if m.group("verb"):
            if regex.search(r"(?i)\by[ \t]*$", before) or _NOT_PERSON_SUBJECT.search(before):
                continue  # "il y a 15 ans", "l'association a 20 ans"
        if m.group("app"):
            prev = regex.search(r"([\p{L}\p{M}'’\-]+)[ \t]*$", before)
            if not prev or not (prev.group(1)[:1].isupper()
                                or regex.fullmatch(rf"(?i)(?:{_PERSON_NOUN_FR})s?", prev.group(1))):
                continue
            if not regex.match(r"^[ \t]*(?:[,);.:!?]|et\b|$)", text[m.end():]):
                continue
        unit = m.group("unit").lower()
        years = (n if unit.startswith("an")
                 else 0 if unit == "mois" and n < 216 or unit in ("semaines", "jours") else n // 12)
        out.append((offset + m.start("n"), offset + m.end(), years, text[m.start("n"):m.end()]))
    folded = fold_case(text)
    for m in AGE_EN.finditer(text) if "old" in folded or "aged" in folded or _AGE_EN_NUMBER.search(text) else ():
        if m.group("n"):
            # the thing that is N years old, up to two words on: "a two-year-old Documenters program"
            after = text[m.end() - len(m.group("after") or ""):m.end() + 40].lower()
            if regex.match(r"(?:[ \t]+[\p{L}-]+){0,2}?[ \t]+(?:programme|program|project|organi[sz]ation|campaign|war|"
                           r"conflict|law|policy|building|tradition|partnership|company|network|crisis|car|house)\b",
                           after):
                continue
            if _NOT_PERSON_SUBJECT.search(text[:m.start()]) and regex.search(r"(?i)\b(?:is|was|turns?|turned)[ \t]+$",
                                                                             text[:m.start()]):
                continue
            n, unit = _number(m.group("n")), m.group("unit").lower()
            years = (n or 0) if unit == "year" else 0  # (no age when n is None: skipped below)
            start, end = m.start("n"), m.end() - len(m.group("after") or "")
        else:
            g = "n2" if m.group("n2") else "n3" if m.group("n3") else "n4"
            n = _number(m.group(g))
            if m.group("range"):
                continue  # "aged 5 to 14": a group, counted by the child word if any
            if g != "n2" and not _age_after_name(text, m.start(), m.end(), g):
                continue  # "Globally, 4,000 girls", "F1000Research 2,", "Portuguese (14), Spanish (12)": no name
            years = n or 0
            start, end = (m.start(), m.end()) if g == "n2" else (m.start(g), m.end(g))
        if n is not None:
            out.append((offset + start, offset + end, years, text[start:end]))
    return out


def child_words(text: str, offset: int) -> list[ChildCue]:
    out: list[ChildCue] = [ChildCue(offset + m.start("noun"), offset + m.end("noun"), m.group("noun"), True)
                           for m in (_PETIT_NAME.finditer(text) if "etit" in text else ())]
    if not passes(CHILD_GATE, fold_case(text)):
        return out
    for m in CHILD_WORD.finditer(text):
        word = m.group("noun")
        low = word.lower()
        before, after = text[:m.start()], text[m.end():]
        if _GENERIC_BEFORE.search(before) or _GENERIC_AFTER.match(after):
            continue
        if word[:1].isupper() and before.strip() and (_IN_A_TITLE.search(before) or
                                                      regex.match(r"[ \t]+\p{Lu}\p{Ll}", after) or
                                                      before.rstrip()[-1:] not in ".!?:;«“\"(—–-"):
            continue  # "Assess Fetal, Newborn, and Child Growth", "Save the Children", « la Vierge à l'Enfant »
        if regex.match(r"\.[a-z]{2,}\b", after):
            continue  # « Mon enfant.fr »: a website
        if low == "minor" and regex.match(r"[ \t]+(?!(?:was|is|has|had|who|whom|whose|and|or|in|at|from|to|with|were|"
                                          r"are|will|would|can|could|did|does|said|told|being|been|living|aged)\b)"
                                          r"\p{Ll}", after):
            continue  # "the minor expense": an adjective
        plural = (low.endswith(("s", "x", "children", "schoolchildren")) and not low.endswith(("ss",))
                  or low == "children")
        if low.startswith("élève") and _VERB_BEFORE.search(before):
            continue  # "le budget s'élève à", "elle élève ses enfants"
        if low.startswith(("mineur", "minor")):
            if _MINOR_ADJ_AFTER.match(after) or not regex.search(
                    r"(?i)\b(?:l['’]|le|la|les|un|une|des|ces|a|the|of|deux|\d+)[ \t]*$", before) and not plural:
                continue
        if low in ("girl", "boy", "kid", "teen", "ado") and not _DET_SINGULAR.search(before):
            continue  # "girl power", "boy band"
        individual = not plural and bool(_DET_SINGULAR.search(before) or regex.search(r",[ \t]*$", before))
        out.append(ChildCue(offset + m.start(), offset + m.end(), word, individual))
    return out


@analysis
def child_cues(doc: Document) -> dict[int, list[ChildCue]]:
    """Cues per unit index: ages under 18 (individual) and child words (individual or group)."""
    found: dict[int, list[ChildCue]] = {}
    for u in units(doc):
        cues = [ChildCue(s, e, t, True, a) for s, e, a, t in ages(u.text, u.span.start) if a < 18]
        words = child_words(u.text, u.span.start)
        if words:
            places = precise_places(u.text, u.span.start)  # "St Mary's Children's Home" names a place, not a child
            cues += [c for c in words if not any(p.start <= c.start < p.end for p in places)]
        if cues:
            found[u.index] = sorted(cues, key=lambda c: c.start)
    return found


def child_posts(doc: Document) -> set[int]:
    """Thread parts (post indexes) that are about one or more children."""
    us = units(doc)
    return {us[i].post for i in child_cues(doc)}
