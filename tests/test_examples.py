"""The bundled examples behave as examples/README.md says: good drafts are clean, each bad draft shows its
category."""
import json
import re

from conftest import ROOT, run_cli


def test_examples_match_their_readme():
    report = json.loads(run_cli("check", "--no-cache", "--format", "json", ".", cwd=ROOT / "examples").stdout)
    by_file = {f["path"].removeprefix("./"): f for f in report["files"]}
    table = (ROOT / "examples" / "README.md").read_text(encoding="utf-8")
    bad = dict(re.findall(r"^\| `([\w/.-]+\.md)` \| `([\w-]+)` \|", table, re.M))
    good = re.findall(r"^\| `([\w/.-]*good-[\w.-]+\.md)` \|", table, re.M)
    assert len(set(bad.values())) == 12 and len(good) >= 8
    for n in good:
        assert by_file[n]["findings"] == [], n
    for n, cat in bad.items():
        assert cat in {f["category"] for f in by_file[n]["findings"]}, n
