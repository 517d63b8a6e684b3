"""The rules a draft gets: which configured selectors name which rules, and each active rule's severity
and options (the command line's `--select`/`--ignore` over the config's `rules:`, the most specific
selector winning).

The configuration itself (discovery, reading, validation) is `postlint.engine.config`.
"""
from __future__ import annotations

from typing import Any

from msgspec import Struct

from postlint.core.errors import ConfigError
from postlint.engine.config import Settings


def check_rules(settings: Settings, registry) -> None:
    """Every selector in the config names a rule, and every option fits the rule's schema."""
    all_settings = list(settings.rules) + [r for ov in settings.overrides for r in ov.get("_rules", ())]
    for rs in all_settings:
        matched = rules_named(rs.selector, registry, "rules", rs.origin, rs.line)
        if rs.options:
            for name, value in rs.options.items():
                target = [r for r in matched if name in r.options]
                if not target:
                    known = sorted({o for r in matched for o in r.options})
                    raise ConfigError(f"rules.{rs.selector}: unknown option {name!r} "
                                      f"(known: {', '.join(known) if known else 'none'})", rs.origin, rs.line)
                for r in target:
                    problem = r.options[name].validate(value)
                    if problem:
                        raise ConfigError(f"rules.{rs.selector}.{name}: {problem}", rs.origin, rs.line)


def rules_named(selector: str, registry, where: str, path: str | None = None, line: int | None = None) -> list:
    """The rules a selector names; none is a ConfigError naming `where` (a config key or a command-line
    option), with the closest ids as a hint."""
    matched = registry.matches(selector)
    if not matched:
        close = _close_ids(selector, registry)
        hint = f"did you mean {', '.join(close)}?" if close else "run `postlint rules` for the list"
        raise ConfigError(f"{where}: unknown rule or category {selector!r}", path, line, hint)
    return matched


def _close_ids(selector: str, registry) -> list[str]:
    import difflib

    names = [r.id for r in registry] + sorted({r.category for r in registry})
    return difflib.get_close_matches(selector, names, n=3, cutoff=0.6)


class ActiveRule(Struct, frozen=True):
    rule: Any
    severity: str
    options: dict[str, Any]
    severity_set: bool


def _specificity(selector: str, r) -> int:
    if selector == r.id or selector in r.aliases:
        return 3
    if selector == r.category:
        return 1
    return 2  # prefix


def _selected(selectors: tuple[str, ...], r) -> bool:
    return any(s == r.id or s == r.category or r.id.startswith(s + ".") or (s.count(".") and r.id.startswith(s))
               or s in r.aliases for s in selectors)


def active_rules(settings: Settings, registry, doc) -> list[ActiveRule]:
    """The rules that run on `doc`, with their effective severity and options."""
    if not (settings.force_type or settings.type or "type" in doc.front_matter):
        from postlint.document.genre import detect  # only drafts whose type nothing declares

        doc.meta.type = detect(doc, settings.today).type  # each structure rule then runs only on the genres it fits
    disabled_fm = doc.meta.disable
    return [ar for ar in _configured(settings, registry)
            if not (disabled_fm and _selected(disabled_fm, ar.rule)) and ar.rule.applies_to(doc)]


# (settings, registry) → the rules they enable; every file of a run shares one or a few settings, so the
# selector matching is done once per settings, not once per file. Both objects are kept in the entry so
# their ids cannot be reused while it lives.
_CONFIGURED: dict[tuple, tuple[Settings, Any, list[ActiveRule]]] = {}


def _configured(settings: Settings, registry) -> list[ActiveRule]:
    key = (id(settings), id(registry), tuple(map(id, registry)))  # a registry may gain or swap rules
    hit = _CONFIGURED.get(key)
    if hit is not None and hit[0] is settings and hit[1] is registry:
        return hit[2]
    out = _enabled_rules(settings, registry)
    if len(_CONFIGURED) > 64:
        _CONFIGURED.clear()
    _CONFIGURED[key] = (settings, registry, out)
    return out


def _enabled_rules(settings: Settings, registry) -> list[ActiveRule]:
    out = []
    for r in registry:
        enabled = r.enabled_by_default
        severity = r.severity
        severity_set = False
        options = {name: o.default for name, o in r.options.items()}
        for rs in sorted((rs for rs in settings.rules if _selected((rs.selector,), r)),
                         key=lambda rs: _specificity(rs.selector, r)):
            if rs.enabled is not None:
                enabled = rs.enabled
            if rs.severity:
                severity, severity_set = rs.severity, True
            options.update({k: v for k, v in rs.options.items() if k in r.options})
        if settings.select:
            enabled = _selected(settings.select, r)
        if settings.ignore and _selected(settings.ignore, r):
            enabled = False
        if enabled:
            out.append(ActiveRule(r, severity, options, severity_set))
    return out
