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
_KIND = {form: kind for kind, forms in _FORMS.items() for form in forms if form} | {"cet": "dem"}
# the determiner right before the term: a word and a space, or an elided form glued to it
_BEFORE = re.compile(r"(?i)(?<!\w)(de\s+la|à\s+la|de\s+l['’]|à\s+l['’]|[ld]['’]|[^\W\d_]+\s+)$")
_VOWEL = re.compile(r"(?i)[aeiouyàâäéèêëîïôöùûüœh]")  # « h » muet in the nouns that matter (hôpital, homme)


def gender(replacement: str) -> str | None:
    first = replacement.split()[0].lower() if replacement.split() else ""
    if first not in FEMININE and first not in MASCULINE and first.endswith("s"):
        first = first[:-1]  # « personnes » (« décès », « parcours » are listed as they are)
    return "f" if first in FEMININE else "m" if first in MASCULINE else None


# an adjective between the determiner and the term (« un jeune toxicomane », « le petit toxicomane »):
# masculine → feminine singular; the invariable ones map to themselves
ADJECTIVES = {"jeune": "jeune", "autre": "autre", "pauvre": "pauvre", "même": "même", "seul": "seule",
              "petit": "petite", "grand": "grande", "vieux": "vieille", "nouveau": "nouvelle", "bon": "bonne",
              "ancien": "ancienne", "premier": "première", "dernier": "dernière", "simple": "simple"}
_FEMININE_ADJ = {f: m for m, f in ADJECTIVES.items()}
_ADJ_BEFORE = re.compile(r"(?i)([^\W\d_]+)\s+$")


def agree(text: str, start: int, replacement: str, plural: bool = False) -> tuple[int, str] | None:
    """(where the determiner before `start` begins, the text to write instead of what lies between it and
    `start`) when it must change; for a plural term, only the plural determiners that have a gender or an
    elision (certains, quels, de/d'). One adjective between them agrees too (« un jeune toxicomane » →
    « une jeune personne », « le petit toxicomane » → « la petite personne »)."""
    g = gender(replacement)
    if g is None:
        return None
    adj = _ADJ_BEFORE.search(text, max(0, start - 12), start)
    word = adj.group(1).lower() if adj else ""
    if adj and not plural and (word in ADJECTIVES or word in _FEMININE_ADJ):
        masc = _FEMININE_ADJ.get(word, word)
        new_adj = ADJECTIVES[masc] if g == "f" else masc
        det = _determiner(text, adj.start(1), g, new_adj, plural)
        if det is None:
            return None
        at, written, new = det
        if new == _norm(written) and new_adj == word:
            return None
        new_adj = new_adj[:1].upper() + new_adj[1:] if adj.group(1)[:1].isupper() else new_adj
        return at, _cased(new, written) + new_adj + " "
    det = _determiner(text, start, g, replacement, plural)
    if det is None or det[2] == _norm(det[1]):
        return None
    return det[0], _cased(det[2], det[1])


def _norm(written: str) -> str:
    return re.sub(r"\s+", " ", written.lower().replace("’", "'"))


def _cased(new: str, written: str) -> str:
    """`new` with the writer's apostrophe and capital."""
    if "’" in written:
        new = new.replace("'", "’")
    return new[:1].upper() + new[1:] if written[:1].isupper() else new


def _determiner(text: str, start: int, g: str, following: str, plural: bool) -> tuple[int, str, str] | None:
    """(start, as written, as it should be before `following` of gender `g`) of the determiner ending at `start`."""
    m = _BEFORE.search(text, max(0, start - 12), start)
    if m is None:
        return None
    written = m.group(1)
    kind = _KIND.get(_norm(written).strip())
    if kind is None or plural != (kind in _PLURAL_KINDS) and kind != "de":
        return None
    masc, fem, vowel = _FORMS[kind]
    if vowel is not None and _VOWEL.match(following):
        new = vowel if kind not in ("p1", "p2", "p3") or g == "f" else masc
    elif kind == "dem" and g == "m" and _VOWEL.match(following):
        new = "cet"
    else:
        new = fem if g == "f" else masc
    return m.start(1), written, new if new.endswith("'") else new + " "
