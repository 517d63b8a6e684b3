"""minors.identifying-details: a child named, or placed precisely, in a draft.

Two steps, so the French model loads only when needed: cheap cues first (an age under 18, a child
word), then, in the cue's sentence and the next one, person names (French: spaCy NER plus the
heuristics of `postlint.names`; English: the heuristics) and precise places (`names.precise_places`).
`child_cues()` is shared with the geotag rules (an address in a post about a child is an error).
"""
from __future__ import annotations

import regex
from msgspec import Struct

from postlint.checks._gates import fold_case, gate, passes
from postlint.text import LazyRegex

from postlint.document import Document, Span
from postlint.names import (AGE_AFTER, NOT_NAMES, camp_location, NameMatch, PlaceMatch, is_first_name, person_names,
                            precise_places, street_addresses)
from postlint.rule import rule

SOURCE = ("Guide 003 (ACT Alliance), « il est interdit de publier sur les médias sociaux des informations sur des "
          "mineur·e·s qui permettraient de les identifier ou d'identifier où elles se trouvent » ; UNICEF, principes "
          "pour un reportage éthique sur les enfants (changer le nom, ne pas révéler le lieu)")

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
# Gates (`_gates.py`): the big patterns run only on the few sentences that can match. Every AGE_FR match ends
# with its unit word; every AGE_EN match has "old", "aged", or a number after "," / "(" (its third branch);
# every CHILD_WORD match holds a word of CHILD_GATE (`_gates.implied`). With `regex` (V0): the same \b, \d.
_AGE_FR_UNIT = LazyRegex(r"(?:ans?|mois|semaines|jours)\b", regex.I | regex.V0)
_AGE_EN_NUMBER = LazyRegex(r"(?:,[ \t]*(?:age[ \t]+)?|\()\d", regex.I | regex.V0)
CHILD_GATE = gate("ado babies baby bambin boy bébé child collégien enfant fille garçon girl infant kid lycéen mineur "
                  "minor newborn nourrisson nouveau orphan orphelin pupil talibe talibé teen toddler youngster "
                  "écolier écolière élève")
_GENERIC_BEFORE = LazyRegex(
    r"(?i)(?:\b(?:chaque|tout|toute|tous|toutes|aucun|aucune|nul|nulle|every|each|no|any|all)[ \t]+(?:les[ \t]+|the[ \t]+)?"
    r"|\b(?:millions?|milliers|milliards?|centaines|dizaines|thousands|hundreds|dozens|majority|majorité|plupart|"
    r"moitié|half|tiers|third)[ \t]+(?:d['’]|de[ \t]+|of[ \t]+)?(?:ces[ \t]+|les[ \t]+|the[ \t]+)?"
    r"|%[ \t]*(?:des|of|d['’])[ \t]*(?:the[ \t]+)?"
    r"|\b(?:one|1)[ \t]+(?:in|out[ \t]+of)[ \t]+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)[ \t]+"
    r"|\b(?:droits?|protection|intérêt[ \t]+supérieur|travail|santé|bien-être|développement|survie|nutrition|"
    r"mortalité|convention|journée|défenseur|défense|rights|welfare)[ \t]+(?:de[ \t]+l['’]|des[ \t]+|du[ \t]+|de[ \t]+la[ \t]+|of[ \t]+the[ \t]+|of[ \t]+)"
    r"(?:jeune[ \t]+)?)$")
_GENERIC_AFTER = LazyRegex(
    r"(?i)^(?:[ \t]+sur[ \t]+(?:\d+|deux|trois|quatre|cinq|dix)|[ \t]+in[ \t]+(?:\d+|two|three|four|five|ten)\b|['’]s?[ \t]+rights|"
    r"[ \t]+(?:protection|rights|labou?r|marriage|mortality|poverty|safeguarding|welfare|care|development|health|"
    r"friendly|soldiers|benefit|grant|abuse)\b|-friendly)")
