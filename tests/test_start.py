"""The process entry (`postlint.cli.start`): it ends with `os._exit`, so these run it as a real process and
check that nothing is lost on the way out — every byte of a long report, the exit status, files written."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT, run_cli
from postlint.cli.start import exit_status


@pytest.mark.parametrize("code, status", [(None, 0), (0, 0), (1, 1), (2, 2), (130, 130), ("boom", 1)])
def test_status_is_what_sys_exit_would_give(code, status, capsys):
    assert exit_status(code) == status
    assert capsys.readouterr().err == ("boom\n" if code == "boom" else "")


def test_a_long_report_reaches_the_pipe_whole(tmp_path):
    # far more than a pipe's 64 KiB buffer, so most of it is still to be written when the CLI returns
    for i in range(60):
        (tmp_path / f"d{i:02}.md").write_text("Les toxicomanes et les camés du quartier. #a #b #c #d #e #f\n" * 8,
                                              encoding="utf-8")
    p = run_cli("check", "--no-cache", "--format", "json", str(tmp_path))
    assert p.returncode == 1, p.stderr
    assert len(p.stdout_bytes) > 100_000
    report = json.loads(p.stdout)
    assert len(report["files"]) == 60


def test_exit_statuses_and_stderr_survive(tmp_path):
    good = tmp_path / "good.md"
    good.write_text("Merci aux bénévoles de la maraude de samedi.\n", encoding="utf-8")
    assert run_cli("check", "--no-cache", str(good)).returncode == 0
    p = run_cli("check", "--no-cache", str(tmp_path / "missing.md"))
    assert p.returncode == 2 and "missing.md" in p.stdout + p.stderr


def test_fix_is_on_disk_when_the_process_ends(tmp_path):
    (tmp_path / ".postlint.yaml").write_text(f"rule_paths: [{ROOT / 'tests' / 'data' / 'rules'}]\n",
                                             encoding="utf-8")
    draft = tmp_path / "d.md"
    draft.write_text("Un foobar ici.\n", encoding="utf-8")
    p = run_cli("check", "--no-cache", "--fix", "d.md", cwd=tmp_path)
    assert "1 fix(es) applied" in p.stdout, p.stdout + p.stderr
    assert draft.read_text(encoding="utf-8") == "Un bazqux ici.\n"


def test_a_closed_pipe_is_not_a_traceback(tmp_path):
    for i in range(60):
        (tmp_path / f"d{i:02}.md").write_text("Les toxicomanes du quartier.\n" * 20, encoding="utf-8")
    cmd = f"{sys.executable} -m postlint check --no-cache {tmp_path} | head -c 100 > /dev/null"
    p = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert "Traceback" not in p.stderr
