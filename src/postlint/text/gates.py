"""Keyword gates: words that every match of a pattern contains, looked for before the pattern is compiled
or run. Most drafts contain none of the words of most big patterns, so those patterns cost nothing.

A gate is written "w1 w2 & w3 w4": every match contains w1 or w2, and w3 or w4 (substrings, not words).
A gate must be implied by its pattern, or the rule silently misses matches: `implied` proves it from the
pattern's syntax (its literal text), and `unproved()` lists every gated pattern it cannot prove — a test
should assert the list is empty, so that a pattern edited without its gate fails there.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias

if TYPE_CHECKING:  # typeshed describes `re`'s parser under its former public names
    import sre_constants as c
    import sre_parse as _parser
else:
    from re import _constants as c, _parser  # loaded with `re` itself

Gate: TypeAlias = "tuple[tuple[str, ...], ...]"  # groups of words: every match holds a word of each group
Spec: TypeAlias = "str | Iterable[Iterable[str]]"  # a gate written for `gate`, or its groups
# (opcode, argument) of `re`'s parse tree; the argument's shape depends on the opcode
Node: TypeAlias = "tuple[int, Any]"


def gate(spec: str) -> Gate:
    """ "a b & c" → (("a", "b"), ("c",)); a word with a space is written as a tuple directly."""
    return tuple(tuple(group.split()) for group in spec.split(" & "))


def passes(gate: Gate, text: str) -> bool:
    for group in gate:
        for word in group:
            if word in text:
                break
        else:
            return False
    return True


class GateSet:
    """Several gates tested on one text in one pass: `passing(text)` is `[passes(g, text) for g in gates]`.

    `passes` looks for each word of a gate in the whole text, one search per word: a rule that tests thirty
    gates on the prose (disclosure.third-party-status: 198 words) reads it a few hundred times. Here one
    Aho-Corasick automaton of all their words (pyahocorasick) reads it once and lists the words it holds
    (substrings, as `passes`); measured on the 1,000-draft benchmark corpus, 0.13 → 0.03 ms a draft for those
    thirty gates. For one or two gates on a text, `passes` stays cheaper: the automaton is built on first use."""

    __slots__ = ("gates", "_automaton", "_always", "_none", "_single", "_multi")

    def __init__(self, gates: Iterable[Gate | None]):
        self.gates: tuple[Gate | None, ...] = tuple(gates)  # None: no gate, always passes
        self._automaton: Any = None
        self._always: frozenset[str] = frozenset()  # "" is in every text (and no automaton key)
        # `passing` from the words found: a one-group gate passes when one of its words is found (word → those
        # gates), the others are tested group by group
        self._none = [g is None for g in self.gates]
        self._single: dict[str, list[int]] = {}
        self._multi: list[tuple[int, Gate]] = []
        for i, g in enumerate(self.gates):
            if g is not None and len(g) == 1:
                for w in set(g[0]):
                    self._single.setdefault(w, []).append(i)
            elif g is not None:
                self._multi.append((i, g))

    def _build(self) -> Any:
        import ahocorasick  # type: ignore[import-not-found]  # (pyahocorasick ships no type information)

        automaton = ahocorasick.Automaton()
        words = {w for g in self.gates if g for group in g for w in group}
        for word in sorted(words):
            if word:
                automaton.add_word(word, word)
        self._always = frozenset(w for w in words if not w)
        if len(automaton):
            automaton.make_automaton()
        self._automaton = automaton
        return automaton

    def present(self, text: str) -> set[str]:
        """The gates' words that `text` holds."""
        automaton = self._automaton if self._automaton is not None else self._build()
        found = {word for _, word in automaton.iter(text)} if len(automaton) else set()
        return found | self._always if self._always else found

    def passing(self, text: str) -> list[bool]:
        found = self.present(text)
        out = self._none.copy()
        single = self._single
        for w in found:
            for i in single.get(w, ()):
                out[i] = True
        for i, g in self._multi:
            out[i] = all(not found.isdisjoint(group) for group in g)
        return out


def fold_case(text: str) -> str:
    """The text to test the gate of a case-insensitive pattern against (gate words in lower case).
    `casefold` alone is not enough: a case-insensitive "i" also matches "İ" (casefolded to "i" + U+0307)
    and, with `re`, "ı" (which does not fold)."""
    return text.casefold().replace("\u0307", "").replace("ı", "i")


# ----------------------------------------------------------------------------- proof
def implied(pattern: str, spec: Spec, flags: int = 0) -> bool:
    """True when every match of `pattern` provably contains a word of each group of the gate `spec` (a string
    for `gate`, or its tuples); words of a case-insensitive part are looked for in `fold_case(text)`, so they
    must be lower case (flags re.I: the whole pattern, for a gate tested on `fold_case(text)`)."""
    # `regex`-only classes are not literals: any class stands for them in the analysis
    tree = _parser.parse(re.sub(r"\\[pP]\{[^}]*\}", r"\\w", pattern), flags & (re.I | re.X | re.M | re.S))
    icase = bool(tree.state.flags & re.I)
    return all(_covers(tree.data, icase, tuple(group)) for group in (gate(spec) if isinstance(spec, str) else spec))


