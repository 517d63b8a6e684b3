"""What it checks: a `type: pitch` draft. A phone pitch (front matter `channel: phone`, or a single paragraph
with no greeting, subject or sign-off) has at most `max_sentences` sentences. An e-mail pitch (`channel:
email`, or a subject line, a greeting such as "Bonjour Madame Diallo," / "Hi Tom,", a sign-off, or
several paragraphs) may develop its story below, but its first paragraph is the pitch summary and has
at most `max_sentences` sentences. Greetings, subject lines and the signature are not counted. A sentence
of the pitch summary longer than `max_sentence_words` words (60) is reported too: three sentences are no
shorter for being run into one of 150 words.
Why: the INPUD media guide: « Vous n'avez que quelques instants pour capter leur intérêt, donc votre
résumé d'argumentaire doit être court, concis et persuasif. Les points importants d'un argumentaire en
courriel doivent être inclus dans le premier paragraphe … Un appel pour présenter un argumentaire ne
doit pas dépasser trois phrases. » The finding is about the whole pitch (no line).
Fix safety: no automatic fix."""
from __future__ import annotations

from postlint.core.rule import Context, Option, rule
from postlint.core.spans import Span
from postlint.document.model import Document
from postlint.rules.structure._pitch import GUIDE, PITCH, analyse_pitch, pitch_channel
from postlint.text.sentences import split_sentences


def _sentences(doc: Document, spans: list[Span]) -> list[Span]:
    return [s for span in spans for s in split_sentences(doc.prose, span)]


@rule("structure.pitch-length", summary="A phone pitch is at most three sentences; so is an e-mail pitch's first "
                                        "paragraph.",
      source=GUIDE + "Un appel pour présenter un argumentaire ne doit pas dépasser trois phrases. » ; « Les points "
                     "importants d'un argumentaire en courriel doivent être inclus dans le premier paragraphe »",
      doc_types=PITCH,
      options={"max_sentences": Option(int, 3, "most sentences in a phone pitch or an e-mail's first paragraph",
                                       minimum=1),
               "max_sentence_words": Option(int, 60, "most words in one sentence of the pitch summary", minimum=5),
               "channel": Option(str, "auto", "phone, email, or auto (front matter `channel:` wins)",
                                 choices=("auto", "phone", "email"))},
      examples={"fail": ("Hi Tom, I'm Sam from the Northern Peer Collective. Next Tuesday we launch the first naloxone vending machine in Leeds. It sits outside the bus station. It is free and open day and night. Peers will be there to show people how to use the kits. Could we talk about a story for Friday's paper?\n",),
                "pass": ("Bonjour Awa, je suis Khady Sow, de Sunu Santé. Lundi, nous ouvrons à Pikine le premier centre "
                         "d'accueil pour les personnes qui consomment des drogues. Auriez-vous dix minutes cette "
                         "semaine pour en parler ?\n\nLe centre accueillera une centaine de personnes par jour ; je "
                         "peux vous présenter deux pairs éducateurs qui y travaillent.\n",)})
def pitch_length(doc: Document, ctx: Context):
    if doc.is_empty():
        return
    p = analyse_pitch(doc)
    if not p.paragraphs:
        return
    channel = pitch_channel(doc, ctx, p)
    limit = ctx.options["max_sentences"]
    summary = _sentences(doc, p.paragraphs if channel == "phone" else p.paragraphs[:1])
    longest = max(summary, key=lambda s: len(doc.prose[s.start:s.end].split()), default=None)
    words = len(doc.prose[longest.start:longest.end].split()) if longest else 0
    if longest and words > ctx.options["max_sentence_words"]:
        yield ctx.finding(Span(longest.start, min(longest.end, doc.line_index.line_span(
            doc.position(longest.start)[0]).end)), ctx.msg(
            fr="Une phrase de {n} mots dans le résumé de l'argumentaire : le guide le veut court, concis et "
               "persuasif. Coupez-la : qui, quoi, pourquoi maintenant.",
            en="A {n}-word sentence in the pitch summary: the guide asks for a short, concise, persuasive pitch. "
               "Split it: who, what, why now.", n=words))
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


RULES = [pitch_length]
