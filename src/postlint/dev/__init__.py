"""Developer tools: documentation generated from the rules (`postlint docs`), rule scaffolding
(`python -m postlint.dev new-rule CATEGORY NAME`) and the context rule examples are checked in.

Nothing here runs when a draft is checked; this package may import any other part of postlint.
"""
