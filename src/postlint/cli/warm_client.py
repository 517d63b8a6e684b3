"""`postlint check --warm`: hand the run to a warm postlint process of the same user, or say it cannot.

A short `check` (a pre-commit hook on 1–5 drafts) spends most of its time before the first draft: starting
Python, importing postlint and its libraries, compiling patterns, loading word indexes. A warm process
(`postlint.cli.warm_server`) has done all of that once; for each run it forks a child that chdirs to the
caller's folder, takes the caller's environment and its stdin, stdout and stderr (passed as file descriptors
over a Unix socket, SCM_RIGHTS), runs the ordinary command line and reports the exit status. Reports go
straight to the caller's terminal or pipe, so colours, `isatty` and ordering are those of an in-process run.

This module is the client side: the standard library only (it runs before anything else is imported), and
it never changes a run's result. Whatever goes wrong before the child has taken the run (no process yet,
another version, a stale or busy one, a timeout) the answer is None, and `postlint.cli.start` runs the
command in-process as without `--warm`; it then starts a warm process in the background for the next run.

When: opt-in. `--warm` or `POSTLINT_WARM=1`, and the project's pre-commit hook passes `--warm` (many short
runs, one user: what a warm process pays off for). `--no-warm` and `POSTLINT_WARM=0` win over both (so a
user can switch a hook's warm process off without editing its configuration); never under CI (`CI` set),
a coverage tool or a profiler, or on a system without Unix sockets and `fork`. Not the default for every
`check`: a background process that outlives the command surprises scripts, editors and test suites, and a
run on many drafts gains nothing measurable from it. `postlint.cli.warm_server` says what keeps the
answers current; `stop()` (`postlint warm --stop`) ends a user's warm processes.

One warm process per user and identity (`identity()`: interpreter, flags, import path, postlint's folder and
version, the environment read at start-up), so a pre-commit virtualenv and a development checkout never share
one (`python -m postlint`, whose import path starts with the current folder, gets one per folder).
`POSTLINT_WARM_LOG=FILE` appends, for each `--warm` run, whether it was warm and why not;
`POSTLINT_WARM_IDLE=SECONDS` sets the idle time of the warm processes a run starts, `POSTLINT_WARM_TIMEOUT`
how long a run waits for one to take it (0.5 s).
"""
from __future__ import annotations

import os
import sys
from typing import Any

PROTOCOL = 1
ACK_TIMEOUT = 0.5  # seconds for the warm process to take the run; after that the run is in-process
IDLE_TIMEOUT = 900.0  # a warm process nobody used for 15 minutes exits
FLAGS = ("--warm", "--no-warm")
# read when the warm process imports and warms up, not per run: a client whose values differ gets its own process
IDENTITY_ENV = ("HOME", "XDG_CACHE_HOME", "LANG", "LANGUAGE")
OFF = ("0", "off", "no", "false")
last_refusal = ""  # why the last `run` returned None; "absent" (no warm process) and "stale" start a new one


def requested(argv: list[str], environ=os.environ) -> bool:
    """Whether this command line asks for the warm process (and may use one: see the module docstring)."""
    if len(argv) < 2 or argv[1] != "check":
        return False
    flags = [a for a in _options(argv) if a in FLAGS]
    setting = environ.get("POSTLINT_WARM", "").strip().lower()
    if "--no-warm" in flags or setting in OFF or environ.get("CI", "").strip().lower() not in ("", *OFF):
        return False
    if "--warm" not in flags and setting not in ("1", "on", "yes", "true"):
        return False
    if "coverage" in sys.modules or sys.getprofile() is not None or sys.gettrace() is not None:
        return False
    return os.name == "posix" and hasattr(os, "fork")


def without_flags(argv: list[str]) -> list[str]:
    """argv without `--warm`/`--no-warm` (options of the process, not of the check): before `--` only."""
    if len(argv) < 2 or argv[1] != "check":
        return list(argv)
    out, options = list(argv[:2]), True
    for a in argv[2:]:
        if a == "--":
            options = False
        if not (options and a in FLAGS):
            out.append(a)
    return out


def _options(argv: list[str]) -> list[str]:
    out = []
    for a in argv[2:]:
        if a == "--":
            break
        out.append(a)
    return out


