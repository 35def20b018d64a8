"""URL extraction, GitHub URL kinds, identity normalisation and the address guard (no network)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from proposal_lint.reading.links.urls import (
    PLAIN_TEXT,
    find_in_line,
    github_ref,
    identity,
    scan_markdown,
    scan_plain,
    shorthand_url,
)
from proposal_lint.online.netguard import Refused, check_url


@pytest.mark.parametrize("line, expected", [
    ("https://github.com/o/r/issues/1", [("url", "https://github.com/o/r/issues/1", 0)]),
    ("<https://github.com/o/r/issues/1>.", [("url", "https://github.com/o/r/issues/1", 1)]),
    ("see https://x.org/a), then", [("url", "https://x.org/a", 4)]),
    ("**https://github.com/o/r/issues/2**", [("url", "https://github.com/o/r/issues/2", 2)]),
    ("[o/r#3](https://github.com/o/r/issues/3)", [("url", "https://github.com/o/r/issues/3", 8)]),
    ("[t](<https://a.b/c> \"title\")", [("url", "https://a.b/c", 5)]),
    ("o/r#12 and kube-x/ui.v2#7", [("shorthand", "o/r#12", 0), ("shorthand", "kube-x/ui.v2#7", 11)]),
    ("www.github.com/o/r/issues/4", [("schemeless", "www.github.com/o/r/issues/4", 0)]),
    ("kubestellar/ui (TBD)", []),
    ("<jane@cncf.io>", []),
])
def test_find_in_line(line, expected):
    assert [(f.kind, f.text, f.start) for f in find_in_line(line)] == expected
    for found in find_in_line(line):
        assert line[found.start:found.end] == found.text


_PLAIN_PIECES = st.sampled_from([
    "https://github.com/o/r/issues/1", "github.com/o/r/issues/2", "o/r#3", "see", " ", "  ", "(", ")", ".", ",",
    "#", "-", "1.", "|", "=", ":", "http://x.org/a?b=c", "www.github.com/o/r", "TBD", "é", "\t",
])


@given(st.lists(_PLAIN_PIECES, min_size=1, max_size=8).map("".join))
def test_plain_text_reads_as_mistletoe_reads_it(text):
    """Where find_in_line skips mistletoe (text with no markup), the findings are the same as with it."""
    if PLAIN_TEXT.fullmatch(text.strip()):
        assert scan_plain(text) == scan_markdown(text)


def test_link_text_position():
    line = "- Issue: [https://a.org/1](https://a.org/2)"
    (found,) = find_in_line(line, 9)
    assert line[found.link_text_start:found.link_text_end] == "https://a.org/1"
    assert found.text == "https://a.org/2" and line[found.start:found.end] == "https://a.org/2"


@pytest.mark.parametrize("url, kind", [
    ("https://github.com/o/r/issues/5", "issue"),
    ("https://github.com/o/r/issues/5#issuecomment-9", "issue"),
    ("https://github.com/o/r/pull/5", "pull"),
    ("https://github.com/o/r/discussions/5", "discussion"),
    ("https://github.com/o/r", "repo"),
    ("https://github.com/o/r/issues", "issues-list"),
    ("https://github.com/o/r/issues?q=label%3Alfx", "search"),
    ("https://github.com/search?q=x", "search"),
    ("https://github.com/o/r/blob/main/README.md", "file"),
    ("https://github.com/orgs/o/projects/1", "project"),
    ("https://github.com/o/r/projects/1", "project"),
    ("https://github.com/o", "owner"),
    ("https://github.com/o/r/milestone/2", "milestone"),
    ("https://github.com/o/r/wiki/Home", "other"),
])
def test_github_kinds(url, kind):
    assert github_ref(url).kind == kind


def test_other_hosts_are_not_github():
    assert github_ref("https://gitlab.com/o/r/-/issues/1") is None
    assert github_ref("https://gist.github.com/o/abc") is None


def test_identity_drops_scheme_www_fragment_and_slash_and_keeps_query():
    assert identity("http://www.GitHub.com/O/R/issues/1/#top") == identity("https://github.com/o/r/issues/1")
    assert identity("https://x.org/a?id=1") != identity("https://x.org/a?id=2")
    assert shorthand_url("o/r#7") == "https://github.com/o/r/issues/7"


@pytest.mark.parametrize("url", [
    "http://169.254.169.254/latest/meta-data/",
    "http://127.0.0.1:8080/",
    "http://10.1.2.3/",
    "http://192.168.0.1/",
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://224.0.0.1/",
    "http://0.0.0.0/",
    "http://240.0.0.1/",
    "ftp://example.org/file",
    "file:///etc/passwd",
])
def test_guard_refuses(url):
    with pytest.raises(Refused):
        check_url(url, allow_private=False)


def test_guard_flag_allows_private_but_never_other_schemes():
    check_url("http://127.0.0.1:8080/", allow_private=True)
    with pytest.raises(Refused):
        check_url("ftp://127.0.0.1/", allow_private=True)
