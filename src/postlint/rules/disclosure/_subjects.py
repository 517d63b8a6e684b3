"""Who a status said in a sentence is about, for disclosure.third-party-status (`third_party_status.py`).

A cue ("is HIV-positive", "vivent avec le VIH") points to the people named in its sentence: first and last
names, a title, a known first name (`postlint.document.names`), a possessive role ("notre trésorière"), an @handle.
Capitalised words in or beside an institution word are not a person ("the Dakar Labour Court", "Fann
Hospital"). When the sentence names nobody and refers to someone with a pronoun ("She is…", "…ruled that his
employer had disclosed his HIV status"), the person is the one named in the sentence before, unless the
sentence has its own antecedent ("One patient told staff that she is HIV-positive"). A plural cue ("live with
HIV") wants a plural subject: names joined by "and"/"et" right before it, or "both men", "they", « les deux
hommes », « ils » after a sentence naming two people or more. A named person who announced the status
themselves ("Charlie Sheen revealed that he is HIV-positive") has made it public: no finding.

Every function reads folded prose (`postlint.text.normalize.fold_in_place`: lower case, no accents, same offsets as the source).
"""
from __future__ import annotations

import regex

from postlint.document.model import Document
from postlint.core.spans import Span
from postlint.document.names import in_institution_name, person_names
from postlint.text.normalize import fold_in_place
from postlint.text.patterns import LazyRegex
from postlint.document.analysis import analysis

Name = tuple[Span, str]

_GROUP_BEFORE = LazyRegex(r"(?<![\p{L}])(?:personnes?|femmes|hommes|jeunes|gens|enfants|patients|patientes|usagers|"
                              r"usageres|people|women|men|persons|individuals|those|anyone|someone|quelqu'un|chaque|"
                              r"toute|tous|toutes|each|every|ceux|celles|beaucoup|many|most|plusieurs|several|"
                              r"nombreux|nombreuses|membres|members|pairs|peers|adolescents|migrants|detenus|"
                              r"prisoners|friends|amis|others|autres)(?:\s+(?:qui|who|that|que))?\s*(?:[\[(]\s*)?(?:ne\s+|n')?$")
# (an editor's bracket, « de personnes [vivant avec le VIH] », still says it of the group)
# "both men", "the two women", « les deux hommes »: a group word that points back to people just named.
_COUNTED = LazyRegex(r"(?<![\p{L}])(?:both|the\s+(?:two|three)|these\s+(?:two|three)|les\s+(?:deux|trois)|"
                         r"ces\s+(?:deux|trois))\s+$", regex.V0)
_CAP = LazyRegex(r"(?<![\p{L}\p{N}#@])\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}]+)?")
_CAP_RUN = LazyRegex(r"(?<![\p{L}\p{N}#@])\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}]+)?"
                         r"(?:[ \t]+\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}]+)?){1,3}(?![\p{L}])")
# (a peer role too: « notre pair-éducateur », "our peer educator")
_ROLE = LazyRegex(r"(?<![\p{L}])(?:notre|mon|ma|votre|leur|son|sa|our|my|your|their|his|her)\s+(?:[\p{L}-]+\s+)?"
                      r"(?:(?:pair|paire|peer)[\s-])?(?:tresoriere?|presidente?|directeur|directrice|"
                      r"coordinat(?:eur|rice)|collegue|mediat(?:eur|rice)|benevole|amie?|voisine?|fils|fille|frere|"
                      r"soeur|mere|pere|mari|epouse|femme|cousine?|oncle|"
                      r"tante|patiente?|stagiaire|chauffeur|secretaire|animat(?:eur|rice)|educat(?:eur|rice)|"
                      r"porte-parole|fondat(?:eur|rice)|chargee?\s+de\s+[\p{L}]+|"
                      r"agente?\s+de\s+sante(?:\s+communautaire)?|relais(?:\s+communautaire)?|conseill(?:er|ere)|"
                      r"educator|counsell?or|(?:community\s+)?health\s+worker|case\s+worker|treasurer|president|"
                      r"director|coordinator|colleague|friend|neighbou?r|son|daughter|brother|sister|mother|father|"
                      r"husband|wife|partner|volunteer|intern|driver|secretary|mentor|peer worker|outreach worker|"
                      r"founder|spokesperson|chair(?:person)?|ceo|manager|client)(?![\p{L}])")
