"""The layout keeps its shape: layers, no import cycles, small modules, private names kept private, one rule
per rule module, vocabularies written once, and the linters (ruff, mypy, import-linter) satisfied.

The checks read the source (AST) rather than importing it where they can, so a failure names a file and line.
"""
from __future__ import annotations

import ast
import importlib
import os
import subprocess
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
PACKAGE = SRC / "postlint"
MAX_LINES = 500


# ----------------------------------------------------------------------------- reading the source
@cache
def modules() -> dict[str, Path]:
    """Every postlint module by dotted name (a package by its own name, for its __init__.py)."""
    found: dict[str, Path] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


@cache
def tree(name: str) -> ast.Module:
    path = modules()[name]
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def rel(name: str) -> str:
    return modules()[name].relative_to(ROOT).as_posix()


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def runtime_nodes(node: ast.AST) -> Iterator[ast.AST]:
    """Every node below `node` that runs, at import or when called: `if TYPE_CHECKING:` bodies are left out."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child.test):
            for other in child.orelse:
                yield other
                yield from runtime_nodes(other)
            continue
        yield child
        yield from runtime_nodes(child)


def _package_of(name: str) -> str:
    """The package a module's relative imports start from."""
    return name if modules()[name].name == "__init__.py" else name.rpartition(".")[0]