_DET_SINGULAR = LazyRegex(
    r"(?i)(?:\b(?:l|le|la|un|une|ce|cet|cette|notre|votre|son|sa|leur|mon|ma|ton|ta|a|an|the|this|that|our|their|his|"
    r"her|my|your|one|jeune|petite?|young|little|teenage|orphaned|unaccompanied|refugee|displaced)[ \t]*['’]?[ \t]*"
    r"|,[ \t]*)$")
_VERB_BEFORE = LazyRegex(r"(?i)(?:\b(?:s|qui|il|elle|on|ils|elles|ne|n|se)['’ \t]+)$")
_MINOR_ADJ_AFTER = LazyRegex(
    r"(?i)^[ \t]+(?:injur|role|issue|change|offen[cs]|detail|problem|incident|delay|adjust|repair|surgery|damage|"
    r"concern|point|d['’]or|de[ \t]+fond|du[ \t]+charbon|de[ \t]+la[ \t]+mine)")
NAME_CHANGED = LazyRegex(
    r"(?i)pr[ée]noms?[ \t]+(?:ont[ \t]+été[ \t]+|a[ \t]+été[ \t]+)?(?:modifiée?s?|changée?s?|d['’]emprunt)|"
    r"noms?[ \t]+(?:ont[ \t]+été[ \t]+|a[ \t]+été[ \t]+)(?:modifiés?|changés?)|noms?[ \t]+d['’]emprunt|pseudonyme|"
    r"not[ \t]+(?:his|her|their|its)[ \t]+real[ \t]+names?|names?[ \t]+(?:has[ \t]+|have[ \t]+)?(?:been[ \t]+)?changed|"
    r"pseudonyms?|names?[ \t]+withheld")
_ROLE = (r"institut(?:eur|rice)s?|enseignante?s?|professeure?s?|maîtresse|maître|directeur|directrice|proviseure?|"
         r"maire|adjointe?|préfet|gouverneure?|cheffe?|chef|coordinat(?:eur|rice)|infirmi(?:er|ère)|médecin|docteure?|"
         r"sage-femme|pédiatre|psychologue|présidente?|ministre|députée?|animat(?:eur|rice)|éducat(?:eur|rice)|"
         r"travailleuse|travailleur|assistante?|juriste|avocate?|responsable|chargée?|fondat(?:eur|rice)|"
         r"représentante?|porte-parole|imam|abbé|pasteure?|prêtre|bénévole|volontaire|déléguée?|secrétaire|"
         r"photographe|journaliste|marraine|parrain|ambassad(?:eur|rice)|agente?|officier|juge|collègue|partenaire|"
         r"teacher|headteacher|headmaster|headmistress|principal|mayor|chief|coordinator|nurse|doctor|midwife|"
         r"paediatrician|pediatrician|psychologist|president|minister|director|officer|worker|lawyer|founder|"
         r"representative|spokesperson|pastor|priest|volunteer|photographer|journalist|ambassador|manager|colleague|"
         r"ceo|chair|chairperson|councillor|governor|commissioner|judge|counsell?or|caseworker|coach|trainer|formatrice|formateur")
_RELATIVE = (r"mère|père|maman|papa|parents?|grand-mère|grand-père|grands-parents|tante|oncle|frère|sœur|soeur|cousine?|"
             r"tut(?:eur|rice)|belle-mère|beau-père|mother|father|mum|mom|dad|grandmother|grandfather|grandma|granny|"
             r"aunt|uncle|brother|sister|cousin|guardian|stepmother|stepfather")
_ROLE_BEFORE = LazyRegex(
    rf"(?i)\b(?P<w>{_ROLE}|{_RELATIVE})(?:[ \t]+(?:de|du|des|d['’]|of|the|la|le|l['’]|at|à|en|in|our|notre|sa|son|her|his)?[ \t]*"
    rf"[\p{{L}}'’\-]+){{0,4}}[ \t]*[,:]?[ \t]*(?:(?:m|mme|mr|mrs|ms|dr|pr)\.?[ \t]+)?$")