# Capitalised words that are not names (sentence openers, the calendar, institutions).
_NOT_NAMES = set("""le la les un une des de du et est en dans pour par sur avec ce cette ces nous vous ils elles il
elle notre nos votre joyeux joyeuse bon bonne bravo merci hommage depuis aujourd'hui hier demain the a an and this
that our we he she his her their happy thanks thank today since in on at for with journée journee mois semaine
lundi mardi mercredi jeudi vendredi samedi dimanche janvier février fevrier mars avril mai juin juillet août aout
septembre octobre novembre décembre decembre monday tuesday wednesday thursday friday saturday sunday january
february march april may june july august september october november december vih sida onusida unaids association
réseau reseau centre alliance network coalition fondation foundation conseil council comité comite ministère
ministere ministry programme program projet project journée world day""".split())
_BLANKS = LazyRegex(r"[ \t]+", regex.V0)
_ALNUM = LazyRegex(r"[\p{L}\p{N}]", regex.V0)
_LETTER = LazyRegex(r"\p{L}", regex.V0)
_PRONOUN_START = LazyRegex(r"^\W*(?:il|elle|he|she)\s")
_APPOSITION_PRONOUN = LazyRegex(r"[^.!?;:]{0,80}?,\s*(?:il|elle|he|she)\s", regex.V0)
_ADVERB = r"(?:still|also|now|both|all|currently|openly|already|together|toujours|encore|aussi|deja|egalement|ensemble)"
# The cue's subject is a pronoun ("…that she is HIV-positive", « depuis 2010, elle vit avec… »), or the cue is a
# possessive ("his HIV status", « sa séropositivité »).
_PRONOUN_BEFORE = LazyRegex(rf"(?<![\p{{L}}'])(?:he|she|il|elle)\s+(?:{_ADVERB}\s+)?$", regex.V0)
_POSSESSIVE_CUE = LazyRegex(r"(?:his|her|sa|son)\s", regex.V0)
# Words for a person that do not name them: "a man who uses drugs" is someone anonymous (below); with the
# relatives and jobs after them, they are also someone else a pronoun can refer to.
_PERSON_NOUNS = (r"woman|man|girl|boy|person|patient|client|mother|father|resident|participant|student|teenager|"
                 r"migrant|refugee|detainee|prisoner|inmate|defendant|worker|user|member|femme|homme|fille|garcon|"
                 r"personne|patiente?|cliente?|mere|pere|residente?|participante?|etudiante?|adolescente?|migrante?|"
                 r"refugiee?|detenue?|prevenue?|travailleu(?:r|se)|usagere?|membre")
_OTHER_PERSON_NOUNS = (r"wife|husband|son|daughter|sister|brother|friend|neighbou?r|nurse|doctor|teacher|child|youth|"
                       r"plaintiff|employee|applicant|beneficiary|volunteer|colleague|partner|epouse|mari|fils|soeur|"
                       r"frere|amie?|voisine?|infirmiere?|medecin|enseignante?|enfant|jeune|employee?|beneficiaire|"
                       r"benevole|collegue")
# Someone else the pronoun can refer to, in the cue's own sentence: "One patient told staff that she…".
_ANTECEDENT = LazyRegex(r"(?<![\p{L}])(?:a|an|one|the|this|that|another|un|une|le|la|l'|cette|ce|cet)\s*"
                        r"(?:[\p{L}-]+\s+)?(?:" + _PERSON_NOUNS + "|" + _OTHER_PERSON_NOUNS + r")(?![\p{L}])|"
                        r"(?<![\p{L}])(?:someone|somebody|quelqu'un)(?![\p{L}])", regex.V0)
# The cue is said of someone anonymous: "a man who uses drugs", « un homme qui consomme… » — unless that is an
# apposition to a name ("Awa Diallo, a woman who lives with HIV").
_ANONYMOUS_BEFORE = LazyRegex(r"(?<![\p{L}])(?:a|an|one|another|un|une)\s+(?:[\p{L}-]+\s+){0,2}?(?:" + _PERSON_NOUNS +
                              r")\s+(?:(?:who|that|qui)\s+(?:[\p{L}]+\s+)?)?$", regex.V0)
