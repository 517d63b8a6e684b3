"""What it checks: a sentence that names or points to a person (first and last name, a title such as
"Mme Diallo", a known first name, "notre trésorière", an @handle) and says of them an HIV or
hepatitis status, a diagnosis, sexual violence suffered ("a été violée", "was raped"), drug use or treatment — present, past or as a label ("used to inject
heroin", "était toxicomane", « suivi au programme méthadone », "on ARVs", « Awa Diallo, une ancienne
toxicomane, … ») —, sex work, a prison record, or an irregular migration status; also when the next
sentence refers back with a pronoun ("She is…", "…disclosed his HIV status", « Depuis 2010, elle
vit… ») or has no verb of its own (« Bienvenue à Seydou, notre pair-éducateur. Un ancien toxicomane qui
connaît la rue. »), and for several people ("Mike Brown and Tom Hughes live with HIV", « Awa et Moussa
vivent avec le VIH », or "Both men are…" after a sentence naming them).
Not flagged: groups ("les personnes vivant avec le VIH", "people who use drugs", "90 % of people who know their
HIV status"), a spokesperson's public role ("Sex worker and advocacy worker at Sisonke, Constance Mathe"), a
procedure ("helps clear a criminal record"), a persona in a guide, anonymous people
("a man who uses drugs", "one patient… she is HIV-positive"), names of institutions and places
("the Dakar Labour Court", "Fann Hospital" are not people), a person speaking of themselves in the
first person (disclosure.lived-experience), a named person who made it public themselves ("X
revealed that he is HIV-positive", « X a annoncé publiquement qu'elle vit avec le VIH »). Not reported either when
the same sentence reports the person's own death ("raped and murdered", « violée puis tuée », "the murder of X, who
was raped"): a crime on the public record, condemned by name, not a secret whose publication harms; nor the arrest
or detention of a person in a text about repression (activists, journalists, arbitrary arrests, a call for their
release): human-rights defenders name them on purpose.
Why: health and legal status are sensitive personal data (GDPR art. 9 and 10; Mali law 2013-015, APDP);
ACT Alliance, « Politique de l'Alliance ACT relative aux médias sociaux », asks for prior consent and for the
safety of vulnerable people. Even respectful words ("qui vit avec le VIH") out someone who may not have
chosen it.
Fix safety: no automatic fix — remove the status or the name, or record the person's written consent
and silence the finding with a `postlint-disable-next-line` comment.
"""
# A status said of an identifiable person ("notre trésorière, Aïssatou Diop, qui vit avec le VIH"): the cues are
# `_third_person.py`, who they are said of `_subjects.py`. Texts about people in general ("nous accompagnons les
# personnes qui consomment") name no one, so they stay clean.
from __future__ import annotations

from functools import lru_cache

import regex

from postlint.core.rule import Context, rule
from postlint.core.spans import Span
from postlint.document.analysis import folded_prose
from postlint.document.model import Document
from postlint.rules.disclosure._first_person import lived_matches
from postlint.rules.disclosure._patterns import TOPICS
from postlint.rules.disclosure._subjects import group_subject, subject
from postlint.rules.disclosure._third_person import third_person
from postlint.text.gates import GateSet
from postlint.text.patterns import LazyRegex

SOURCE = ("ACT Alliance, « Politique de l'Alliance ACT relative aux médias sociaux »: obtenir le consentement "
          "préalable des personnes, penser à la sécurité des personnes vulnérables ; INPUD, « Fiche de conseils de "
          "plaidoyers sur les médias et sur les réseaux sociaux »: risques de la divulgation")

_NOT = LazyRegex(r"(?<![\p{L}])(?:pas|not|never|jamais)(?![\p{L}])", regex.V0)
_NE_BEFORE = LazyRegex(r"(?<![\p{L}])(?:n'|ne\s+)$", regex.V0)
# Habits said with "used to" want a person before them: "Dave used to inject", not "the needles used to inject".
# ("I used to…" is first-person: disclosure.lived-experience.)
_HABIT_SUBJECT = LazyRegex(r"(?:\p{Lu}[\p{L}'’-]+|(?<![\p{L}])(?:he|she|they|who))\s+(?:(?:also|once|both)\s+)?$")
# A cue whose subject is "je", "I", "nous", "we" is said of oneself.
_SELF_BEFORE = LazyRegex(r"(?<![\p{L}'])(?:je|j'|i|nous|we)(?:\s*(?:suis|sommes|am|'m|are|'re|was|were|have|'ve|ai|"
                         r"avons|ete|been|etais|etions|ne|n'))*\s*$", regex.V0)