_CAP = 64
# Letters beyond ASCII whose case-insensitive matches (`re` and `regex`) all give the letter itself under
# `fold_case` (checked over every code point, as for ASCII).
_FOLDS_PLAINLY = frozenset("àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæø")


def _covers(items: Sequence[Node], icase: bool, words: tuple[str, ...], run: Iterable[str] = frozenset([""])) -> bool:
    """Does every match of the sequence `items` (after text matching one of `run`) contain one of `words`? Runs
    of exactly-known text (literals, small alternations of literals) are checked whole; other items one by one,
    with the run before them ("g(?:hp_|ithub_)" holds "ghp_" or "github_")."""
    run = set(run)
    for op, av in items:
        exact = _exact(op, av, icase)
        if exact is not None and len(run) * len(exact) <= _CAP:
            run = {a + b for a in run for b in exact}
            continue
        if _run_covered(run, words):
            return True
        if exact is not None:
            run = set(exact)
        else:
            if _node_covers(op, av, icase, words, run):
                return True
            run = {""}
    return _run_covered(run, words)


def _run_covered(run: set[str], words: tuple[str, ...]) -> bool:
    return run != {""} and all(any(w in s for w in words) for s in run)


def _exact(op: int, av: Any, icase: bool) -> set[str] | None:
    """The finite set of strings a node matches (lower-cased where case-insensitive), or None."""
    if op is c.LITERAL or (op is c.IN and av and len(av) <= 8 and all(o is c.LITERAL for o, _ in av)):
        chars = {chr(av)} if op is c.LITERAL else {chr(v) for _, v in av}
        if icase:
            if not all(ch.isascii() or ch.lower() in _FOLDS_PLAINLY for ch in chars):
                return None  # elsewhere case-insensitive matching may not be one folded character
            chars = {ch.lower() for ch in chars}
        return chars
    if op is c.SUBPATTERN or op is c.ATOMIC_GROUP:
        items, icase = _inner(op, av, icase)
        out = {""}
        for o, a in items:
            e = _exact(o, a, icase)
            if e is None or len(out) * len(e) > _CAP:
                return None
            out = {x + y for x in out for y in e}
        return out
    if op is c.BRANCH:
        out = set[str]()
        for branch in av[1]:
            e = _exact(c.SUBPATTERN, (None, 0, 0, branch), icase)
            if e is None:
                return None
            out |= e
        return out if len(out) <= _CAP else None
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] == av[1] >= 1:
        e = _exact(c.SUBPATTERN, (None, 0, 0, av[2]), icase)
        if e is None or len(e) ** av[0] > _CAP:
            return None
        out = {""}
        for _ in range(av[0]):
            out = {x + y for x in out for y in e}
        return out
    return None


def _inner(op: int, av: Any, icase: bool) -> tuple[list[Node], bool]:
    if op is c.ATOMIC_GROUP:
        return list(av), icase
    _, add, remove, items = av
    return list(items), (icase or bool(add & c.SRE_FLAG_IGNORECASE)) and not remove & c.SRE_FLAG_IGNORECASE


def _node_covers(op: int, av: Any, icase: bool, words: tuple[str, ...], run: set[str]) -> bool:
    if op is c.SUBPATTERN or op is c.ATOMIC_GROUP:
        items, icase = _inner(op, av, icase)
        return _covers(items, icase, words, run)
    if op is c.BRANCH:
        return all(_covers(list(b), icase, words, run) for b in av[1])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _covers(list(av[2]), icase, words, run)
    return False  # classes, optional parts, assertions (zero width: what they see is not matched), anchors


def derive(pattern: str, flags: int = 0, prove: bool = False) -> Gate | None:
    """A gate found in `pattern` itself, for rules written as data (rules/*.yaml, an organisation's files): the
    most selective run of exactly-known text that every match goes through, its words case-folded for a test
    on `fold_case(text)` (a literal in the text is still one in the folded text: the folding maps character
    by character). None when no such run exists or the pattern is not `re` syntax. The construction is the
    proof (only parts every match passes through are used); `prove=True` re-checks it with `implied`, as
    tests/test_gates.py does for every bundled rule — at run time that would double the cost."""
    try:
        tree = _parser.parse(re.sub(r"\\[pP]\{[^}]*\}", r"\\w", pattern), flags & (re.I | re.X | re.M | re.S))
        group = _required(tree.data, bool(tree.state.flags & re.I))
        if not group or (prove and not implied(pattern, (tuple(sorted(group)),), flags)):
            return None
    except Exception:  # re cannot read it (regex-only syntax) or the analysis gives up: no gate, always run
        return None
    return (tuple(sorted({fold_case(w) for w in group})),)