_APPOSITION_GAP = LazyRegex(r"\s*,\s*", regex.V0)
# A plural subject that points back: "Both men are…", "They live with…", « Les deux hommes sont… », « Ils… ».
_PLURAL_ANAPHOR = LazyRegex(rf"(?:^|[,;:]\s*|(?<![\p{{L}}])(?:and|but|et|mais)\s+)\W*"
                            rf"(?:both(?:\s+of\s+them|\s+[\p{{L}}-]+)?|they|ils|elles|"
                            rf"(?:the|these|les|ces)\s+(?:two|three|deux|trois)(?:\s+[\p{{L}}-]+)?|"
                            rf"tou(?:s|tes)\s+(?:les\s+)?deux)\s+(?:{_ADVERB}\s+)?$", regex.V0)
_COORDINATION = LazyRegex(r"\s*(?:,\s*(?:and\s+|et\s+)?|and|et|&)\s*", regex.V0)
# Between the last name and a plural cue: adverbs, or an apposition ("Mike and Tom, both from Leeds, live…").
_NAME_TO_CUE = LazyRegex(rf"\s*(?:,[^,.;!?]{{1,50}},\s*)?(?:{_ADVERB}\s+)*", regex.V0)
# The named person made the status public themselves: "Charlie Sheen revealed in 2015 that he is HIV-positive",
# « Fatou Sow a annoncé publiquement qu'elle vit avec le VIH ».
_PUBLIC_SELF = LazyRegex(r"\s*(?:,[^,.;!?]{1,60},\s*)?(?:has\s+|had\s+|a\s+|avait\s+)?(?:(?:publicly|openly|recently|"
                             r"first|already|publiquement|ouvertement|recemment|deja)\s+)?(?:announced|revealed|"
                             r"disclosed|went\s+public|came\s+out|(?:spoke|spoken)\s+(?:openly|publicly)|been\s+open|"
                             r"annonce|revele|devoile|rendu\s+public|parle\s+(?:ouvertement|publiquement)|"
                             r"fait\s+son\s+coming[\s-]out)"
                             r"(?![\p{L}])[^.;!?]{0,80}?(?:(?:he|she|il|elle)\s+(?:\p{L}+\s+)?|(?:about|de)\s+)$",
                         regex.V0)


# A label noun phrase (kind "label": "une ancienne toxicomane", "a former heroin addict") and what may follow it
# and still end the phrase: a relative clause or a complement, then a comma or the end of the sentence.
_LABEL_TAIL = LazyRegex(r"\s*(?:(?:d'|(?:qui|who|that|dont|depuis|since|for|de|du|des|from|of|in|en|au|aux|now|"
                        r"aujourd'hui|desormais|devenue?|turned|et|and)(?![\p{L}]))[^,.;!?:()]*)?\s*"
                        r"(?:[,.;!?:)]|[-—–]\s|$)", regex.V0)
_APPOSITION_CHAIN = LazyRegex(r"\s*[,:](?:[^,.;!?:]{1,40},)*\s*", regex.V0)
_WORDS = LazyRegex(r"[\p{L}\p{N}]+'?", regex.V0)
_RELATIVE = frozenset("qui who that dont".split())
_STARTERS = _RELATIVE | frozenset("de du des d' depuis since for from of in en au aux à now aujourd' désormais "
                                  "devenu devenue turned et and avec with sans without".split())
# Words that give a sentence a verb (auxiliaries, modals, clitic subjects), the relative clause's own verb aside.
_VERB_MARKERS = frozenset("ont est sont était étaient avait avaient sera va vont vient il elle ils elles on je nous "
                          "vous is are was were has have had will would can could does did he she they we i".split())


def group_subject(folded: str, cue: Span) -> bool:
    """The status is said of a group ("people who use drugs", « les personnes vivant avec le VIH »), not of
    people just named ("both men", « les deux hommes »)."""
    window = folded[max(0, cue.start - 40):cue.start]
    m = _GROUP_BEFORE.search(window)
    return m is not None and not _COUNTED.search(window, 0, m.start())


