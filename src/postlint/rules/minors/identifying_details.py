"""What it checks: sentences that speak of a child — an age under 18 ("8 ans", "âgée de 15 ans", "a 9-year-old",
"aged 14", "Amina, 12,") or a word for a child (enfant, fillette, élève, collégienne, adolescent·e, orphelin·e,
mineur·e, bébé, talibé, child, pupil, schoolgirl, teenager, orphan…) — and, in that sentence or the next, a
person's name or a precise place: a named school, village, neighbourhood, street, camp block or tent, health
facility. Image alt texts are checked too.
Why: the ACT Alliance social media policy (« Politique de l'Alliance ACT relative aux médias sociaux ») forbids
publishing anything that identifies a minor or where a minor is; UNICEF asks to change the child's name and not
to reveal the place. Name + age + place is the "triangle of risk".
Severity: error for one child's full name, a relative's name or a precise place; warning for a first name
alone, or for a precise place where a group of children is ("les élèves de l'école X") or a child said only
with "the" (« repositionne l'élève en tant qu'acteur », often any pupil); info when the draft
says the name was changed ("le prénom a été modifié", "not her real name", "names changed"). Statistics
("150 millions d'enfants", "children in Mali") and adults ("Awa Sarr, 41 ans", "son institutrice, Awa Sarr")
are not flagged, nor adults named by what they do ("youth educator, Jackie Moore", "child predator X"); a name
introduced as made up ("Let's call her Charlene") is info, and so is a child named just after the report of
their death ("one of the youngest fatalities is Kennedy O., 12": a victim named to demand accountability). A grown-up's
past childhood (« alors qu'elle n'était qu'une toute petite enfant »), a letter's signature ("Michelle Brané,
Washington") and a professional body ("the American Academy of Pediatrics") are not a child's details.
Names: French drafts use the French spaCy model's NER (loaded only when a cue fires) plus the heuristics;
English drafts use first-name lists, titles and structural cues ("Amina, 12,") — names outside the list
and without a cue are missed.
Fix safety: no automatic fix; replace the name with a changed first name announced as such, and keep the
place at town or region level. The suggestion names a town only when the draft does, next to the place
("à Bamako", "in Kisumu") or in its dateline ("BAMAKO, 12 mai –"); otherwise it stays generic."""
from __future__ import annotations

import regex

from postlint.core.rule import rule
from postlint.core.spans import Span
from postlint.document.analysis import analysis
from postlint.document.child_cues import ChildCue, Unit, child_cues, units
from postlint.document.model import Document
from postlint.document.names import (AGE_AFTER, NAME_SEQ, NOT_NAMES, NameMatch, PlaceMatch, camp_location, is_first_name,
                                     person_names, precise_places, street_addresses)
from postlint.text.patterns import LazyRegex

# Two steps, so the French model loads only when needed: cheap cues first (an age under 18, a child word:
# `postlint.document.child_cues`), then, in the cue's sentence and the next one, person names (French: spaCy NER
# plus the heuristics of `postlint.document.names`; English: the heuristics) and precise places
# (`names.precise_places`). This module holds the second step: which names and places identify a child (not an
# adult, not the organisation), and the findings with their suggestions.

SOURCE = ("ACT Alliance, « Politique de l'Alliance ACT relative aux médias sociaux »: « il est interdit de publier "
          "sur les médias sociaux des informations sur des mineur·e·s qui permettraient de les identifier ou "
          "d'identifier où elles se trouvent » ; UNICEF, principes pour un reportage éthique sur les enfants (changer "
          "le nom, ne pas révéler le lieu)")

NAME_CHANGED = LazyRegex(
    r"(?i)pr[ée]noms?[ \t]+(?:ont[ \t]+été[ \t]+|a[ \t]+été[ \t]+)?(?:modifiée?s?|changée?s?|d['’]emprunt)|"
    r"noms?[ \t]+(?:ont[ \t]+été[ \t]+|a[ \t]+été[ \t]+)(?:modifiés?|changés?)|noms?[ \t]+d['’]emprunt|pseudonyme|"
    r"not[ \t]+(?:his|her|their|its)[ \t]+real[ \t]+names?|names?[ \t]+(?:has[ \t]+|have[ \t]+)?(?:been[ \t]+)?changed|"
    r"pseudonyms?|names?[ \t]+withheld|"
    r"let['’]s[ \t]+call[ \t]+(?:her|him|them)|appelons[ \t-]+(?:la|le|les)")  # a made-up name, said so
