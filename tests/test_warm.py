"""`postlint check --warm` (postlint.cli.warm_client / warm_server): a warm process answers exactly as an
in-process run, falls back silently, never serves stale code, leaves when idle, and never starts under CI.

The warm processes here run from a copy of the package (`frozen`), as the bench does: other work editing the
tree meanwhile would make a warm process stale (by design) and the tests would measure that instead. Every
warm process a test starts is stopped by its fixture, whatever the test's outcome (CI runs the suite)."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from postlint.cli import warm_client, warm_state

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(os.name != "posix" or not hasattr(os, "fork"), reason="Unix sockets and fork")

DRAFT = "---\nlang: fr\n---\nLes toxicomanes du quartier !!! Ousmane, 6 ans, dort au centre d'accueil de Kayes.\n"
CLEAN = "Merci aux bénévoles de la maraude de samedi.\n"


def _copy_tree(dest: Path) -> Path:
    # copy2 keeps modification times, so the copied __pycache__ stays valid: no process recompiles
    for name in ("src", "rules", "wordlists"):
        shutil.copytree(ROOT / name, dest / name, symlinks=True)
    shutil.copy2(ROOT / "pyproject.toml", dest / "pyproject.toml")
    # a warm process does not trust files changed (their ctime: the copy's time) less than 2 s before it started
    time.sleep(warm_state.RACY + 0.1)
    return dest


@pytest.fixture(scope="module")
def frozen():
    d = Path(tempfile.mkdtemp(prefix="pwf"))
    yield _copy_tree(d)
    shutil.rmtree(d, ignore_errors=True)


class Runtime:
    """A private runtime folder (short: socket paths hold ~100 bytes) and the environment of the runs."""

    def __init__(self, frozen: Path, work: Path):
        self.base = Path(tempfile.mkdtemp(prefix="pw"))
        self.folder = self.base / "postlint"
        self.work = work
        self.log = work / "warm.log"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("POSTLINT_WARM", "COV_", "COVERAGE"))}
        self.env.pop("CI", None)
        self.env.pop("NO_COLOR", None)
        # a busy machine must not turn a warm run into an in-process one (both answer the same: the log says which)
        self.env.update(XDG_RUNTIME_DIR=str(self.base), PYTHONPATH=str(frozen / "src"),
                        POSTLINT_WARM_LOG=str(self.log), POSTLINT_WARM_TIMEOUT="10")

    def run(self, *args: str, warm: bool = True, env: dict | None = None, input: bytes | None = None):
        e = {**self.env, "POSTLINT_WARM": "1" if warm else "0", **(env or {})}
        return subprocess.run([sys.executable, "-m", "postlint", *args], cwd=self.work, env=e, input=input,
                              capture_output=True, timeout=120)

    def pids(self) -> list[int]:
        out = []
        for p in self.folder.glob("*.pid") if self.folder.is_dir() else []:
            try:
                out.append(int(p.read_text()))
            except (OSError, ValueError):
                pass
        return out

    def sockets(self) -> list[Path]:
        return sorted(self.folder.glob("*.sock")) if self.folder.is_dir() else []

    def wait_ready(self, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while not self.sockets():
            assert time.monotonic() < deadline, "no warm process came up: " + (
                self.log.read_text() if self.log.exists() else "")
            time.sleep(0.05)

    def served(self) -> list[str]:
        lines = self.log.read_text().split("\n")[:-1] if self.log.exists() else []
        return [x for x in lines if not x.startswith("server: ")]

    def close(self) -> None:
        warm_client.stop(str(self.folder), wait=2) if self.folder.is_dir() else None
        for pid in self.pids():
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        shutil.rmtree(self.base, ignore_errors=True)


@pytest.fixture
def runtime(frozen, tmp_path):
    rt = Runtime(frozen, tmp_path)
    yield rt
    rt.close()


@pytest.fixture
def warm(runtime):
    """A warm process, started the way a user starts one: by a first `--warm` run."""
    (runtime.work / "seed.md").write_text(CLEAN, encoding="utf-8")
    runtime.run("check", "--no-cache", "seed.md")
    runtime.wait_ready()
    return runtime


def test_flags_and_settings_choose_warm_mode():
    on, argv = {"POSTLINT_WARM": "1"}, ["postlint", "check", "a.md"]
    assert not warm_client.requested(argv, {})  # opt-in
    assert warm_client.requested(["postlint", "check", "--warm", "a.md"], {})
    assert warm_client.requested(argv, on)
    assert not warm_client.requested(["postlint", "check", "--warm", "--no-warm"], {})
    assert not warm_client.requested(["postlint", "check", "--warm"], {"POSTLINT_WARM": "0"})  # beats a hook's flag
    assert not warm_client.requested(["postlint", "check", "--warm"], {"CI": "true"})
    assert warm_client.requested(["postlint", "check", "--warm"], {"CI": "false"})
    assert not warm_client.requested(["postlint", "rules"], on)
    assert not warm_client.requested(["postlint", "check", "--", "--warm"], {})  # a file named --warm
    assert warm_client.without_flags(["postlint", "check", "--warm", "a.md", "--", "--warm"]) == \
        ["postlint", "check", "a.md", "--", "--warm"]


def test_socket_folder_is_private(tmp_path):
    base = tmp_path / "run"
    base.mkdir()
    folder = warm_client.runtime_dir({"XDG_RUNTIME_DIR": str(base)})
    assert folder == str(base / "postlint")
    assert os.stat(folder).st_mode & 0o777 == 0o700
    os.chmod(folder, 0o755)
    assert warm_client.runtime_dir({"XDG_RUNTIME_DIR": str(base)}) == folder
    assert os.stat(folder).st_mode & 0o777 == 0o700
    assert warm_client.runtime_dir({"XDG_CACHE_HOME": "relative"}) is None


def test_no_warm_process_means_the_run_in_process_then_one_starts(runtime):
    (runtime.work / "d.md").write_text(DRAFT, encoding="utf-8")
    first = runtime.run("check", "--no-cache", "d.md")
    plain = runtime.run("check", "--no-cache", "d.md", warm=False)
    assert (first.returncode, first.stdout, first.stderr) == (plain.returncode, plain.stdout, plain.stderr)
    assert first.returncode == 1 and b"toxicomanes" in first.stdout
    assert runtime.served() == ["in-process absent"]
    runtime.wait_ready()
    assert os.stat(runtime.folder).st_mode & 0o777 == 0o700
    assert all(os.stat(s).st_mode & 0o777 == 0o600 for s in runtime.sockets())


CASES = [
    ("text", ("check", "--no-cache", "d.md")),
    ("json", ("check", "--no-cache", "--format", "json", "d.md", "clean.md")),
    ("missing file", ("check", "--no-cache", "d.md", "missing.md")),
    ("clean", ("check", "--no-cache", "--quiet", "clean.md")),
    ("usage error", ("check", "--bogus")),
    ("stdin", ("check", "--no-cache", "--stdin-filename", "x.md", "-")),
    ("fix diff", ("check", "--no-cache", "--diff", "d.md")),
]


def test_a_warm_run_answers_exactly_as_in_process(warm):
    (warm.work / "d.md").write_text(DRAFT, encoding="utf-8")
    (warm.work / "clean.md").write_text(CLEAN, encoding="utf-8")
    warm.log.unlink(missing_ok=True)
    statuses = []
    for name, args in CASES:
        stdin = DRAFT.encode() if "-" in args else None
        hot = warm.run(*args, input=stdin)
        cold = warm.run(*args, input=stdin, warm=False)
        assert (hot.returncode, hot.stdout, hot.stderr) == (cold.returncode, cold.stdout, cold.stderr), name
        statuses.append(f"warm {cold.returncode}")
    assert warm.served() == statuses  # every one of them answered by the warm process
    assert {s.split()[1] for s in statuses} == {"0", "1", "2"}
    report = json.loads(warm.run(*CASES[1][1]).stdout)
    assert [f["path"] for f in report["files"]] == ["d.md", "clean.md"]


def test_the_warm_child_writes_files_in_the_callers_folder(warm):
    (warm.work / "d.md").write_text(DRAFT, encoding="utf-8")
    p = warm.run("check", "--no-cache", "--format", "json", "--output", "out/report.json", "d.md")
    assert p.returncode in (1, 2)
    p = warm.run("check", "--no-cache", "--format", "json", "--output", "report.json", "d.md")
    assert p.returncode == 1 and json.loads((warm.work / "report.json").read_text())["files"]
    assert warm.served()[-2:] == ["warm 2", "warm 1"]


def test_a_stale_warm_process_is_refused_and_leaves(runtime):
    # the organisation's config, read while warming up: what it loaded is watched like postlint's own files
    config = runtime.work / ".postlint.yaml"
    config.write_text('organization: {names: ["Réseau Kora"]}\n', encoding="utf-8")
    (runtime.work / "d.md").write_text(DRAFT + "Le reseau Kora vous remercie.\n", encoding="utf-8")
    time.sleep(warm_state.RACY + 0.1)
    runtime.run("check", "--no-cache", "d.md")
    runtime.wait_ready()
    pid = runtime.pids()[0]
    assert runtime.run("check", "--no-cache", "d.md").returncode == 1
    config.write_text('organization: {names: ["Réseau Kora"]}\nrules: {stigma: "off"}\n', encoding="utf-8")
    p = runtime.run("check", "--no-cache", "d.md")
    assert runtime.served()[-2:] == ["warm 1", "in-process stale"]
    plain = runtime.run("check", "--no-cache", "d.md", warm=False)
    assert (p.returncode, p.stdout, p.stderr) == (plain.returncode, plain.stdout, plain.stderr)
    deadline = time.monotonic() + 10
    while _alive(pid):
        assert time.monotonic() < deadline, "the stale warm process is still there"
        time.sleep(0.05)


def test_an_idle_warm_process_leaves(runtime):
    (runtime.work / "d.md").write_text(CLEAN, encoding="utf-8")
    runtime.run("check", "--no-cache", "d.md", env={"POSTLINT_WARM_IDLE": "1.5"})
    runtime.wait_ready()
    pid = runtime.pids()[0]
    deadline = time.monotonic() + 15
    while _alive(pid) or runtime.sockets():
        assert time.monotonic() < deadline, "the idle warm process is still there"
        time.sleep(0.05)


def test_stop_ends_the_warm_processes(warm):
    pid = warm.pids()[0]
    assert warm_client.stop(str(warm.folder)) == 1
    deadline = time.monotonic() + 10
    while _alive(pid):
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert not warm.sockets()


def test_nothing_starts_under_ci_or_when_switched_off(runtime):
    (runtime.work / "d.md").write_text(CLEAN, encoding="utf-8")
    runtime.run("check", "--no-cache", "d.md", env={"CI": "true"})
    runtime.run("check", "--no-cache", "--no-warm", "d.md")
    runtime.run("check", "--no-cache", "--warm", "d.md", env={"POSTLINT_WARM": "0"})
    time.sleep(1.0)
    assert not runtime.sockets() and not runtime.pids() and runtime.served() == []
    assert not runtime.folder.exists() or not any(runtime.folder.iterdir())


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    # a zombie is gone for our purposes (its parent, the test's subprocess, has exited)
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(") ")[-1][:1] != "Z"
    except OSError:
        return True


@pytest.mark.parametrize("answers, why", [
    ([], "refused"),  # accepts, then closes
    ([b"no stale\n"], "stale"),
    ([b"ok 1\n"], "not started"),  # took the run, then vanished before starting it
    ([b"ok 1\n", b"exit 70\n"], "not started"),
])
def test_the_client_runs_in_process_unless_the_child_has_started(tmp_path, monkeypatch, answers, why):
    import socket
    import threading

    base = Path(tempfile.mkdtemp(prefix="pwc"))
    try:
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(base))
        folder = warm_client.runtime_dir()
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(warm_client.socket_path(folder, warm_client.identity()))
        listener.listen(1)

        def serve():
            conn, _ = listener.accept()
            conn.settimeout(5)
            _msg, fds, _f, _a = socket.recv_fds(conn, 1 << 20, 3)
            for fd in fds:
                os.close(fd)
            try:
                for a in answers:
                    conn.sendall(a)
                    if a.startswith(b"ok"):
                        conn.recv(16)  # "go"
            except OSError:  # the client has gone: what is tested
                pass
            conn.close()

        t = threading.Thread(target=serve, daemon=True)
        t.start()
        # real standard streams, as the console script has (pytest replaces them)
        streams = [open(fd, mode, closefd=False) for fd, mode in ((0, "r"), (1, "w"), (2, "w"))]
        monkeypatch.setattr(sys, "stdin", streams[0])
        monkeypatch.setattr(sys, "stdout", streams[1])
        monkeypatch.setattr(sys, "stderr", streams[2])
        assert warm_client.run(["postlint", "check", "--warm", "x.md"]) is None
        assert warm_client.last_refusal == why
        t.join(5)
        listener.close()
        os.unlink(warm_client.socket_path(folder, warm_client.identity()))
        assert warm_client.run(["postlint", "check", "x.md"]) is None  # no socket at all
        assert warm_client.last_refusal == "absent"
    finally:
        shutil.rmtree(base, ignore_errors=True)


def test_the_warm_command_lists_and_stops(warm, monkeypatch):
    from click.testing import CliRunner

    from postlint.cli.warm import warm as command

    monkeypatch.setenv("XDG_RUNTIME_DIR", str(warm.base))
    pid = warm.pids()[0]
    assert f"warm process {pid}" in CliRunner().invoke(command, []).output
    assert CliRunner().invoke(command, ["--stop"]).output == "1 warm process(es) stopped.\n"
    assert CliRunner().invoke(command, []).output == "No warm process is running.\n"


def test_a_terminal_gets_the_same_colours(warm):
    (warm.work / "d.md").write_text(DRAFT, encoding="utf-8")

    def on_a_terminal(flag: str) -> tuple[int, bytes]:
        master, slave = os.openpty()
        e = {**warm.env, "POSTLINT_WARM": "1" if flag == "warm" else "0"}
        p = subprocess.Popen([sys.executable, "-m", "postlint", "check", "--no-cache", "d.md"], cwd=warm.work,
                             env=e, stdin=subprocess.DEVNULL, stdout=slave, stderr=slave)
        os.close(slave)
        out = b""
        while True:
            try:
                chunk = os.read(master, 1 << 16)
            except OSError:  # EIO: every copy of the terminal's other end is closed
                break
            if not chunk:
                break
            out += chunk
        os.close(master)
        return p.wait(timeout=60), out

    hot, cold = on_a_terminal("warm"), on_a_terminal("in-process")
    assert hot == cold
    assert b"\x1b[" in hot[1]  # colours: the warm child saw a terminal, as the in-process run did
    assert warm.served()[-1] == "warm 1"