def names_in(doc: Document, start: int, end: int) -> list[Name]:
    """Identifiers of a person in source[start:end]: names (first-name lists, title, age — see
    `postlint.document.names`), capitalised first+last names inside the sentence, a possessive role ("notre
    trésorière") or an @handle. Capitalised words of an institution's name are none of them."""
    src = doc.source
    prose = doc.prose
    out: list[Name] = [(Span(n.start, n.end), n.text) for n in person_names(prose[start:end], start)]
    for run in _CAP_RUN.finditer(prose, start, end):
        if in_institution_name(prose, run.start(), run.end()):
            continue  # "the Dakar Labour Court", "Fann Hospital", "Hôpital Principal de Dakar"
        words = list(_CAP.finditer(prose, run.start(), run.end()))
        while words and (fold_in_place(words[0].group(0)) in _NOT_NAMES or not _ALNUM.search(prose[start:words[0].start()])):
            words = words[1:]  # a capitalised opener, or the sentence's first word (capitalised anyway)
        while words and fold_in_place(words[-1].group(0)) in _NOT_NAMES:
            words = words[:-1]
        if len(words) < 2 or any(fold_in_place(w.group(0)) in _NOT_NAMES for w in words):
            continue
        span = Span(words[0].start(), words[-1].end())
        if not any(span.overlaps(s) for s, _ in out):
            out.append((span, src[span.start:span.end]))
    folded = fold_in_place(prose[start:end])
    for m in _ROLE.finditer(folded):
        out.append((Span(start + m.start(), start + m.end()), src[start + m.start():start + m.end()]))
    for t in doc.mentions:
        if start <= t.span.start < end:
            out.append((t.span, t.text))
    return sorted(out)


@analysis
def _ner_memo(doc: Document) -> dict[Span, list[Name]]:
    """spaCy PER entities found so far, by sentence."""
    return {}


def ner_names(doc: Document, span: Span) -> list[Name]:
    """spaCy PER entities of one sentence (French drafts only; memoised per sentence)."""
    if doc.lang != "fr":
        return []
    cache = _ner_memo(doc)
    if span not in cache:
        from postlint.text import nlp

        text = doc.prose[span.start:span.end]
        ents = nlp.entities([text]) or [[]]
        cache[span] = [(Span(span.start + s, span.start + e), text[s:e]) for s, e, label in ents[0]
                       if label == "PER" and text[s:s + 1].isupper() and not in_institution_name(text, s, e)]
    return cache[span]


def subject(doc: Document, folded: str, sentences: list[Span], idx: int, cue: Span, kind: str) -> list[Name]:
    """The people the cue in sentences[idx] is said of (none: nobody identifiable, or they made it public); kind:
    "plural" (a plural verb), "label" (a noun phrase) or ""."""
    sent = sentences[idx]
    prev = sentences[idx - 1] if idx > 0 else None
    if prev is not None and not (prev.end <= sent.start and _same_block(doc, prev, sent)):
        prev = None
    names = [n for n in names_in(doc, sent.start, sent.end) if not n[0].overlaps(cue) and not _a_place(doc, n[0])]
    if kind == "plural":
        return _plural_subject(doc, folded, sent, prev, cue, names)
    if kind == "label":
        return _label_subject(doc, folded, sent, prev, cue, names)
    anonymous = _ANONYMOUS_BEFORE.search(folded[max(sent.start, cue.start - 80):cue.start])
    if anonymous is not None:
        at = max(sent.start, cue.start - 80) + anonymous.start()
        return [n for n in names if n[0].end <= at and _APPOSITION_GAP.fullmatch(folded, n[0].end, at)]
    if names:
        last = max((n for n in names if n[0].end <= cue.start), default=None, key=lambda n: n[0].end)
        if last is not None and _PUBLIC_SELF.fullmatch(folded, last[0].end, cue.start):
            return []
        return names
    if prev is not None and _pronoun_reference(folded, sent, cue):
        names = names_in(doc, prev.start, prev.end)
        if names:
            return names
    # the cue fired: now the model may look for a name the heuristics missed
    return [n for n in ner_names(doc, sent) if not n[0].overlaps(cue) and not _a_place(doc, n[0])]


