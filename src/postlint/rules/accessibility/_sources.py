"""The guideline most accessibility rules cite."""
from __future__ import annotations

SOURCE_A11Y = ("INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux »: « un langage "
               "inclusif » and emoji in the social media style guide; platforms' accessibility guidance (alt text "
               "limits: X API and Instagram 1,000 characters, Mastodon 1,500; CamelCase hashtags, WCAG 2.2, 3.1.2 "
               "Language of Parts)")
