"""Behind a proxy: HTTP(S)_PROXY is honoured; the address guard checks the target host, not the proxy."""

from __future__ import annotations

import pytest
from links_servers import Answer, LoopbackServer, proposal_file

from proposal_lint.core.facts import ALIVE, UNVERIFIED
from proposal_lint.core.link_settings import LinkSettings
from proposal_lint.online.gather import gather_link_facts
from proposal_lint.reading.parser import parse_document

pytestmark = pytest.mark.slow  # see `slow` in pyproject.toml

TARGET = "http://mentoring.proposal-lint.invalid/issues/1"  # resolves nowhere: only the proxy can reach it


@pytest.fixture
def proxy(monkeypatch):
    with LoopbackServer({TARGET: Answer(200)}) as server:  # a forward proxy sees the absolute URL
        for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "HTTPS_PROXY", "https_proxy", "http_proxy"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("HTTP_PROXY", server.url("/").rstrip("/"))
        yield server


def _facts(urls):
    document = parse_document(proposal_file(urls), "links.md")
    return gather_link_facts([document], LinkSettings(use_cache=False, attempts=1, timeout=5.0))


def test_links_are_fetched_through_the_proxy(proxy):
    facts = _facts([TARGET])
    assert facts.verdicts[TARGET].status == ALIVE, facts.verdicts[TARGET]
    assert [seen.path for seen in proxy.seen] == [TARGET]
    assert not facts.network_down


def test_the_guard_still_refuses_private_targets_through_the_proxy(proxy):
    private = "http://10.1.2.3/private"
    facts = _facts([private])
    assert facts.verdicts[private].status == UNVERIFIED and "--allow-private-hosts" in facts.verdicts[private].detail
    assert proxy.seen == []


def test_no_proxy_bypasses_it(proxy, monkeypatch):
    monkeypatch.setenv("NO_PROXY", "mentoring.proposal-lint.invalid")
    facts = _facts([TARGET])
    assert facts.network_down == 1 and proxy.seen == []
