"""YAML with line numbers: the data plus, for every key path, the line it is written on.

Front matter, configuration and rule files all need errors that name a line; PyYAML's composed nodes
carry marks, so the tree is built from them.
"""
from __future__ import annotations

import re
from typing import Any, TypeAlias

import yaml

from postlint.core.errors import PostlintError

KeyPath: TypeAlias = "tuple[Any, ...]"  # mapping keys (any YAML scalar) and list indexes, from the top
KeyLines: TypeAlias = "dict[KeyPath, int]"  # key path -> 1-based line

# Aliases let 600 bytes of YAML stand for billions of values ("billion laughs"), or for themselves: the tree
# is measured before it is built, and refused past these limits (far above any real front matter or config).
MAX_VALUES = 200_000  # values once every alias is expanded
MAX_DEPTH = 100  # nesting of lists and mappings


def load_with_lines(text: str, path: str, error_cls: type[PostlintError], line_offset: int = 0
                    ) -> tuple[Any, KeyLines]:
    """Parse `text`; return (data, {key path: 1-based line}). `line_offset` shifts the reported lines."""
    simple = _flat(text, line_offset)
    if simple is not None:
        return simple
    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml when present
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
        line = mark.line + 1 + line_offset if mark is not None else None
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise error_cls(f"invalid YAML: {problem}", path, line) from None
    lines: KeyLines = {}
    if node is None:
        return None, lines
    problem = _measure(node)
    if problem:
        bad, message = problem
        raise error_cls(message, path, bad.start_mark.line + 1 + line_offset)
    loader = yaml.SafeLoader("")
    try:
        data = _build(node, (), lines, loader, line_offset)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 + line_offset if mark is not None else None
        raise error_cls(f"invalid value {getattr(e, 'problem', e)}", path, line) from None
    finally:
        loader.dispose()
    return data, lines


# The front matter of most drafts is a few `key: value` lines (`type: post`, `platforms: [x, bluesky]`, `lang: fr`,
# `campaign: "#Tag"`): read without composing a YAML tree (a third of a draft's parse). Only what is certain to read
# the same in YAML: plain words of letters, digits and `_ . / -` that PyYAML's implicit resolvers leave strings, and
# one-line quoted strings without escapes or characters YAML refuses or folds; anything else (comments, numbers,
# dates, nesting, a repeated key…) is left to PyYAML (tests/test_speed_paths.py compares the two).
_SCALAR = (r"[\w./-]+(?: [\w./-]+)*|\"[^\"\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]*\""
           r"|'(?:[^'\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]|'')*'")
_FLAT_LINE = re.compile(rf"([A-Za-z_][\w-]*):(?: +(?:({_SCALAR})|\[ *((?:{_SCALAR})(?: *, *(?:{_SCALAR}))*)? *\]))? *",
                        re.A)
_FLAT_ITEM = re.compile(rf"({_SCALAR}) *(?:, *)?", re.A)
# first characters of a plain scalar that one of PyYAML's implicit resolvers reads (int, float, timestamp, merge,
# value, null); bool and null words are refused by name (`yaml.resolver.Resolver`)
_NOT_PLAIN_START = frozenset("-+.0123456789<=~")
_NOT_PLAIN = frozenset("""yes Yes YES no No NO true True TRUE false False FALSE on On ON off Off OFF
null Null NULL""".split())


def _scalar(token: str) -> str | None:
    """The string a scalar of `_SCALAR` stands for, or None when YAML would read it otherwise."""
    first = token[0]
    if first == '"':
        return token[1:-1]
    if first == "'":
        return token[1:-1].replace("''", "'")
    return None if first in _NOT_PLAIN_START or token in _NOT_PLAIN else token


def _flat(text: str, off: int) -> tuple[dict[str, Any], KeyLines] | None:
    """(data, lines) of a front matter of flat `key: value` and `key: [value, value]` lines, as `load_with_lines`
    gives them; None for anything else."""
    if "\r" in text or len(text) > 4000:
        return None
    data: dict[str, Any] = {}
    lines: KeyLines = {}
    for n, line in enumerate(text.split("\n")):
        if not line:
            continue
        m = _FLAT_LINE.fullmatch(line)
        if m is None:
            return None
        key, value, items = m.group(1, 2, 3)
        if _scalar(key) is None or key in data:
            return None
        at = n + 1 + off
        if not lines:
            lines[()] = at
        if value is not None:
            word = _scalar(value)
            if word is None:
                return None
            data[key] = word
            lines[(key,)] = at
        elif m.group(0).rstrip().endswith("]"):
            words = []
            for item in _FLAT_ITEM.finditer(items or ""):
                word = _scalar(item.group(1))
                if word is None:
                    return None
                words.append(word)
            data[key] = words
            lines[(key,)] = at
            for i in range(len(words)):
                lines[(key, i)] = at
        else:
            return None  # `key:` alone: a null, or a block below it
    return (data, lines) if data else None


def _measure(root: yaml.Node) -> tuple[yaml.Node, str] | None:
    """(node, message) when the tree refers to itself, nests too deeply or expands past MAX_VALUES; linear in
    the composed nodes (an alias is the same node object, measured once)."""
    size: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, int, bool]] = [(root, 0, False)]
    while stack:
        node, depth, done = stack.pop()
        key = id(node)
        children = _children(node)
        if done:
            on_path.discard(key)
            total = 1 + sum(size[id(c)] for c in children)
            if total > MAX_VALUES:
                return node, (f"YAML aliases expand to more than {MAX_VALUES:,} values (an alias bomb?); "
                              "write the values out or use fewer aliases")
            size[key] = total
            continue
        if key in size:
            continue
        if key in on_path:
            return node, "a YAML alias refers to a value that contains it (a loop)"
        if depth > MAX_DEPTH:
            return node, f"YAML nested more than {MAX_DEPTH} levels deep"
        on_path.add(key)
        stack.append((node, depth, True))
        for c in children:
            if id(c) in on_path:
                return c, "a YAML alias refers to a value that contains it (a loop)"
            if id(c) not in size:
                stack.append((c, depth + 1, False))
    return None


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _build(node: yaml.Node, key: KeyPath, lines: KeyLines, loader: yaml.SafeLoader, off: int) -> Any:
    lines[key] = node.start_mark.line + 1 + off
    try:
        return _build_node(node, key, lines, loader, off)
    except yaml.YAMLError:
        raise
    except (ValueError, TypeError, OverflowError, AttributeError) as e:  # a date 2026-13-45, `!!timestamp x`
        raise yaml.constructor.ConstructorError(None, None, f"{node.value!r}: {e}" if isinstance(node, yaml.ScalarNode)
                                                else str(e), node.start_mark) from None


def _build_node(node: yaml.Node, key: KeyPath, lines: KeyLines, loader: yaml.SafeLoader, off: int) -> Any:
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for k_node, v_node in node.value:
            k = loader.construct_object(k_node, deep=True)
            if isinstance(k, (list, dict)):
                k = str(k)
            out[k] = _build(v_node, key + (k,), lines, loader, off)
            lines[key + (k,)] = k_node.start_mark.line + 1 + off
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, key + (i,), lines, loader, off) for i, item in enumerate(node.value)]
    return loader.construct_object(node, deep=True)
