"""Hashtags: how many a post carries, the campaign hashtag, and the official spelling.

Grdr, « Citoyenneté numérique : comment organiser une campagne de mobilisation digitale ? »: more than three
hashtags in a publication blurs the message; the same guide and INPUD, « Fiche de conseils de plaidoyers sur les
médias et sur les réseaux sociaux »: pick a memorable campaign hashtag and put it in every post of the campaign.
Platforms lower the count: Instagram accepts 5 at most (announced by Adam Mosseri, head of Instagram, December
2025), Threads 1 topic tag (Meta for Developers, Threads API documentation); X advises no more than 2 (X Help
Center). One rule per module; `_tags.py` holds what they share.
"""
