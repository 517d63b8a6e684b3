"""Names of months and days, French and English, as regular-expression alternations for raw text (accents
optional): shared by the rules that recognise a date or a schedule line."""
from __future__ import annotations

MONTH_NAMES = (r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|"
               r"january|february|march|april|may|june|july|august|september|october|november|december")
DAY_NAMES = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
