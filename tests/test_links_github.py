"""GitHub-aware mode against a local fake of the GraphQL endpoint, answering in the shape of GitHub's
documented schema: `repository.issueOrPullRequest` (Issue | PullRequest with `state` and `url`),
`repositoryOwner(login)`, null data plus `errors[{type: NOT_FOUND, path, locations, message}]`."""

from __future__ import annotations

import json
import re

import pytest
from issue_forms import render, valid_values
from links_servers import Answer, LoopbackServer, proposal_file

from proposal_lint.engine.lint import Options, lint_text
from proposal_lint.core.link_settings import LinkSettings

pytestmark = pytest.mark.slow  # see `slow` in pyproject.toml

TOKEN = "ghp_fake_token_for_tests"
_ISSUE = re.compile(r'(i\d+): repository\(owner: "([^"]+)", name: "([^"]+)"\) \{ issueOrPullRequest\(number: (\d+)\)')
_OWNER = re.compile(r'(u\d+): repositoryOwner\(login: "([^"]+)"\)')


class FakeGitHub:
    """Issues by (owner, repo, number) -> (typename, state, url); repos that exist; logins that exist."""

    def __init__(self, issues: dict, users: set[str]):
        self.issues = issues
        self.repos = {(o.casefold(), r.casefold()) for o, r, _ in issues}
        self.users = {u.casefold() for u in users}

    def __call__(self, handler, seen) -> Answer:
        query = json.loads(seen.body)["query"]
        data, errors = {}, []
        for alias, owner, repo, number in _ISSUE.findall(query):
            if (owner.casefold(), repo.casefold()) not in self.repos:
                data[alias] = None
                errors.append({"type": "NOT_FOUND", "path": [alias], "locations": [{"line": 2, "column": 3}],
                               "message": f"Could not resolve to a Repository with the name '{owner}/{repo}'."})
                continue
            found = self.issues.get((owner, repo, int(number)))
            if found is None:
                data[alias] = {"issueOrPullRequest": None}
                errors.append({"type": "NOT_FOUND", "path": [alias, "issueOrPullRequest"],
                               "locations": [{"line": 2, "column": 50}],
                               "message": f"Could not resolve to an issue or pull request with the number of {number}."})
                continue
            typename, state, url = found
            data[alias] = {"issueOrPullRequest": {"__typename": typename, "state": state, "url": url}}
        for alias, login in _OWNER.findall(query):
            data[alias] = {"login": login} if login.casefold() in self.users else None
        body = {"data": data, **({"errors": errors} if errors else {})}
        return Answer(200, {"Content-Type": "application/json"}, json.dumps(body).encode())


GH = "https://github.com"
ISSUES = {
    ("o", "r", 1): ("Issue", "OPEN", f"{GH}/o/r/issues/1"),
    ("o", "r", 2): ("Issue", "CLOSED", f"{GH}/o/r/issues/2"),
    ("o", "r", 3): ("PullRequest", "OPEN", f"{GH}/o/r/pull/3"),
    ("o", "r", 4): ("Issue", "OPEN", f"{GH}/new-org/r/issues/40"),
}


@pytest.fixture
def github(monkeypatch):
    fake = FakeGitHub(ISSUES, {"janedoe"})
    with LoopbackServer({"/api/graphql": fake}) as server:
        monkeypatch.setenv("PL_TOKEN", TOKEN)
        monkeypatch.delenv("GITHUB_GRAPHQL_URL", raising=False)
        monkeypatch.setenv("GITHUB_API_URL", server.url("/api"))
        yield server


def _online() -> Options:
    # allow_hosts keeps any plain-HTTP fallback on loopback: the tests never reach github.com.
    return Options(offline=False, links=LinkSettings(use_cache=False, github_token_env="PL_TOKEN", allow_hosts=(r"127\.0\.0\.1",)))


def _codes_by_url(text: str) -> dict[str, set[str]]:
    lines = text.split("\n")
    result: dict[str, set[str]] = {}
    for d in lint_text(text, "f.md", _online()):
        if d.code.startswith("PL41"):
            result.setdefault(lines[d.line - 1][d.column - 1:d.end_column], set()).add(d.code)
    return result


def test_issue_states_from_the_api(github):
    urls = [f"{GH}/o/r/issues/{n}" for n in (1, 2, 3, 4, 99)] + [f"{GH}/nobody/nothing/issues/1"]
    found = _codes_by_url(proposal_file(urls))
    assert f"{GH}/o/r/issues/1" not in found
    assert found[f"{GH}/o/r/issues/2"] == {"PL412"}
    assert found[f"{GH}/o/r/issues/3"] == {"PL413"}
    assert found[f"{GH}/o/r/issues/4"] == {"PL414"}
    assert found[f"{GH}/o/r/issues/99"] == {"PL410"}
    assert found[f"{GH}/nobody/nothing/issues/1"] == {"PL410"}
    assert len(github.seen) == 1  # one batched request for the whole file


