"""The example press release of the structure rules' documentation: one release built from its parts, so that
each rule's examples are real drafts that differ from a complete release by the part the rule checks."""
from __future__ import annotations

HEADLINE = "# Un centre d'accueil ouvre à Pikine"
LEAD = ("Dakar, le 5 mai 2025 – Sunu Santé ouvre aujourd'hui à Pikine un centre d'accueil de jour pour les "
        "personnes qui consomment des drogues, le premier de la banlieue de Dakar.")
PARAGRAPH = ("Le centre accueillera chaque jour une centaine de personnes, avec des douches, des repas chauds, un "
             "dépistage gratuit du VIH et des hépatites, et un accompagnement social assuré par des pairs éducateurs "
             "formés par l'association. Les équipes travailleront avec le centre de santé du district, les services "
             "sociaux de la mairie et les associations de quartier, afin que chaque personne accueillie trouve une "
             "réponse adaptée à sa situation : soins, logement, droits ou formation.")
QUOTE = "« Personne ne doit être laissé de côté », explique Khady Sow, présidente de Sunu Santé."
LINK = "Le programme du centre est en ligne : https://www.sunusante.org/pikine"
ABOUT = ("## À propos de Sunu Santé\n\nSunu Santé est une association communautaire sénégalaise fondée en 2009 à "
         "Pikine. Elle réunit des personnes qui consomment des drogues, leurs proches et des soignants. Elle gère "
         "deux centres d'accueil de jour et une maraude de nuit. Plus d'informations : https://www.sunusante.org")
CONTACT = "Contact presse : Awa Diallo, chargée de communication, presse@sunusante.org"

PARTS = (HEADLINE, LEAD, PARAGRAPH, QUOTE, PARAGRAPH, LINK, ABOUT, CONTACT)


def release(*parts: str) -> str:
    """A draft made of `parts`, one paragraph (or heading) each."""
    return "\n\n".join(parts) + "\n"


def without(*omitted: str) -> str:
    """The complete example release without `omitted` parts."""
    return release(*(p for p in PARTS if p not in omitted))


def replacing(part: str, *by: str) -> str:
    """The complete example release with `part` replaced by `by` (none: removed)."""
    out: list[str] = []
    for p in PARTS:
        out.extend(by if p == part else (p,))
    return release(*out)