def runtime_dir(environ=os.environ) -> str | None:
    """This user's folder for warm-process sockets (mode 0700, owned by the user), or None."""
    base = environ.get("XDG_RUNTIME_DIR")
    if base and os.path.isabs(base) and os.path.isdir(base):
        folder = os.path.join(base, "postlint")
    else:
        cache = environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        if not os.path.isabs(cache):
            return None
        folder = os.path.join(cache, "postlint", "warm")
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        st = os.lstat(folder)
        if st.st_uid != os.getuid() or not _is_dir(st.st_mode):
            return None
        if st.st_mode & 0o077:
            os.chmod(folder, 0o700)
    except OSError:
        return None
    return folder


def _is_dir(mode: int) -> bool:
    import stat

    return stat.S_ISDIR(mode)


def identity() -> str:
    """What the warm process must share with this process to give the same answers: the interpreter, its
    flags, the import path, postlint's folder and version, and the environment read at start-up."""
    import postlint

    env = {k: v for k, v in os.environ.items()
           if k in IDENTITY_ENV or k.startswith(("PYTHON", "LC_"))
           or (k.startswith("POSTLINT_") and not k.startswith(("POSTLINT_WARM", "POSTLINT_DEBUG")))}
    path = [os.path.abspath(p) if p else os.getcwd() for p in sys.path]
    parts = [str(PROTOCOL), sys.executable, sys.version, repr(tuple(sys.flags)), repr(sys.warnoptions),
             repr(sorted(sys._xoptions.items())), os.path.dirname(os.path.abspath(postlint.__file__)),
             postlint.__version__, repr(path), repr(sorted(env.items()))]
    return "\0".join(parts)


def socket_path(folder: str, ident: str) -> str:
    import zlib

    data = ident.encode("utf-8", "surrogateescape")
    return os.path.join(folder, f"w-{zlib.crc32(data):08x}{zlib.adler32(data):08x}.sock")


def run(argv: list[str]) -> int | None:
    """Run `argv` in the warm process: its exit status, or None when it cannot take the run (then nothing
    has been written and nothing read: run it in-process). `POSTLINT_WARM_LOG=FILE` appends which it was."""
    status = _run(argv)
    log = os.environ.get("POSTLINT_WARM_LOG")
    if log:
        try:
            with open(log, "a", encoding="utf-8") as fh:
                fh.write(f"warm {status}\n" if status is not None else f"in-process {last_refusal}\n")
        except OSError:
            pass
    return status


def _run(argv: list[str]) -> int | None:
    global last_refusal
    last_refusal = "unavailable"
    folder = runtime_dir()
    if folder is None:
        return None
    ident = identity()
    path = socket_path(folder, ident)
    if len(path.encode()) > 100:  # sun_path holds 104–108 bytes
        return None
    try:
        import socket
        import stat

        st = os.lstat(path)
        if st.st_uid != os.getuid() or not stat.S_ISSOCK(st.st_mode):
            return None
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    except FileNotFoundError:
        last_refusal = "absent"
        return None
    except (OSError, ImportError):
        return None
    try:
        try:
            sock.settimeout(float(os.environ.get("POSTLINT_WARM_TIMEOUT", ACK_TIMEOUT)))
        except ValueError:
            sock.settimeout(ACK_TIMEOUT)
        try:
            sock.connect(path)
        except (ConnectionRefusedError, FileNotFoundError):  # a socket left by a process that is gone
            last_refusal = "absent"
            raise
        if hasattr(socket, "SO_PEERCRED"):
            import struct

            _pid, uid, _gid = struct.unpack("3i", sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12))
            if uid != os.getuid():
                raise OSError("another user's socket")
        try:
            request = _request(argv, ident)
        except (AttributeError, TypeError, ValueError) as e:  # standard streams replaced (not files): in-process
            raise OSError("standard streams") from e
        socket.send_fds(sock, [len(request).to_bytes(8, "big"), request], [0, 1, 2])
        reader = sock.makefile("rb")
        first = reader.readline().split()
    except (OSError, ValueError) as e:
        if last_refusal != "absent":
            last_refusal = "timeout" if isinstance(e, TimeoutError) else "error"
        sock.close()
        return None
    if len(first) != 2 or first[0] != b"ok" or not first[1].isdigit():
        # "stale": it is leaving; a new one, with the new code, serves the next run
        last_refusal = first[1].decode("ascii", "replace") if first[:1] == [b"no"] and len(first) > 1 else "refused"
        sock.close()
        return None
    # Two steps, so that a run is never both warm and in-process: the child starts only on "go", sent within
    # the time this side waited for "ok" (after that, this side has closed the socket and the child leaves
    # unstarted); "run" then says it has started. Anything else means it did not: the run is in-process.
    try:
        sock.sendall(b"go\n")
        sock.settimeout(None)
        started = reader.readline() == b"run\n"
    except OSError:
        started = False
    if not started:
        last_refusal = "not started"
        sock.close()
        return None
    # the run is the warm child's from here: wait for its end however long it takes, pass it Ctrl+C
    return _wait(sock, reader, int(first[1]))