_ROLE_AFTER = LazyRegex(
    rf"(?i)^[ \t]*,[ \t]*(?:(?:notre|son|sa|leur|la|le|l['’]|un|une|their|her|his|the|our|a|an)[ \t]*)?(?:[\p{{L}}\-]+[ \t]+)?"
    rf"(?P<w>{_ROLE}|{_RELATIVE})\b")
_RELATIVE_RX = LazyRegex(rf"(?i)^(?:{_RELATIVE})$")
_PRONOUN_START = LazyRegex(r"(?i)^\W*(?:il|elle|ils|elles|son|sa|ses|he|she|his|her|they|their)\b")


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


def units(doc: Document) -> list[Unit]:
    if "minors.units" not in doc.cache:
        out = [Unit(s, doc.prose[s.start:s.end], doc.post_index(s.start), i) for i, s in enumerate(doc.sentences())]
        for im in doc.images:
            span = _alt_span(doc, im)
            if span:
                out.append(Unit(span, doc.source[span.start:span.end], doc.post_index(span.start), len(out), True))
        doc.cache["minors.units"] = out
    return doc.cache["minors.units"]


def _alt_span(doc: Document, im) -> Span | None:
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
            if not prev or not (prev.group(1)[:1].isupper() or regex.fullmatch(rf"(?i)(?:{_PERSON_NOUN_FR})s?", prev.group(1))):
                continue
            if not regex.match(r"^[ \t]*(?:[,);.:!?]|et\b|$)", text[m.end():]):
                continue
        unit = m.group("unit").lower()
        years = n if unit.startswith("an") else 0 if unit == "mois" and n < 216 or unit in ("semaines", "jours") else n // 12
        out.append((offset + m.start("n"), offset + m.end(), years, text[m.start("n"):m.end()]))
    folded = fold_case(text)
    for m in AGE_EN.finditer(text) if "old" in folded or "aged" in folded or _AGE_EN_NUMBER.search(text) else ():
        if m.group("n"):
            after = (m.group("after") or "").strip().lower()
            if after and regex.match(r"(?:programme|program|project|organi[sz]ation|campaign|war|conflict|law|policy|"
                                     r"building|tradition|partnership|company|network|crisis|car|house)", after):
                continue
            if _NOT_PERSON_SUBJECT.search(text[:m.start()]) and regex.search(r"(?i)\b(?:is|was|turns?|turned)[ \t]+$", text[:m.start()]):
                continue
            n, unit = _number(m.group("n")), m.group("unit").lower()
            years = n if unit == "year" else 0
            start, end = m.start("n"), m.end() - len(m.group("after") or "")
        else:
            g = "n2" if m.group("n2") else "n3" if m.group("n3") else "n4"
            n = _number(m.group(g))
            if m.group("range"):
                continue  # "aged 5 to 14": a group, counted by the child word if any
            years = n
            start, end = (m.start(), m.end()) if g == "n2" else (m.start(g), m.end(g))
        if n is not None:
            out.append((offset + start, offset + end, years, text[start:end]))
    return out


def _child_words(text: str, offset: int) -> list[ChildCue]:
    out = []
    if not passes(CHILD_GATE, fold_case(text)):
        return out
    for m in CHILD_WORD.finditer(text):
        word = m.group("noun")
        low = word.lower()
        before, after = text[:m.start()], text[m.end():]
        if _GENERIC_BEFORE.search(before) or _GENERIC_AFTER.match(after):
            continue
        plural = low.endswith(("s", "x", "children", "schoolchildren")) and not low.endswith(("ss",)) or low == "children"
        if low.startswith("élève") and _VERB_BEFORE.search(before):
            continue  # "le budget s'élève à", "elle élève ses enfants"
        if low.startswith(("mineur", "minor")):
            if _MINOR_ADJ_AFTER.match(after) or not regex.search(r"(?i)\b(?:l['’]|le|la|les|un|une|des|ces|a|the|of|deux|\d+)[ \t]*$", before) \
                    and not plural:
                continue
        if low in ("girl", "boy", "kid", "teen", "ado") and not _DET_SINGULAR.search(before):
            continue  # "girl power", "boy band"
        individual = not plural and bool(_DET_SINGULAR.search(before) or regex.search(r",[ \t]*$", before))
        out.append(ChildCue(offset + m.start(), offset + m.end(), word, individual))
    return out


