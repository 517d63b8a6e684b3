"""The GitHub Action (action.yml) and the copy-paste workflow: valid YAML, documented inputs, and the
action's shell steps run for real on a throw-away git repository."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
WORKFLOW = yaml.safe_load((ROOT / "examples" / "workflows" / "postlint.yml").read_text(encoding="utf-8"))
STEPS = {s["name"]: s for s in ACTION["runs"]["steps"]}
HOUSE_RULES = """\
rules:
  - id: tone.action-test-term
    kind: terms
    summary: test term
    message: {fr: "« {match} »", en: "'{match}'"}
    terms:
      - avoid: [toxicomanes]
        prefer: [personnes qui consomment des drogues]
"""


def test_action_metadata_is_complete():
    assert ACTION["runs"]["using"] == "composite"
    assert ACTION["name"] and ACTION["description"]
    for name, spec in ACTION["inputs"].items():
        assert spec.get("description"), name
        assert "default" in spec and isinstance(spec["default"], str), name
    for step in ACTION["runs"]["steps"]:
        assert ("run" in step) != ("uses" in step), step["name"]
        if "run" in step:
            assert step["shell"] == "bash", step["name"]
            # inputs reach scripts through env, never pasted into the script (script injection)
            assert "${{" not in step["run"], step["name"]
    uses = [s["uses"] for s in ACTION["runs"]["steps"] if "uses" in s]
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
    referenced = set(re.findall(r"inputs\.([a-z-]+)", (ROOT / "action.yml").read_text(encoding="utf-8")))
    assert referenced <= set(ACTION["inputs"])
    assert referenced == set(ACTION["inputs"])  # every input is used


def test_workflow_is_valid_and_uses_documented_inputs():
    triggers = WORKFLOW.get("on", WORKFLOW.get(True))  # YAML 1.1 reads a bare `on` as true
    assert "pull_request" in triggers
    assert WORKFLOW["permissions"]["security-events"] == "write"
    [job] = WORKFLOW["jobs"].values()
    steps = job["steps"]
    assert steps[0]["uses"].startswith("actions/checkout@")
    ours = [s for s in steps if "postlint" in s.get("uses", "")]
    assert len(ours) == 1
    assert set(ours[0]["with"]) <= set(ACTION["inputs"])
    commented = re.findall(r"^\s+#\s*([a-z-]+):", (ROOT / "examples/workflows/postlint.yml").read_text(), re.M)
    assert set(commented) <= set(ACTION["inputs"])


def test_inputs_are_documented():
    docs = (ROOT / "docs" / "review.md").read_text(encoding="utf-8")
    for name in ACTION["inputs"]:
        assert f"`{name}`" in docs, name


def _script(step: str) -> str:
    return STEPS[step]["run"]


def test_scripts_parse_in_bash():
    for step in ACTION["runs"]["steps"]:
        if "run" in step:
            proc = subprocess.run(["bash", "-n"], input=step["run"], capture_output=True, text=True)
            assert proc.returncode == 0, (step["name"], proc.stderr)


def _git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_SYSTEM": os.devnull}
    return subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True).stdout


def _outputs(path: Path) -> dict[str, str]:
    return dict(line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)


@pytest.fixture
def repo(tmp_path):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    (repo / "drafts").mkdir(parents=True)
    (repo / "rules.yaml").write_text(HOUSE_RULES, encoding="utf-8")
    (repo / ".postlint.yaml").write_text("lang: fr\nrule_paths: [rules.yaml]\n", encoding="utf-8")
    (repo / "drafts" / "old.md").write_text("Texte ancien.\n", encoding="utf-8")
    (repo / "drafts" / "gone.md").write_text("À supprimer.\n", encoding="utf-8")
    (repo / "drafts" / "same.md").write_text("Les toxicomanes, inchangé.\n", encoding="utf-8")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "base")
    base = _git(repo, "rev-parse", "HEAD").strip()
    (repo / "drafts" / "old.md").write_text("Texte modifié : les toxicomanes.\n", encoding="utf-8")
    (repo / "drafts" / "new post.md").write_text("Nouveau texte, sans problème.\n", encoding="utf-8")
    (repo / "drafts" / "~$lock.docx").write_bytes(b"lock")
    (repo / "drafts" / "script.py").write_text("print()\n", encoding="utf-8")
    (repo / "README.md").write_text("Hors des brouillons : les toxicomanes.\n", encoding="utf-8")
    (repo / "drafts" / "gone.md").unlink()
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "pull request")
    return repo, base


def _run(repo: Path, step: str, env: dict) -> subprocess.CompletedProcess:
    full = {**os.environ, **env}
    return subprocess.run(["bash", "-c", _script(step)], cwd=repo, env=full, capture_output=True, text=True,
                          timeout=300)


def test_changed_drafts_of_a_pull_request(repo, tmp_path):
    repo, base = repo
    out = tmp_path / "out.txt"
    env = {"INPUT_PATHS": "drafts", "CHANGED_ONLY": "true", "EVENT_NAME": "pull_request", "BASE_SHA": base,
           "LIST_FILE": str(tmp_path / "list.txt"), "GITHUB_OUTPUT": str(out)}
    proc = _run(repo, "List the drafts to check", env)
    assert proc.returncode == 0, proc.stderr
    outputs = _outputs(out)
    assert outputs["mode"] == "changed" and outputs["count"] == "2"
    assert (tmp_path / "list.txt").read_text().splitlines() == ["drafts/new post.md", "drafts/old.md"]
    # outside a pull request, or with changed-only false: the paths themselves
    out.write_text("")
    proc = _run(repo, "List the drafts to check", {**env, "EVENT_NAME": "push"})
    assert proc.returncode == 0 and _outputs(out)["mode"] == "all"
    assert (tmp_path / "list.txt").read_text().splitlines() == ["drafts"]


def test_check_step_writes_sarif_summary_and_exit_code(repo, tmp_path):
    repo, base = repo
    (tmp_path / "list.txt").write_text("drafts/new post.md\ndrafts/old.md\n", encoding="utf-8")
    out, summary = tmp_path / "out.txt", tmp_path / "summary.md"
    env = {"LIST_FILE": str(tmp_path / "list.txt"), "CONFIG": "", "FAIL_ON": "warning", "SARIF_FILE": "postlint.sarif",
           "SUMMARY": "true", "EXTRA_ARGS": "--select tone.action-test-term --no-cache", "HTML_REPORT": "report.html",
           "GITHUB_OUTPUT": str(out), "GITHUB_STEP_SUMMARY": str(summary)}
    proc = _run(repo, "Check the drafts", env)
    assert proc.returncode == 0, proc.stderr
    outputs = _outputs(out)
    assert outputs["exit-code"] == "1"
    assert outputs["sarif-file"] == "postlint.sarif" and outputs["html-report"] == "report.html"
    sarif = json.loads((repo / "postlint.sarif").read_text(encoding="utf-8"))
    results = sarif["runs"][0]["results"]
    assert sarif["version"] == "2.1.0" and [r["ruleId"] for r in results] == ["tone.action-test-term"]
    assert results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "drafts/old.md"
    assert "`tone.action-test-term`" in summary.read_text(encoding="utf-8")
    assert "toxicomanes" in (repo / "report.html").read_text(encoding="utf-8")
    fail = subprocess.run(["bash", "-c", _script("Fail on findings")], env={**os.environ, "CODE": "1"},
                          capture_output=True, text=True)
    assert fail.returncode == 1 and "::error" in fail.stdout


@pytest.mark.parametrize("fail_on, code, expected", [("never", 1, "0"), ("never", 2, "2"), ("error", 1, "1")])
def test_fail_on_never_only_annotates(tmp_path, fail_on, code, expected):
    """The exit-code logic, with a stand-in `postlint` (the real one is exercised above)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "postlint"
    fake.write_text(f"#!/bin/sh\necho \"$@\" >> {tmp_path}/calls.txt\necho '{{}}' > {tmp_path}/x.sarif\nexit {code}\n")
    fake.chmod(0o755)
    (tmp_path / "list.txt").write_text("a.md\n", encoding="utf-8")
    out = tmp_path / "out.txt"
    env = {"PATH": f"{bin_dir}:{os.environ['PATH']}", "LIST_FILE": str(tmp_path / "list.txt"), "CONFIG": "c.yaml",
           "FAIL_ON": fail_on, "SARIF_FILE": str(tmp_path / "x.sarif"), "SUMMARY": "false", "EXTRA_ARGS": "",
           "HTML_REPORT": "", "GITHUB_OUTPUT": str(out), "GITHUB_STEP_SUMMARY": str(tmp_path / "s.md")}
    proc = _run(tmp_path, "Check the drafts", env)
    assert proc.returncode == 0, proc.stderr
    assert _outputs(out)["exit-code"] == expected
    calls = (tmp_path / "calls.txt").read_text().splitlines()
    assert calls == [f"check --config c.yaml --fail-on {'error' if fail_on == 'never' else fail_on} --format sarif "
                     f"--output {tmp_path}/x.sarif -- a.md"]
