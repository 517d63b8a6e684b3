"""The published guides the wordlists take their pairs from: organisation, title, and a pattern that finds the
guide in an entry's `source`. `score.py --table` counts, per guide, the pairs taken (entries citing it) and the
pairs covered (entries whose every `flag` sentence is caught)."""
from __future__ import annotations

GUIDES = [
    # (organisation, title, language of the guide, regex on `source`)
    ("UNAIDS", "Terminology Guidelines (2015)", "en", r"UNAIDS"),
    ("ONUSIDA", "Guide de terminologie (2011)", "fr", r"ONUSIDA"),
    ("UN Office at Geneva", "Disability-Inclusive Language Guidelines", "en", r"UN Geneva|\bUNG\b"),
    ("ONU Genève", "Lignes directrices pour l'inclusion du handicap dans la langue", "fr", r"ONU Genève"),
    ("UK Government, Disability Unit", "Inclusive language: words to use and avoid", "en", r"UK Government"),
    ("CBM", "Terminologie", "fr", r"\bCBM\b"),
    ("NCDJ", "Disability Language Style Guide", "en", r"NCDJ"),
    ("Agence de la santé publique du Canada", "Parler de la consommation de substances de manière humaniste, "
     "sécuritaire et non stigmatisante", "fr", r"santé publique du Canada|ASPC|\bDSS\b"),
    ("Health Canada", "Communicating about substance use in compassionate, safe and non-stigmatizing ways", "en",
     r"Health Canada"),
    ("NIDA", "Words Matter: Terms to Use and Avoid When Talking About Addiction", "en", r"NIDA"),
    ("INPUD", "Words Matter! / Les mots comptent", "en+fr", r"INPUD"),
    ("Fédération Addiction", "(usage recommandé)", "fr", r"Fédération Addiction"),
    ("Mindframe (Everymind)", "Language guide", "en", r"Mindframe"),
    ("ONU", "Le langage que nous utilisons (santé mentale)", "fr", r"ONU, « Le langage"),
    ("Psycom", "(santé mentale : les mots)", "fr", r"Psycom"),
    ("CAMH", "Words matter", "en", r"CAMH"),
    ("WHO / OMS", "Preventing suicide: a resource for media professionals", "en+fr", r"\bWHO\b|\bOMS\b"),
    ("Programme Papageno", "Les bons mots", "fr", r"Papageno"),
    ("Samaritans", "Media guidelines for reporting suicide", "en", r"Samaritans"),
    ("IOM / OIM", "Glossary on Migration / Glossaire de la migration", "en+fr", r"\bIOM\b|\bOIM\b"),
    ("UNHCR / HCR", "'Refugee' or 'migrant' – which is right?", "en+fr", r"UNHCR|\bHCR\b"),
    ("PICUM", "Words Matter", "en+fr", r"PICUM"),
    ("Ethical Journalism Network", "migration reporting guidelines", "en+fr", r"Ethical Journalism"),
    ("Panos Europe / UNAOC", "Media-Friendly Glossary on Migration", "en", r"Panos"),
    ("Prenons la Une", "Les violences faites aux femmes : nos recommandations aux rédactions", "fr",
     r"Prenons la Une|\bPLU\b"),
    ("IFJ / FIJ", "Guidelines for reporting on violence against women", "en+fr", r"\bIFJ\b|\bFIJ\b"),
    ("Zero Tolerance", "Handle with Care", "en", r"Zero Tolerance"),
    ("Dart Center", "Writing about intimate partner violence", "en", r"Dart Center"),
    ("Haut Conseil à l'Égalité", "Guide pour une communication publique sans stéréotype de sexe", "fr",
     r"Haut Conseil"),
    ("Girls Not Brides / UNICEF", "child marriage reporting guidance", "en", r"Girls Not Brides"),
    ("AJL", "Informer sans discriminer", "fr", r"\bAJL\b"),
    ("GLAAD", "Media Reference Guide", "en", r"GLAAD"),
    ("interACT / CIA-OII", "Intersex terminology", "en+fr", r"interACT|CIA-OII"),
    ("Fortune Society", "Words Matter: Using Humanizing Language", "en+fr", r"Fortune Society"),
    ("US Department of Justice", "person-first language memo (2016)", "en+fr", r"Department of Justice"),
    ("Marshall Project", "The Language Project", "en", r"Marshall Project"),
]