def child_cues(doc: Document) -> dict[int, list[ChildCue]]:
    """Cues per unit index: ages under 18 (individual) and child words (individual or group)."""
    if "minors.cues" in doc.cache:
        return doc.cache["minors.cues"]
    found: dict[int, list[ChildCue]] = {}
    for u in units(doc):
        cues = [ChildCue(s, e, t, True, a) for s, e, a, t in ages(u.text, u.span.start) if a < 18]
        words = _child_words(u.text, u.span.start)
        if words:
            places = precise_places(u.text, u.span.start)  # "St Mary's Children's Home" names a place, not a child
            cues += [c for c in words if not any(p.start <= c.start < p.end for p in places)]
        if cues:
            found[u.index] = sorted(cues, key=lambda c: c.start)
    doc.cache["minors.cues"] = found
    return found


def child_posts(doc: Document) -> set[int]:
    """Thread parts (post indexes) that are about one or more children."""
    us = units(doc)
    return {us[i].post for i in child_cues(doc)}


# ------------------------------------------------------------------------------------------ details
def _french_names(doc: Document, targets: list[Unit]) -> dict[int, list[NameMatch]]:
    """spaCy PER entities of the target units (one pipe call per document, memoised)."""
    cache = doc.cache.setdefault("minors.ner", {})
    todo = [u for u in targets if u.index not in cache]
    if todo:
        from postlint import nlp

        ents = nlp.entities([u.text for u in todo])
        for u, found in zip(todo, ents if ents is not None else [[] for _ in todo]):
            names = []
            for s, e, label in found:
                if label != "PER":
                    continue
                text = u.text[s:e]
                words = text.split()
                # a single capitalised word opening the sentence is often not a name: trust the list only
                if len(words) == 1 and not u.text[:s].strip() and not is_first_name(text):
                    continue
                if not text[:1].isupper():
                    continue
                names.append(NameMatch(u.span.start + s, u.span.start + e, text, len(words) > 1, "ner"))
            cache[u.index] = names
    return {u.index: cache[u.index] for u in targets}


def _names(doc: Document, u: Unit, ner: dict[int, list[NameMatch]]) -> list[NameMatch]:
    found = person_names(u.text, u.span.start)
    for n in ner.get(u.index, ()):
        overlap = [f for f in found if f.start < n.end and n.start < f.end]
        if not overlap:
            found.append(n)
        elif n.full and not any(f.full for f in overlap) and all(n.start <= f.start and f.end <= n.end for f in overlap):
            found = [f for f in found if f not in overlap] + [n]  # NER saw the family name too
    return sorted(found, key=lambda n: n.start)


def _adult_or_relative(doc: Document, name: NameMatch) -> str | None:
    """"adult" when the text ties the name to a grown-up (title, role, age ≥ 18), "relative" for a parent."""
    line_start = doc.source.rfind("\n", 0, name.start) + 1
    before = doc.prose[max(line_start, name.start - 120):name.start]
    after = doc.prose[name.end:name.end + 80]
    if name.how == "title":
        return "adult"
    m = _ROLE_BEFORE.search(before) or _ROLE_AFTER.match(after)
    if m:
        return "relative" if _RELATIVE_RX.match(m.group("w")) else "adult"
    age = AGE_AFTER.match(after)
    if age:
        n = next((g for g in (age.group(1), age.group(3), age.group(4)) if g), None)
        if n and int(n) >= 18:
            return "adult"
    return None