def _request(argv: list[str], ident: str) -> bytes:
    import marshal

    umask = os.umask(0)
    os.umask(umask)
    main = sys.modules.get("__main__")
    stdio = [_stream_info(s) for s in (sys.stdin, sys.stdout, sys.stderr)]
    import signal

    sigint_ignored = signal.getsignal(signal.SIGINT) == signal.SIG_IGN
    return marshal.dumps({
        "protocol": PROTOCOL, "identity": ident, "argv": list(argv), "cwd": os.getcwd(),
        "env": dict(os.environ), "umask": umask, "main_package": getattr(main, "__package__", None),
        "stdio": stdio, "sigint_ignored": sigint_ignored,
    })


def _stream_info(s: Any) -> tuple[str, str, bool, bool]:
    """How Python made this standard stream (a replaced one without these raises: the run is in-process)."""
    return (s.encoding, s.errors, s.line_buffering, s.write_through)


def _wait(sock, reader, child: int) -> int:
    import signal

    def forward(signum, frame):
        try:
            os.kill(child, signum)
        except OSError:
            pass

    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT):
        if signal.getsignal(sig) != signal.SIG_IGN:
            signal.signal(sig, forward)
    sock.settimeout(None)
    while True:
        try:
            line = reader.readline().split()
            break
        except InterruptedError:  # pragma: no cover - PEP 475 retries; kept for other platforms
            continue
        except OSError:
            line = []
            break
    if len(line) == 2 and line[0] == b"exit":
        return int(line[1])
    if len(line) == 2 and line[0] == b"signal":
        # ended by a signal, as an in-process run would have been: end the same way
        signum = int(line[1])
        sys.stdout.flush()
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        return 128 + signum
    print("postlint: the warm process ended without finishing the run (run with --no-warm)", file=sys.stderr)
    return 2


def spawn(argv: list[str] | None = None, idle: float | None = None) -> None:
    """Start a warm process in the background for the next runs (this one is done): detached, in its own
    session, stdio on /dev/null, the same interpreter, flags, import path and environment. Never raises."""
    try:
        import subprocess

        folder = runtime_dir()
        if folder is None:
            return
        ident = identity()
        path = socket_path(folder, ident)
        if len(path.encode()) > 100:
            return
        if idle is None:
            try:
                idle = float(os.environ.get("POSTLINT_WARM_IDLE", IDLE_TIMEOUT))
            except ValueError:
                idle = IDLE_TIMEOUT
        sys_path = [os.path.abspath(p) if p else os.getcwd() for p in sys.path]
        args = repr({"socket": path, "identity": ident, "idle": idle, "path": sys_path, "cwd": os.getcwd()})
        code = ("import ast, sys; a = ast.literal_eval(sys.argv[1]); sys.path[:] = a['path']; "
                "from postlint.cli.warm_server import main; main(a)")
        # -O, -B, -X, -W…: what multiprocessing passes to its processes (the warm process checks the result)
        flags = subprocess._args_from_interpreter_flags()  # type: ignore[attr-defined]
        subprocess.Popen([sys.executable, *flags, "-c", code, args], cwd=folder, stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
                         close_fds=True)
    except Exception:  # a warm process is an optimisation: never the run's failure
        return


def stop(folder: str | None = None, wait: float = 5.0) -> int:
    """Ask every warm process of this user (in `folder`, default the runtime folder) to exit; how many did."""
    import socket
    import time

    folder = folder or runtime_dir()
    if folder is None or not os.path.isdir(folder):
        return 0
    stopped = 0
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".sock"):
            continue
        path = os.path.join(folder, name)
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
                s.settimeout(2)
                s.connect(path)
                request = b"stop"
                socket.send_fds(s, [len(request).to_bytes(8, "big"), request], [])
                if s.makefile("rb").readline().startswith(b"bye"):
                    stopped += 1
        except OSError:
            continue
        deadline = time.monotonic() + wait
        while os.path.exists(path) and time.monotonic() < deadline:
            time.sleep(0.02)
    return stopped
