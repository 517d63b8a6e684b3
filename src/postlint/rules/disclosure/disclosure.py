"""Disclosure of stigmatised or criminalised status: one's own (lived experience) and someone else's.

`disclosure.lived-experience` finds first-person statements ("j'en consomme encore", "I'm HIV
positive", "je suis sans papiers"), quoted testimonies included, and names the risks guide 000 lists.
`disclosure.third-party-status` finds a status said of an identifiable person ("notre trésorière,
Aïssatou Diop, qui vit avec le VIH"). Texts that only talk about disclosure, or about people in
general ("nous accompagnons les personnes qui consomment"), have no first-person statement and no
named person, so they stay clean.
"""
from __future__ import annotations

import regex

from postlint.text.gates import passes
from postlint.rules.disclosure.patterns import LazyRegex, CONTEXT, first_person, folded_prose, third_person
from postlint.rules.disclosure.subjects import group_subject, subject
from postlint.document.model import Document
from postlint.core.spans import Span
from postlint.core.rule import Context, Option, rule
from postlint.document.analysis import analysis

SOURCE_000 = ("Guide 000 (INPUD) : les pours et les contres d'une divulgation publique d'une expérience vécue d'usage "
              "de drogues se pèsent au cas par cas (stigmatisation, problèmes juridiques, perte d'emploi, "
              "harcèlement, surveillance, services sociaux, conflits avec les proches)")
SOURCE_003 = ("Guide 003 (ACT Alliance) : obtenir le consentement préalable des personnes, penser à la sécurité des "
              "personnes vulnérables ; guide 000 (INPUD) : risques de la divulgation")

TOPICS = {
    "drugs": ("l'usage de drogues", "drug use"),
    "hiv": ("le statut VIH ou une hépatite", "HIV or hepatitis status"),
    "sexwork": ("le travail du sexe", "sex work"),
    "migration": ("la situation administrative (sans papiers)", "immigration status"),
    "prison": ("un passé carcéral", "a prison record"),
    "health": ("un diagnostic de santé", "a health diagnosis"),
    "legal": ("une situation judiciaire ou administrative", "a legal or immigration status"),
}
# The consequences seed 000 names, and the ones that apply to each status.
RISKS = {
    "arrest": ("arrestation et poursuites", "arrest and prosecution"),
    "stigma": ("stigmatisation et discrimination", "stigma and discrimination"),
    "job": ("perte d'emploi", "job loss"),
    "harassment": ("harcèlement", "harassment"),
    "surveillance": ("surveillance", "surveillance"),
    "social": ("intervention des services sociaux", "involvement of social services"),
    "family": ("conflits avec les proches", "conflict with loved ones"),
    "expulsion": ("expulsion", "deportation"),
}
TOPIC_RISKS = {
    "drugs": ("arrest", "stigma", "job", "harassment", "surveillance", "social", "family"),
    "sexwork": ("arrest", "stigma", "job", "harassment", "surveillance", "social", "family"),
    "hiv": ("stigma", "job", "harassment", "family"),
    "migration": ("arrest", "expulsion", "harassment", "surveillance", "job"),
    "prison": ("stigma", "job", "harassment", "family"),
}
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
_NOT = LazyRegex(r"(?<![\p{L}])(?:pas|not|never|jamais)(?![\p{L}])", regex.V0)
_NE_BEFORE = LazyRegex(r"(?<![\p{L}])(?:n'|ne\s+)$", regex.V0)


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


@analysis
def lived_matches(doc: Document) -> list[tuple[Span, str, str]]:
    """First-person status statements: (span, topic, tense) with tense present|past|status (cached)."""
    folded = folded_prose(doc)
    out: list[tuple[Span, str, str]] = []
    for block in doc.text_blocks():
        b0, b1 = block.span
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
                if _mentioned(doc, folded, span, b0):
                    continue
                text_m = m.group(0)
                out.append((Span(span.start, span.end - (len(text_m) - len(text_m.rstrip()))), topic, tense_now))
    out.sort(key=lambda x: x[0].start)
    return out


def _mentioned(doc: Document, folded: str, span: Span, lo: int) -> bool:
    q = _quote_around(doc.source, span.start, span.end, lo)
    if q is None:
        return False
    inner = doc.source[q[0] + 1:q[1]]
    return len(_WORD_TOKEN.findall(inner)) <= 6 and bool(_MENTION_BEFORE.search(folded[max(lo, q[0] - 40):q[0]]))


def _risk_list(ctx: Context, topic: str) -> str:
    i = 0 if ctx.lang == "fr" else 1
    return ", ".join(RISKS[r][i] for r in TOPIC_RISKS.get(topic, TOPIC_RISKS["drugs"]))


