from postlint.cli import entry

entry()
