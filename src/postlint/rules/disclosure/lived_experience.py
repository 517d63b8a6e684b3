"""What it checks: first-person statements, quoted testimonies included, of drug use ("je consomme du
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
Why: INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux », asks to weigh
public disclosure of lived drug use case by case: it can lead to arrest, stigma, job loss, harassment,
surveillance, social-services involvement and family conflict. The finding asks to confirm the person's
informed consent.
Fix safety: no automatic fix. When consent is recorded, silence the finding with
`<!-- postlint-disable-next-line disclosure.lived-experience -->`.
"""
# First-person statements ("j'en consomme encore", "I'm HIV positive", "je suis sans papiers"), quoted
# testimonies included, found by `_first_person.lived_matches`; a finding names the risks of going public.
from __future__ import annotations

from postlint.core.rule import Context, Option, rule
from postlint.core.spans import Span
from postlint.core.vocab import SEVERITIES, SEVERITY_RANK
from postlint.document.model import Document
from postlint.rules.disclosure._first_person import lived_matches
from postlint.rules.disclosure._patterns import TOPICS

SOURCE = ("INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux »: les pours et les "
          "contres d'une divulgation publique d'une expérience vécue d'usage de drogues se pèsent au cas par cas "
          "(stigmatisation, problèmes juridiques, perte d'emploi, harcèlement, surveillance, services sociaux, "
          "conflits avec les proches)")

# The consequences INPUD's « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux » names,
# and the ones that apply to each status.
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


def _risk_list(ctx: Context, topic: str) -> str:
    i = 0 if ctx.lang == "fr" else 1
    return ", ".join(RISKS[r][i] for r in TOPIC_RISKS.get(topic, TOPIC_RISKS["drugs"]))


@rule("disclosure.lived-experience", severity="warning",
      summary="First-person disclosure of drug use, HIV status, sex work, migration status or prison",
      source=SOURCE, fix="never",
      options={"past_severity": Option(str, "info", "severity of a disclosure about the past only (info, warning or "
                                                    "error)",
                                       choices=tuple(sorted(SEVERITIES, key=SEVERITY_RANK.__getitem__)))},
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


RULES = [lived_experience]