@rule("disclosure.lived-experience", severity="warning",
      summary="First-person disclosure of drug use, HIV status, sex work, migration status or prison",
      source=SOURCE_000, fix="never",
      options={"past_severity": Option(str, "info", "severity of a disclosure about the past only (info, warning or error)",
                                       choices=("info", "warning", "error"))},
      explain="""
What it checks: first-person statements, quoted testimonies included, of drug use ("je consomme du
crack", "j'en consomme encore", "je me shoote depuis…", "I've been injecting since…"), HIV or hepatitis
status ("je suis séropo", "I live with HIV"), sex work, irregular migration status ("je suis sans
papiers", "I'm undocumented") and prison ("j'ai fait de la prison").
- a present status → warning; HIV status and a prison record do not pass → warning;
- use in the past only ("j'ai consommé…", "I no longer use") is still a disclosure → option
  `past_severity` (default info).
Not flagged: negations ("je n'ai jamais consommé"), hypotheses ("si je consomme…"), reported speech
about a third party ("il m'a dit qu'il consomme" — see disclosure.third-party-status), general talk
("nous accompagnons les personnes qui consomment"), texts about disclosure itself, and a short
phrase quoted as words ("dire « je suis séropo »").
Why: guide 000 asks to weigh public disclosure of lived drug use case by case: it can lead to arrest,
stigma, job loss, harassment, surveillance, social-services involvement and family conflict. The
finding asks to confirm the person's informed consent.
Fix safety: no automatic fix. When consent is recorded, silence the finding with
`<!-- postlint-disable-next-line disclosure.lived-experience -->`.
""",
      examples={"fail": ("« J'ai commencé à fumer du crack il y a six ans et j'en consomme encore. »",
                         "I've been injecting since 2009.", "Je suis séropositive depuis dix ans."),
                "pass": ("Nous accompagnons les personnes qui consomment des drogues.",
                         "Divulgation publique d'une expérience vécue d'usage de drogues : les pours et les contres.",
                         "Il m'a dit qu'il consomme encore.")})
def lived_experience(doc: Document, ctx: Context):
    matches = lived_matches(doc)
    if not matches:
        return
    sentences = doc.sentences()
    by_sentence: dict[int, tuple[Span, str, str]] = {}
    rank = {"present": 2, "status": 2, "past": 1}
    for span, topic, tense in matches:
        key = next((i for i, s in enumerate(sentences) if s.start <= span.start < s.end), -span.start - 1)
        best = by_sentence.get(key)
        if best is None or rank[tense] > rank[best[2]]:
            by_sentence[key] = (span, topic, tense)
    for span, topic, tense in sorted(by_sentence.values(), key=lambda x: x[0].start):
        fr, en = TOPICS[topic]
        risks = _risk_list(ctx, topic)
        text = doc.text_of(span)
        if tense == "past":
            message = ctx.msg(
                fr="« {t} » : témoignage à la première personne sur {what}, au passé — cela reste une divulgation "
                   "publique ({risks}). Confirmez le consentement éclairé de la personne.",
                en="'{t}': a first-person account of {what} in the past — still a public disclosure ({risks}). "
                   "Confirm the person's informed consent.", t=text, what=fr if ctx.lang == "fr" else en, risks=risks)
            severity = ctx.options.get("past_severity", "info")
        else:
            message = ctx.msg(
                fr="« {t} » : témoignage à la première personne sur {what}. Une divulgation publique peut exposer "
                   "à : {risks}. Confirmez le consentement éclairé de la personne (ou anonymisez).",
                en="'{t}': a first-person disclosure of {what}. Going public can lead to {risks}. Confirm the "
                   "person's informed consent (or anonymise).", t=text, what=fr if ctx.lang == "fr" else en,
                risks=risks)
            severity = "warning"
        yield ctx.finding(span, message, severity=severity, suggestions=[ctx.msg(
            fr="consentement éclairé confirmé, ou témoignage anonyme (prénom modifié, sans détail identifiant)",
            en="informed consent confirmed, or an anonymous testimony (changed name, no identifying detail)")])


# ----------------------------------------------------------------------------- third parties
# Habits said with "used to" want a person before them: "Dave used to inject", not "the needles used to inject".
# ("I used to…" is first-person: disclosure.lived-experience.)
_HABIT_SUBJECT = LazyRegex(r"(?:\p{Lu}[\p{L}'’-]+|(?<![\p{L}])(?:he|she|they|who))\s+(?:(?:also|once|both)\s+)?$")
# A cue whose subject is "je", "I", "nous", "we" is said of oneself.
_SELF_BEFORE = LazyRegex(r"(?<![\p{L}'])(?:je|j'|i|nous|we)(?:\s*(?:suis|sommes|am|'m|are|'re|was|were|have|'ve|ai|"
                         r"avons|ete|been|etais|etions|ne|n'))*\s*$", regex.V0)


