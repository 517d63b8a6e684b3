"""Image credits: what the image-credit rules share — the guideline they cite and how a credit is judged.

The parser (`postlint.document.parse.builder`) fills `Image.credit` from the front matter entry (`credit:`, or a
`caption:` holding a credit), the image title, text after the image on its line, an HTML figcaption, or
a caption line right after the image ("Photo : …", "© …", "Crédit : …", "Credit: …", "Source : …",
"via Unsplash"). This module judges what was found.
"""
from __future__ import annotations

import regex

from postlint.text.patterns import LazyRegex

SOURCE = ("INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux », « L'élaboration "
          "d'une politique en matière de médias sociaux » et ACT Alliance, « Politique de l'Alliance ACT relative aux "
          "médias sociaux » : respecter le droit d'auteur, « citer totalement la source », utiliser des banques libres "
          "(Pexels, Unsplash) ou ses propres images ; « indiquer clairement que le contenu partagé provient d'une "
          "autre source »")

FREE_LIBRARIES = LazyRegex(
    r"(?i)\b(?:unsplash|pexels|pixabay|freepik|stocksnap|kaboompics|burst(?:\s+by\s+shopify)?|wikimedia(?:\s+commons)?|"
    r"wikipedia|flickr|openverse)(?:\.com|\.org)?\b")
NOT_A_SOURCE = LazyRegex(
    r"(?i)^(?:google(?:\s+images?)?|internet|(?:le\s+|the\s+)?web|facebook|whatsapp|twitter|x|instagram|tiktok|"
    r"pinterest|réseaux\s+sociaux|social\s+media|inconnue?|unknown|n/?a|dr|droits\s+réservés|tous\s+droits\s+réservés|"
    r"all\s+rights\s+reserved|libre\s+de\s+droits?|royalty[\s-]free|free)$")
_PREFIX = LazyRegex(
    r"(?i)^(?:[\s*_:：\-–—/|,()]|©|\(c\)|photos?|crédits?|credits?|sources?|images?|illustrations?|vidéos?|videos?|"
    r"photographie|photograph(?:ed)?|courtesy(?:\s+of)?|avec\s+l['’]aimable\s+autorisation\s+de|via|by|de|par|"
    r"copyright)+")
_FILLER = LazyRegex(r"(?i)\b(?:via|on|sur|from|de|by|par|photos?|images?|sources?|crédits?|credits?|copyright|free|"
                    r"gratuites?|libres?|de\s+droits?|"
                        r"licen[cs]e|cc0|cc\s+by(?:-sa)?(?:\s+\d\.\d)?|domaine\s+public|public\s+domain)\b|https?://\S+|"
                        r"www\.\S+|[\s/|,;:.\-–—()©]")


# `regex.V0` (the regex module's default) keeps a pattern on `regex`: (?i) and \S differ in the stdlib's `re`.
_LIBRARY_DOMAIN = LazyRegex(r"(?i)(?:unsplash|pexels|pixabay|wikimedia|flickr)\.", regex.V0)
_LIBRARY_WORD = LazyRegex(r"(?i)(?:unsplash|pexels|pixabay|wikimedia|flickr)\S*", regex.V0)
_TWO_LETTERS = LazyRegex(r"\p{L}{2,}")


def credit_kind(credit: str) -> str:
    """"ok", "library" (a free library only, no author) or "vague" (not a source: "Google", "Internet")."""
    rest = _PREFIX.sub("", credit.strip()).strip()
    if not rest:
        return "vague"
    if NOT_A_SOURCE.match(rest.rstrip(". ")):
        return "vague"
    if FREE_LIBRARIES.search(credit) or _LIBRARY_DOMAIN.search(credit):
        leftover = _FILLER.sub(" ", FREE_LIBRARIES.sub(" ", credit))
        leftover = _LIBRARY_WORD.sub(" ", leftover)
        if not _TWO_LETTERS.search(leftover):
            return "library"
    return "ok"
