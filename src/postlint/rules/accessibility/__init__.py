"""Accessibility: what a screen-reader user, a deaf viewer or a low-vision reader gets of a post.

INPUD, « Fiche de conseils de plaidoyers sur les médias et sur les réseaux sociaux », asks to subtitle videos
(also for deaf and hard-of-hearing people); the platforms' accessibility guidance adds alt text for images
(X API and Instagram: 1,000 characters at most, Mastodon: 1,500), CamelCase hashtags (WCAG 2.2, 3.1.2 Language
of Parts), no ALL-CAPS runs, no pseudo-bold Unicode letters and no walls of emoji. One rule per module;
`_sources.py` holds the guideline they share.
"""
