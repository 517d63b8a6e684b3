"""The warm process behind `postlint check --warm` (`postlint.cli.warm_client` is the other side).

Started in the background by a client that found none, after that client's own run. It imports the command
line, the rules, the registry and the word indexes, and runs `check` on a few drafts of its own (French and
English, post, thread, press release, pitch, images), so that the patterns and lazy loads every run needs are
there; then it freezes those objects out of the collector's way (`gc.freeze`, for copy-on-write) and listens
on a Unix socket in a 0700 folder of the user. For each run it forks a child: one run's state never leaks
into another, and the child's copy of everything loaded costs almost nothing. The child takes the caller's
folder, environment, umask, stdin/stdout/stderr (received as descriptors) and argv, runs
`postlint.cli.start.run`, the same code as an in-process run, and exits; the parent reports the exit status.

It never answers with old code, rules or word lists: after warming up it records the size, modification and
change times of every file it has loaded or could load (its modules, every file of the postlint package, the
bundled rules and word lists) and of the import path's folders (a package installed or removed); before each
run it stats them again (≈ 1 ms) and, if anything changed, refuses the run (the client runs it in-process)
and exits. A file changed less than 2 s before that record could hide a later edit with the same times (the
file system's clock is coarse): then it does not serve at all. The caller must also share its identity
(interpreter, flags, import path, postlint's version, the environment read at start-up) and its user (the
socket's peer credentials). It exits after 15 minutes without a run, on `stop`, when its socket is taken
over, or when its files change or disappear (checked every 30 s while idle: a deleted virtualenv), and
removes its socket. It does not serve at all if warming up did not run cleanly (an edit in progress, a broken
plugin: a process that imported half of it could answer otherwise than a fresh one).

The French language model (spaCy) is not loaded up front: the name heuristics decide nearly every draft
without it, and it would hold ≈ 130 MB for the life of the process. Once a run has needed it, the warm
process loads it for the following runs.
"""
from __future__ import annotations

import gc
import io
import marshal
import os
import selectors
import signal
import socket
import sys
import time

from postlint.cli import warm_client
from postlint.cli.start import run as run_cli
from postlint.cli.warm_state import Reads, Watch, warm_up, watched_paths

CHECK_EVERY = 30.0  # seconds between checks of an idle warm process's files


