"""The labels and shapes the press-release analysis (`postlint.document.press`) looks for: dates and datelines,
release and embargo lines, end marks, contact, notes and "about" labels, an organisation's introduction, e-mail
addresses and phone numbers. Patterns only, matched on folded text (no accents, lower case) unless said."""
from __future__ import annotations

import regex

from postlint.text.patterns import LazyRegex

lazy_regex = LazyRegex  # patterns compiled on first use (start-up time matters in hooks)

_MONTHS_FR = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
_MONTHS_EN = ("january|february|march|april|may|june|july|august|september|october|november|december|"
              "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec")
DATE = (rf"(?:(?:le\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|"
         rf"thursday|friday|saturday|sunday),?\s+)?(?:\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:{_MONTHS_FR}|{_MONTHS_EN})\.?"
         rf"(?:\s+\d{{4}})?|(?:{_MONTHS_EN})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?(?:\s+\d{{4}})?|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}))")
# Matched on folded text (no accents, lower case): "dakar, le 5 mai 2025 –", "accra, ghana, 12 february 2026 -"
DATELINE = lazy_regex(rf"^\s*[\p{{L}}][\p{{L}}'’. -]{{1,40}}(?:\s*\([^)]{{1,30}}\))?(?:,\s*[\p{{L}}][\p{{L}}'’. -]{{1,30}})?"
                         rf"(?:,|\s[-–—])\s*{DATE}\s*(?:[.:]\s*)?(?:[-–—]+|\.|$)")
_RELEASE = (r"communique(?:\s+de\s+presse|\s+officiel|\s+conjoint)?|pour\s+(?:diffusion|publication)\s+immediate|"
            r"a\s+(?:diffuser|publier)\s+immediatement|diffusion\s+immediate|"
            r"(?:for\s+)?immediate\s+release|(?:joint\s+)?(?:press|news|media)\s+release|"
            r"for\s+release\s+(?:on|at|after)\b.*|hold\s+for\s+release\b.*|pour\s+(?:diffusion|publication)\s+le\b.*")
_EMBARGO = (r"(?:strictly\s+)?(?:sous\s+|under\s+)?embargo(?:ed)?\b.*|ne\s+pas\s+(?:publier|diffuser)\s+avant\b.*|"
            r"not\s+for\s+(?:publication|release|broadcast)\s+(?:before|until)\b.*")
RELEASE_LINE = lazy_regex(rf"^(?:{_RELEASE})\s*[.:!]?\s*$")
EMBARGO_LINE = lazy_regex(rf"^(?:{_EMBARGO})$")
END_MARK = lazy_regex(
    r"^(?:#{3,}|-\s*30\s*-|[–—]\s*30\s*[–—]|\*\s*\*\s*\*|[-–—]?\s*(?:fin|ends?)\s*[-–—]?\.?|xxx)$", regex.I)
THEMATIC_BREAK = lazy_regex(r"^ {0,3}([*_-])(?:[ \t]*\1){2,}[ \t]*\r?$")
NOTES_LABEL = lazy_regex(
    r"^(?:notes?\s+(?:aux|pour\s+les|a\s+l'attention\s+des)\s+(?:redactions?|redacteurs|journalistes|editeurs)|"
    r"notes?\s+(?:to|for)\s+(?:editors|the\s+editor)|editor'?s'?\s+notes?|informations?\s+(?:aux|pour\s+les)\s+redactions|"
    r"note\s+de\s+la\s+redaction)\b\s*[:.–—-]?")
# A contact label at the start of a unit. The generic ones ("Pour plus d'informations", "For more information")
# only count when the unit names a way to reach someone (see _is_contact).
CONTACT_LABEL = lazy_regex(
    r"^(?:contacts?\s+(?:presse|medias?|pour\s+la\s+presse|journalistes?)|relations?\s+(?:presse|medias)|"
    r"service\s+(?:de\s+)?presse|attachee?s?\s+de\s+presse|renseignements(?:\s+(?:pour|aux)\s+(?:les\s+)?(?:medias|journalistes))?|source|"
    r"(?:media|press)\s+(?:contacts?|enquiries|inquiries|relations|office)|for\s+(?:media|press)\s+(?:enquiries|inquiries)|"
    r"contacts?(?:\s+[^\s:]+(?:\s+[^\s:]+){0,2}(?=\s*:))?)\b\s*(?:[:–—-]|$)")  # "Contacts Anafé :"
