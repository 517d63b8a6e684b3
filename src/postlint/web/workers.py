"""Checks of `postlint serve` run in worker processes: one that takes too long is killed (and replaced), so a
slow or hostile draft stops costing CPU at its timeout and ordinary drafts do not wait behind it; one that
grew too large in memory (a Word bomb) is replaced after its answer.

Workers are forked from the server once it is warm (rules, wordlists and models loaded): they start in
milliseconds and share that memory. A job is `(function, args)`; the function runs in the worker and
returns something picklable.
"""
from __future__ import annotations

import multiprocessing
import os
import queue
import threading
from collections.abc import Callable
from typing import Any

RECYCLE_RSS = 1024 * 1024 * 1024  # a worker above this after a job is replaced (its memory given back)


class WorkerTimeout(Exception):
    """The job ran past its time; its worker was killed."""


class WorkerBusy(Exception):
    """No worker became free in time."""


class WorkerCrash(Exception):
    """The worker died during the job (killed by the system, out of memory…)."""


class Pool:
    def __init__(self, size: int):
        self.size = size
        self.idle: queue.Queue = queue.Queue()
        self.started = False
        self.lock = threading.Lock()
        self.ctx = multiprocessing.get_context("fork")

    def start(self) -> None:
        with self.lock:
            if not self.started:
                for _ in range(self.size):
                    self.idle.put(self._spawn())
                self.started = True

    def _spawn(self):
        import gc

        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_serve_jobs, args=(child,), daemon=True, name="postlint-check")
        # the objects the server has loaded (rules, wordlists, models) move to a permanent generation first:
        # the worker's collections then do not walk them (nor copy their memory pages on write)
        gc.freeze()
        try:
            proc.start()
        finally:
            gc.unfreeze()
        child.close()
        return proc, parent

    def _replace(self, worker) -> None:
        proc, conn = worker
        if proc.is_alive():
            proc.kill()
        proc.join(timeout=5)
        conn.close()
        # in the background: the request that hit the limit answers at once
        threading.Thread(target=lambda: self.idle.put(self._spawn()), daemon=True).start()

    def run(self, fn: Callable[..., Any], args: tuple, timeout: float, wait: float) -> Any:
        """`fn(*args)` in a worker. Raises WorkerBusy, WorkerTimeout, WorkerCrash, or what `fn` raised."""
        self.start()
        try:
            worker = self.idle.get(timeout=wait)
        except queue.Empty:
            raise WorkerBusy() from None
        proc, conn = worker
        try:
            conn.send((fn, args))
            if not conn.poll(timeout):
                self._replace(worker)
                raise WorkerTimeout()
            ok, value, recycle = conn.recv()
        except (EOFError, OSError):
            self._replace(worker)
            raise WorkerCrash() from None
        if recycle:
            self._replace(worker)
        else:
            self.idle.put(worker)
        if not ok:
            raise value
        return value

    def close(self) -> None:
        while True:
            try:
                proc, conn = self.idle.get_nowait()
            except queue.Empty:
                break
            proc.kill()
            conn.close()


def _serve_jobs(conn) -> None:
    import gc

    gc.freeze()  # what was inherited stays out of this process's collections
    server = os.getppid()
    while True:
        try:
            # a worker forked later holds this pipe's other end too, so the server's death closes nothing here:
            # look at the parent between polls, and leave with it (no orphan survives a killed server)
            while not conn.poll(1.0):
                if os.getppid() != server:
                    return
            fn, args = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        try:
            result = (True, fn(*args))
        except BaseException as e:  # sent back to be raised in the server
            result = (False, e if _picklable(e) else RuntimeError(f"{type(e).__name__}: {e}"))
        try:
            conn.send((*result, _rss() > RECYCLE_RSS))
        except Exception as e:  # an unpicklable answer
            conn.send((False, RuntimeError(f"{type(e).__name__}: {e}"), False))


def _picklable(e: BaseException) -> bool:
    import pickle

    try:
        pickle.dumps(e)
    except Exception:
        return False
    return True


def _rss() -> int:
    try:
        with open(f"/proc/{os.getpid()}/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0
