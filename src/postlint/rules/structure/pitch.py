"""Pitches (INPUD media guide, seed 000, « Rédigez le résumé de votre argumentaire ») and attachments
(« Mettez un lien avec la page presse … et n'envoyez pas de pièces jointes »).

A pitch is a phone pitch or an e-mail pitch. The front matter may say which (`channel: phone` or
`channel: email`); otherwise a subject line, a greeting, a sign-off or more than one paragraph make it an
e-mail. A phone pitch is at most three sentences in all; an e-mail pitch may be longer, but its first
paragraph is the pitch summary: the key points, in at most three sentences too.
"""
from __future__ import annotations


import regex
from msgspec import Struct, field

from postlint.core.lazyimport import lazy_module
from postlint.text.patterns import LazyRegex as lazy_regex
from postlint.document.model import Document
from postlint.core.spans import Span
from postlint.core.rule import Context, Option, rule
from postlint.text.normalize import fold
from postlint.text.sentences import split_sentences
from postlint.document.analysis import analysis

press = lazy_module("postlint.document.press")  # only press releases and pitches need the analysis
people = lazy_module("postlint.document.press_people")

PITCH = frozenset({"pitch"})
GUIDE = "Guide 000 (INPUD, fiche médias), « Rédigez le résumé de votre argumentaire … "

SUBJECT = lazy_regex(r"^\s*(?:objet|subject|sujet|re|tr|fwd?)\s*:")
GREETING_LINE = lazy_regex(r"^\s*(?:bonjour|bonsoir|salut|chere?s?|madame|monsieur|hello|hi|hey|dear|"
                              r"good\s+(?:morning|afternoon|evening))\b[^.!?]{0,60}[,!:]?\s*$")
GREETING_INLINE = lazy_regex(r"^\s*(?:bonjour|bonsoir|salut|hello|hi|hey|dear)\b[^.!?,]{0,40},\s")
SIGNOFF = lazy_regex(r"^\s*(?:cordialement|bien\s+(?:a\s+vous|a\s+toi|cordialement)|(?:sinceres\s+)?salutations|"
                        r"merci(?:\s+(?:beaucoup|d'avance|pour\s+votre\s+(?:attention|temps)))?|a\s+bientot|"
                        r"(?:best|kind|warm)(?:\s+(?:regards|wishes))?|regards|thanks|thank\s+you|sincerely|cheers)"
                        r"\b[^.!?]{0,40}[,.!]?\s*$")
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


class Pitch(Struct):
    paragraphs: list[Span] = field(default_factory=list)  # the pitch's text, greetings and signature left out
    subject: Span | None = None
    email_marks: bool = False  # a subject, greeting or sign-off


@analysis
def analyse_pitch(doc: Document) -> Pitch:
    p = Pitch()
    idx = doc.line_index
    done = False
    for u in press.units(doc):
        if done or u.kind in ("separator", "end"):
            continue
        first, last = idx.position(u.span.start)[0], idx.position(u.span.end)[0]
        start = None
        end = u.span.end
        for n in range(first, last + 1):
            ls = idx.line_span(n)
            ls = Span(max(ls.start, u.span.start), min(ls.end, u.span.end))
            line = fold(doc.prose[ls.start:ls.end])
            if not line.strip():
                continue
            if SUBJECT.match(fold(doc.source[ls.start:ls.end])) and not p.paragraphs and start is None:
                p.subject, p.email_marks = ls, True
                continue
            if GREETING_LINE.match(line) and not p.paragraphs and start is None:
                p.email_marks = True
                continue
            if SIGNOFF.match(line):
                p.email_marks, done = True, True
                end = idx.line_span(n - 1).end if start is not None else ls.start
                break
            if start is None:
                start = ls.start
                if GREETING_INLINE.match(line):
                    p.email_marks = True
        if start is not None and end > start and u.kind != "heading":
            p.paragraphs.append(Span(start, end))
    return p


def _channel(doc: Document, ctx: Context, p: Pitch) -> str:
    declared = str(doc.meta.extra.get("channel") or ctx.options.get("channel") or "auto").lower()
    if declared in ("phone", "telephone", "téléphone", "call", "appel", "tel"):
        return "phone"
    if declared in ("email", "e-mail", "mail", "courriel"):
        return "email"
    return "email" if p.email_marks or len(p.paragraphs) > 1 else "phone"


def _sentences(doc: Document, spans: list[Span]) -> list[Span]:
    return [s for span in spans for s in split_sentences(doc.prose, span)]


