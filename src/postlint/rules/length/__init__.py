"""Length: each post measured the way each of its platforms counts it (see `postlint.text.platforms`).

Grdr, « Citoyenneté numérique : comment organiser une campagne de mobilisation digitale ? »: short, simple, clear
messages, each able to stand on its own; INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les
réseaux sociaux »: caption length in the style guide. The limits themselves are the platforms' (twitter-text for
X, the AT Protocol lexicon for Bluesky, Mastodon's status length validator, Meta's Threads API documentation, the
YouTube Data API, and the other platforms' published limits).
"""
