"""Sub-commands that are loaded only when used (see `postlint.cli.LAZY_COMMANDS`)."""
