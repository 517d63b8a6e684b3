"""Built-in Python rules, one module per category. Each module exports `RULES: list[Rule]`.

Adding a module here is enough for the registry to find it (see `postlint.registry.builtin_rules`).
"""
