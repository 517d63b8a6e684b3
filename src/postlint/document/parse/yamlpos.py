"""YAML with line numbers: the data plus, for every key path, the line it is written on.

Front matter, configuration and rule files all need errors that name a line; PyYAML's composed nodes
carry marks, so the tree is built from them.
"""
from __future__ import annotations

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