class Server:
    def __init__(self, args: dict):
        self.path = args["socket"]
        self.identity = args["identity"]
        self.idle = float(args["idle"])
        self.cwd = args.get("cwd")
        self.children: dict[int, socket.socket] = {}
        self.stopping = False
        self.model_wanted = False
        self.last = time.monotonic()
        self.watch: Watch | None = None
        self.listener: socket.socket | None = None
        self.lock_fd: int | None = None
        self.sel: selectors.BaseSelector | None = None

    # -- start -------------------------------------------------------------------------------------------
    def start(self) -> bool:
        if warm_client.identity() != self.identity:  # another interpreter state than the client's: no answers
            return note("server: not the client's interpreter state")
        if not self._lock():
            return note("server: another one holds the lock")
        started = time.time()
        reads = Reads()
        try:
            samples = warm_up(self.cwd)
        except Exception as e:
            return note(f"server: warm-up failed, not serving: {type(e).__name__}: {e}")
        from postlint.core.savedindex import folder

        # read but no source of what stays loaded: the saved indexes (built from files that are watched) and
        # the warm-up's own drafts
        skip = tuple(str(p) for p in (folder(), samples) if p)
        # the caller's folder and its parents are listed to find the config, per run (and are on the import
        # path of `python -m`): a draft added there changes no loaded state (a folder of word lists does)
        above = set()
        here = os.path.abspath(self.cwd or "/")
        while here not in above:
            above.add(here)
            here = os.path.dirname(here)
        read = {p for p in reads.stop() if not p.startswith(skip)}
        self.watch = Watch(watched_paths(read) - above)
        racy = self.watch.racy(started)
        if racy:
            return note(f"server: {racy} changed less than 2 s before the start")
        gc.collect()
        gc.freeze()  # what is loaded now stays out of the collector's scans: children's pages stay shared
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass
        self.listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        old = os.umask(0o177)
        try:
            self.listener.bind(self.path)
        finally:
            os.umask(old)
        self.listener.listen(16)
        self.inode = os.stat(self.path).st_ino
        self.last = time.monotonic()  # idle from now on, not from the start of the warm-up
        with open(self.path[:-5] + ".pid", "w") as fh:
            fh.write(f"{os.getpid()}\n")
        return note(f"server: ready, {len(self.watch.stamps)} files watched", True)

    def _lock(self) -> bool:
        """One warm process per socket: a second one started at the same moment waits for the first to
        leave (a stale one finishing its runs), then takes over, or gives up after 30 s."""
        import fcntl

        self.lock_fd = os.open(self.path[:-5] + ".lock", os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + 30
        while True:
            try:
                fcntl.flock(self.lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return True
            except OSError:
                # the holder serves (its socket is there) or is leaving (it removed its socket first)
                if os.path.exists(self.path) or time.monotonic() > deadline:
                    return False
                time.sleep(0.1)

    # -- loop --------------------------------------------------------------------------------------------
    def serve(self) -> None:
        rfd, wfd = os.pipe()
        os.set_blocking(rfd, False)
        os.set_blocking(wfd, False)
        signal.set_wakeup_fd(wfd)
        signal.signal(signal.SIGCHLD, lambda *a: None)
        signal.signal(signal.SIGTERM, lambda *a: self._stop())
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
        listener = self.listener
        assert listener is not None, "start() first"
        sel = self.sel = selectors.DefaultSelector()
        sel.register(listener, selectors.EVENT_READ, "accept")
        sel.register(rfd, selectors.EVENT_READ, "signal")
        # a child that had to load the French model says so here: the next runs find it loaded
        mr, mw = os.pipe()
        os.set_blocking(mr, False)
        sel.register(mr, selectors.EVENT_READ, "model")
        self.fds = (rfd, wfd, mr)
        self.model_fd = mw
        while True:
            self._reap()
            if self.stopping and not self.children:
                break
            if self.model_wanted and not self.children and not self.stopping:
                self.model_wanted = False
                self._load_model()
            if not self.stopping and not self._still_ours():
                self._stop(unlink=False)
                continue
            wait = self.idle - (time.monotonic() - self.last)
            if wait <= 0 and not self.children:
                self._stop()
                continue
            events = sel.select(timeout=max(0.05, min(wait, CHECK_EVERY)))
            if not events and not self.children and self.watch is not None and self.watch.changed():
                # its files changed or are gone (a removed virtualenv): leave now, not after the idle time
                self._stop()
                continue
            for key, _ in events:
                if key.data in ("signal", "model"):
                    try:
                        while os.read(key.fd, 512):
                            self.model_wanted |= key.data == "model"
                    except BlockingIOError:
                        pass
                elif key.data == "accept" and not self.stopping:
                    try:
                        conn, _ = listener.accept()
                    except OSError:
                        continue
                    self.last = time.monotonic()
                    self._handle(conn, sel)

    def _still_ours(self) -> bool:
        try:
            return os.stat(self.path).st_ino == self.inode
        except OSError:
            return False

    def _stop(self, unlink: bool = True) -> None:
        if self.stopping:
            return
        self.stopping = True
        if unlink and self._still_ours():
            # the lock file too, still held: a process that opened it meanwhile starts, finds the socket
            # gone and serves; two at once cannot last (the later one's socket replaces the other's)
            for p in (self.path, self.path[:-5] + ".pid", self.path[:-5] + ".lock"):
                try:
                    os.unlink(p)
                except OSError:
                    pass
        if self.listener is not None:
            if self.sel is not None:
                try:
                    self.sel.unregister(self.listener)
                except (KeyError, ValueError):
                    pass
            self.listener.close()

    def _reap(self) -> None:
        while self.children:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                break
            conn = self.children.pop(pid, None)
            if conn is None:
                continue
            if os.WIFSIGNALED(status):
                self._send(conn, f"signal {os.WTERMSIG(status)}\n")
            else:
                self._send(conn, f"exit {os.waitstatus_to_exitcode(status)}\n")

    @staticmethod
    def _send(conn: socket.socket, msg: str) -> None:
        try:
            conn.sendall(msg.encode())
        except OSError:
            pass
        conn.close()

    # -- one run -----------------------------------------------------------------------------------------
    def _handle(self, conn: socket.socket, sel) -> None:
        fds: list[int] = []
        try:
            conn.settimeout(2)
            if hasattr(socket, "SO_PEERCRED"):
                import struct

                _pid, uid, _gid = struct.unpack("3i", conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12))
                if uid != os.getuid():
                    conn.close()
                    return
            msg, fds = _receive(conn)
            if msg == b"stop":
                self._send(conn, "bye\n")
                self._stop()
                return
            request = marshal.loads(msg)
            reason = self._refusal(request, fds)
            if reason:
                self._send(conn, f"no {reason}\n")
                if reason == "stale":
                    self._stop()
                return
            pid = os.fork()
            if pid == 0:  # pragma: no cover - the child: measured through its client
                _child(request, fds, conn, self, sel)
            self.children[pid] = conn
        except (OSError, ValueError, EOFError, TypeError, KeyError):
            conn.close()
        finally:
            for fd in fds:
                os.close(fd)

    def _refusal(self, request: dict, fds: list[int]) -> str | None:
        if not isinstance(request, dict) or request.get("protocol") != warm_client.PROTOCOL:
            return "protocol"
        if request.get("identity") != self.identity:
            return "identity"
        if len(fds) != 3:
            return "fds"
        changed = self.watch.changed() if self.watch is not None else "?"
        if changed:
            note(f"server: {changed} changed: stale")
            return "stale"
        return None

    def _load_model(self) -> None:
        if self.watch is None:
            return
        try:
            from postlint.text.nlp import french_ner

            loaded_at = time.time()
            french_ner()
            stamps = self.watch.stamps
            added = Watch(watched_paths() - set(stamps))
            if added.racy(loaded_at):
                self._stop()
            stamps.update(added.stamps)
            gc.freeze()
        except Exception:  # a run that needs it loads it itself, as in-process
            pass


def note(message: str, result: bool = False) -> bool:
    """One line in `POSTLINT_WARM_LOG` (if set: why a warm process does not serve); `result` back."""
    log = os.environ.get("POSTLINT_WARM_LOG")
    if log:
        try:
            with open(log, "a", encoding="utf-8") as fh:
                fh.write(message + "\n")
        except OSError:
            pass
    return result


def _receive(conn: socket.socket) -> tuple[bytes, list[int]]:
    data, fds, _flags, _addr = socket.recv_fds(conn, 1 << 16, 3)
    while len(data) < 8:
        more = conn.recv(8 - len(data))
        if not more:
            raise EOFError
        data += more
    size = int.from_bytes(data[:8], "big")
    if size > 1 << 24:
        raise ValueError("request too large")
    body = bytearray(data[8:])
    while len(body) < size:
        more = conn.recv(min(1 << 16, size - len(body)))
        if not more:
            raise EOFError
        body += more
    return bytes(body), list(fds)


def _child(request: dict, fds: list[int], conn: socket.socket, server: Server, sel) -> None:  # pragma: no cover
    """In the forked child: become the caller's run, run the command line, exit with its status."""
    status = 70
    try:
        signal.set_wakeup_fd(-1)
        for sig in (signal.SIGCHLD, signal.SIGTERM, signal.SIGHUP):
            signal.signal(sig, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_IGN if request["sigint_ignored"] else signal.default_int_handler)
        sel.close()
        for fd in server.fds:  # not the model pipe's write end (model_fd): see below
            os.close(fd)
        if server.listener is not None:
            server.listener.close()
        if server.lock_fd is not None:
            os.close(server.lock_fd)
        for other in server.children.values():
            other.close()
        for stream in (sys.stdout, sys.stderr):  # anything the warm process left buffered goes to /dev/null
            stream.flush()
        for fd, target in zip(fds, (0, 1, 2)):
            os.dup2(fd, target)
        for fd in fds:
            if fd > 2:
                os.close(fd)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        time.tzset()
        os.umask(request["umask"])
        sys.argv = warm_client.without_flags(request["argv"])
        main = type(sys)("__main__")
        main.__package__ = request["main_package"]
        sys.modules["__main__"] = main  # click names the program from it (`postlint` or `python -m postlint`)
        sys.stdin, sys.stdout, sys.stderr = (_stream(fd, mode, enc) for fd, mode, enc in
                                             zip((0, 1, 2), ("r", "w", "w"), request["stdio"]))
        model_before = "spacy" in sys.modules
        conn.sendall(f"ok {os.getpid()}\n".encode())
        go = b""
        while not go.endswith(b"\n") and len(go) < 8:
            chunk = conn.recv(8)
            if not chunk:
                break
            go += chunk
        if go != b"go\n":  # the client gave up waiting and runs it in-process
            os._exit(status)
        conn.sendall(b"run\n")
    except BaseException:  # nothing written yet: the client runs it in-process
        os._exit(status)
    try:
        status = run_cli()
    finally:
        for s in (sys.stdout, sys.stderr):
            try:
                s.flush()
            except (OSError, ValueError):
                pass
        if not model_before and "spacy" in sys.modules:
            try:
                os.write(server.model_fd, b"m")
            except OSError:
                pass
        os._exit(status)


def _stream(fd: int, mode: str, how):  # pragma: no cover - in the child
    """A standard stream on `fd` as the caller's Python made it: encoding, errors, line buffering (stdout
    on a terminal, stderr always) and write-through (`-u`, PYTHONUNBUFFERED)."""
    if how is None:
        return None
    encoding, errors, line_buffering, write_through = how
    binary = open(fd, mode + "b", closefd=False, buffering=0 if write_through and mode == "w" else -1)
    return io.TextIOWrapper(binary, encoding=encoding, errors=errors, line_buffering=line_buffering,
                            write_through=write_through)


def main(args: dict) -> None:
    """Entry of the background process (see `warm_client.spawn`)."""
    gc.set_threshold(200_000, 30, 30)
    server = Server(args)
    try:
        if server.start():
            server.serve()
    except Exception as e:  # nobody reads a background process's stderr; the socket goes
        note(f"server: {type(e).__name__}: {e}")
        server._stop()
    os._exit(0)
