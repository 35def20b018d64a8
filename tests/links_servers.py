"""Real HTTP servers on 127.0.0.1 for the link tests (standard library only): scripted routes,
a record of every request, a server that accepts and never answers, and a port nobody listens on."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256


@dataclass
class Seen:
    method: str
    path: str
    headers: dict
    body: bytes = b""
    at: float = 0.0


@dataclass
class Answer:
    status: int = 200
    headers: dict = field(default_factory=dict)
    body: bytes = b""


class LoopbackServer:
    """`routes` maps a path to an Answer, or to a function (handler, seen) -> Answer | None that may
    write the response itself (then it returns None)."""

    def __init__(self, routes: dict[str, Answer | Callable] | None = None, host: str = "127.0.0.1"):
        self.routes = routes or {}
        self.seen: list[Seen] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self):
                length = int(self.headers.get("Content-Length") or 0)
                seen = Seen(self.command, self.path, {k.lower(): v for k, v in self.headers.items()},
                            self.rfile.read(length) if length else b"", time.monotonic())
                with server.lock:
                    server.seen.append(seen)
                route = server.routes.get(self.path.split("?")[0], Answer(404))
                answer = route(self, seen) if callable(route) else route
                if answer is None:
                    return
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(answer.body)

            do_GET = do_HEAD = do_POST = _serve

            def log_message(self, *args):
                pass

        self.httpd = _Server((host, 0), Handler)
        self.port = self.httpd.server_address[1]
        self.base = f"http://{host}:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return self.base + path

    def requests_to(self, path: str) -> list[Seen]:
        return [s for s in self.seen if s.path.split("?")[0] == path]

    def __enter__(self) -> "LoopbackServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class SilentServer:
    """Accepts TCP connections and never answers."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.held: list[socket.socket] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self):
        self.sock.settimeout(0.1)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
                self.held.append(conn)
            except OSError:
                continue

    def __enter__(self) -> "SilentServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.thread.join()
        for conn in self.held:
            conn.close()
        self.sock.close()


def closed_port() -> int:
    """A loopback port with nothing listening (connections are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def proposal_file(urls: list[str], lfx: str = "", mentors: str = "  - Jane Doe (@janedoe, jane@cncf.io)") -> str:
    """One LFX proposal per upstream URL, under one project heading."""
    parts = ["### Demo\n"]
    for n, url in enumerate(urls):
        parts.append(
            f"\n#### Idea {n}\n\n- Description: d\n- Expected Outcome: e\n- Recommended Skills: s\n"
            f"- Mentor(s):\n{mentors}\n- Upstream Issue: {url}\n- LFX URL: {lfx}\n"
        )
    return "".join(parts)
