"""What the brand rules share: the guideline they cite and how far a spelling is from another."""
from __future__ import annotations

SOURCE_BRAND = ("« L'élaboration d'une politique en matière de médias sociaux » et ACT Alliance, "
                "« Politique de l'Alliance ACT relative aux médias sociaux » : "
                "les messages officiels passent par les comptes officiels ; la marque doit être clairement et "
                "uniformément visible sur toutes les plateformes")


def distance(a: str, b: str, limit: int = 3) -> int:
    """Optimal-string-alignment edit distance (a transposition counts one), capped at `limit` + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def derived(name: str, official: str) -> bool:
    """The official handle or tag with two or more characters added before or after it (a chapter, a country,
    a programme: "sahelsanteml", "msfmali", "mainsahelsante"), not a slip of the keyboard."""
    if len(official) < 4 or len(name) < len(official) + 2:
        return False
    return name.startswith(official) or name.endswith(official)
