"""Where a run of digits that reads as a phone number is not someone's phone (`personal_contact.py`): an IP address
or an object identifier, and a number the numbering plan cannot tell given for an office or a venue."""
from __future__ import annotations

import regex

from postlint.core.spans import Span
from postlint.document.model import Document
from postlint.document.names import street_addresses
from postlint.text.patterns import LazyRegex

# A number the plan cannot tell (US, Canada) given for an office or a venue: "contact the HHS Office of the Chief
# Technology Officer at 202.853.7680", "[801 18th St NW](…) Washington, DC 20006. (202) 785-2024" (a café's line)
_INSTITUTION = LazyRegex(r"(?i)\b(?:office|department|agency|ministry|administration|ministère|division|bureau|"
                         r"center|centre|hotline|helpline|clinic|library|"
                         # a press role before the name: "please call Newsfeatures Editor Jerry Schwartz at …"
                         r"editor|press\s+officer|spokes(?:person|woman|man)|porte-parole|chargée?\s+de\s+presse)\b")
# a contact line ("Contact: Gregg Fishman, 916-327-7500, ext. 516, 916-342-9508 (cell)"), or an extension after the
# number: the organisation's own press contact
_CONTACT_LINE = LazyRegex(r"(?i)^\W*(?:(?:media|press|presse|news)\s+)?contacts?\b")
_EXTENSION = LazyRegex(r"(?i)(?:^,?|,)[ \t]*(?:ext\.?|x|poste)[ \t]*\d")
# a letterhead's line with a fax ("Tél.: 819.568.9986 / Téléc.: 819.568.1582"): an office's lines, nobody's mobile
_FAX = LazyRegex(r"(?i)(?<![\p{L}])(?:fax|t[ée]l[ée]c(?:opie(?:ur)?)?|telefax|facsimile)(?![\p{L}])")


def public_line(doc: Document, span: Span) -> bool:
    line = doc.line_index.line_span(doc.line_index.position(span.start)[0])
    lo = max(line.start, span.start - 150)
    number = doc.source[span.start:span.end]
    if _CONTACT_LINE.match(doc.source[line.start:line.end]) or _EXTENSION.match(doc.source[span.end:line.end]) \
            or _EXTENSION.search(number) or _FAX.search(doc.source, line.start, line.end):
        return True
    return bool(_INSTITUTION.search(doc.prose, lo, span.start) or _US_STREET.search(doc.prose, line.start, span.start)
                or next(street_addresses(doc.prose, line.start, span.start), None))


_US_STREET = LazyRegex(r"\b\d{1,5}[ \t]+(?:\d{1,3}(?:st|nd|rd|th)|\p{Lu}\p{L}+)[ \t]+(?:St|Street|Ave|Avenue|Rd|Road|"
                       r"Blvd|Boulevard|Dr|Drive|Pl|Place|Way)\b")  # "801 18th St NW": the venue the number is for


DOTTED = LazyRegex(r"\d{1,3}(?:\.\d{1,5}){3,}", regex.V0)


def dotted_run(prose: str, span: Span) -> str:
    """The run of digits and dots around the number."""
    lo, hi = span.start, span.end
    while lo > 0 and (prose[lo - 1].isdigit() or prose[lo - 1] == "."):
        lo -= 1
    while hi < len(prose) and (prose[hi].isdigit() or prose[hi] == "."):
        hi += 1
    return prose[lo:hi].strip(".")
