"""Load check of `postlint serve`: N concurrent `POST /api/check` requests on 127.0.0.1.

    python bench/serve_load.py                      # starts its own server in a temporary folder
    python bench/serve_load.py --url http://127.0.0.1:8765   # an already running server (loopback only)
    python bench/serve_load.py --requests 200 --concurrency 50

Prints requests per second and latency percentiles; exits 1 if any request failed. Traffic stays on
this machine: a non-loopback --url is refused.
"""
from __future__ import annotations

import argparse
import ipaddress
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

DRAFTS = [
    ("post-fr.md", "---\nplatforms: [x]\nlang: fr\n---\nRejoignez-nous samedi pour la journée de dépistage "
                   "gratuit au centre communautaire ! Les toxicomanes et les malades du sida y sont les bienvenus. "
                   "#SantéPourTous #Dépistage #Solidarité #Prévention\n"),
    ("post-en.md", "---\nplatforms: [linkedin]\n---\nOur peer workers met 120 people who use drugs this month. "
                   "Junkies deserve care too!!! Read the report: https://example.org/report #HarmReduction\n"),
    ("press.md", "---\ntype: press-release\nlang: fr\n---\n# Les parlementaires s'engagent pour la santé\n\n"
                 + "Genève, le 3 mars. Les délégations réunies cette semaine ont adopté une déclaration commune "
                   "sur l'accès aux soins des populations clés. " * 12
                 + "\n\n« Nous devons agir maintenant », a déclaré la présidente.\n\nContact presse : "
                   "Awa Diallo, chargée de communication, presse@example.org\n"),
    ("thread.md", "---\ntype: thread\nplatforms: [bluesky]\n---\n1/ Une victime du VIH raconte.\n---\n"
                  "2/ Elle souffre du sida depuis 2010 😢😢😢😢\n---\n3/ Appelez-la au 06 12 34 56 78.\n"),
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    k = max(0, min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


def loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def start_server(folder: str) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, "-m", "postlint", "serve", "--port", "0", "--quiet"], cwd=folder,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    found: list[str] = []

    def read():
        for line in proc.stdout:
            m = re.search(r"http://127\.0\.0\.1:\d+/", line)
            if m:
                found.append(m.group(0))
                return

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=120)
    if not found:
        proc.kill()
        raise SystemExit(f"the server did not start: {proc.stderr.read()[-2000:] if proc.poll() is not None else ''}")
    return proc, found[0].rstrip("/")


def one_request(url: str, i: int) -> tuple[float, int, str]:
    name, text = DRAFTS[i % len(DRAFTS)]
    body = json.dumps({"text": text, "filename": name}).encode()
    req = urllib.request.Request(url + "/api/check", data=body, headers={"Content-Type": "application/json"})
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            data = json.loads(resp.read())
            status = resp.status
            problem = "" if data.get("files") and data["files"][0].get("error") is None else "no result"
    except urllib.error.HTTPError as e:
        status, problem = e.code, e.read()[:200].decode("utf-8", "replace")
    except (OSError, ValueError) as e:
        status, problem = 0, f"{type(e).__name__}: {e}"
    return time.perf_counter() - t0, status, problem


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", help="a running server (http://127.0.0.1:PORT); default: start one")
    ap.add_argument("--requests", type=int, default=50)
    ap.add_argument("--concurrency", type=int, default=50)
    args = ap.parse_args()
    if not 1 <= args.requests <= 10_000 or not 1 <= args.concurrency <= 200:
        ap.error("--requests must be 1..10000 and --concurrency 1..200")
    proc = None
    with tempfile.TemporaryDirectory() as folder:
        if args.url:
            if not loopback(args.url):
                ap.error("--url must be a loopback address (127.0.0.1, localhost, ::1)")
            url = args.url.rstrip("/")
        else:
            with open(os.path.join(folder, ".postlint.yaml"), "w", encoding="utf-8") as fh:
                fh.write("{}\n")  # the defaults, whatever folder the bench is run from
            proc, url = start_server(folder)
        try:
            for i in range(len(DRAFTS)):  # warm: each draft once, not measured
                one_request(url, i)
            t0 = time.perf_counter()
            with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
                results = list(pool.map(lambda i: one_request(url, i), range(args.requests)))
            elapsed = time.perf_counter() - t0
        finally:
            if proc is not None:
                proc.terminate()
                proc.wait(timeout=10)
    latencies = [r[0] for r in results]
    failures = [r for r in results if r[1] != 200 or r[2]]
    print(f"requests:     {len(results)} ({args.concurrency} concurrent), errors: {len(failures)}")
    print(f"elapsed:      {elapsed:.2f} s")
    print(f"throughput:   {len(results) / elapsed:.1f} requests/s")
    print(f"latency:      p50 {percentile(latencies, 50) * 1000:.0f} ms, p95 {percentile(latencies, 95) * 1000:.0f} ms,"
          f" max {max(latencies) * 1000:.0f} ms")
    for _, status, problem in failures[:5]:
        print(f"  failed: HTTP {status} {problem}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