# A status given as the person's public role, on the record: "Sex worker and advocacy worker at Sisonke",
# "Constance M., sex worker and activist - Sisonke", « travailleuse du sexe et militante au STRASS »: the
# spokesperson's own public description, not a disclosure (folded text after the label).
_PUBLIC_ROLE_AFTER = LazyRegex(
    r"(?i)\s*(?:(?:and|et|&|/)\s+(?:[\p{L}-]+\s+){0,2}(?:workers?|activists?|advocates?|organi[sz]ers?|"
    r"coordinators?|directors?|leaders?|spokes(?:person|woman|man)|founders?|members?|militante?s?|coordinat\w+|"
    r"direct\w+|pr[ée]sidente?s?|porte-parole|fondat\w+|membres?|animat\w+|pairs?|peers?|[ée]ducat\w+|"
    r"m[ée]diat\w+)|(?:at|with|from|for|chez|au|à\s+l['’]|auprès\s+d[eu'’])\s+(?-i:\p{Lu})|\s*[-–—]\s*(?-i:\p{Lu}))")
# "people who know their HIV status", "a criminal record check", "helps clear a criminal record": a general
# statement or a procedure, no one's record (folded text before the cue)
_RECORD_NOT_SAID = LazyRegex(r"(?<![\p{L}])(?:clear|expunge|seal|erase|remove|wipe|check|without|no|any|effacer|sans|"
                             r"aucun)\s+(?:(?:a|the|their|his|her|your|of|de|du|son|leur|un)\s+)?(?:juvenile\s+)?$",
                             regex.V0)
# "their HIV status" said of a group or a count: "90 % of people who know their HIV-positive status"
_GROUP_BEFORE = LazyRegex(r"(?:%|(?<![\p{L}])(?:percent|per\s+cent|people|persons|those|men|women|patients|"
                          r"individuals|adults|adolescents|children|youths?|everyone|many|most|millions?|thousands|"
                          r"members|workers|users|clients|migrants|prisoners|who)(?![\p{L}]))[^.!?;:]{0,60}$", regex.V0)
# a persona or a made-up example in a guide: "Meet Janet, our persona…", « personnage fictif »
_PERSONA = LazyRegex(r"(?<![\p{L}])(?:personas?|fictional|fictitious|imaginary|made-up|hypothetical|"
                     r"personnage\s+fictif|fictive?s?|imaginaire|exemple\s+fictif)(?![\p{L}])", regex.V0)


