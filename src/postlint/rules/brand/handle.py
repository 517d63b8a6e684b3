"""What it checks: @mentions that are one or two edits away from one of `organization.handles`
("@ubuntu_peers" for "@UbuntuPeers", "@act_alliance" for "@actalliance"). Handles compare without
regard to case, so "@ubuntupeers" is the official handle. Unrelated handles ("@MRA_Nigeria") are fine.
Why: a misspelt handle tags someone else — possibly an impostor account — instead of the organisation
(« L'élaboration d'une politique en matière de médias sociaux » and the ACT Alliance social media policy:
official messages go through official accounts).
Fix safety: unsafe (suggestion only) — the near handle may be a real, different account."""
from __future__ import annotations

from postlint.core.rule import Context, Edit, Fix, rule
from postlint.document.model import Document
from postlint.rules.brand._spelling import SOURCE_BRAND, derived, distance


def _allowed(length: int) -> int:
    return 2 if length >= 8 else 1 if length >= 4 else 0


_SEPARATORS = str.maketrans("", "", "_.-")


def _plain(h: str) -> str:
    return h.translate(_SEPARATORS)


@rule("brand.handle", severity="warning",
      summary="An @handle one or two edits away from an official handle (config organization.handles)",
      source=SOURCE_BRAND, fix="sometimes",
      examples={"fail": ("tag @ubuntu_peers", "merci à @act_aliance"), "pass": ("tag @UbuntuPeers", "@MRA_Nigeria")})
def brand_handle(doc: Document, ctx: Context):
    handles = ctx.organization.get("handles") or {}
    official = {p: h if h.startswith("@") else "@" + h for p, h in handles.items() if isinstance(h, str) and h.strip()}
    if not official:
        return
    keys = {h[1:].casefold(): h for h in official.values()}
    preferred = [official[p] for p in doc.meta.platforms if p in official]
    for token in doc.mentions:
        name = token.name.casefold()
        if name in keys:
            continue
        if any(derived(_plain(name), _plain(key)) for key in keys):
            continue  # @SahelSanteML, @MSF_Mali: the official handle plus a country or programme: another account
        best, best_d = None, 99
        for key, handle in keys.items():
            d = 1 if _plain(name) == _plain(key) else distance(name, key, 2)
            if d < best_d:
                best, best_d = handle, d
        if best is None or best_d > _allowed(len(best) - 1) or best_d * 3 > len(best) - 1:
            continue
        if preferred and distance(name, preferred[0][1:].casefold(), 2) <= best_d:
            best = preferred[0]
        yield ctx.finding(token.span, ctx.msg(
            fr="« {t} » ressemble au compte officiel « {h} » : vérifiez le nom du compte (une faute tague quelqu'un "
               "d'autre).",
            en="'{t}' looks like the official account '{h}': check the handle (a typo tags someone else).",
            t=token.text, h=best), suggestions=[best],
            fix=Fix((Edit(token.span, best),), "unsafe", ctx.msg(fr="écrire {h}", en="write {h}", h=best)))


RULES = [brand_handle]
