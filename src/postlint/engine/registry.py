"""Collect rules: built-in Python checks, bundled and organisation YAML rules, and plugins.

Plugins are installed packages that declare an entry point in the group `postlint.rules`, naming a
zero-argument callable that returns an iterable of `Rule` objects (see README, "Publishing a plugin").
A plugin that fails to load, or a duplicate rule id, is an error: a silently skipped rule would let
drafts through unchecked.
"""
from __future__ import annotations

import importlib
import os
import pkgutil
from pathlib import Path
from collections.abc import Iterable
from typing import TYPE_CHECKING

from postlint.core.errors import RuleDefinitionError
from postlint.core.rule import Rule

if TYPE_CHECKING:
    from importlib import metadata  # imported at run time only when a plugin is installed (≈ 15 ms)

ENTRY_POINT_GROUP = "postlint.rules"


def builtin_rules() -> list[Rule]:
    """Every built-in rule: the `Rule` objects that the modules of `postlint.rules.<category>` define.

    Rules are found by walking the package, as plugins are found through their entry point: the engine
    never imports a rule module by name, so adding a rule is adding its module (see CONTRIBUTING.md).
    """
    import postlint.rules as package

    rules: list[Rule] = []
    for info in sorted(pkgutil.walk_packages(package.__path__, "postlint.rules."), key=lambda i: i.name):
        leaf = info.name.rsplit(".", 1)[1]
        if info.ispkg or leaf.startswith("_") or info.name.count(".") != 3:
            continue
        try:
            module = importlib.import_module(info.name)
        except Exception as e:
            raise RuleDefinitionError(f"built-in rule module {info.name} failed to load: "
                                      f"{type(e).__name__}: {e}") from None
        rules.extend(getattr(module, "RULES", ()))
    return rules


def bundled_yaml_rules() -> list[Rule]:
    from postlint.core.resources import data_dir
    from postlint.rules.yaml import load_dir

    return load_dir(data_dir("rules"))


def plugin_entry_points() -> list[tuple[metadata.EntryPoint, str]]:
    """Entry points of the group, read straight from the installed distributions' metadata files.

    `importlib.metadata.entry_points()` parses every distribution (≈ 45 ms here); a hook that runs on
    every commit only needs the few files that mention the group (≈ 3 ms), and those only when a folder of
    `sys.path` changed since the last run: the list is saved (savedindex.py) under the folders' modification
    times, which change whenever a distribution is installed or removed — as the import system's own
    directory cache does.
    """
    import sys

    from postlint.core import savedindex

    folders = [os.path.abspath(f or ".") for f in sys.path]
    deps = savedindex.folder_inputs(folders, "entry points")
    saved = savedindex.load("plugins", deps, dict[str, list[tuple[str, str, str]]])
    if saved is not None and "found" in saved:
        found = saved["found"]
    else:
        found = _scan_entry_points(folders)
        savedindex.save("plugins", deps, {"found": found})
    if not found:
        return []
    from importlib import metadata

    return [(metadata.EntryPoint(name, value, ENTRY_POINT_GROUP), dist) for name, value, dist in found]


def _scan_entry_points(folders: list[str]) -> list[tuple[str, str, str]]:
    """(name, value, distribution) of each entry point of the group."""
    found: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for folder in folders:
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            if not name.endswith((".dist-info", ".egg-info")):
                continue
            path = os.path.join(folder, name, "entry_points.txt")
            try:
                with open(path, encoding="utf-8") as fh:
                    text = fh.read()
            except OSError:
                continue
            if f"[{ENTRY_POINT_GROUP}]" not in text:
                continue
            dist = name.rsplit(".", 1)[0].split("-")[0]
            if dist in seen:  # the first on sys.path wins, as for imports
                continue
            seen.add(dist)
            section = text.split(f"[{ENTRY_POINT_GROUP}]", 1)[1].split("\n[", 1)[0]
            for line in section.splitlines():
                if "=" in line and not line.strip().startswith(("#", ";")):
                    key, value = (x.strip() for x in line.split("=", 1))
                    found.append((key, value, dist))
    return found


def plugin_rules() -> list[Rule]:
    rules: list[Rule] = []
    for ep, dist in plugin_entry_points():
        who = f"{ep.name} ({dist})"
        try:
            factory = ep.load()
            loaded = list(factory())
        except Exception as e:  # a broken plugin is reported, never a traceback
            raise RuleDefinitionError(f"plugin {who} failed to load: {type(e).__name__}: {e}",
                                      hint="upgrade or uninstall it") from None
        for r in loaded:
            if not isinstance(r, Rule):
                raise RuleDefinitionError(f"plugin {who} returned {type(r).__name__}, not a postlint Rule")
            rules.append(_with_origin(r, f"plugin:{who}"))
    return rules


def _with_origin(r: Rule, origin: str) -> Rule:
    from msgspec.structs import replace

    return r if r.origin != "builtin" else replace(r, origin=origin)


class Registry:
    """All known rules of one run, by id."""

    def __init__(self, rules: Iterable[Rule]):
        self.rules: dict[str, Rule] = {}
        self.aliases: dict[str, str] = {}
        for r in rules:
            if r.id in self.rules:
                other = self.rules[r.id]
                raise RuleDefinitionError(f"duplicate rule id {r.id!r}: defined by {other.origin} and {r.origin}")
            self.rules[r.id] = r
            for a in r.aliases:
                self.aliases[a] = r.id

    def __iter__(self):
        return iter(sorted(self.rules.values(), key=lambda r: r.id))

    def __len__(self) -> int:
        return len(self.rules)

    def get(self, rule_id: str) -> Rule | None:
        return self.rules.get(rule_id) or self.rules.get(self.aliases.get(rule_id, ""))

    def matches(self, selector: str) -> list[Rule]:
        """Rules a selector names: an id, an alias, a category, or an id prefix (`stigma.drug`)."""
        selector = self.aliases.get(selector, selector)
        return [r for r in self if r.id == selector or r.category == selector
                or r.id.startswith(selector + ".") or r.id.startswith(selector) and selector.count(".")]

    def known(self, selector: str) -> bool:
        return bool(self.matches(selector))


_CACHE: dict[tuple, Registry] = {}


def load_registry(extra_rule_paths: tuple[str, ...] = (), extra_wordlists: tuple[str, ...] = ()) -> Registry:
    """Built-in + bundled YAML + plugins + the organisation's YAML rule files (config `rule_paths`)."""
    key = (extra_rule_paths, extra_wordlists)
    if key not in _CACHE:
        from postlint.rules.yaml import load_path

        rules = builtin_rules() + bundled_yaml_rules() + plugin_rules()
        for p in extra_rule_paths:
            rules.extend(load_path(Path(p), origin="config"))
        if extra_wordlists:  # an organisation's wordlist with a mistake is a config error (file and line)
            from postlint.lexicon.wordlists import check_files

            check_files(extra_wordlists)
        _CACHE[key] = Registry(rules)
    return _CACHE[key]
