"""Language: the declared language of a draft against the language its text is written in.

INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux »: translate key messages
(FR/EN). A draft declared French but written in English gets the wrong word lists, the wrong spell-checking on
the platform and the wrong audience.
"""