_ROLE = (r"institut(?:eur|rice)s?|enseignante?s?|professeure?s?|maîtresse|maître|directeur|directrice|proviseure?|"
         r"maire|adjointe?|préfet|gouverneure?|cheffe?|chef|coordinat(?:eur|rice)|infirmi(?:er|ère)|médecin|docteure?|"
         r"sage-femme|pédiatre|psychologue|présidente?|ministre|députée?|animat(?:eur|rice)|éducat(?:eur|rice)|"
         r"travailleuse|travailleur|assistante?|juriste|avocate?|responsable|chargée?|fondat(?:eur|rice)|"
         r"représentante?|porte-parole|imam|abbé|pasteure?|prêtre|bénévole|volontaire|déléguée?|secrétaire|"
         r"photographe|journaliste|marraine|parrain|ambassad(?:eur|rice)|agente?|officier|juge|collègue|partenaire|"
         r"teacher|headteacher|headmaster|headmistress|principal|mayor|chief|coordinator|nurse|doctor|midwife|"
         r"paediatrician|pediatrician|psychologist|president|minister|director|officer|worker|lawyer|founder|"
         r"representative|spokesperson|pastor|priest|volunteer|photographer|journalist|ambassador|manager|colleague|"
         r"ceo|chair|chairperson|councillor|governor|commissioner|judge|counsell?or|caseworker|coach|trainer|"
         r"formatrice|formateur|gov|governor|sen|senator|rep|congress(?:wo)?man|secretary|sheriff|gen|col|capt|"
         r"supt|hon|amb|atty|cllr|sgt|insp|bishop|mp|mep|former|ex-president|ancien(?:ne)?|dame|lady|"
         r"ambassadrice|marraine|reine|queen|roi|king|prince|princesse|princess|"
         # adults named as what they do to or for children: "youth educator, Jackie Moore", "child predator X"
         r"educator|predator|offender|suspect|perpetrator|abuser|defendant|accused|prévenue?|accusée?|agresseur")
_RELATIVE = (r"mère|père|maman|papa|parents?|grand-mère|grand-père|grands-parents|tante|oncle|frère|sœur|soeur|"
             r"cousine?|tut(?:eur|rice)|belle-mère|beau-père|mother|father|mum|mom|dad|grandmother|grandfather|grandma|granny|"
             r"aunt|uncle|brother|sister|cousin|guardian|stepmother|stepfather")
_ROLE_BEFORE = LazyRegex(
    rf"(?i)\b(?P<w>{_ROLE}|{_RELATIVE})\.?(?:[ \t]+(?:de|du|des|d['’]|of|the|la|le|l['’]|at|à|en|in|our|notre|sa|son|"
    rf"her|his)?[ \t]*"
    rf"[\p{{L}}'’\-]+){{0,4}}[ \t]*[,:]?[ \t]*(?:(?:m|mme|mr|mrs|ms|dr|pr)\.?[ \t]+)?$")
_ROLE_AFTER = LazyRegex(
    rf"(?i)^[ \t]*,[ \t]*(?:(?:notre|son|sa|leur|la|le|l['’]|un|une|their|her|his|the|our|a|an)[ \t]*)?"
    rf"(?:[\p{{L}}\-]+[ \t]+)?"
    rf"(?P<w>{_ROLE}|{_RELATIVE})\b")
_RELATIVE_RX = LazyRegex(rf"(?i)^(?:{_RELATIVE})$")
_PRONOUN_START = LazyRegex(r"(?i)^\W*(?:il|elle|ils|elles|son|sa|ses|he|she|his|her|they|their)\b")


# ------------------------------------------------------------------------------------------ details
@analysis
def ner_found(doc: Document) -> dict[int, list[NameMatch]]:
    """spaCy PER entities found so far, by unit index."""
    return {}


_ITEM_MARKS = " \t\u00a0•◦‣▪▫·–—-*>"  # blanks, list bullets and dashes, a quote mark: what opens a list item
_QUOTE_OPENS = LazyRegex(r"[«“„\"‘][ \t\u00a0]*$")  # right after an opening quotation mark: a sentence's start