@rule("minors.identifying-details", severity="error",
      summary="A child's name, a relative's name or a precise place (school, village, camp block, street) "
              "next to a child's age or a word for a child",
      source=SOURCE,
      explain="""
What it checks: sentences that speak of a child — an age under 18 ("8 ans", "âgée de 15 ans", "a 9-year-old",
"aged 14", "Amina, 12,") or a word for a child (enfant, fillette, élève, collégienne, adolescent·e, orphelin·e,
mineur·e, bébé, talibé, child, pupil, schoolgirl, teenager, orphan…) — and, in that sentence or the next, a
person's name or a precise place: a named school, village, neighbourhood, street, camp block or tent, health
facility. Image alt texts are checked too.
Why: guide 003 forbids publishing anything that identifies a minor or where a minor is; UNICEF asks to change
the child's name and not to reveal the place. Name + age + place is the "triangle of risk".
Severity: error for one child's full name, a relative's name or a precise place; warning for a first name
alone, or for a precise place where a group of children is ("les élèves de l'école X"); info when the draft
says the name was changed ("le prénom a été modifié", "not her real name", "names changed"). Statistics
("150 millions d'enfants", "children in Mali") and adults ("Awa Sarr, 41 ans", "son institutrice, Awa Sarr")
are not flagged.
Names: French drafts use the French spaCy model's NER (loaded only when a cue fires) plus the heuristics;
English drafts use first-name lists, titles and structural cues ("Amina, 12,") — names outside the list
and without a cue are missed.
Fix safety: no automatic fix; replace the name with a changed first name announced as such, and keep the
place at town or region level. The suggestion names a town only when the draft does, next to the place
("à Bamako", "in Kisumu") or in its dateline ("BAMAKO, 12 mai –"); otherwise it stays generic.""",
      examples={"fail": ("Moussa Ndiaye, 8 ans, élève à l'école élémentaire Keur Massar 3, a fini premier.",
                         "Grace Achieng, a 14-year-old pupil at Ayany Primary School, walks an hour to class."),
                "pass": ("Son institutrice, Awa Sarr, 41 ans, anime nos ateliers.",
                         "Plus de 150 millions d'enfants travaillent dans le monde.",
                         "Des élèves de Pikine ont visité le musée.")})
def identifying_details(doc: Document, ctx):
    cues = child_cues(doc)
    if not cues:
        return
    us = units(doc)
    # names: the cue's sentence and the next (the previous one too when the cue's sentence opens with "Il",
    # "Elle", "She"…); places: also the previous sentence for one child ("À l'école X ! Awa, 9 ans, …")
    name_windows: dict[int, list[ChildCue]] = {}
    place_windows: dict[int, list[ChildCue]] = {}
    for i, cs in cues.items():
        u = us[i]
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(us) and not u.alt and not us[j].alt and us[j].post == u.post]
        one = [c for c in cs if c.individual]
        for t in [i] + near:
            if t == i or t == i + 1 or one:
                place_windows.setdefault(t, []).extend(cs if t != i - 1 else one)
            if one and (t != i - 1 or _PRONOUN_START.match(u.text)):
                name_windows.setdefault(t, []).extend(one)
    need_names = [us[t] for t in name_windows]
    ner = _french_names(doc, need_names) if doc.lang == "fr" and need_names else {}
    changed = bool(NAME_CHANGED.search(doc.source))
    skip = [im.credit_span for im in doc.images if im.credit_span] + [t.span for t in doc.hashtags + doc.mentions]
    org = {n.casefold() for n in (ctx.organization.get("names") or [])}
    reported: set[tuple[int, int]] = set()
    for t in sorted(set(place_windows) | set(name_windows)):
        u = us[t]
        cs = place_windows.get(t, [])
        individual = [c for c in cs if c.individual]
        places = precise_places(u.text, u.span.start)
        covered = [] if u.alt else _geotag_covered(u, places)
        for p in places if cs else ():
            if (p.start, p.end) in reported or any(s.start <= p.start < s.end for s in skip):
                continue
            if any(p.start < e and b < p.end for b, e in covered):
                continue  # geotag.precise-location reports it, as an error in a post about a child
            cue = _nearest(individual or cs, p.start)
            reported.add((p.start, p.end))
            yield _place_finding(ctx, p, cue, bool(individual), lambda: _town(doc, us, u))
        ones = name_windows.get(t, [])
        if not ones:
            continue
        for n in _names(doc, u, ner):
            if (n.start, n.end) in reported or any(p.start <= n.start < p.end for p in places):
                continue
            if any(s.start <= n.start < s.end for s in skip) or n.text.casefold() in org:
                continue
            if any(c.start <= n.start < c.end for c in ones):
                continue
            kind = _adult_or_relative(doc, n)
            if kind == "adult":
                continue
            reported.add((n.start, n.end))
            yield _name_finding(ctx, n, _nearest(ones, n.start), kind == "relative", changed)


