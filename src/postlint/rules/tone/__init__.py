"""Tone: the organisation's banned jargon (`jargon.py`), exclamation marks (`exclamation.py`: a count per post, a
density in longer texts); the other tone rules are declarative, in rules/tone.yaml.

INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux », recommends a social media
style guide covering tone and voice, jargon, emoji and inclusive language; which words count as jargon is the
organisation's choice, so the list lives in the configuration.
"""