# a list of example users in a guide: "- Mateo is in a hurry…", "- Janet has dementia and needs…" (a lone first
# name opening each item)
_LONE_NAME_ITEM = LazyRegex(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\p{Lu}\p{Ll}+[ \t]+(?:is|has|was|had|needs|wants|uses|"
                            r"est|a|vit|doit|veut|utilise)\b", regex.M)


def _example_users(doc: Document, span: Span) -> bool:
    """The status is said in a list whose items each open with a different lone first name: personas."""
    line = doc.line_index.position(span.start)[0]
    here = doc.line_index.line_text(line)
    if not _LONE_NAME_ITEM.match(here):
        return False
    near = [doc.line_index.line_text(n) for n in (line - 1, line + 1) if 1 <= n <= doc.line_index.line_count]
    return any(_LONE_NAME_ITEM.match(t) and t.split()[1] != here.split()[1] for t in near)


@lru_cache(maxsize=1)
def _gate_set() -> GateSet:
    """The gates of the third-person patterns, tested in one pass over the prose (text/gates.py)."""
    return GateSet(gate for _, _, _, gate in third_person())


# the person's own death, said with the status ("raped and brutally murdered", « violée puis tuée ») or before it
# ("the murder of Noxolo N., who was raped"): not a death the sentence mentions ("forced to watch the murder of her
# husband")
_DIED_AFTER = regex.compile(r"\s*(?:,|and|et|puis|then|before\s+being|avant\s+d'etre)\s+(?:\w+\s+){0,2}?"
                            r"(?:murdered|killed|strangled|assassinated|tuee?s?|assassinee?s?|etranglee?s?)\b")
_DEATH_OF = regex.compile(r"\b(?:murder|killing|death|assassination|meurtre|assassinat|mort|deces)\s+(?:of|de|d')\s*"
                          r"(?!(?:his|her|their|son|sa|ses|leur)\b)")


# an arrest or a detention ("a été arrêté", "was detained"), and a text about repression: human-rights
# defenders name the people arrested on purpose, to denounce it
_ARREST = regex.compile(r"\b(?:arrete|arretee|arretes|arretees|arrested|detained|interpelle\w*|detenue?s?|enleve\w*|"
                        r"abducted|incarcere\w*|imprisoned|jailed)\b")
_REPRESSION = regex.compile(r"\b(?:repression|arbitraire\w*|arbitrary|liberation\s+(?:immediate|sans\s+condition)|"
                            r"release\s+of|immediate\s+release|crackdown|persecution|prisonniers?\s+d'opinion|"
                            r"prisoners?\s+of\s+conscience|defenseurs?\s+des\s+droits|human\s+rights\s+defenders?|"
                            r"opposants?|militants?|activists?|journalistes?|journalists?)\b")


def _repression(doc: Document, folded: str) -> bool:
    return _REPRESSION.search(folded, doc.body.start, doc.body.end) is not None


@rule("disclosure.third-party-status", severity="error",
      summary="An identifiable person's HIV status, diagnosis, drug use, legal or migration status",
      source=SOURCE, fix="never",
      examples={"fail": ("Joyeux anniversaire à notre trésorière, Aïssatou Diop, qui vit avec le VIH depuis 2012.",
                         "Our colleague John Smith has been on methadone for ten years."),
                "pass": ("Nous accompagnons les personnes vivant avec le VIH.",
                         "Awa Diallo coordonne le programme de dépistage.")})
def third_party_status(doc: Document, ctx: Context):
    folded = folded_prose(doc)
    own = [s for s, _, _ in lived_matches(doc)]
    cues: list[tuple[Span, str, str]] = []
    for (topic, kind, pattern, _), passed in zip(third_person(), _gate_set().passing(folded)):
        if not passed:
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
            if m.group(0).startswith("their") and _GROUP_BEFORE.search(folded, max(0, span.start - 80), span.start):
                continue
            if kind == "label" and _PUBLIC_ROLE_AFTER.match(doc.prose, span.end):
                continue
            if m.group(0) in ("criminal record", "casier judiciaire") and \
                    (_RECORD_NOT_SAID.search(folded, max(0, span.start - 40), span.start) or
                     regex.match(r"\s*(?:checks?|expunge\w*|clearing|relief)", folded[span.end:span.end + 20])):
                continue
            if _PERSONA.search(folded, max(doc.body.start, span.start - 600), span.start) or \
                    _example_users(doc, span):
                continue
            if m.group(0).startswith("used to") and \
                    not _HABIT_SUBJECT.search(doc.prose[max(0, span.start - 40):span.start]):
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
        sentence = sentences[idx]
        # a person whose death the sentence reports (« violée puis tuée », "raped and murdered"): a crime on the public
        # record, condemned by name — not a secret whose publication harms (judged so on published statements)
        if _DIED_AFTER.match(folded, span.end, sentence.end) or _DEATH_OF.search(folded, sentence.start, span.start):
            continue
        if topic.startswith("legal") and _ARREST.search(folded, span.start, span.end) and _repression(doc, folded):
            continue  # activists' arrests, named to denounce them and demand their release: public advocacy
        yield ctx.finding(span, ctx.msg(
            fr="« {who} » / « {t} » : la publication révèle {what} d'une personne identifiable. Sans son accord "
               "écrit, retirez l'information ou le nom.",
            en="'{who}' / '{t}': the post reveals {what} of an identifiable person. Without their written "
               "consent, remove the information or the name.", who=who, t=doc.text_of(span),
            what=fr if ctx.lang == "fr" else en),
            suggestions=[ctx.msg(fr="retirer le statut ou le nom", en="remove the status or the name")])


RULES = [third_party_status]