CONTACT_GENERIC = lazy_regex(
    r"^(?:pour\s+(?:plus\s+d'|toutes?\s+|de\s+plus\s+amples\s+|davantage\s+d')(?:informations?|renseignements?|questions?)|"
    r"pour\s+(?:toute\s+)?(?:demande|question)s?(?:\s+(?:de\s+presse|d'interviews?|des\s+medias))?|"
    r"for\s+(?:more|further|additional)\s+(?:information|details)|for\s+interviews?|interviews?\s*:|"
    r"pour\s+(?:une\s+|toute\s+|les\s+)?(?:entrevues?|interviews?)|"
    r"(?:for\s+)?(?:media|press)\s+(?:enquiries|inquiries|requests))")
CONTACT_WAY = lazy_regex(r"contact|joindre|appel|ecri|call|e-?mail|courriel|\bt[eé]l\b|phone|@")
ABOUT_LABEL = lazy_regex(
    r"^(?:a\s+propos(?:\s+(?:de\s+l'|de\s+la|de|du|des|d'))?|about(?:\s+us)?|qui\s+sommes-nous|who\s+we\s+are|"
    r"presentation\s+(?:de\s+l'|de\s+la|de|du|des|d')|background)\b")
# an organisation's name opening a paragraph: « L'Union … (UIP) », "The Northern Peer Collective"
_ORG_SUBJECT = (r"^(?:L['’]|Le\s+|La\s+|Les\s+|The\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+[\p{L}\p{N}'’&.-]+){0,6}"
                r"(?:\s*\([^)]{1,20}\))?,?")
# "Sunu Santé est une association…", "The Northern Peer Collective is a charity…", "L'Union … (UIP) est l'…"
ORG_INTRO = lazy_regex(
    _ORG_SUBJECT +
    r"\s+(?:est|sont|is|are|was|a\s+été)\s+(?:un|une|des|l['’]|le|la|a|an|the)\b")
# "Children on the Edge exist to help …", "X a pour mission de …": a closing paragraph stating a mission
ORG_MISSION = lazy_regex(
    _ORG_SUBJECT +
    r"\s+(?:exists?\s+to|works?\s+to|aims?\s+to|was\s+(?:founded|established)|a\s+pour\s+(?:mission|but|objectif))\b")
ORG_NOUN = lazy_regex(r"\b(?:association|organi[sz]ation|network|reseau|charity|ngo|ong|coalition|collecti(?:f|ve)|"
                      r"federation|union|alliance|agency|agence|fondation|foundation|mouvement|movement|syndicat|"
                      r"regroupement|institut|institute|fonde|founded|cree|established|membre|member|programme)")
FIELD_LINE = lazy_regex(r"^[*_\s]*(?:who|what|when|where|why|quoi|quand|ou|qui|date|lieu|heure)[*_\s]*:")
# the labels of an organisation's coordinates in a letterhead or a signature: "Tél. :", "Téléc. :", "Fax:",
# "E mail :", "BP : 5839", "P.O. Box" (also read by geotag.precise-location and accessibility.all-caps)
COORDINATE_WORDS = (r"t[ée]l(?:[ée]phone|[ée]c(?:opie(?:ur)?)?)?|phone|fax|e-?\s?mail|courriel|b\.?p\.?|"
                    r"p\.?o\.?\s*box|bo[îi]te\s+postale")
COORDINATE_LABEL = lazy_regex(rf"(?i)(?<![\p{{L}}])(?:{COORDINATE_WORDS})[ \t.]*:")
EMAIL = lazy_regex(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = lazy_regex(r"(?:\+|\b00)\d[\d .()/-]{6,}\d|\b0\d(?:[ .-]?\d{2}){4}\b|\(\d{3}\)\s*\d{3}[ .-]\d{4}|"
                   r"\b\d{3}[ .-]\d{3}[ .-]\d{4}\b")
DOMAIN = lazy_regex(r"\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|com|net|int|info|ngo|[a-z]{2})(?:/\S*)?\b",
                    regex.I)
COUNT_WORD = lazy_regex(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*")
PARA_KINDS = ("paragraph", "list", "quote", "table")
EMPHASIS_ONLY = lazy_regex(r"^\s*(\*{1,3}|_{1,3})(?=\S).*\S\1\s*$", regex.S)
