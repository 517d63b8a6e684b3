"""Data-driven rule tests (sqlfluff style): every `cases/*.yaml` file holds cases for one rule.

```yaml
rule: hashtags.count
cases:
  too_many:
    draft: |          # may carry front matter
      #a #b #c #d
    config: {rules: {hashtags.count: {max: 3}}}   # optional .postlint.yaml content
    options: {lang: fr}                            # optional run options (lang, type, platforms, today)
    expect:                                        # findings of this rule; keys compared if given
      - {line: 1, text: "#d", severity: warning}
    fixed: |                                       # optional: the draft after safe fixes
      ...
    files:                                         # optional: files beside the draft (images it names)
      img/gps.jpg: {jpeg: {gps: true}}             # a real JPEG; EXIF: camera make/model/date, plus a GPS
      img/owner.jpg: {jpeg: {owner: Awa Diallo, serial: SN1}}   # position, owner name, serial number if asked
      img/broken.jpg: {text: "not an image"}       # a file with this text
  fine:
    draft: "#a #b"
    expect: []
```
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

CASES = Path(__file__).parent / "cases"


def _load():
    for f in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        for name, case in (data.get("cases") or {}).items():
            yield pytest.param(data["rule"], case, id=f"{f.stem}::{name}")


def _write_files(folder: Path, files: dict) -> None:
    from postlint.dev.examples import GPS_DAKAR, make_jpeg

    for rel, spec in files.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if "jpeg" in spec:
            jpeg = spec["jpeg"] or {}
            make_jpeg(path, gps=GPS_DAKAR if jpeg.get("gps") else None, owner=jpeg.get("owner"),
                      serial=jpeg.get("serial"))
        elif "text" in spec:
            path.write_text(spec["text"], encoding="utf-8")
        else:
            raise ValueError(f"files: {rel}: expected `jpeg:` or `text:`, got {spec!r}")


@pytest.mark.parametrize("rule_id,case", list(_load()))
def test_rule_case(rule_id, case, lint, tmp_path):
    from postlint.engine.fixes import apply_edits, safe_edits

    if case.get("files"):
        _write_files(tmp_path / "case", case["files"])  # the folder where the `lint` fixture writes the draft
    opts = dict(case.get("options") or {})
    if "today" in opts:
        opts["today"] = date.fromisoformat(str(opts["today"]))
    if "platforms" in opts:
        opts["platforms"] = tuple(opts["platforms"])
    result = lint(case["draft"], name=case.get("name", "draft.md"), config=case.get("config"), **opts)
    assert result.error is None, result.error
    assert not result.internal_errors, result.internal_errors
    found = [f for f in result.findings if f.rule == rule_id]
    expect = case.get("expect") or []
    got = [dict(result.finding_dict(f)) for f in found]
    assert len(found) == len(expect), f"expected {len(expect)} finding(s) of {rule_id}, got {got}"
    for exp, g in zip(expect, got):
        for key, value in exp.items():
            if key == "message_contains":
                assert value.lower() in g["message"].lower(), g
            elif key == "suggestions_contain":
                assert value in g["suggestions"], g
            else:
                assert g.get(key) == value, f"{key}: expected {value!r}, got {g.get(key)!r} in {g}"
    if "fixed" in case:
        fixed = apply_edits(result.doc.source, safe_edits(result.doc, result.findings))
        assert fixed == case["fixed"]
