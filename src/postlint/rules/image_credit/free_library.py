"""What it checks: a credit that names only a free image library — "via Unsplash", "© Pexels", "Source :
Pixabay", "Wikimedia Commons" — without the photographer.
Why: free libraries are the guides' recommended source (INPUD, « Fiche de conseils de plaidoyers sur les médias
et sur les réseaux sociaux »: Pexels, Unsplash), and citing them is the minimum; naming the photographer
("Photo : Jane Doe / Unsplash") is the full citation the guides ask for, and Wikimedia/Flickr licences (CC BY)
require the author's name. Info only.
Fix safety: no automatic fix; add the photographer's name from the library page."""
from __future__ import annotations

from postlint.core.rule import rule
from postlint.document.model import Document
from postlint.rules.image_credit._credit import SOURCE, credit_kind


@rule("image-credit.free-library", severity="info",
      summary="An image credited to a free library (Unsplash, Pexels…) without its photographer",
      source=SOURCE,
      examples={"fail": ("![](a.jpg)\nvia Unsplash",), "pass": ("![](a.jpg)\nPhoto : Jane Doe / Unsplash",)})
def free_library(doc: Document, ctx):
    for im in doc.images:
        if im.credit and credit_kind(im.credit) == "library":
            msg = ctx.msg(fr="Le crédit « {c} » nomme la banque d'images mais pas l'auteur : ajoutez le nom du ou de "
                             "la photographe (« Photo : Prénom Nom / Unsplash »).",
                          en="The credit '{c}' names the library but not the author: add the photographer's name "
                             "(\"Photo: First Last / Unsplash\").", c=im.credit.strip())
            yield ctx.finding(doc.image_span(im), msg)


RULES = [free_library]