def derive_all(patterns: list[tuple[str, int]]) -> list[Gate | None]:
    """`derive` for each (pattern, flags), through gates saved by earlier runs (`savedindex.py`): deriving
    reads the pattern with `re`'s parser, ≈ 0.5 ms a pattern, paid again by every cold pre-commit run."""
    deps, saved = _saved_gates()
    missing = False
    out: list[Gate | None] = []
    for pattern, flags in patterns:
        key = f"{flags}|{pattern}"
        if key in saved:
            found = saved[key]
            out.append(tuple(tuple(g) for g in found) if found is not None else None)
        else:
            out.append(derive(pattern, flags))
            saved[key] = out[-1]
            missing = True
    if missing:
        from postlint.core import savedindex

        savedindex.save("gates", deps, saved)
    return out


# (inputs, {"flags|pattern": gate}) of the saved gates, read once per process
_SAVED: tuple[dict[str, list[str]] | None, dict[str, Sequence[Sequence[str]] | None]] | None = None


def _saved_gates() -> tuple[dict[str, list[str]] | None, dict[str, Sequence[Sequence[str]] | None]]:
    global _SAVED
    if _SAVED is None:
        from typing import Annotated

        from msgspec import Meta

        from postlint.core import savedindex

        nonempty = Meta(min_length=1)
        gate_type = Annotated[list[Annotated[list[Annotated[str, nonempty]], nonempty]], nonempty] | None
        deps = savedindex.inputs(savedindex.code_files("text/gates.py"))
        _SAVED = (deps, savedindex.load("gates", deps, dict[str, gate_type]) or {})
    return _SAVED


def _required(items: Sequence[Node], icase: bool) -> set[str] | None:
    """Strings one of which every match of the sequence `items` contains, as selective as found (longest
    shortest word), or None. Consecutive exactly-known items are joined into runs ("conv" + "erti")."""
    candidates: list[set[str] | None] = []
    run = {""}
    for op, av in items:
        found = _exact(op, av, icase)
        if found is not None and len(run) * len(found) <= _CAP:
            run = {a + b for a in run for b in found}
            continue
        candidates.append(run)
        run = {""}
        if found is not None:
            run = found
            continue
        if op in (c.SUBPATTERN, c.ATOMIC_GROUP):
            candidates.append(_required(*_inner(op, av, icase)))
        elif op is c.BRANCH:
            groups = [_required(list(b), icase) for b in av[1]]
            known = [g for g in groups if g]
            candidates.append(set[str]().union(*known) if groups and len(known) == len(groups) else None)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            candidates.append(_required(list(av[2]), icase))
    candidates.append(run)
    usable = [g for g in candidates if g and "" not in g]
    return max(usable, key=_selectivity) if usable else None


# words so frequent that a gate made of them lets nearly every draft through: prefer another run
_FREQUENT = frozenset("the and of to in is for your their our you de la le les des du et pour un une en à au "
                      "est que qui".split())


def _selectivity(words: set[str]) -> float:
    return min(len(w) for w in words) - (3 if words & _FREQUENT else 0) - len(words) / 1000


# ----------------------------------------------------------------------------- declared gates
# Every gate a module uses is declared beside its pattern with `declare`; the declarations are collected here
# as the modules are imported, so `unproved()` checks them all without a hand-kept list (and without this
# module importing the rules).
_DECLARED: list[tuple[str, str, Gate, int]] = []


class Patterned(Protocol):
    """A compiled or lazy pattern: its text (and its flags, when it has them)."""

    @property
    def pattern(self) -> str: ...


def declare(name: str, pattern: str | Patterned, spec: Spec, flags: int = 0) -> Gate:
    """Declare that every match of `pattern` (a string, or a compiled/lazy pattern) holds the gate `spec`, and
    return the gate. `flags` are added to the pattern's own (re.I for a gate tested on `fold_case(text)`)."""
    text = pattern if isinstance(pattern, str) else pattern.pattern
    own: int = 0 if isinstance(pattern, str) else getattr(pattern, "flags", 0)
    found = gate(spec) if isinstance(spec, str) else tuple(tuple(g) for g in spec)
    _DECLARED.append((name, text, found, own | flags))
    return found


def declared() -> list[tuple[str, str, Gate, int]]:
    """(name, pattern, gate, flags) of every gate declared by the modules imported so far."""
    return list(_DECLARED)


def unproved() -> list[str]:
    """The declared gates that `implied` cannot prove (a test imports every module, then asserts none)."""
    return [name for name, pattern, spec, flags in _DECLARED if not implied(pattern, spec, flags)]
