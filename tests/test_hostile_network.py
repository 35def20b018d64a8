"""Hostile networks (issue 12): DNS rebinding cannot steer a check to a private address, slow servers
cannot hold a run past its deadline, a corrupt or odd cache file neither crashes nor hangs a run and
concurrent runs lose no verdict, and malformed GitHub answers or tokens are findings, not crashes."""

from __future__ import annotations

import json
import os
import socket
import threading
import time

import pytest
from links_servers import Answer, LoopbackServer, proposal_file

from proposal_lint.engine.lint import Options, lint_text
from proposal_lint.core.facts import ALIVE, LinkVerdict
from proposal_lint.core.link_settings import LinkSettings
from proposal_lint.online.cache import VerdictCache
from proposal_lint.online.gather import gather_link_facts
from proposal_lint.reading.parser import parse_document

pytestmark = pytest.mark.slow  # see `slow` in pyproject.toml

PUBLIC = "93.184.216.34"  # a global address; the conftest refuses any connection to it


@pytest.fixture(autouse=True)
def no_real_github(monkeypatch):
    for name in ("GITHUB_TOKEN", "GITHUB_API_URL", "GITHUB_GRAPHQL_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def resolver(monkeypatch):
    """A resolver we control: `answers[name]` is the list of addresses of successive lookups (the last repeats)."""
    answers: dict[str, list[str]] = {}
    asked: list[str] = []
    loopback_only = socket.getaddrinfo

    def getaddrinfo(host, port, *args, **kwargs):
        if host not in answers:
            return loopback_only(host, port, *args, **kwargs)
        asked.append(host)
        queue = answers[host]
        address = queue.pop(0) if len(queue) > 1 else queue[0]
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    answers["asked"] = asked  # type: ignore[assignment]
    return answers


def trickle(handler, seen):
    """Send a status line and headers one byte every 0.1 s, for up to 30 s."""
    payload = b"HTTP/1.1 200 OK\r\n" + b"X-Slow: " + b"a" * 400 + b"\r\n\r\n"
    for byte in payload[:300]:
        try:
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
        except OSError:
            return None
        time.sleep(0.1)
    return None


MALFORMED_ANSWERS = {
    "a string where an object is expected": json.dumps({"data": {"i0": "surprise"}}),
    "an integer path": json.dumps({"data": {"i0": None}, "errors": [{"type": "NOT_FOUND", "path": 7}]}),
    "a string node": json.dumps({"data": {"i0": {"issueOrPullRequest": "Issue"}}}),
    "a list body": json.dumps([1, 2, 3]),
    "deeply nested JSON": "[" * 100_000 + "]" * 100_000,
}


@pytest.fixture(scope="module")
def server():
    """One loopback server for the module (each server takes half a second to stop)."""
    routes = {"/admin": Answer(200), "/ok": Answer(200), "/slow": trickle, "/slow-api/graphql": trickle}
    for n, body in enumerate(MALFORMED_ANSWERS.values()):
        routes[f"/malformed-{n}/graphql"] = Answer(200, {"Content-Type": "application/json"}, body.encode())
    with LoopbackServer(routes) as running:
        yield running


def facts_for(urls, **settings):
    document = parse_document(proposal_file(urls), "links.md")
    base = dict(use_cache=False, backoff=0.01, timeout=2.0, budget=10.0, attempts=1)
    return gather_link_facts([document], LinkSettings(**{**base, **settings}))


def test_dns_rebinding_cannot_reach_a_private_address(server, resolver, monkeypatch):
    connected_to = []
    guarded_connect = socket.socket.connect

    def connect(sock, address):
        connected_to.append(address[0])
        return guarded_connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    resolver["rebind.test"] = [PUBLIC, "127.0.0.1"]  # vetted as public, then rebound to loopback
    before = len(server.requests_to("/admin"))
    url = f"http://rebind.test:{server.port}/admin"
    facts = facts_for([url])
    assert len(server.requests_to("/admin")) == before and set(connected_to) == {PUBLIC}
    assert url not in facts.verdicts and facts.network_down == 1  # the one address it may use refused


def test_the_connection_goes_to_the_vetted_address_with_the_host_name_kept(server, resolver):
    resolver["pinned.test"] = ["127.0.0.1", "10.20.30.40"]  # a second lookup would be unreachable
    url = f"http://pinned.test:{server.port}/ok"
    facts = facts_for([url], allow_private_hosts=True)
    assert facts.verdicts[url].status == ALIVE and resolver["asked"] == ["pinned.test"]
    assert [seen.headers["host"] for seen in server.requests_to("/ok")] == [f"pinned.test:{server.port}"]


def test_a_server_trickling_headers_cannot_outlast_the_deadline(server):
    url = server.url("/slow")
    started = time.monotonic()
    diagnostics = lint_text(proposal_file([url]), "f.md",
                            Options(offline=False, links=LinkSettings(allow_private_hosts=True, use_cache=False, timeout=0.15)))
    elapsed = time.monotonic() - started
    assert elapsed < 5  # the deadline is 6 x --timeout = 0.9 s; a trickle once held the run 30 s here
    [finding] = [d for d in diagnostics if d.code == "PL411"]
    assert "time budget" in finding.message


def test_the_github_api_request_honours_the_deadline(server, monkeypatch):
    monkeypatch.setenv("PL_TOKEN", "ghp_token")
    monkeypatch.setenv("GITHUB_API_URL", server.url("/slow-api"))
    started = time.monotonic()
    lint_text(proposal_file(["https://github.com/o/r/issues/1"]), "f.md",
              Options(offline=False, links=LinkSettings(use_cache=False, timeout=0.15, github_token_env="PL_TOKEN", allow_hosts=(r"127\.0\.0\.1",))))
    assert time.monotonic() - started < 5  # it had no deadline: 30 s here


def test_a_corrupt_cache_entry_is_dropped_and_the_file_repaired(tmp_path):
    cache_file = tmp_path / "links-v1.json"
    good = {"at": time.time(), "verdict": LinkVerdict(ALIVE, "HTTP 200").to_json()}
    cache_file.write_text(json.dumps({"http:bad": {"at": "yesterday", "verdict": {}}, "http:ok": good}))
    cache = VerdictCache(tmp_path)
    assert cache.get("http:ok").status == ALIVE and cache.get("http:bad") is None
    cache.put("http:new", LinkVerdict(ALIVE, "HTTP 200"))
    cache.save()
    assert set(json.loads(cache_file.read_text())) == {"http:ok", "http:new"}


def test_a_cache_file_that_is_a_fifo_neither_hangs_nor_is_replaced(tmp_path):
    os.mkfifo(tmp_path / "links-v1.json")
    done = []

    def run():
        cache = VerdictCache(tmp_path)
        cache.put("http:x", LinkVerdict(ALIVE, "HTTP 200"))
        cache.save()
        done.append(True)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(5)
    assert done == [True]
    assert not (tmp_path / "links-v1.json").is_file()


def test_concurrent_runs_sharing_a_cache_lose_no_verdict(tmp_path):
    runs = [VerdictCache(tmp_path) for _ in range(8)]  # all read the file before any writes it
    for n, cache in enumerate(runs):
        cache.put(f"http:{n}", LinkVerdict(ALIVE, "HTTP 200"))
    barrier = threading.Barrier(len(runs))

    def save(cache):
        barrier.wait()
        cache.save()

    threads = [threading.Thread(target=save, args=(cache,)) for cache in runs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert set(json.loads((tmp_path / "links-v1.json").read_text())) == {f"http:{n}" for n in range(8)}


@pytest.mark.parametrize("number", range(len(MALFORMED_ANSWERS)), ids=MALFORMED_ANSWERS.keys())
def test_a_malformed_github_answer_is_an_unverified_link(server, monkeypatch, number):
    monkeypatch.setenv("PL_TOKEN", "ghp_token")
    monkeypatch.setenv("GITHUB_API_URL", server.url(f"/malformed-{number}"))
    diagnostics = lint_text(proposal_file(["https://github.com/o/r/issues/1"]), "f.md",
                            Options(offline=False, links=LinkSettings(use_cache=False, github_token_env="PL_TOKEN", allow_hosts=(r"127\.0\.0\.1",))))
    [finding] = [d for d in diagnostics if d.code.startswith("PL41")]
    assert finding.code == "PL411" and "malformed answer" in finding.message


def test_a_token_with_a_non_latin1_character_is_a_finding(server, monkeypatch):
    monkeypatch.setenv("PL_TOKEN", "ghp_\u2603token")
    monkeypatch.setenv("GITHUB_API_URL", server.url("/malformed-0"))
    before = len(server.requests_to("/malformed-0/graphql"))
    diagnostics = lint_text(proposal_file(["https://github.com/o/r/issues/1"]), "f.md",
                            Options(offline=False, links=LinkSettings(use_cache=False, github_token_env="PL_TOKEN", allow_hosts=(r"127\.0\.0\.1",))))
    assert len(server.requests_to("/malformed-0/graphql")) == before  # GitHub was not asked
    [finding] = [d for d in diagnostics if d.code.startswith("PL41")]
    assert finding.code == "PL411" and "the GitHub token has characters no token has" in finding.message


def test_tls_to_a_pinned_address_sends_and_verifies_the_host_name(tmp_path):
    import ssl
    import subprocess
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from proposal_lint.online.checker import new_session
    from proposal_lint.online.transport import Pins, Sockets

    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "1", "-subj", "/CN=pinned.test", "-addext", "subjectAltName=DNS:pinned.test"],
                   check=True, capture_output=True)
    names, hosts = [], []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            hosts.append(self.headers["Host"])
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    context.sni_callback = lambda sock, name, ctx: names.append(name)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        pins = Pins()
        pins.pin("pinned.test", "127.0.0.1")  # no resolver knows pinned.test: only the pin can reach it
        session = new_session(LinkSettings(), pins, Sockets())
        session.verify = str(cert)
        response = session.get(f"https://pinned.test:{httpd.server_address[1]}/", timeout=5)
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert response.status_code == 204  # the certificate was checked against pinned.test, not 127.0.0.1
    assert names == ["pinned.test"] and hosts == [f"pinned.test:{httpd.server_address[1]}"]
