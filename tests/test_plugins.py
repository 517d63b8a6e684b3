"""Third-party rules through the `postlint.rules` entry-point group, as an installed package would."""
from __future__ import annotations

import json
from pathlib import Path

from conftest import run_cli

PLUGIN = '''
from postlint.core.rule import rule


@rule("tone.acme-no-synergy", summary="Acme house style: no 'synergy'", severity="warning")
def no_synergy(doc, ctx):
    i = doc.prose.lower().find("synergy")
    if i >= 0:
        from postlint.core.spans import Span
        yield ctx.finding(Span(i, i + 7), ctx.msg(fr="Pas de « synergy ».", en="Avoid 'synergy'."))


def rules():
    return [no_synergy]
'''


def make_dist(site: Path, name: str, module_src: str, target: str) -> None:
    site.mkdir(parents=True, exist_ok=True)
    (site / f"{name}.py").write_text(module_src, encoding="utf-8")
    info = site / f"{name}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[postlint.rules]\n{name} = {target}\n", encoding="utf-8")


def test_plugin_rules_are_loaded_and_run(tmp_path):
    site = tmp_path / "site"
    make_dist(site, "acme_rules", PLUGIN, "acme_rules:rules")
    env = {"PYTHONPATH": str(site)}
    listed = json.loads(run_cli("rules", "--format", "json", env=env).stdout)
    acme = [r for r in listed if r["id"] == "tone.acme-no-synergy"]
    assert acme and acme[0]["origin"].startswith("plugin:acme_rules")
    (tmp_path / "d.md").write_text("Great synergy today.\n", encoding="utf-8")
    (tmp_path / ".postlint.yaml").write_text("{}\n", encoding="utf-8")
    p = run_cli("check", "--format", "json", "--select", "tone.acme-no-synergy", "d.md", cwd=tmp_path, env=env)
    f = json.loads(p.stdout)["files"][0]["findings"]
    assert [(x["rule"], x["text"], x["column"]) for x in f] == [("tone.acme-no-synergy", "synergy", 7)]


def test_broken_plugin_is_a_clear_error(tmp_path):
    site = tmp_path / "site"
    make_dist(site, "broken_rules", "raise ImportError('missing dependency foo')\n", "broken_rules:rules")
    (tmp_path / "d.md").write_text("x\n", encoding="utf-8")
    p = run_cli("check", "d.md", cwd=tmp_path, env={"PYTHONPATH": str(site)})
    assert p.returncode == 2
    assert "plugin broken_rules" in p.stdout + p.stderr and "missing dependency foo" in p.stdout + p.stderr
    assert "Traceback" not in p.stderr


def test_crashing_rule_is_an_internal_error_for_that_file_only(tmp_path):
    crash = PLUGIN.replace('i = doc.prose.lower().find("synergy")', 'i = 1 // 0 if "boom" in doc.source else -1')
    site = tmp_path / "site"
    make_dist(site, "crashy", crash, "crashy:rules")
    (tmp_path / ".postlint.yaml").write_text("{}\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("boom\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("fine\n", encoding="utf-8")
    p = run_cli("check", "--format", "json", "a.md", "b.md", cwd=tmp_path, env={"PYTHONPATH": str(site)})
    files = {f["path"]: f for f in json.loads(p.stdout)["files"]}
    assert "tone.acme-no-synergy" in files["a.md"]["internal_errors"][0]
    assert "ZeroDivisionError" in files["a.md"]["internal_errors"][0]
    assert "internal_errors" not in files["b.md"]
    assert p.returncode == 2 and "Traceback" not in p.stderr


def test_plugin_installed_or_removed_after_a_run_is_seen(tmp_path):
    """The entry points are saved between runs under the sys.path folders' times: installing or removing a
    distribution changes its folder, so the next run scans again."""
    site = tmp_path / "site"
    site.mkdir()
    env = {"PYTHONPATH": str(site)}

    def ids():
        return {r["id"] for r in json.loads(run_cli("rules", "--format", "json", env=env).stdout)}

    assert "tone.acme-no-synergy" not in ids()  # saves an empty list for this sys.path
    make_dist(site, "acme_rules", PLUGIN, "acme_rules:rules")
    assert "tone.acme-no-synergy" in ids()
    import shutil

    shutil.rmtree(site / "acme_rules-0.1.dist-info")
    assert "tone.acme-no-synergy" not in ids()