@rule("structure.pitch-length", summary="A phone pitch is at most three sentences; so is an e-mail pitch's first "
                                        "paragraph.",
      source=GUIDE + "Un appel pour présenter un argumentaire ne doit pas dépasser trois phrases. » ; « Les points "
                     "importants d'un argumentaire en courriel doivent être inclus dans le premier paragraphe »",
      doc_types=PITCH,
      options={"max_sentences": Option(int, 3, "most sentences in a phone pitch or an e-mail's first paragraph",
                                       minimum=1),
               "channel": Option(str, "auto", "phone, email, or auto (front matter `channel:` wins)",
                                 choices=("auto", "phone", "email"))},
      explain="""
      What it checks: a `type: pitch` draft. A phone pitch (front matter `channel: phone`, or a single paragraph
      with no greeting, subject or sign-off) has at most `max_sentences` sentences. An e-mail pitch (`channel:
      email`, or a subject line, a greeting such as "Bonjour Madame Diallo," / "Hi Tom,", a sign-off, or
      several paragraphs) may develop its story below, but its first paragraph is the pitch summary and has
      at most `max_sentences` sentences. Greetings, subject lines and the signature are not counted.
      Why: the INPUD media guide: « Vous n'avez que quelques instants pour capter leur intérêt, donc votre
      résumé d'argumentaire doit être court, concis et persuasif. Les points importants d'un argumentaire en
      courriel doivent être inclus dans le premier paragraphe … Un appel pour présenter un argumentaire ne
      doit pas dépasser trois phrases. » The finding is about the whole pitch (no line).
      Fix safety: no automatic fix.
      """,
      examples={"fail": ("Hi Tom, … (six sentences in one paragraph)",),
                "pass": ("Bonjour Awa, (three sentences: who, what, why now)\\n\\n(details in a second paragraph)",)})
def pitch_length(doc: Document, ctx: Context):
    if doc.is_empty():
        return
    p = analyse_pitch(doc)
    if not p.paragraphs:
        return
    channel = _channel(doc, ctx, p)
    limit = ctx.options["max_sentences"]
    if channel == "phone":
        n = len(_sentences(doc, p.paragraphs))
        if n > limit:
            yield ctx.finding(None, ctx.msg(
                fr="Argumentaire téléphonique de {n} phrases : le guide dit qu'un appel pour présenter un argumentaire "
                   "ne doit pas dépasser {m} phrases. Gardez qui, quoi et pourquoi maintenant.",
                en="Phone pitch of {n} sentences: the guide says a pitch call must not exceed {m} sentences. Keep who, "
                   "what and why now.", n=n, m=limit))
        return
    n = len(_sentences(doc, p.paragraphs[:1]))
    if n > limit:
        line = doc.position(p.paragraphs[0].start)[0]
        yield ctx.finding(None, ctx.msg(
            fr="Le premier paragraphe de l'argumentaire par courriel compte {n} phrases (ligne {l}) : le guide veut un "
               "résumé court, concis et persuasif, les points importants dans le premier paragraphe ({m} phrases au "
               "plus, comme un appel), développés ensuite dans un autre paragraphe.",
            en="The first paragraph of this e-mail pitch has {n} sentences (line {l}): the guide asks for a short, "
               "concise, persuasive summary with the key points in the first paragraph ({m} sentences at most, like "
               "a phone pitch), developed afterwards in another paragraph.", n=n, m=limit, l=line))


@rule("structure.pitch-lead", severity="info",
      summary="A pitch's first paragraph says who is pitching and why now.",
      source=GUIDE + "Les points importants d'un argumentaire en courriel doivent être inclus dans le premier "
                     "paragraphe » ; « assurez-vous que vous pouvez répondre à des questions telles que : « pourquoi "
                     "maintenant ? »",
      doc_types=PITCH,
      explain="""
      What it checks (heuristic, info level): the pitch summary — the first paragraph of an e-mail pitch (with
      its subject line), or the whole of a phone pitch — names someone (an organisation, a person, an acronym,
      or the configured organisation name) and gives a news hook for "why now": a date, a day, "today",
      "next week", an event ("Journée mondiale …", "World … Day"), a launch, a publication, something new.
      Why: the INPUD media guide puts the key points in the first paragraph and tells you to be ready for
      « pourquoi maintenant ? ».
      Fix safety: no automatic fix.
      """,
      examples={"fail": ("Bonjour, notre association travaille depuis longtemps sur la santé des détenus.",),
                "pass": ("Hi Tom, next Tuesday the Northern Peer Collective launches a naloxone vending machine.",)})
def pitch_lead(doc: Document, ctx: Context):
    if doc.is_empty():
        return
    p = analyse_pitch(doc)
    if not p.paragraphs:
        return
    spans = p.paragraphs if _channel(doc, ctx, p) == "phone" else p.paragraphs[:1]
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
        first = press._first_line(doc, p.paragraphs[0])
        yield ctx.finding(first, ctx.msg(
            fr="Le premier paragraphe de l'argumentaire ne dit pas {m}. Le guide demande les points importants "
               "dès le premier paragraphe.",
            en="The pitch's first paragraph does not say {m}. The guide asks for the key points in the first "
               "paragraph.", m=ctx.msg(fr=" ni ", en=" nor ").join(missing)))


