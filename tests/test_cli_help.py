"""The first commands a new user types: top-level help, bare `postlint`, every command's `--help`, and
`check` with no path. Run through the real console entry (`[project.scripts]`) in a fresh process: a
module the entry forgets to import (`importlib.util` once) only shows there, not inside pytest, where
something else has imported it already."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import click
import pytest

from conftest import run_cli

# The console script as pip installs it, started in a fresh interpreter with nothing preloaded (-I: no
# user site, no PYTHONPATH side effects; -S would also drop the editable install's path hook).
ENTRY = ("import importlib.metadata as m, sys; "
         "ep = [e for e in m.entry_points(group='console_scripts') if e.name == 'postlint'][0]; "
         "sys.argv[0] = 'postlint'; ep.load()()")


def run_entry(*args: str, cwd=None, stdin=subprocess.DEVNULL) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("POSTLINT_DEBUG", None)
    return subprocess.run([sys.executable, "-I", "-c", ENTRY, *args], cwd=cwd, capture_output=True, text=True,
                          env=env, timeout=120, stdin=stdin)


def test_the_console_entry_is_start_main():
    import importlib.metadata as m

    eps = [e for e in m.entry_points(group="console_scripts") if e.name == "postlint"]
    assert [e.value for e in eps] == ["postlint.cli.start:main"]


@pytest.mark.parametrize("args", [("--help",), ("-h",), ()])
def test_top_level_help_works_through_the_real_entry(args):
    p = run_entry(*args)
    # click ≥ 8.2 answers a bare group with its usage and exit 2; older versions with exit 0: both are help
    assert p.returncode in ((0,) if args else (0, 2)), p.stderr
    out = p.stdout + p.stderr
    assert "internal error" not in out and "Traceback" not in out
    assert "Usage: postlint" in out
    for name in ("check", "explain", "init", "rules", "strip-metadata"):
        assert name in out, name


def _walk(group: click.Group, ctx: click.Context, prefix: tuple[str, ...]):
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        assert cmd is not None, f"{' '.join(prefix + (name,))} is listed but cannot be loaded"
        yield prefix + (name,)
        if isinstance(cmd, click.Group):
            yield from _walk(cmd, click.Context(cmd, info_name=name, parent=ctx), prefix + (name,))


def all_commands() -> list[tuple[str, ...]]:
    from postlint.cli import main

    return list(_walk(main, click.Context(main, info_name="postlint"), ()))


def test_the_walk_finds_every_command():
    names = {c[0] for c in all_commands()}
    assert {"check", "rules", "explain", "init", "strip-metadata", "serve", "docs"} <= names


@pytest.mark.parametrize("command", all_commands(), ids=" ".join)
def test_every_command_help_exits_0(command):
    from click.testing import CliRunner

    from postlint.cli import main

    result = CliRunner().invoke(main, [*command, "--help"], prog_name="postlint", catch_exceptions=False)
    assert result.exit_code == 0, (command, result.output)
    assert f"Usage: postlint {' '.join(command)}" in result.output


@pytest.mark.parametrize("command", [c for c in all_commands() if len(c) == 1], ids=" ".join)
def test_every_command_takes_dash_h_in_a_real_process(command):
    # in a fresh process: click keeps a command's help option once made, so a test that invoked the
    # command on its own (without the group's `-h`) would hide the answer a user gets
    p = run_entry(*command, "-h")
    assert p.returncode == 0, p.stderr
    assert f"Usage: postlint {' '.join(command)}" in p.stdout


def test_check_help_through_the_real_entry_names_the_default_path():
    p = run_entry("check", "--help")
    assert p.returncode == 0, p.stderr
    assert 'no path checks "."' in p.stdout


@pytest.fixture
def drafts(tmp_path):
    (tmp_path / ".postlint.yaml").write_text("{}\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("Les toxicomanes du quartier.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("Merci aux bénévoles de la maraude de samedi.\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("stdin", [b"", b"Merci.\n"])
def test_check_without_a_path_checks_the_folder_not_stdin(drafts, stdin):
    # stdin is a pipe here, as in CI, cron or a `pass_filenames: false` hook: it is not read
    p = run_cli("check", "--no-cache", "--format", "json", cwd=drafts, input=stdin)
    report = json.loads(p.stdout)
    assert sorted(os.path.basename(f["path"]) for f in report["files"]) == ["a.md", "b.md"]
    assert p.returncode == 1


def test_check_without_a_path_with_stdin_closed(drafts):
    p = run_entry("check", "--no-cache", cwd=drafts)
    assert p.returncode == 1, p.stdout + p.stderr
    assert "a.md:1:" in p.stdout and "2 file" in p.stdout


def test_dash_still_reads_stdin(drafts):
    p = run_cli("check", "--no-cache", "--format", "json", "-", cwd=drafts, input="Les toxicomanes du quartier.\n")
    report = json.loads(p.stdout)
    assert [f["path"] for f in report["files"]] == ["-"]
    assert p.returncode == 1


def test_an_unknown_command_answers_with_a_hint_that_works():
    p = run_entry("chek")
    assert p.returncode == 2 and "No such command 'chek'" in p.stderr and "internal error" not in p.stderr
    hint = "postlint --help" if "postlint --help" in p.stderr else "postlint -h"
    assert hint in p.stderr
    assert run_entry(*hint.split()[1:]).returncode == 0
