"""Stigmatising language about people (category `stigma`): one rule per domain of `core.vocab.DOMAINS`, wordlists
as data.

Each `<domain>.py` holds what is its own — summary, source, examples, and its documentation as its docstring —
and calls `_factory.make`. `_scan.py` finds every match of a document once (all domains), `_context.py` reads
where a match stands (a name, a title, a quotation, a word named as a word), `_finding.py` writes the finding.
"""