# « le Burkina Faso », « la Guinée », « l'Ouganda », "the Gambia": a country takes an article, a person does not
_ARTICLE_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:le|la|les|l['’]|du|au|the)[ \t]*$")


def _a_place(doc: Document, span: Span) -> bool:
    return _ARTICLE_BEFORE.search(doc.prose, max(0, span.start - 6), span.start) is not None


def _plural_subject(doc: Document, folded: str, sent: Span, prev: Span | None, cue: Span,
                    names: list[Name]) -> list[Name]:
    if not names:
        names = [n for n in ner_names(doc, sent) if not n[0].overlaps(cue)]
    before = sorted((n for n in names if n[0].end <= cue.start), key=lambda n: n[0].start)
    # names joined by "and"/"et" right before the cue: "Mike Brown and Tom Hughes live with HIV"
    if before and _NAME_TO_CUE.fullmatch(folded, before[-1][0].end, cue.start):
        joined = [before[-1]]
        for n in reversed(before[:-1]):
            if not _COORDINATION.fullmatch(folded, n[0].end, joined[0][0].start):
                break
            joined.insert(0, n)
        if len(joined) > 1:
            return joined
    anaphor = _PLURAL_ANAPHOR.search(folded[sent.start:cue.start])
    if anaphor is None:
        return []
    earlier = [n for n in before if n[0].end <= sent.start + anaphor.start()]
    if len(earlier) > 1:
        return earlier
    if prev is not None:
        named = names_in(doc, prev.start, prev.end)
        if len(named) > 1:
            return named
    return []


def _label_subject(doc: Document, folded: str, sent: Span, prev: Span | None, cue: Span,
                   names: list[Name]) -> list[Name]:
    """A label is said of the name it stands in apposition to ("Awa Diallo, une ancienne toxicomane, anime…",
    "Ancien toxicomane, Moussa…"), or — opening a sentence with no verb of its own ("Un ancien toxicomane qui
    connaît la rue.") — of the person named in the sentence before. Otherwise it is someone anonymous ("Un ancien
    toxicomane a témoigné")."""
    if not _LABEL_TAIL.match(folded, cue.end, sent.end):
        return []  # the noun phrase has a verb of its own
    before = [n for n in names if n[0].end <= cue.start and _APPOSITION_CHAIN.fullmatch(folded, n[0].end, cue.start)]
    if before or _LETTER.search(folded, sent.start, cue.start):
        return before
    after = [n for n in names if n[0].start >= cue.end and _APPOSITION_GAP.fullmatch(folded, cue.end, n[0].start)]
    if after or prev is None or not _verbless(doc.prose[cue.end:sent.end].lower(), doc.lang):
        return after
    return names_in(doc, prev.start, prev.end)


def _verbless(rest: str, lang: str) -> bool:
    """The rest of a sentence opened by a noun phrase gives it no verb: nothing, an apposition, a complement, or a
    relative clause (its own verb aside) without an auxiliary or a subject pronoun."""
    words = _WORDS.findall(rest.replace("’", "'"))
    if words and words[0] in _RELATIVE:
        words = words[2:]
    elif words and rest.lstrip()[:1].isalnum() and words[0] not in _STARTERS:
        return False
    markers = _VERB_MARKERS | ({"a"} if lang == "fr" else set())
    return not any(w in markers for w in words)


def _pronoun_reference(folded: str, sent: Span, cue: Span) -> bool:
    """The cue is said of "il/elle/he/she" (or is "his/her/sa/son …") and the sentence has no one else the
    pronoun could be: it opens with the pronoun ("Elle vit avec…"), with the status in apposition followed by the
    pronoun ("Séropositif depuis 2015, il reste…"), or has the pronoun or possessive later and no antecedent."""
    before = folded[sent.start:cue.start]
    if _PRONOUN_START.match(before):
        return True
    if not _LETTER.search(before):
        return bool(_APPOSITION_PRONOUN.match(folded, cue.start, sent.end))
    pronoun = _PRONOUN_BEFORE.search(before)
    if pronoun is None and not _POSSESSIVE_CUE.match(folded, cue.start):
        return False
    return not _ANTECEDENT.search(before, 0, pronoun.start() if pronoun else len(before))


def _same_block(doc: Document, a: Span, b: Span) -> bool:
    return any(blk.span.start <= a.start and b.end <= blk.span.end for blk in doc.text_blocks())