@rule("disclosure.third-party-status", severity="error",
      summary="An identifiable person's HIV status, diagnosis, drug use, legal or migration status",
      source=SOURCE_003, fix="never",
      explain="""
What it checks: a sentence that names or points to a person (first and last name, a title such as
"Mme Diallo", a known first name, "notre trésorière", an @handle) and says of them an HIV or
hepatitis status, a diagnosis, drug use or treatment — present, past or as a label ("used to inject
heroin", "était toxicomane", « suivi au programme méthadone », "on ARVs", « Awa Diallo, une ancienne
toxicomane, … ») —, sex work, a prison record, or an irregular migration status; also when the next
sentence refers back with a pronoun ("She is…", "…disclosed his HIV status", « Depuis 2010, elle
vit… ») or has no verb of its own (« Bienvenue à Seydou, notre pair-éducateur. Un ancien toxicomane qui
connaît la rue. »), and for several people ("Mike Brown and Tom Hughes live with HIV", « Awa et Moussa
vivent avec le VIH », or "Both men are…" after a sentence naming them).
Not flagged: groups ("les personnes vivant avec le VIH", "people who use drugs"), anonymous people
("a man who uses drugs", "one patient… she is HIV-positive"), names of institutions and places
("the Dakar Labour Court", "Fann Hospital" are not people), a person speaking of themselves in the
first person (disclosure.lived-experience), a named person who made it public themselves ("X
revealed that he is HIV-positive", « X a annoncé publiquement qu'elle vit avec le VIH »).
Why: health and legal status are sensitive personal data (GDPR art. 9 and 10; Mali law 2013-015, APDP);
guide 003 asks for prior consent and for the safety of vulnerable people. Even respectful words
("qui vit avec le VIH") out someone who may not have chosen it.
Fix safety: no automatic fix — remove the status or the name, or record the person's written consent
and silence the finding with a `postlint-disable-next-line` comment.
""",
      examples={"fail": ("Joyeux anniversaire à notre trésorière, Aïssatou Diop, qui vit avec le VIH depuis 2012.",
                         "Our colleague John Smith has been on methadone for ten years."),
                "pass": ("Nous accompagnons les personnes vivant avec le VIH.",
                         "Awa Diallo coordonne le programme de dépistage.")})
def third_party_status(doc: Document, ctx: Context):
    folded = folded_prose(doc)
    own = [s for s, _, _ in lived_matches(doc)]
    cues: list[tuple[Span, str, str]] = []
    for topic, kind, pattern, gate in third_person():
        if not passes(gate, folded):
            continue  # (the whole prose: a superset of the body the pattern reads)
        for m in pattern.finditer(folded, doc.body.start, doc.body.end):
            span = Span(m.start(), m.end())
            if any(span.overlaps(o) for o in own) or any(span.overlaps(c) for c, _, _ in cues):
                continue
            if group_subject(folded, span):
                continue
            if _NOT.search(m.group(0)) or _NE_BEFORE.search(folded[max(0, span.start - 4):span.start]):
                continue
            if _SELF_BEFORE.search(folded, max(0, span.start - 30), span.start):
                continue  # « je suis suivi au programme méthadone »: one's own (disclosure.lived-experience)
            if m.group(0).startswith("used to") and not _HABIT_SUBJECT.search(doc.prose[max(0, span.start - 40):span.start]):
                continue
            cues.append((span, topic, kind))
    if not cues:
        return
    sentences = doc.sentences()
    for span, topic, kind in sorted(cues):
        idx = next((i for i, s in enumerate(sentences) if s.start <= span.start < s.end), None)
        if idx is None:
            continue
        names = subject(doc, folded, sentences, idx, span, kind)
        if not names:
            continue
        who = names[0][1] if len(names) == 1 else ", ".join(dict.fromkeys(n for _, n in names))
        fr, en = TOPICS[topic]
        yield ctx.finding(span, ctx.msg(
            fr="« {who} » / « {t} » : la publication révèle {what} d'une personne identifiable. Sans son accord "
               "écrit, retirez l'information ou le nom.",
            en="'{who}' / '{t}': the post reveals {what} of an identifiable person. Without their written "
               "consent, remove the information or the name.", who=who, t=doc.text_of(span),
            what=fr if ctx.lang == "fr" else en),
            suggestions=[ctx.msg(fr="retirer le statut ou le nom", en="remove the status or the name")])


RULES = [lived_experience, third_party_status]
