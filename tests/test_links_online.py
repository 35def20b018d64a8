"""Online link checks against real HTTP servers on 127.0.0.1 (never another host, never patched)."""

from __future__ import annotations

import json
import time

import pytest
from links_servers import (
    Answer,
    LoopbackServer,
    SilentServer,
    closed_port,
    proposal_file,
)

from proposal_lint.engine.lint import Options, lint_text
from proposal_lint.core.facts import ALIVE, DEAD, UNVERIFIED
from proposal_lint.core.link_settings import LinkSettings
from proposal_lint.online.checker import LinkChecker
from proposal_lint.online.gather import gather_link_facts
from proposal_lint.reading.parser import parse_document

pytestmark = pytest.mark.slow  # see `slow` in pyproject.toml

FAST = dict(allow_private_hosts=True, use_cache=False, backoff=0.01, timeout=2.0, budget=20.0)


@pytest.fixture(autouse=True)
def no_real_github(monkeypatch):
    """A token or API address from the environment (CI) must never send a test to api.github.com."""
    for name in ("GITHUB_TOKEN", "GITHUB_API_URL", "GITHUB_GRAPHQL_URL"):
        monkeypatch.delenv(name, raising=False)


def facts_for(urls: list[str], **settings):
    document = parse_document(proposal_file(urls), "links.md")
    return gather_link_facts([document], LinkSettings(**{**FAST, **settings}))


def online(**links) -> Options:
    return Options(offline=False, links=LinkSettings(allow_private_hosts=True, use_cache=False, **links))


def test_every_http_verdict_class():
    routes = {
        "/ok": Answer(200),
        "/moved": Answer(301, {"Location": "/ok"}),
        "/gone": Answer(404),
        "/removed": Answer(410),
        "/forbidden": Answer(403),
        "/login": Answer(401),
        "/teapot": Answer(418),
        "/org/repo/issues/1": Answer(301, {"Location": "/other/place/issues/9"}),
        "/other/place/issues/9": Answer(200),
        "/org/repo/issues/2": Answer(302, {"Location": "/org/repo/pull/2"}),
        "/org/repo/pull/2": Answer(200),
    }
    with LoopbackServer(routes) as server:
        facts = facts_for([server.url(p) for p in routes if p != "/other/place/issues/9" and p != "/org/repo/pull/2"])
        verdict = {url[len(server.base):]: v for url, v in facts.verdicts.items()}
    assert verdict["/ok"].status == ALIVE and verdict["/moved"].status == ALIVE
    assert verdict["/gone"] .status == DEAD and "404" in verdict["/gone"].detail
    assert verdict["/removed"].status == DEAD and "410" in verdict["/removed"].detail
    assert verdict["/forbidden"].status == UNVERIFIED and "403" in verdict["/forbidden"].detail
    assert verdict["/login"].status == UNVERIFIED
    assert verdict["/teapot"].status == UNVERIFIED
    assert verdict["/org/repo/issues/1"].moved_to == server.url("/other/place/issues/9")
    assert verdict["/org/repo/issues/2"].pull_request and verdict["/org/repo/issues/2"].moved_to is None


def test_verdicts_become_diagnostics_at_the_url():
    routes = {"/gone": Answer(404), "/forbidden": Answer(403),
              "/o/r/issues/1": Answer(301, {"Location": "/n/r/issues/1"}), "/n/r/issues/1": Answer(200),
              "/o/r/issues/2": Answer(301, {"Location": "/o/r/pull/2"}), "/o/r/pull/2": Answer(200)}
    with LoopbackServer(routes) as server:
        urls = [server.url(p) for p in ("/gone", "/forbidden", "/o/r/issues/1", "/o/r/issues/2")]
        text = proposal_file(urls)
        found = {(d.code, d.line) for d in lint_text(text, "f.md", online()) if d.code >= "PL410"}
    lines = [n + 1 for n, line in enumerate(text.split("\n")) if line.startswith("- Upstream Issue:")]
    assert found == {("PL410", lines[0]), ("PL411", lines[1]), ("PL414", lines[2]), ("PL413", lines[3])}


def test_head_refused_falls_back_to_get():
    def head_refused(handler, seen):
        return Answer(405) if seen.method == "HEAD" else Answer(200, body=b"hello")

    with LoopbackServer({"/page": head_refused}) as server:
        facts = facts_for([server.url("/page")])
        methods = [s.method for s in server.seen]
    assert facts.verdicts[server.url("/page")].status == ALIVE
    assert methods == ["HEAD", "GET"]


def test_retry_after_is_honoured_then_retried():
    def limited_once(handler, seen):
        first = len(server.requests_to("/busy")) == 1
        return Answer(429, {"Retry-After": "1"}) if first else Answer(200)

    with LoopbackServer({"/busy": limited_once}) as server:
        facts = facts_for([server.url("/busy")])
        seen = server.requests_to("/busy")
    assert facts.verdicts[server.url("/busy")].status == ALIVE
    assert len(seen) == 2
    assert seen[1].at - seen[0].at >= 0.9  # waited as told, not the 10 ms backoff