# --------------------------------------------------------------------------------------------- attachments
ATTACHMENT = lazy_regex(
    r"\bci[-\s]joint(?:e|s|es)?\b|\b(?:en\s+)?pi[eè]ces?[-\s]jointes?\b|(?-i:(?<![\p{L}\p{N}])P\.?\s?J\.?\s*:)|"
    r"\b(?:je|nous)\s+vous\s+(?:joins|joignons)\b|\b(?:vous\s+trouverez|veuillez\s+trouver)\s+en\s+annexe\b|"
    r"\bjoint\s+[àa]\s+ce(?:t|\s+pr[ée]sent)?\s+(?:courriel|mail|e-mail|message)\b|"
    r"\bplease\s+find\s+(?:attached|enclosed)\b|\b(?:see|find)\s+(?:the\s+)?attach(?:ed|ments?)\b|"
    r"\battached\s+(?:is|are|you\s+will\s+find|please\s+find|herewith|to\s+this\s+(?:e-?mail|message))\b|"
    r"\b(?:I|we)(?:'ve|\s+have)?\s+attached\b|\b(?:in|as)\s+(?:an?\s+|the\s+)?attachments?\b|"
    # "is attached to the hospital" is not an attachment; "is attached to this e-mail" is
    r"\b(?:is|are)\s+attached\b(?!\s+to\b(?!\s+(?:this|my|our)\s+(?:e-?mail|message)))|"
    r"\battachments?\s*:|\battached\s+(?:file|document|report|pdf|photo|image|picture|press\s+kit|leaflet|flyer|"
    r"infographic|study|survey|statement|release)s?\b|\benclosed\s+(?:is|are|please\s+find)\b", regex.I)


# Gate (text/gates.py): every match holds one of these words (case-folded), or is the "PJ :" branch, which
# _PJ finds (stdlib `\s` covers every `regex` space). tests/test_gates.py proves it from ATTACHMENT.
_ATTACHMENT_WORDS = ("joint", "joins", "joign", "annexe", "attach", "enclosed")
_PJ = lazy_regex(r"P\.?\s?J")


def _may_announce_attachment(doc: Document) -> bool:
    from postlint.text.gates import fold_case

    text = doc.prose[doc.body.start:doc.body.end]
    folded = fold_case(text)
    return any(w in folded for w in _ATTACHMENT_WORDS) or _PJ.search(text) is not None


@rule("structure.attachment", summary="No attachments: link to a press page instead.",
      source="Guide 000 (INPUD, fiche médias), « Créez une page presse sur votre site internet … Mettez un lien avec "
             "la page presse dans votre courriel argumentaire ou votre message et n'envoyez pas de pièces jointes. »",
      explain="""
      What it checks: wording that announces an attachment — "ci-joint", "ci-jointe(s)", "en pièce jointe",
      "PJ :", "je vous joins", "vous trouverez en annexe", "please find attached", "see attachment", "attached
      is", "I have attached", "attached report" … — in any draft. Warning in press releases, pitches and
      articles; info in posts and threads (where "ci-joint" usually means the picture of the post).
      Why: the INPUD media guide: « n'envoyez pas de pièces jointes » — journalists rarely open them and
      spam filters drop them; put the report, photos and documents on a press page and link to it.
      Fix safety: no automatic fix (the link has to exist first).
      """,
      examples={"fail": ("Veuillez trouver ci-joint le rapport complet.", "Please find attached our report."),
                "pass": ("Le rapport complet est en ligne : https://www.exemple.org/presse",
                         "The clinic is attached to the district hospital.")})
def attachment(doc: Document, ctx: Context):
    if not _may_announce_attachment(doc):
        return
    severity = "info" if doc.meta.type in ("post", "thread") else "warning"
    for m in ATTACHMENT.finditer(doc.prose, doc.body.start, doc.body.end):
        span = Span(m.start(), m.end())
        yield ctx.finding(span, ctx.msg(
            fr="« {t} » annonce une pièce jointe : le guide demande de ne pas envoyer de pièces jointes mais de "
               "mettre un lien vers la page presse de votre site (rapport, photos, documents).",
            en="\"{t}\" announces an attachment: the guide says to send no attachments but to link to the press "
               "page of your website (report, photos, documents).", t=" ".join(m.group(0).split())),
            severity=severity, suggestions=[ctx.msg(fr="disponible sur https://…/presse",
                                                    en="available at https://…/press")])


RULES = [pitch_length, pitch_lead, attachment]
