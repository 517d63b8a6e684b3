"""French determiners that agree with a replacement noun.

« Un ancien toxicomane » → « personne en rétablissement » would read « Un personne … »: the noun that
replaces the term may not have its gender, or may start with a vowel where the term did not. `agree`
gives the determiner written before the term in the replacement's gender and elision (« une personne »,
« l'usage de drogues », « cet usage »), or None when it is fine as it is or is not one we know.

The gender of a replacement is that of its first noun, looked up in a short list of the nouns that open
the alternatives of the bundled term lists (docs/stigma.md); a noun not listed leaves the determiner
as it is.
"""
from __future__ import annotations

import re

FEMININE = frozenset("""personne travailleuse riposte dépendance consommation utilisation migration entrée tentative
autrice victime plaignante survivante exploitation mutilation reprise relation participante population femme
fille mère situation prise""".split())
MASCULINE = frozenset("""usage trouble marché programme travailleur migrant décès séjour hôpital chaos féminicide
meurtre nom travail matériel client dépistage test risque homme garçon père parcours vécu""".split())

# kind of determiner → (masculine, feminine, before a vowel)
_FORMS = {
    "def": ("le", "la", "l'"), "indef": ("un", "une", None), "dem": ("ce", "cette", None),
    "p1": ("mon", "ma", "mon"), "p2": ("ton", "ta", "ton"), "p3": ("son", "sa", "son"),
    "part": ("du", "de la", "de l'"), "contr": ("au", "à la", "à l'"), "neg": ("aucun", "aucune", None),
    "tout": ("tout", "toute", None), "nul": ("nul", "nulle", None), "quel": ("quel", "quelle", None),
    "certain": ("certain", "certaine", None),
    # plural: « Certains toxicomanes » → « Certaines personnes … », « d'anciens toxicomanes » → « de personnes … »
    "certains": ("certains", "certaines", None), "quels": ("quels", "quelles", None), "de": ("de", "de", "d'"),
}
_PLURAL_KINDS = {"certains", "quels", "de"}
_KIND = {"le": "def", "la": "def", "l'": "def", "un": "indef", "une": "indef", "ce": "dem", "cet": "dem",
         "cette": "dem", "mon": "p1", "ma": "p1", "ton": "p2", "ta": "p2", "son": "p3", "sa": "p3",
         "du": "part", "de la": "part", "de l'": "part", "au": "contr", "à la": "contr", "à l'": "contr",
         "aucun": "neg", "aucune": "neg", "tout": "tout", "toute": "tout", "nul": "nul", "nulle": "nul",
         "quel": "quel", "quelle": "quel", "certain": "certain", "certaine": "certain", "certains": "certains",
         "certaines": "certains", "quels": "quels", "quelles": "quels", "de": "de", "d'": "de"}
# the determiner right before the term: a word and a space, or an elided form glued to it
_BEFORE = re.compile(r"(?i)(?<![\w'’])(de\s+la|à\s+la|de\s+l['’]|à\s+l['’]|[ld]['’]|[[:alpha:]]+\s+)$".replace(
    "[[:alpha:]]", "[^\\W\\d_]"))
_VOWEL = re.compile(r"(?i)[aeiouyàâäéèêëîïôöùûüœh]")  # « h » muet in the nouns that matter (hôpital, homme)


def gender(replacement: str) -> str | None:
    first = replacement.split()[0].lower() if replacement.split() else ""
    first = first.rstrip("s") if first not in ("décès", "parcours") else first
    return "f" if first in FEMININE else "m" if first in MASCULINE else None


def agree(text: str, start: int, replacement: str, plural: bool = False) -> tuple[int, str] | None:
    """(where the determiner before `start` begins, the determiner to write) when it must change; for a plural
    term, only the plural determiners that have a gender or an elision (certains, quels, de/d')."""
    m = _BEFORE.search(text, max(0, start - 12), start)
    g = gender(replacement)
    if m is None or g is None:
        return None
    written = m.group(1)
    key = re.sub(r"\s+", " ", written.strip().lower().replace("’", "'"))
    kind = _KIND.get(key)
    if kind is None or plural != (kind in _PLURAL_KINDS) and kind != "de":
        return None
    masc, fem, vowel = _FORMS[kind]
    if vowel is not None and _VOWEL.match(replacement):
        new = vowel if kind not in ("p1", "p2", "p3") or g == "f" else masc
    elif kind == "dem" and g == "m" and _VOWEL.match(replacement):
        new = "cet"
    else:
        new = fem if g == "f" else masc
    new = new if new.endswith("'") else new + " "
    if new == re.sub(r"\s+", " ", written.lower().replace("’", "'")):
        return None
    if "’" in written:  # the writer's apostrophe
        new = new.replace("'", "’")
    if written[:1].isupper():
        new = new[:1].upper() + new[1:]
    return m.start(1), new