def test_requests_in_flight_stay_within_the_limit():
    in_flight, most = [0], [0]

    def slow(handler, seen):
        with server.lock:
            in_flight[0] += 1
            most[0] = max(most[0], in_flight[0])
        time.sleep(0.1)
        with server.lock:
            in_flight[0] -= 1
        return Answer(200)

    routes = {f"/p{n}": slow for n in range(12)}
    with LoopbackServer(routes) as server:
        facts = facts_for([server.url(path) for path in routes], concurrency=3)
    assert all(v.status == ALIVE for v in facts.verdicts.values())
    assert 1 < most[0] <= 3


def test_a_check_waiting_out_retry_after_holds_no_slot():
    def limited_once(handler, seen):
        first = len(server.requests_to("/busy")) == 1
        return Answer(429, {"Retry-After": "1"}) if first else Answer(200)

    with LoopbackServer({"/busy": limited_once, "/other": Answer(200)}) as server:
        facts = facts_for([server.url("/busy"), server.url("/other")], concurrency=1, per_host_concurrency=1)
        busy, other = server.requests_to("/busy"), server.requests_to("/other")
    assert {v.status for v in facts.verdicts.values()} == {ALIVE}
    # The pool's two threads race for the one slot, so either URL may go first; either way /other never
    # waits behind /busy's Retry-After (with the slot held during the wait it would come after busy[1]).
    assert len(busy) == 2 and busy[1].at - busy[0].at >= 0.9 and other[0].at < busy[1].at


def test_retry_after_beyond_the_bound_is_not_waited_for():
    with LoopbackServer({"/busy": Answer(429, {"Retry-After": "3600"})}) as server:
        facts = facts_for([server.url("/busy")])
        count = len(server.requests_to("/busy"))
    verdict = facts.verdicts[server.url("/busy")]
    assert verdict.status == UNVERIFIED and "429" in verdict.detail
    assert count == 1


def test_server_errors_are_retried_with_backoff_then_unverified(monkeypatch):
    def flaky(handler, seen):
        return Answer(503) if len(server.requests_to("/flaky")) < 3 else Answer(200)

    waits = []
    sleep = LinkChecker._sleep
    monkeypatch.setattr(LinkChecker, "_sleep", lambda self, seconds: waits.append(seconds) or sleep(self, seconds))
    with LoopbackServer({"/flaky": flaky, "/down": Answer(500)}) as server:
        flaky_facts = facts_for([server.url("/flaky")], attempts=4)
        flaky_count, flaky_waits = len(server.requests_to("/flaky")), list(waits)
        waits.clear()
        down_facts = facts_for([server.url("/down")], attempts=4)
        down = server.requests_to("/down")
    assert flaky_facts.verdicts[server.url("/flaky")].status == ALIVE and flaky_count == 3
    assert flaky_waits == [FAST["backoff"], 2 * FAST["backoff"]]
    verdict = down_facts.verdicts[server.url("/down")]
    assert verdict.status == UNVERIFIED and "after 4 tries" in verdict.detail
    assert len(down) == 4 and [seen.method for seen in down] == ["HEAD"] * 4
    assert waits == [FAST["backoff"], 2 * FAST["backoff"], 4 * FAST["backoff"]]  # the backoff doubles, between tries


def test_redirect_loop_is_stopped():
    routes = {"/a": Answer(302, {"Location": "/b"}), "/b": Answer(302, {"Location": "/a"})}
    with LoopbackServer(routes) as server:
        facts = facts_for([server.url("/a")])
        count = len(server.seen)
    verdict = facts.verdicts[server.url("/a")]
    assert verdict.status == UNVERIFIED and "redirect loop" in verdict.detail
    assert count == 2


def test_every_redirect_hop_is_checked():
    with LoopbackServer({"/x": Answer(302, {"Location": "ftp://127.0.0.1/file"})}) as server:
        facts = facts_for([server.url("/x")])
    verdict = facts.verdicts[server.url("/x")]
    assert verdict.status == UNVERIFIED and "only http and https" in verdict.detail


