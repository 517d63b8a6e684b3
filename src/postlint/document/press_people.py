"""Who speaks, and whom to contact, in a press release: person names, the parts of the contact block
(name, title, e-mail, phone), and quotes with their attribution.

Reads the `Release` that `postlint.document.press` builds; the structure rules (`postlint.rules.structure`) use it.
"""
from __future__ import annotations

from msgspec import Struct

from postlint.document.model import Document
from postlint.core.spans import Span
from postlint.document.press import Release, Section, lazy_regex, word_count
from postlint.document.press_labels import CONTACT_LABEL, EMAIL, PHONE
from postlint.document.press_titles import is_title
from postlint.text.patterns import LazyRegex
from postlint.text.normalize import fold

# ------------------------------------------------------------------------------------------- contact
_TITLE_WORDS = (
    r"charge(?:e)?s?\s+(?:de|des|du|d')|responsable|directeur|directrice|direct(?:or|ion)|coordinat(?:eur|rice|or)|"
    r"coordonnat(?:eur|rice)|attache(?:e)?\s+de\s+presse|porte-parole|president(?:e)?|vice-president|"
    r"secretaire|chef(?:fe)?\b|conseill(?:er|ere)|delegue(?:e)?|administrat(?:eur|rice)|gestionnaire|"
    r"animat(?:eur|rice)|assistant(?:e)?|officier|agent(?:e)?\s+de|representant(?:e)?|fondat(?:eur|rice)|"
    r"tresori(?:er|ere)|officer|manager|lead\b|head\s+of|spokes(?:person|man|woman)|press\s+secretary|"
    r"advis[eo]r|chair|ceo\b|executive|associate|specialist|strategist|founder|representative|campaigner|"
    r"consultant|liaison|analyst|communications?\b|relations\s+(?:presse|medias|publiques)|press\s+relations|"
    r"media\s+relations|program(?:me)?\s+(?:officer|manager)|chargee?\b|"
    # a named press office stands for the role: « Bureau de presse de Rideau Hall », "Press Office"
    r"bureau\s+de\s+presse|service\s+de\s+presse|relations\s+avec\s+les\s+medias|press\s+office|media\s+desk")
TITLE = lazy_regex(rf"\b(?:{_TITLE_WORDS})")
_NAME_STOP = {
    "contact", "contacts", "presse", "press", "media", "medias", "relations", "pour", "for", "source", "renseignements",
    "tel", "tél", "phone", "telephone", "téléphone", "email", "e-mail", "mail", "courriel", "mobile", "service",
    "communication", "communications", "manager", "officer", "director", "directeur", "directrice", "lead", "head",
    "coordinator", "coordinatrice", "coordinateur", "chargée", "chargé", "responsable", "veuillez", "please",
    "contactez", "contacter", "appelez", "écrivez", "call", "write", "plus", "more", "information", "informations",
    "enquiries", "inquiries", "office", "bureau", "attachée", "attaché", "de", "du", "des", "la", "le", "les", "et",
    "and", "the", "of", "par", "via", "ou", "or", "whatsapp", "twitter", "web", "site", "secrétaire", "général",
    "générale", "president", "président", "présidente", "executive", "chair", "spokesperson", "porte-parole",
}
# courtesy titles and honorifics written before a name ("Dr Diallo", "Hon. Abena Osei", "Mme Sow")
_HONORIFICS = r"Dr|Mme|Mlle|M|Mr|Mrs|Ms|Pr|Me|Prof|Hon|Rev|Sen|Rep|Amb|Mgr"
_HONORIFIC_START = LazyRegex(rf"(?:{_HONORIFICS})\.?\s")
_SENTENCE_BREAK = LazyRegex(r"[.!?»”\"]\s")
_ENDS_COLON = LazyRegex(r":\s*$")
_DASH_ATTRIBUTION = LazyRegex(r"(?:^|\n)\s*[—–-]{1,2}\s*\p{Lu}")  # a quote paragraph signed on a line of its own
_SENTENCE_INSIDE = LazyRegex(r"[.!?]\s")
_SENTENCE_OR_QUOTE = LazyRegex(rf"(?<!\b(?:{_HONORIFICS})\.)(?<=[.!?])\s|[«“\"]")
NAME = lazy_regex(r"\b\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|da|du|dos|van|von|der|ben|bin|ould|el|al|di|le|la)\s+)?"
                     r"\p{Lu}[\p{L}'’-]+)+|\b(?:Dr|Mme|Mlle|M|Mr|Mrs|Ms|Pr|Me|Prof|Hon|Rev|Sen|Rep|Amb|Mgr)\.?\s+\p{Lu}[\p{L}'’-]+")


def person_names(text: str, exclude: tuple[str, ...] = ()) -> list[str]:
    """Runs of two or more capitalised words (or "Dr X") that are not label or title words."""
    excluded = {w.casefold() for name in exclude for w in name.split()}
    out = []
    for m in NAME.finditer(text):
        if _HONORIFIC_START.match(m.group(0)):
            out.append(m.group(0))
            continue
        run: list[str] = []
        for w in m.group(0).split() + [""]:
            key = w.casefold()
            if w and key not in _NAME_STOP and key not in excluded and w[:1].isupper():
                run.append(w)
            else:
                if len(run) >= 2:
                    out.append(" ".join(run))
                run = []
    return out