def _absolute(name: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = _package_of(name)
    for _ in range(node.level - 1):
        base = base.rpartition(".")[0]
    return f"{base}.{node.module}" if node.module else base


def _owner(dotted: str) -> str | None:
    """The postlint module `dotted` names, or whose attribute it names (longest known prefix)."""
    while dotted:
        if dotted in modules():
            return dotted
        dotted = dotted.rpartition(".")[0]
    return None


def imports(name: str) -> list[tuple[str, int, str, str | None]]:
    """(imported module, line, imported name or "", the local name bound) of each run-time import of a
    postlint module by module `name`, at any depth (functions included), `lazy_module("…")` calls too."""
    out: list[tuple[str, int, str, str | None]] = []
    for node in runtime_nodes(tree(name)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "postlint" and _owner(alias.name):
                    out.append((_owner(alias.name) or "", node.lineno, "", alias.asname))
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(name, node)
            if base.split(".")[0] != "postlint":
                continue
            for alias in node.names:
                target = f"{base}.{alias.name}"
                bound = alias.asname or alias.name
                if target in modules():
                    out.append((target, node.lineno, "", bound))
                elif _owner(base):
                    out.append((_owner(base) or "", node.lineno, alias.name, bound))
        elif isinstance(node, ast.Call) and (lazy := _lazy_module(node)):
            out.append((lazy, node.lineno, "", None))
        elif (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and (lazy := _lazy_module(node.value))
              and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
            out.append((lazy, node.lineno, "", node.targets[0].id))
    return out


def _lazy_module(call: ast.Call) -> str | None:
    """The postlint module a `lazy_module("postlint.…")` call loads."""
    func = call.func
    called = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
    if called == "lazy_module" and call.args and isinstance(call.args[0], ast.Constant):
        name = call.args[0].value
        return name if isinstance(name, str) and name in modules() else None
    return None


def import_graph() -> dict[str, dict[str, int]]:
    """module -> {imported postlint module: first line}, imports inside functions included."""
    graph: dict[str, dict[str, int]] = {}
    for name in modules():
        edges = graph.setdefault(name, {})
        for target, line, _, _ in imports(name):
            if target != name:
                edges.setdefault(target, line)
    return graph


def find_cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """One cycle (a → … → a) through each strongly connected group of modules (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, {}):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10 * len(graph) + 100))
    for v in sorted(graph):
        if v not in index:
            visit(v)
    cycles = []
    for group in groups:
        members = set(group)
        start = group[0]
        # shortest way back to `start` inside the group (breadth first)
        paths = {start: [start]}
        queue = [start]
        found: list[str] | None = None
        while queue and found is None:
            v = queue.pop(0)
            for w in sorted(graph[v]):
                if w == start:
                    found = paths[v] + [start]
                    break
                if w in members and w not in paths:
                    paths[w] = paths[v] + [w]
                    queue.append(w)
        cycles.append(found or group)
    return cycles


def _describe_cycle(cycle: list[str], graph: dict[str, dict[str, int]]) -> str:
    steps = [f"{a} (line {graph[a][b]})" for a, b in zip(cycle, cycle[1:])]
    return " -> ".join(steps + [cycle[-1]])


# ----------------------------------------------------------------------------- (a) layers
def test_import_linter_contracts_are_kept():
    """The layers of CONVENTIONS (pyproject.toml, [tool.importlinter]): a module imports only from its own
    layer or those below, imports inside functions included, `if TYPE_CHECKING:` imports excluded."""
    lint_imports = Path(sys.executable).with_name("lint-imports")
    cmd = [str(lint_imports)] if lint_imports.exists() else [sys.executable, "-c",
                                                             "from importlinter.cli import lint_imports_command;"
                                                             "lint_imports_command()"]
    r = subprocess.run([*cmd, "--no-cache", "--no-logo"], cwd=ROOT, capture_output=True, text=True, timeout=300,
                       env={**os.environ, "PYTHONPATH": str(SRC)})
    assert r.returncode == 0, r.stdout[-6000:] + r.stderr[-2000:]


# ----------------------------------------------------------------------------- (b) cycles
def test_cycle_finder_reports_a_cycle():
    graph = {"a": {"b": 1}, "b": {"c": 2}, "c": {"a": 3, "d": 4}, "d": {}}
    assert find_cycles(graph) == [["a", "b", "c", "a"]]
    assert _describe_cycle(["a", "b", "c", "a"], graph) == "a (line 1) -> b (line 2) -> c (line 3) -> a"


def test_no_import_cycle_among_postlint_modules():
    """Counting imports inside functions (and `lazy_module` calls): only `if TYPE_CHECKING:` imports are free."""
    graph = import_graph()
    cycles = find_cycles(graph)
    assert not cycles, "import cycles:\n" + "\n".join(_describe_cycle(c, graph) for c in cycles)


# ----------------------------------------------------------------------------- (c) size
def test_no_module_over_500_lines():
    long = {rel(n): len(p.read_text(encoding="utf-8").splitlines()) for n, p in modules().items()}
    assert not {k: v for k, v in long.items() if v > MAX_LINES}


# ----------------------------------------------------------------------------- (d) private names
def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _may_import_private_module(importer: str, module: str) -> bool:
    """A `_helper` module is imported only by modules of its own package (a rule category's helpers)."""
    parts = module.split(".")
    for i, part in enumerate(parts):
        if _private(part) and not importer.startswith(".".join(parts[:i]) + "."):
            return False
    return True


def private_reads(name: str) -> list[str]:
    """Where module `name` reads another postlint module's `_private` names: `from m import _x`, `m._x`
    (m an imported postlint module), `Name._x` (Name imported from a postlint module), `obj._x` where `_x` is
    defined by another postlint module and not by this one, and imports of another package's `_helper`."""
    found: list[str] = []
    bound: dict[str, str] = {}  # local name -> what it is (module, or module.Name)
    for target, line, imported, local in imports(name):
        if not _may_import_private_module(name, target):
            found.append(f"{rel(name)}:{line}: imports {target}")
        if imported and _private(imported):
            found.append(f"{rel(name)}:{line}: from {target} import {imported}")
        if local:
            bound[local] = f"{target}.{imported}" if imported else target
    own = defined_names(name)
    elsewhere = {n for other in modules() if other != name for n in defined_names(other)}
    for node in runtime_nodes(tree(name)):
        if not isinstance(node, ast.Attribute) or not _private(node.attr):
            continue
        base = _dotted(node.value)
        if base is None:
            if node.attr in elsewhere and node.attr not in own:
                found.append(f"{rel(name)}:{node.lineno}: reads .{node.attr} (defined in another module)")
            continue
        head = base.split(".")[0]
        if head in bound:
            found.append(f"{rel(name)}:{node.lineno}: reads {bound[head]}{base[len(head):]}.{node.attr}")
        elif base.startswith("postlint.") and _owner(base):
            found.append(f"{rel(name)}:{node.lineno}: reads {base}.{node.attr}")
        elif head not in ("self", "cls") and node.attr in elsewhere and node.attr not in own:
            found.append(f"{rel(name)}:{node.lineno}: reads {base}.{node.attr} (defined in another module)")
    return found


def _dotted(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return f"{base}.{node.attr}" if base else None
    return None


@cache
def defined_names(name: str) -> frozenset[str]:
    """The `_private` names module `name` defines: functions, classes, assigned names and the attributes its
    classes set on themselves (`self._x = …`; `other._x = …` is no definition but a write into another's)."""
    names: set[str] = set()
    for node in ast.walk(tree(name)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif (isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store)
              and isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")):
            names.add(node.attr)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return frozenset(n for n in names if _private(n))


def test_private_read_finder():
    assert _may_import_private_module("postlint.rules.geotag.precise_location", "postlint.rules.geotag._coords")
    assert not _may_import_private_module("postlint.rules.minors.x", "postlint.rules.geotag._coords")
    assert not _may_import_private_module("postlint.engine.runner", "postlint.rules.geotag._coords")
    assert _may_import_private_module("postlint.rules.geotag._coords", "postlint.rules.geotag._other")


def test_no_module_reads_another_modules_private_names():
    found = [line for name in modules() for line in private_reads(name)]
    assert not found, "\n".join(found)


# ----------------------------------------------------------------------------- (e) ruff
@pytest.mark.slow
def test_ruff_passes():
    r = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-fix", "--output-format", "concise",
                        "src", "tests"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout[-8000:] + r.stderr[-2000:]


# ----------------------------------------------------------------------------- (f) mypy
@pytest.mark.slow  # ≈ 20 s cold, ≈ 1 s with its cache (.mypy_cache)
def test_mypy_passes():
    """pyproject.toml [tool.mypy]: the whole package, postlint.core/document/text strictly."""
    r = subprocess.run([sys.executable, "-m", "mypy", "--no-color-output", "--no-error-summary"], cwd=ROOT,
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout[-8000:] + r.stderr[-2000:]


# ----------------------------------------------------------------------------- (g) one rule per module
def rule_modules() -> list[str]:
    """postlint.rules.<category>.<name>: the modules the registry reads RULES from."""
    return [n for n in modules() if n.count(".") == 3 and n.startswith("postlint.rules.")
            and not _private(n.rsplit(".", 1)[1]) and modules()[n].name != "__init__.py"]


def expected_module(rule_id: str) -> str:
    category, _, name = rule_id.partition(".")
    return f"postlint.rules.{category.replace('-', '_')}.{name.replace('-', '_')}"


def test_every_builtin_rule_has_its_own_module():
    from postlint.core.rule import Rule
    from postlint.engine.registry import builtin_rules

    problems = []
    for name in rule_modules():
        module = importlib.import_module(name)
        listed = list(getattr(module, "RULES", []))
        defined = {id(v): v for v in vars(module).values() if isinstance(v, Rule)}
        defined.update({id(r): r for r in listed})
        ids = sorted(r.id for r in defined.values())
        if len(defined) != 1 or len(listed) != 1:
            problems.append(f"{rel(name)}: defines {ids or 'no rule'} (RULES: {[r.id for r in listed]})")
        for r in listed:
            if expected_module(r.id) != name:
                problems.append(f"{rel(name)}: rule {r.id} belongs in {expected_module(r.id)}")
    builtin = builtin_rules()
    assert len({r.id for r in builtin}) == len(builtin)
    assert not problems, "\n".join(problems)


# ----------------------------------------------------------------------------- (h) vocabularies
VOCABULARIES = ("CATEGORIES", "SEVERITIES", "SEVERITY_RANK", "LANGS", "DOC_TYPES", "DOMAINS", "PLATFORMS", "FORMATS")


def _literal_strings(node: ast.expr) -> frozenset[str] | None:
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("frozenset", "set",
                                                                                             "tuple", "list"):
        return _literal_strings(node.args[0]) if len(node.args) == 1 else None
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)) and node.elts and all(
            isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
        return frozenset(e.value for e in node.elts if isinstance(e, ast.Constant))
    return None


def test_vocabularies_are_not_retyped():
    """Only postlint.core.vocab assigns the vocabularies; no other module writes one of them out again."""
    from postlint.core import vocab

    values = {getattr(vocab, v) for v in VOCABULARIES if isinstance(getattr(vocab, v), tuple)}
    retyped = {frozenset(v): n for n in VOCABULARIES if isinstance(v := getattr(vocab, n), tuple) and len(v) > 2}
    assert values
    found = []
    for name in modules():
        if name == "postlint.core.vocab":
            continue
        for node in ast.walk(tree(name)):
            targets: list[ast.expr] = []
            if isinstance(node, ast.Assign):
                targets = node.targets
            elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
                targets = [node.target]
            for t in targets:
                for n in ast.walk(t):
                    if isinstance(n, ast.Name) and n.id in VOCABULARIES:
                        found.append(f"{rel(name)}:{node.lineno}: assigns {n.id}")
            if isinstance(node, ast.expr) and (strings := _literal_strings(node)) in retyped:
                found.append(f"{rel(name)}:{node.lineno}: writes out {retyped[strings]}")
    assert not found, "\n".join(sorted(set(found)))