def _french_names(doc: Document, targets: list[Unit]) -> dict[int, list[NameMatch]]:
    """spaCy PER entities of the target units (one pipe call per document, memoised)."""
    cache = ner_found(doc)
    todo = [u for u in targets if u.index not in cache]
    if todo:
        from postlint.text import nlp

        ents = nlp.entities([u.text for u in todo])
        for u, found in zip(todo, ents if ents is not None else [[] for _ in todo]):
            names = []
            for s, e, label in found:
                if label != "PER":
                    continue
                text = u.text[s:e]
                words = text.split()
                # a single capitalised word opening the sentence or a list item ("•\tFaciliter ses débuts…") is
                # often not a name: trust the list only
                if len(words) == 1 and not is_first_name(text) and (
                        not u.text[u.text.rfind("\n", 0, s) + 1:s].strip(_ITEM_MARKS)
                        or _QUOTE_OPENS.search(u.text, 0, s)):
                    continue  # « Surmonter les perturbations… »: a quotation's first word, capitalised
                if not text[:1].isupper():
                    continue
                if _NOT_A_PERSON(u.text, s, e, words):
                    continue
                names.append(NameMatch(u.span.start + s, u.span.start + e, text, len(words) > 1, "ner"))
            cache[u.index] = names
    return {u.index: cache[u.index] for u in targets}


# What spaCy's French model takes for a person and is not: a noun after an article (« les Agendas
# d'accessibilité programmée »), a neighbourhood (« Kayes Plateau », « habite Médina Coura »).
_ARTICLE_BEFORE = LazyRegex(r"(?i)(?<![\p{L}])(?:les|des|aux|ces|du|le|la|l['’]|un|une)[ \t]*$")
_PLACE_BEFORE = LazyRegex(r"(?i)(?<![\p{L}])(?:habite|habitent|habitait|vit[ \t]+à|vivent[ \t]+à|à|au|aux|en|vers|"
                          r"près[ \t]+de|quartier(?:[ \t]+de)?|commune[ \t]+de|village[ \t]+de|ville[ \t]+de)[ \t]*$")
_PLACE_WORDS = frozenset("plateau ville centre centre-ville nord sud est ouest marché gare port cité médina "
                         "zone extension village quartier commune secteur plage aéroport carrefour rond-point "
                         "coura liberté".split())


def _NOT_A_PERSON(text: str, s: int, e: int, words: list[str]) -> bool:
    if any(w.casefold() in _PLACE_WORDS for w in words[1:]) or _PLACE_BEFORE.search(text, 0, s):
        return True
    return len(words) == 1 and not is_first_name(words[0]) and bool(_ARTICLE_BEFORE.search(text, 0, s))


def _names(doc: Document, u: Unit, ner: dict[int, list[NameMatch]]) -> list[NameMatch]:
    found = person_names(u.text, u.span.start)
    for n in ner.get(u.index, ()):
        overlap = [f for f in found if f.start < n.end and n.start < f.end]
        if not overlap:
            found.append(n)
        elif n.full and not any(f.full for f in overlap) and \
                all(n.start <= f.start and f.end <= n.end for f in overlap):
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
            if t == i or one:  # a group's place: in the cue's own sentence ("les élèves de l'école X")
                place_windows.setdefault(t, []).extend(cs if t == i else one)
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
        places = _with_more_schools(precise_places(u.text, u.span.start), u)
        covered = [] if u.alt else _geotag_covered(u, places)
        for p in places if cs else ():
            if (p.start, p.end) in reported or any(s.start <= p.start < s.end for s in skip):
                continue
            if any(p.start < e and b < p.end for b, e in covered):
                continue  # geotag.precise-location reports it, as an error in a post about a child
            if not individual and not _LOCATIVE_BEFORE.search(doc.prose, max(u.span.start, p.start - 30), p.start):
                continue  # "NORAD tracks Santa's North Pole village so children can follow him"
            cue = _nearest(individual or cs, p.start)
            reported.add((p.start, p.end))
            # one child said only with "the" ("repositionne l'élève en tant qu'acteur"): a generic pupil as often as
            # a given one, so the place is a warning; an age, a name's "un/une", "notre", "la petite" make it an error
            strong = any(not _DEFINITE_ONLY.search(doc.prose, max(0, c.start - 6), c.start) for c in individual)
            yield _place_finding(ctx, p, cue, bool(individual), lambda u=u: _town(doc, us, u), strong)
        ones = name_windows.get(t, [])
        if not ones:
            continue
        if _SIGNATURE.fullmatch(u.text.strip()) and all(
                len(v.text.split()) <= 25 and not v.text.rstrip().endswith((".", "!", "?")) for v in us[t + 1:]):
            continue  # "Michelle Brané, Washington" closing a letter: its adult writer, not the child it speaks of
        names = _names(doc, u, ner)
        bound_names = _bound_names(doc, u, ones)
        names += [b for b in bound_names if not any(b.start < n.end and n.start < b.end for n in names)]
        bound = [(b.start, b.end) for b in bound_names]
        for n in sorted(names, key=lambda n: n.start):
            if (n.start, n.end) in reported or any(p.start <= n.start < p.end for p in places):
                continue
            if any(s.start <= n.start < s.end for s in skip) or n.text.casefold() in org:
                continue
            if any(c.start <= n.start < c.end for c in ones):
                continue
            if bound and all(b != (n.start, n.end) for b in bound):
                continue  # "Henry Nwodo, Marvellous Dominic (a minor) and two others": the minor is the last one
            if _PLACE_FIELD.search(doc.prose, max(u.span.start, n.start - 40), n.start):
                continue  # "Collectivité sponsor : Marseillan": a town or a body in a labelled field
            kind = _adult_or_relative(doc, n)
            if kind == "adult":
                continue
            reported.add((n.start, n.end))
            death = _DEATH.search(doc.prose, max(u.span.start, n.start - 80), n.start)
            # "one of the youngest fatalities is Kennedy O. (12)": a child killed, named to demand accountability
            killed = death is not None and not _POSSESSIVE.search(doc.prose, death.end(), n.start)
            yield _name_finding(ctx, n, _nearest(ones, n.start), kind == "relative", changed, killed)


