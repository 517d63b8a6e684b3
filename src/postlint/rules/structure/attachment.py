"""What it checks: wording that announces an attachment — "ci-joint", "ci-jointe(s)", "en pièce jointe",
"PJ :", "je vous joins", "vous trouverez en annexe", "please find attached", "see attachment", "attached
is", "I have attached", "attached report" … — in any draft. Warning in press releases, pitches and
articles; info in posts and threads (where "ci-joint" usually means the picture of the post).
Why: the INPUD media guide: « n'envoyez pas de pièces jointes » — journalists rarely open them and
spam filters drop them; put the report, photos and documents on a press page and link to it.
Fix safety: no automatic fix (the link has to exist first)."""
from __future__ import annotations

import regex

from postlint.core.rule import Context, rule
from postlint.core.spans import Span
from postlint.document.model import Document
from postlint.rules.structure._release import INPUD
from postlint.text.gates import declare, fold_case, passes
from postlint.text.patterns import LazyRegex as lazy_regex

# The one branch of ATTACHMENT that the gate's words do not cover: "PJ :", case-sensitive; PJ finds it.
PJ_BRANCH = r"(?-i:(?<![\p{L}\p{N}])P\.?\s?J\.?\s*:)|"
_FIRST = r"\bci[-\s]joint(?:e|s|es)?\b|\b(?:en\s+)?pi[eè]ces?[-\s]jointes?\b|"
_REST = (
    r"\b(?:je|nous)\s+vous\s+(?:joins|joignons)\b|\b(?:vous\s+trouverez|veuillez\s+trouver)\s+en\s+annexe\b|"
    r"\bjoint\s+[àa]\s+ce(?:t|\s+pr[ée]sent)?\s+(?:courriel|mail|e-mail|message)\b|"
    r"\bplease\s+find\s+(?:attached|enclosed)\b|\b(?:see|find)\s+(?:the\s+)?attach(?:ed|ments?)\b|"
    r"\battached\s+(?:is|are|you\s+will\s+find|please\s+find|herewith|to\s+this\s+(?:e-?mail|message))\b|"
    # "we have attached great importance to": another sense
    r"\b(?:I|we)(?:'ve|\s+have)?\s+attached\b(?!\s+(?:(?:great|particular|much|little|high|no|some|the\s+utmost)\s+)?"
    r"(?:importance|significance|value|weight|priority|conditions|strings))|\b(?:in|as)\s+(?:an?\s+|the\s+)?attachments?\b|"
    # "is attached to the hospital" is not an attachment; "is attached to this e-mail" is
    r"\b(?:is|are)\s+attached\b(?!\s+to\b(?!\s+(?:this|my|our)\s+(?:e-?mail|message)))|"
    r"\battachments?\s*:|\battached\s+(?:file|document|report|pdf|photo|image|picture|press\s+kit|leaflet|flyer|"
    r"infographic|study|survey|statement|release)s?\b|\benclosed\s+(?:is|are|please\s+find)\b")
ATTACHMENT = lazy_regex(_FIRST + PJ_BRANCH + _REST, regex.I)

# Gate: every match holds one of these words (case-folded), or is the "PJ :" branch, which PJ finds (stdlib `\s`
# covers every `regex` space). The gate is declared for ATTACHMENT without that branch.
ATTACHMENT_WORDS = ("joint", "joins", "joign", "annexe", "attach", "enclosed")
ATTACHMENT_GATE = declare("attachment", _FIRST + _REST, (ATTACHMENT_WORDS,), regex.I)
PJ = lazy_regex(r"P\.?\s?J")


def _may_announce_attachment(doc: Document) -> bool:
    text = doc.prose[doc.body.start:doc.body.end]
    return passes(ATTACHMENT_GATE, fold_case(text)) or PJ.search(text) is not None


@rule("structure.attachment", summary="No attachments: link to a press page instead.",
      doc_types=frozenset({"press-release", "advisory", "statement", "pitch", "post", "thread"}),
      source=INPUD + ": « Créez une page presse sur votre site internet … Mettez un lien avec la page presse dans "
                     "votre courriel argumentaire ou votre message et n'envoyez pas de pièces jointes. »",
      examples={"fail": ("Veuillez trouver ci-joint le rapport complet.", "Please find attached our report."),
                "pass": ("Le rapport complet est en ligne : https://www.exemple.org/presse",
                         "The clinic is attached to the district hospital.",
                         "We have attached great importance to the voice of peers.")})
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


RULES = [attachment]