def test_a_huge_body_is_never_downloaded():
    sent = {"bytes": 0}

    def huge(handler, seen):
        if seen.method == "HEAD":
            return Answer(405)
        handler.send_response(200)
        handler.send_header("Content-Length", str(10**9))
        handler.end_headers()
        chunk = b"x" * 65536
        try:
            for _ in range(10**9 // len(chunk)):
                handler.wfile.write(chunk)
                sent["bytes"] += len(chunk)
        except OSError:
            pass
        return None

    with LoopbackServer({"/big": huge}) as server:
        facts = facts_for([server.url("/big")])
        time.sleep(0.2)  # let the writer notice the closed connection
    assert facts.verdicts[server.url("/big")].status == ALIVE
    assert sent["bytes"] < 64 * 2**20  # at most what the socket buffers held, never the gigabyte


def test_a_server_that_never_answers_cannot_outlast_the_budget():
    with SilentServer() as silent:
        url = f"http://127.0.0.1:{silent.port}/never"
        started = time.monotonic()
        facts = facts_for([url], timeout=30.0, budget=1.0)
        elapsed = time.monotonic() - started
    assert facts.verdicts[url].status == UNVERIFIED
    assert elapsed < 10  # the 30 s read timeout was cut to the 1 s budget


def test_connection_refused_everywhere_gives_one_warning():
    port = closed_port()
    urls = [f"http://127.0.0.1:{port}/issue/{n}" for n in range(3)]
    diagnostics = [d for d in lint_text(proposal_file(urls), "f.md", online()) if d.code.startswith("PL4")]
    assert [d.code for d in diagnostics] == ["PL416"]
    assert "3 links not verified" in diagnostics[0].message


def test_private_addresses_are_refused_without_the_flag():
    with LoopbackServer({"/ok": Answer(200)}) as server:
        facts = facts_for([server.url("/ok")], allow_private_hosts=False)
        count = len(server.seen)
    verdict = facts.verdicts[server.url("/ok")]
    assert verdict.status == UNVERIFIED and "--allow-private-hosts" in verdict.detail
    assert count == 0


def test_a_warm_cache_makes_no_request(tmp_path):
    routes = {"/ok": Answer(200), "/gone": Answer(404), "/flaky": Answer(500)}
    with LoopbackServer(routes) as server:
        urls = [server.url(p) for p in routes]
        first = facts_for(urls, use_cache=True, cache_dir=str(tmp_path), attempts=1)
        before = len(server.seen)
        second = facts_for(urls, use_cache=True, cache_dir=str(tmp_path), attempts=1)
        again = server.seen[before:]
    assert first.verdicts == second.verdicts
    assert [s.path for s in again] == ["/flaky"]  # alive and dead came from the cache; 5xx is never cached


def test_a_dead_verdict_expires_after_an_hour(tmp_path):
    with LoopbackServer({"/gone": Answer(404)}) as server:
        facts_for([server.url("/gone")], use_cache=True, cache_dir=str(tmp_path))
        cache_file = tmp_path / "links-v1.json"
        entries = json.loads(cache_file.read_text())
        for entry in entries.values():
            entry["at"] -= 3601
        cache_file.write_text(json.dumps(entries))
        before = len(server.seen)
        facts_for([server.url("/gone")], use_cache=True, cache_dir=str(tmp_path))
        assert len(server.seen) > before


def test_the_token_never_follows_a_redirect_to_another_host(monkeypatch):
    token = "ghp_secret_token_value_123"
    with LoopbackServer() as other, LoopbackServer() as first:
        first.routes.update({
            "/plain": Answer(302, {"Location": other.url("/landing")}),
            "/graphql": Answer(307, {"Location": other.url("/graphql")}),
        })
        other.routes["/landing"] = Answer(200)
        monkeypatch.setenv("PL_TEST_TOKEN", token)
        monkeypatch.setenv("GITHUB_GRAPHQL_URL", first.url("/graphql"))
        text = proposal_file([first.url("/plain"), "https://github.com/o/r/issues/1"])
        options = online(github_token_env="PL_TEST_TOKEN", allow_hosts=(r"127\.0\.0\.1",))
        diagnostics = lint_text(text, "f.md", options)
        api_calls = first.requests_to("/graphql")
    assert [s.path for s in other.seen] == ["/landing"]
    assert all("authorization" not in s.headers for s in other.seen)
    assert all("authorization" not in s.headers for s in first.requests_to("/plain"))
    assert len(api_calls) == 1 and api_calls[0].headers["authorization"] == f"bearer {token}"
    assert not any(token in d.message for d in diagnostics)


def test_offline_makes_no_request():
    with LoopbackServer({"/gone": Answer(404)}) as server:
        diagnostics = lint_text(proposal_file([server.url("/gone")]), "f.md", Options(offline=True))
        assert server.seen == []
    assert not any(d.code >= "PL410" and d.code.startswith("PL4") for d in diagnostics)


@pytest.mark.parametrize("status", [200, 404])
def test_lfx_urls_are_checked_too(status):
    with LoopbackServer({"/project": Answer(status)}) as server:
        text = proposal_file(["https://github.com/o/r/issues/1"], lfx=server.url("/project"))
        options = online(allow_hosts=(r"127\.0\.0\.1",))
        codes = {d.code for d in lint_text(text, "f.md", options)}
        assert server.requests_to("/project")
    assert ("PL410" in codes) == (status == 404)


def test_when_no_host_can_be_reached_no_check_waits_to_try_again(monkeypatch):
    """The network looks down (connections to two hosts failed, nothing answered): the other checks
    give up at once instead of each waiting out its backoff, and the run says the network is down."""
    waits = []
    sleep = LinkChecker._sleep
    monkeypatch.setattr(LinkChecker, "_sleep", lambda self, seconds: waits.append(seconds) or sleep(self, seconds))
    urls = [f"http://127.0.0.1:{closed_port()}/issue/{n}" for n in range(4)]
    facts = facts_for(urls, attempts=4, backoff=0.05)
    assert facts.network_down == 4
    assert len(waits) <= 1  # without the shortcut: 3 backoffs for each of the 4 links