# the child's death just before the name: a victim named to demand accountability, worth a look, not a child to hide
# (not a relative's death: « a perdu sa mère, morte en 2020 »)
_DEATH = LazyRegex(r"(?i)(?<![\p{L}])(?:killed|murdered|died|dead|fatalit\w+|death|shot\s+dead|tuée?s?|assassinée?s?|"
                   r"décédée?s?|morte?s?|mort|meurtre)(?![\p{L}])")
_POSSESSIVE = LazyRegex(r"(?i)(?<![\p{L}])(?:sa|son|ses|leur|leurs|his|her|their)(?![\p{L}])")
# a signature line: a name, and a town or a role after a comma — nothing else
_SIGNATURE = LazyRegex(r"[*_—–-]*[ \t]*\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3}[ \t]*"
                       r"(?:,[ \t]*[\p{L}'’ .-]{2,60})?[*_]*")
_PLACE_FIELD = LazyRegex(r"(?i)(?<![\p{L}])(?:collectivit[ée]|commune|ville|r[ée]gion|d[ée]partement|territoire|"
                        r"sponsor|porteur|partenaires?|structure|city|town|county|municipality)[ \t]*"
                        r"(?:sponsor|partenaire|porteuse?)?[ \t]*:[ \t]*$")


# A school named after an adjective the place patterns do not list: « l'école fondamentale de Kayes N'Di »
# (Mali), « le lycée technique de Thiès ».
_MORE_SCHOOLS = LazyRegex(r"(?<![\p{L}])(?i:école|ecole|lycée|collège|complexe[ \t]+scolaire)(?:[ \t]+\p{Ll}[\p{Ll}\-]+)"
                          r"{1,2}[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|du[ \t]+|des[ \t]+|de[ \t]+|d['’])"
                          r"\p{Lu}[\p{L}\p{M}'’\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’\-]*){0,3}")


def _with_more_schools(places: list[PlaceMatch], u: Unit) -> list[PlaceMatch]:
    if "col" not in u.text and "cole" not in u.text and "lycée" not in u.text:
        return places
    more = [PlaceMatch(u.span.start + m.start(), u.span.start + m.end(), m.group(0), "school")
            for m in _MORE_SCHOOLS.finditer(u.text)]
    more = [m for m in more if not any(p.start < m.end and m.start < p.end for p in places)]
    return sorted(places + more, key=lambda p: p.start) if more else places


# "Marvellous Dominic (a minor)", « Awa Traoré (mineure) »: the cue in brackets is said of the name before it.
_BRACKET_BEFORE = LazyRegex(r"(?P<name>" + NAME_SEQ.pattern + r")[ \t]*\([ \t]*(?:(?i:a|an|un|une)[ \t]+)?$")


