"""Link-check benchmark: a loopback server with latency answering a 200/301/404/429/500 mix, a file
with 100 upstream URLs pointing at it, and a timed `proposal-lint check --format json
--allow-private-hosts --no-cache` run. Reports whether every verdict was right, and the time
against the target (1.3 x the longest request chain: latency + Retry-After + latency) twice: for
the link stage (the run minus the same run --offline), and for the whole process, whose start
(interpreter, mistletoe, parse) alone exceeds the target's slack at short latencies.

    python3 bench/links_bench.py [--latency 0.2] [--urls 100] [--seed 4]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

RETRY_AFTER = 1
MIX = {"200": 0.40, "301": 0.15, "404": 0.15, "429": 0.15, "500": 0.15}
EXPECTED = {"200": set(), "301": set(), "404": {"PL410"}, "429": set(), "500": {"PL411"}}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512


def serve(latency: float) -> _Server:
    limited: set[str] = set()
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self):
            time.sleep(latency)
            kind = self.path.split("/")[1]
            headers = {}
            status = int(kind) if kind in MIX else 200
            if kind == "301":
                headers["Location"] = "/200" + self.path[4:] + "-target"
            elif kind == "429":
                with lock:
                    first = self.path not in limited
                    limited.add(self.path)
                status = 429 if first else 200
                if first:
                    headers["Retry-After"] = str(RETRY_AFTER)
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_GET = do_HEAD = _answer

        def log_message(self, *args):
            pass

    server = _Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def write_file(path: Path, base: str, count: int, seed: int) -> dict[int, str]:
    """One proposal per URL; returns the line of each Upstream Issue and the kind it points at."""
    rng = random.Random(seed)
    kinds = [k for k, share in MIX.items() for _ in range(round(share * count))][:count]
    rng.shuffle(kinds)
    lines = ["### Bench", ""]
    where = {}
    for n, kind in enumerate(kinds):
        lines += [f"#### Idea {n}", "", "- Description: d", "- Expected Outcome: e", "- Recommended Skills: s",
                  "- Mentor(s):", "  - Jane Doe (@janedoe, jane@cncf.io)", "  - John Roe (@johnroe, john@cncf.io)",
                  f"- Upstream Issue: {base}/{kind}/issue-{n}"]
        where[len(lines)] = kind
        lines += ["- LFX URL:", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return where


def run(args: list[str]) -> tuple[float, subprocess.CompletedProcess]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "proposal_lint", "check", *args], capture_output=True, text=True)
    return time.perf_counter() - started, done


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--urls", type=int, default=100)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--concurrency", type=int, help="global limit (default: the tool's)")
    parser.add_argument("--per-host", type=int, help="per-host limit, via a config file (default: the tool's)")
    options = parser.parse_args()
    server = serve(options.latency)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "project_ideas.md"
        where = write_file(path, base, options.urls, options.seed)
        config = ["--isolated"]
        if options.per_host or options.concurrency:
            settings = {"per-host-concurrency": options.per_host, "concurrency": options.concurrency}
            (Path(tmp) / "bench.toml").write_text(
                "".join(f"{k} = {v}\n" for k, v in settings.items() if v))
            config = ["--config", str(Path(tmp) / "bench.toml")]
        baseline, _ = run(["--format", "json", "--offline", *config, str(path)])
        wall, done = run(["--format", "json", "--allow-private-hosts", "--no-cache", *config, str(path)])
    server.shutdown()
    report = json.loads(done.stdout)
    found: dict[int, set[str]] = {}
    for d in report["diagnostics"]:
        if d["code"].startswith("PL41"):
            found.setdefault(d["line"], set()).add(d["code"])
    wrong = {line: (kind, found.get(line, set())) for line, kind in where.items()
             if found.get(line, set()) != EXPECTED[kind]}
    chain = options.latency + RETRY_AFTER + options.latency
    target = 1.3 * chain
    right = len(where) - len(wrong)
    stage = wall - baseline
    print(f"urls: {len(where)}  latency: {options.latency:g} s  longest chain: {chain:g} s  target: <= {target:.2f} s")
    print(f"verdicts right: {right}/{len(where)}")
    for line, (kind, codes) in sorted(wrong.items()):
        print(f"  line {line}: {kind} got {sorted(codes) or 'nothing'}, expected {sorted(EXPECTED[kind]) or 'nothing'}")
    print(f"{'PASS' if stage <= target else 'MISS'}  link stage: {stage:.2f} s (the run minus the same run --offline)")
    print(f"{'PASS' if wall <= target else 'MISS'}  whole process: {wall:.2f} s, of which {baseline:.2f} s pass before "
          f"the first request can go out (interpreter, imports, parse); the target leaves {target - chain:.2f} s")
    return 0 if not wrong and stage <= target else 1


if __name__ == "__main__":
    sys.exit(main())