def test_mentor_handles_are_checked_in_the_same_query(github):
    mentors = "  - Jane Doe (@janedoe, jane@cncf.io)\n  - Ghost Writer (@no-such-user-x, ghost@cncf.io)"
    text = proposal_file([f"{GH}/o/r/issues/1"], mentors=mentors)
    found = _codes_by_url(text)
    assert found == {"@no-such-user-x": {"PL415"}}
    assert len(github.seen) == 1
    assert "repositoryOwner" in json.loads(github.seen[0].body)["query"]



def test_a_misplaced_mentors_handle_is_asked_about_as_pl306_judges_it(github):
    # The one mentor walk: a mentor entry nested under another field (PL206) is a mentor for PL415 too.
    stray = "  - Stray Ghost (@stray-ghost, stray@cncf.io)\n"
    text = proposal_file([f"{GH}/o/r/issues/1"]).replace("- Recommended Skills: s\n", "- Recommended Skills: s\n" + stray)
    found = _codes_by_url(text)
    assert found == {"@stray-ghost": {"PL415"}}
    assert 'repositoryOwner(login: "stray-ghost")' in json.loads(github.seen[0].body)["query"]
    assert "PL206" in {d.code for d in lint_text(text, "f.md", _online())}

def test_batches_hold_at_most_100_aliases(github):
    urls = [f"{GH}/o/r/issues/{n}" for n in range(1000, 1150)]
    lint_text(proposal_file(urls), "f.md", _online())
    sizes = [len(_ISSUE.findall(json.loads(s.body)["query"])) for s in github.seen]
    assert sorted(sizes) == [50, 100]


def test_the_token_goes_only_to_the_api_as_a_header(github):
    lint_text(proposal_file([f"{GH}/o/r/issues/1"]), "f.md", _online())
    assert [s.headers.get("authorization") for s in github.seen] == [f"bearer {TOKEN}"]
    assert TOKEN not in github.seen[0].body.decode()


def test_without_a_token_the_api_is_not_asked(github, monkeypatch):
    monkeypatch.delenv("PL_TOKEN")
    lint_text(proposal_file([f"{GH}/o/r/issues/2"]), "f.md", _online())
    assert github.seen == []


def test_graphql_url_wins_over_api_url(github, monkeypatch):
    monkeypatch.setenv("GITHUB_GRAPHQL_URL", github.url("/api/graphql"))
    monkeypatch.setenv("GITHUB_API_URL", "http://127.0.0.1:9/unused")
    found = _codes_by_url(proposal_file([f"{GH}/o/r/issues/2"]))
    assert found == {f"{GH}/o/r/issues/2": {"PL412"}}


def test_an_issue_form_body_gets_the_same_github_checks(github):
    mentors = "Jane Doe | @janedoe | jane@cncf.io | janedoe\nSam Lee | @samlee | sam@cncf.io | samlee"
    text = render(valid_values(), Upstream_Issue_URL=f"{GH}/o/r/issues/2", Mentors=mentors)
    lines = text.split("\n")
    found = {(d.code, lines[d.line - 1][d.column - 1:d.end_column]) for d in lint_text(text, "issue.md", _online())
             if d.code in ("PL412", "PL415")}
    assert found == {("PL412", f"{GH}/o/r/issues/2"), ("PL415", "@samlee")}


@pytest.mark.parametrize("failures", [
    [Answer(502), Answer(503)],
    [Answer(403, {"Retry-After": "0"}, b'{"message": "You have exceeded a secondary rate limit."}')],
    [Answer(429, {"Retry-After": "0"})],
])
def test_a_batch_is_retried_on_a_gateway_error_or_a_secondary_rate_limit(monkeypatch, failures):
    fake = FakeGitHub(ISSUES, {"janedoe"})
    pending = list(failures)

    def flaky(handler, seen):
        return pending.pop(0) if pending else fake(handler, seen)

    with LoopbackServer({"/api/graphql": flaky}) as server:
        monkeypatch.setenv("PL_TOKEN", TOKEN)
        monkeypatch.delenv("GITHUB_GRAPHQL_URL", raising=False)
        monkeypatch.setenv("GITHUB_API_URL", server.url("/api"))
        found = _codes_by_url(proposal_file([f"{GH}/o/r/issues/{n}" for n in (1, 2)]))
        seen = len(server.seen)
    assert found == {f"{GH}/o/r/issues/2": {"PL412"}}  # answered: #1 open, #2 closed
    assert seen == len(failures) + 1


def test_a_forbidden_batch_without_retry_after_is_not_retried(github, monkeypatch):
    with LoopbackServer({"/api/graphql": Answer(403)}) as server:
        monkeypatch.setenv("GITHUB_API_URL", server.url("/api"))
        _codes_by_url(proposal_file([f"{GH}/o/r/issues/1"]))
        assert len(server.requests_to("/api/graphql")) == 1
