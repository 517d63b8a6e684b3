"""What it checks (heuristic, info level): the pitch summary — the first paragraph of an e-mail pitch (with
its subject line), or the whole of a phone pitch — names someone (an organisation, a person, an acronym,
or the configured organisation name) and gives a news hook for "why now": a date, a day, "today",
"next week", an event ("Journée mondiale …", "World … Day"), a launch, a publication, something new.
Why: the INPUD media guide puts the key points in the first paragraph and tells you to be ready for
« pourquoi maintenant ? ».
Fix safety: no automatic fix."""
from __future__ import annotations

import regex

from postlint.core.rule import Context, rule
from postlint.document.model import Document
from postlint.rules.structure._pitch import GREETING_INLINE, GUIDE, PITCH, analyse_pitch, pitch_channel
from postlint.rules.structure._release import first_line, people
from postlint.text.normalize import fold
from postlint.text.patterns import LazyRegex as lazy_regex

_MONTHS = ("janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|"
           "march|april|june|july|august|september|october|november|december")
# "why now": a date, a day, an event, a launch, something new — the news hook
TIME_HOOK = lazy_regex(
    rf"\b(?:aujourd'hui|demain|ce\s+(?:matin|soir|week-end|mois)|cette\s+(?:semaine|annee|nuit)|prochaine?s?|"
    rf"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|{_MONTHS}|journee\s+(?:mondiale|internationale|nationale)|"
    rf"anniversaire|a\s+l'occasion|vien(?:t|nent|s)\s+de|venons\s+de|desormais|actuellement|en\s+ce\s+moment|"
    rf"bientot|lance(?:ment|nt)?|inaugur\w*|publi\w*|nouve(?:au|lle|l)|premier|premiere|"
    rf"today|tomorrow|tonight|this\s+(?:week|weekend|month|year|morning|afternoon|evening)|next|upcoming|"
    rf"ahead\s+of|monday|tuesday|wednesday|thursday|friday|saturday|sunday|world\s+\w+\s+day|"
    rf"international\s+\w+\s+day|anniversary|just|new|first|launch\w*|currently|now|recent(?:ly)?|latest|"
    rf"publish\w*|release[sd]?|open(?:s|ing)?|deadline|(?:19|20)\d{{2}}|\d{{1,2}}\s?(?:h\d{{0,2}}|am|pm)|"
    rf"\d{{1,2}}(?:er)?\s+(?:may|{_MONTHS}))\b")


@rule("structure.pitch-lead", severity="info",
      summary="A pitch's first paragraph says who is pitching and why now.",
      source=GUIDE + "Les points importants d'un argumentaire en courriel doivent être inclus dans le premier "
                     "paragraphe » ; « assurez-vous que vous pouvez répondre à des questions telles que : « pourquoi "
                     "maintenant ? »",
      doc_types=PITCH,
      examples={"fail": ("Bonjour, notre association travaille depuis longtemps sur la santé des détenus.",),
                "pass": ("Hi Tom, next Tuesday the Northern Peer Collective launches a naloxone vending machine.",)})
def pitch_lead(doc: Document, ctx: Context):
    if doc.is_empty():
        return
    p = analyse_pitch(doc)
    if not p.paragraphs:
        return
    spans = p.paragraphs if pitch_channel(doc, ctx, p) == "phone" else p.paragraphs[:1]
    spans = ([p.subject] if p.subject else []) + spans
    text = " ".join(doc.prose[s.start:s.end] for s in spans)
    greeting = GREETING_INLINE.match(fold(text))
    text = text[greeting.end():] if greeting else text  # "Hi Tom," names the reader, not who is pitching
    missing = []
    org = [n for n in (ctx.organization.get("names") or ()) if n and n in text]
    if not (org or people.person_names(text) or regex.search(r"\b\p{Lu}{2,}\b", text)):
        missing.append(ctx.msg(fr="qui parle (le nom de l'organisation ou de la personne)",
                               en="who is pitching (the organisation's or the person's name)"))
    if not TIME_HOOK.search(fold(text)):
        missing.append(ctx.msg(fr="pourquoi maintenant (une date, un événement, un lancement, une nouveauté)",
                               en="why now (a date, an event, a launch, something new)"))
    if missing:
        first = first_line(doc, p.paragraphs[0])
        yield ctx.finding(first, ctx.msg(
            fr="Le premier paragraphe de l'argumentaire ne dit pas {m}. Le guide demande les points importants "
               "dès le premier paragraphe.",
            en="The pitch's first paragraph does not say {m}. The guide asks for the key points in the first "
               "paragraph.", m=ctx.msg(fr=" ni ", en=" nor ").join(missing)))


RULES = [pitch_lead]