def _geotag_covered(u: Unit, places: list[PlaceMatch]) -> list[tuple[int, int]]:
    """Numbered street addresses and camp blocks/tents of the body: geotag.precise-location's findings."""
    spans = [(u.span.start + m.start(), u.span.start + m.end()) for m in street_addresses(u.text)]
    return spans + [(p.start, p.end) for p in places if p.kind == "camp" and camp_location(p, u.text)]


def _nearest(cues: list[ChildCue], offset: int) -> ChildCue:
    return min(cues, key=lambda c: abs(c.start - offset))


# A town the draft names ("À Bamako, …", "in Kisumu", a "DAKAR, 12 mai –" dateline), for the suggestion: in the
# sentence of the place, else the one before or after, else the dateline; never a town the draft does not name.
_TOWN = LazyRegex(r"(?:(?<![\p{L}'’])(?:à|À|in|In)[ \t]+|^[ \t*_]*(?=\p{Lu}{3}))(?P<t>\p{Lu}[\p{L}\p{M}'’]+"
                  r"(?:[ \t\-]\p{Lu}[\p{L}\p{M}'’]+)?)(?![\p{L}\p{M}'’]|[ \t]+\d)", regex.M)
_BLANK_LINE = LazyRegex(r"\n[ \t]*\n")
_NOT_TOWN = NOT_NAMES | {"may", "english", "french", "anglais", "français", "arabe", "arabic", "wolof", "time", "total"}
# (fr, en) generic place for each kind of place, or for the word that opens it
_GENERIC = {"school": ("une école", "a school"), "street": ("un quartier", "a neighbourhood"),
            "facility": ("un centre de santé", "a health centre"), "collège": ("un collège", "a school"),
            "lycée": ("un lycée", "a school"), "orphelinat": ("un orphelinat", "an orphanage"),
            "crèche": ("une crèche", "a nursery"), "hôpital": ("un hôpital", "a hospital"), "quartier": ("un quartier",
            "a neighbourhood"), "cité": ("un quartier", "a neighbourhood"), "neighbourhood": (None, "a neighbourhood"),
            "clinique": ("une clinique", "a clinic"), "maternité": ("une maternité", "a maternity ward")}


def _town(doc: Document, us: list[Unit], u: Unit) -> str | None:
    near = [v for v in (us[j] for j in (u.index - 1, u.index + 1) if 0 <= j < len(us)) if not v.alt and not u.alt
            and v.post == u.post and not _BLANK_LINE.search(doc.source, min(u.span.end, v.span.end),
                                                            max(u.span.start, v.span.start))]  # same paragraph
    texts = [u.text] + [v.text for v in near] + [doc.prose[doc.body.start:doc.body.end].lstrip()[:60]]
    for i, text in enumerate(texts):
        taken = [(x.start, x.end) for x in person_names(text) + precise_places(text)] if _TOWN.search(text) else ()
        for m in _TOWN.finditer(text):
            t, s = m.group("t"), m.start("t")
            lead = text[m.start():s].strip(" \t*_")
            if lead:  # "à Bamako", "in Kisumu" (not « MERCI À TOUS »), in the sentence or one next to it
                ok = i < len(texts) - 1 and not t.isupper()
            else:  # a "DAKAR, 12 mai –" dateline opening the draft
                ok = i == len(texts) - 1 and s < 5 and t.isupper() and bool(regex.match(r"[ \t]*[,(–—-][^\n]{0,25}\d",
                                                                                            text[m.end("t"):]))
            if not ok or any(w.casefold() in _NOT_TOWN for w in regex.split(r"[ \t\-]", t)) or \
                    is_first_name(t.split()[0]) or any(a <= s < b for a, b in taken):
                continue
            return t.title() if t.isupper() else t
    return None