class ContactParts(Struct):
    name: str | None
    title: str | None
    email: str | None
    phone: str | None


def contact_parts(doc: Document, sec: Section, org_names: tuple[str, ...] = ()) -> ContactParts:
    text = doc.source[sec.span.start:sec.span.end]
    email = EMAIL.search(text)
    phone = PHONE.search(text)
    prose = " ".join(EMAIL.sub(" ", doc.prose[sec.span.start:sec.span.end]).split())
    label = CONTACT_LABEL.match(fold(prose).lstrip(" *_#"))
    title = TITLE.search(fold(prose)[label.end() if label else 0:])
    names = person_names(prose, org_names)
    return ContactParts(names[0] if names else None, title.group(0) if title else None,
                        email.group(0) if email else None, phone.group(0) if phone else None)


# ------------------------------------------------------------------------------------------- quotes
# a quote may open and close with different marks ("…” or “…"): a typing habit, not two quotations
QUOTE_MARKS = lazy_regex(r"«[^«»]{3,}?»|“[^“”\"]{3,}?[”“\"]|„[^„“”]{3,}?[“”]|\"[^\"”“]{3,}?”|\"[^\"]{3,}?\"")
_VERBS = (
    r"declare|dit|souligne|explique|affirme|ajoute|estime|precise|rappelle|insiste|indique|observe|note|poursuit|"
    r"conclut|temoigne|fait\s+valoir|assure|plaide|lance|resume|commente|confie|martele|regrette|deplore|salue|"
    r"souhaite|annonce|previent|avertit|reconnait|raconte|detaille|rapporte|analyse|s'exclame|se\s+rejouit|"
    r"se\s+felicite|s'indigne|appelle")
_PAST = (r"declare|dit|souligne|explique|affirme|ajoute|estime|precise|rappele|insiste|indique|observe|note|"
         r"poursuivi|conclu|temoigne|fait\s+valoir|assure|plaide|lance|resume|commente|confie|martele|regrette|"
         r"deplore|salue|souhaite|annonce|prevenu|averti|reconnu|raconte|detaille|rapporte|analyse|appele")
ATTRIBUTION = lazy_regex(
    rf"\b(?:(?:a|ont|avait)\s+(?:-t-(?:il|elle)\s+)?(?:{_PAST})e?s?|(?:{_VERBS})(?:-t)?(?:-(?:il|elle|ils|elles))?|"
    r"selon|d'apres|said|says|added|adds|explained|explains|stated|states|noted|notes|commented|comments|"
    r"emphasi[sz]ed|stressed|underlined|highlighted|urged|warned|remarked|told|observed|argued|declared|"
    r"continued|concluded|insisted|pointed\s+out|according\s+to|announced|welcomed|acknowledged|recalled|wrote|"
    r"writes|put\s+it)\b")
DASH_ATTRIBUTION = lazy_regex(r"^\s*[,.]?\s*[—–-]{1,2}\s*\p{Lu}")


class Quote(Struct):
    span: Span
    attributed: bool  # a reporting verb ("a déclaré", "said", "selon") or a dash attribution
    named: bool  # … naming a person


def quotes(doc: Document, rel: Release) -> list[Quote]:
    """Quoted statements in the release's own text (scare quotes of a few words are left out)."""
    out: list[Quote] = []
    for u in rel.text_units():
        prose = doc.prose
        found = [Span(u.span.start + m.start(), u.span.start + m.end())
                 for m in QUOTE_MARKS.finditer(prose[u.span.start:u.span.end])]
        if not found and u.kind == "quote":
            found = [u.span]
        for q in found:
            inner = prose[q.start:q.end]
            after = prose[q.end:min(u.span.end, q.end + 220)]
            after = _SENTENCE_OR_QUOTE.split(after, maxsplit=1)[0]
            before = prose[max(u.span.start, q.start - 220):q.start]
            before = _SENTENCE_BREAK.split(before)[-1]
            verb_after = ATTRIBUTION.search(fold(after)) is not None
            verb_before = ATTRIBUTION.search(fold(before)) is not None
            if not verb_before and _ENDS_COLON.search(before) and person_names(before):
                verb_before = True  # "Pour Fatou Camara, coordinatrice : « … »" / "Owen Price, director: "…""
            dash = bool(DASH_ATTRIBUTION.match(after)) or (u.kind == "quote" and bool(
                _DASH_ATTRIBUTION.search(prose[u.span.start:u.span.end])))
            attributed = bool(verb_after or verb_before or dash)
            if not attributed and is_title(doc, q, prose[max(u.span.start, q.start - 120):q.start]):
                continue  # « Visibles, invisibles : … », the report "…": a title, not a statement
            named = bool((verb_after or dash) and person_names(after)) or bool(verb_before and person_names(before))
            if attributed and not named:  # "…", explique-t-elle — the person is named earlier in the paragraph
                named = bool(person_names(prose[u.span.start:q.start]))
            if u.kind == "quote" and dash and not named:
                named = bool(person_names(prose[u.span.start:u.span.end]))
            if attributed or word_count(inner) >= 8 or _SENTENCE_INSIDE.search(inner):
                out.append(Quote(q, attributed, named))
    return out
