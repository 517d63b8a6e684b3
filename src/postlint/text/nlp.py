"""The French spaCy model, loaded lazily, once per process, with only what NER needs.

Nothing here imports spaCy at module level: `french_ner()` does, the first time a rule asks for names
(the minors check asks only when a cheap cue — a child's age, a child word — has fired).

Two loaders. The default ("fast") builds a bare `Language` for "fr" and loads the model's own files
(`tok2vec` + `ner`, the serialized tokenizer without its `token_match`), so `spacy.lang.fr` is never
imported: that module compiles a 1.45 MB tokenizer pattern at import (≈ 4.5 s on CI's machine). The
entities are the same on our test sentences (tests/test_minors.py compares both loaders); hyphenated
words may be split into more tokens, which NER tolerates. `POSTLINT_SPACY_LOADER=standard` uses
`spacy.load()` instead; the fast loader falls back to it on any error.
"""
from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Protocol, cast

if TYPE_CHECKING:
    from spacy.language import Language

MODEL = "fr_core_news_sm"
KEEP = ("tok2vec", "ner")

_lock = threading.Lock()
_nlp: Language | None = None
_tried = False
status: dict[str, Any] = {"loaded": False, "loader": None, "seconds": None, "error": None}


def french_ner() -> Language | None:
    """The NER pipeline, or None when spaCy or the model is not installed (callers fall back)."""
    global _nlp, _tried
    if _tried:
        return _nlp
    with _lock:
        if _tried:
            return _nlp
        t0 = time.perf_counter()
        mode = os.environ.get("POSTLINT_SPACY_LOADER", "fast").strip().lower()
        try:
            if mode == "standard":
                _nlp, status["loader"] = load_standard(), "standard"
            else:
                try:
                    _nlp, status["loader"] = _load_fast(), "fast"
                except Exception as e:  # spaCy internals moved: take the documented route
                    status["fast_error"] = f"{type(e).__name__}: {e}"
                    _nlp, status["loader"] = load_standard(), "standard"
            status["loaded"] = True
        except Exception as e:  # no spaCy, no model: names come from the heuristics only
            _nlp = None
            status["error"] = f"{type(e).__name__}: {e}"
        status["seconds"] = round(time.perf_counter() - t0, 3)
        _tried = True
        return _nlp


def _model_path() -> str:
    import importlib

    pkg = importlib.import_module(MODEL)
    if pkg.__file__ is None:  # a namespace package: not an installed model
        raise ImportError(f"{MODEL} is not an installed spaCy model")
    base = os.path.dirname(pkg.__file__)
    inner = os.path.join(base, f"{MODEL}-{pkg.__version__}")
    return inner if os.path.isdir(inner) else base


class _SavedTokenizer(Protocol):
    """What the fast loader calls on the model's tokenizer (spaCy's `Tokenizer`, a compiled class)."""

    def from_disk(self, path: str, *, exclude: Iterable[str] = ...) -> Any: ...


def load_standard() -> Language:
    import spacy

    path = _model_path()
    from spacy import util

    names = util.load_config(os.path.join(path, "config.cfg"))["nlp"]["pipeline"]
    return spacy.load(path, exclude=[n for n in names if n not in KEEP])


def _load_fast() -> Language:
    from spacy import util
    from spacy.language import BaseDefaults, Language

    class _Defaults(BaseDefaults):
        pass

    class _FrenchNER(Language):  # type: ignore[no-untyped-call]  # spaCy's __init_subclass__ is unannotated
        lang = "fr"
        Defaults = _Defaults

    path = _model_path()
    config = util.load_config(os.path.join(path, "config.cfg"))
    meta = util.load_meta(os.path.join(path, "meta.json"))
    exclude = [n for n in config["nlp"]["pipeline"] if n not in KEEP]
    nlp = _FrenchNER.from_config(config, exclude=exclude, meta=meta, auto_fill=False, validate=False)
    nlp.from_disk(path, exclude=exclude + ["tokenizer"])
    tokenizer = cast(_SavedTokenizer, nlp.tokenizer)  # typed as any callable; the model's is spaCy's Tokenizer
    tokenizer.from_disk(os.path.join(path, "tokenizer"), exclude=["vocab", "token_match"])
    if tuple(nlp.pipe_names) != KEEP:
        raise RuntimeError(f"unexpected pipeline {nlp.pipe_names}")
    return nlp


# Predicates that say a text needs the model: the name heuristics (`postlint.document.names`) register theirs
# when imported. A text every registered predicate answers False for gets no entities without the model, so a
# commit whose drafts the heuristics can decide never waits for spaCy (≈ 1 s to import, 0.2 s to load).
_NEEDS_MODEL: list[Callable[[str], bool]] = []


def register_need(predicate: Callable[[str], bool]) -> None:
    """Ask the model only for texts `predicate` says the heuristics cannot decide."""
    if predicate not in _NEEDS_MODEL:
        _NEEDS_MODEL.append(predicate)


def needs_model(text: str) -> bool:
    if not _NEEDS_MODEL or os.environ.get("POSTLINT_NER") == "always":
        return True
    return any(p(text) for p in _NEEDS_MODEL)


def entities(texts: list[str]) -> list[list[tuple[int, int, str]]] | None:
    """(start, end, label) character offsets of the entities of each text; None without a model. Texts the
    heuristics decide (see `register_need`) get no entities, and when all do the model is not loaded."""
    todo = [i for i, t in enumerate(texts) if needs_model(t)]
    out: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    if not todo:
        return out
    nlp = french_ner()
    if nlp is None:
        return None
    # a small batch keeps memory flat (the default batch of 1000 costs ~2 GB on posts)
    for i, doc in zip(todo, nlp.pipe([texts[i] for i in todo], batch_size=64)):
        out[i] = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    return out