def _bound_names(doc: Document, u: Unit, cues: list[ChildCue]) -> list[NameMatch]:
    """Names that a bracketed child word right after them is said of."""
    out = []
    for c in cues:
        if doc.prose[c.end:c.end + 1] != ")" or not c.start > u.span.start:
            continue
        m = _BRACKET_BEFORE.search(doc.prose, max(u.span.start, c.start - 80), c.start)
        if m and not any(w.casefold() in NOT_NAMES for w in m.group("name").split()):
            words = m.group("name").split()
            out.append(NameMatch(m.start("name"), m.end("name"), m.group("name"), len(words) > 1, "age"))
    return out


def _geotag_covered(u: Unit, places: list[PlaceMatch]) -> list[tuple[int, int]]:
    """Numbered street addresses and camp blocks/tents of the body: geotag.precise-location's findings."""
    spans = [(u.span.start + m.start(), u.span.start + m.end()) for m in street_addresses(u.text)]
    return spans + [(p.start, p.end) for p in places if p.kind == "camp" and camp_location(p, u.text)]


# where a group of children is: « les élèves de l'école X », "pupils at X School", « à l'école X »
_LOCATIVE_BEFORE = LazyRegex(r"(?i)(?<![\p{L}])(?:de|du|des|d['’]|à|au|aux|dans|en|chez|sur|at|in|from|of|near|to|"
                             r"into|inside|outside|visited|visit|visits|attend|attends|attending)[ \t]*"
                             r"(?:l['’]|la[ \t]+|le[ \t]+|les[ \t]+|the[ \t]+|a[ \t]+|an[ \t]+|leur[ \t]+|their[ \t]+)?$")


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


_DEFINITE_ONLY = LazyRegex(r"(?i)(?<![\p{L}])(?:l['’]|le[ \t]+|la[ \t]+|the[ \t]+)$")


def _place_finding(ctx, p: PlaceMatch, cue: ChildCue, individual: bool, town, strong: bool = True):
    if individual:
        msg = ctx.msg(fr="Le lieu précis « {p} » permet de retrouver un enfant (« {c} ») : restez au niveau de la "
                         "ville ou de la région.",
                      en="The precise place '{p}' lets readers find a child ('{c}'): keep to the town or region.",
                      p=p.text, c=cue.text)
    else:
        msg = ctx.msg(fr="Le lieu précis « {p} » indique où se trouvent des enfants (« {c} ») : préférez la ville ou "
                         "la région.",
                      en="The precise place '{p}' tells where children ('{c}') can be found: prefer the town or "
                         "region.",
                      p=p.text, c=cue.text)
    fr_en = _GENERIC.get(p.text.split()[0].casefold() if p.text.strip() else "") or _GENERIC.get(p.kind) or (None, None)
    noun = fr_en[0 if ctx.lang == "fr" else 1]
    if p.kind == "camp":
        sugg = ctx.msg(fr="le lieu, sans numéro de bloc, de tente ou d'abri",
                       en="the place, without block, tent or shelter number")
    elif not noun:
        sugg = ctx.msg(fr="la commune ou la région, sans le nom du lieu",
                       en="the town or region, without the place's name")
    elif (town := town()):
        sugg = ctx.msg(fr=f"{noun} {'d' + chr(39) if town[:1] in 'AEIOUYÉÈÂÎÔ' else 'de '}{town}",
                       en=f"{noun} in {town}")
    else:
        sugg = ctx.msg(fr=f"{noun} de la ville, sans son nom", en=f"{noun} in the town, without its name")
    # a street named without a house number ("Halsted Street") covers many homes: worth changing, not an error
    exact = individual and strong and not (p.kind == "street" and not any(ch.isdigit() for ch in p.text))
    return ctx.finding(Span(p.start, p.end), msg, severity="error" if exact else "warning", suggestions=[sugg])


def _name_finding(ctx, n: NameMatch, cue: ChildCue, relative: bool, changed: bool, killed: bool = False):
    if changed:
        msg = ctx.msg(fr="« {n} » est présenté comme un nom d'emprunt : vérifiez qu'aucun autre détail (école, "
                         "village, famille) ne permet d'identifier l'enfant (« {c} »).",
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
    return ctx.finding(Span(n.start, n.end), msg, severity="info" if killed else sev, suggestions=sugg)


RULES = [identifying_details]