def _place_finding(ctx, p: PlaceMatch, cue: ChildCue, individual: bool, town):
    if individual:
        msg = ctx.msg(fr="Le lieu précis « {p} » permet de retrouver un enfant (« {c} ») : restez au niveau de la ville "
                         "ou de la région.",
                      en="The precise place '{p}' lets readers find a child ('{c}'): keep to the town or region.",
                      p=p.text, c=cue.text)
    else:
        msg = ctx.msg(fr="Le lieu précis « {p} » indique où se trouvent des enfants (« {c} ») : préférez la ville ou la "
                         "région.",
                      en="The precise place '{p}' tells where children ('{c}') can be found: prefer the town or region.",
                      p=p.text, c=cue.text)
    fr_en = _GENERIC.get(p.text.split()[0].casefold() if p.text.strip() else "") or _GENERIC.get(p.kind) or (None, None)
    noun = fr_en[0 if ctx.lang == "fr" else 1]
    if p.kind == "camp":
        sugg = ctx.msg(fr="le lieu, sans numéro de bloc, de tente ou d'abri", en="the place, without block, tent or shelter number")
    elif not noun:
        sugg = ctx.msg(fr="la commune ou la région, sans le nom du lieu", en="the town or region, without the place's name")
    elif (town := town()):
        sugg = ctx.msg(fr=f"{noun} {'d' + chr(39) if town[:1] in 'AEIOUYÉÈÂÎÔ' else 'de '}{town}", en=f"{noun} in {town}")
    else:
        sugg = ctx.msg(fr=f"{noun} de la ville, sans son nom", en=f"{noun} in the town, without its name")
    return ctx.finding(Span(p.start, p.end), msg, severity="error" if individual else "warning", suggestions=[sugg])


def _name_finding(ctx, n: NameMatch, cue: ChildCue, relative: bool, changed: bool):
    if changed:
        msg = ctx.msg(fr="« {n} » est présenté comme un nom d'emprunt : vérifiez qu'aucun autre détail (école, village, "
                         "famille) ne permet d'identifier l'enfant (« {c} »).",
                      en="'{n}' is announced as a changed name: check that no other detail (school, village, family) "
                         "identifies the child ('{c}').", n=n.text, c=cue.text)
        sev = "info"
    elif relative:
        msg = ctx.msg(fr="Le nom d'un proche, « {n} », permet d'identifier l'enfant (« {c} ») : retirez-le.",
                      en="A relative's name, '{n}', identifies the child ('{c}'): remove it.", n=n.text, c=cue.text)
        sev = "error"
    elif n.full:
        msg = ctx.msg(fr="Le nom « {n} » identifie un enfant (« {c} ») : retirez-le ou remplacez-le par un prénom "
                         "d'emprunt signalé comme tel.",
                      en="The name '{n}' identifies a child ('{c}'): remove it or use a changed first name, "
                         "flagged as such.", n=n.text, c=cue.text)
        sev = "error"
    else:
        msg = ctx.msg(fr="Le prénom « {n} » est associé à un enfant (« {c} ») : utilisez un prénom d'emprunt et "
                         "signalez-le (« le prénom a été modifié »).",
                      en="The first name '{n}' is tied to a child ('{c}'): use a changed name and say so "
                         "(\"name changed\").", n=n.text, c=cue.text)
        sev = "warning"
    sugg = [ctx.msg(fr="un prénom d'emprunt, signalé : « (le prénom a été modifié) »",
                    en="a changed first name, flagged: \"(not her real name)\"")]
    return ctx.finding(Span(n.start, n.end), msg, severity=sev, suggestions=sugg)


RULES = [identifying_details]
