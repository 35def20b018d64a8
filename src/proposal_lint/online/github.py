"""Ask GitHub's GraphQL API, in batches of up to 100 aliases, whether upstream issues exist, are issues
rather than PRs, are open, and whether mentor handles exist.

The token goes only to the configured API endpoint, in a per-request header (never on the session),
with redirects off, so it can never follow a redirect to another host; it is never put in a message.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import requests
from urllib3.util.retry import Retry

from ..core.facts import ALIVE, DEAD, UNVERIFIED, LinkVerdict
from ..core.link_settings import LinkSettings
from ..reading.links.urls import GitHubRef, github_ref

DEFAULT_API = "https://api.github.com"
BATCH = 100
_ISSUE_FIELDS = "__typename ... on Issue { state url } ... on PullRequest { state url }"


class _GitHubRetry(Retry):
    """urllib3's Retry, plus GitHub's secondary rate limit: a 403 with Retry-After; a Retry-After
    longer than `max_retry_after` is waited only that long."""

    max_retry_after: float = 60.0

    def is_retry(self, method: str, status_code: int, has_retry_after: bool = False) -> bool:
        return super().is_retry(method, status_code, has_retry_after) or bool(
            status_code == 403 and has_retry_after and self.total and self._is_method_retryable(method))

    def get_retry_after(self, response) -> float | None:
        seconds = super().get_retry_after(response)
        return None if seconds is None else min(seconds, self.max_retry_after)

    def new(self, **kwargs) -> _GitHubRetry:
        retry = super().new(**kwargs)
        retry.max_retry_after = self.max_retry_after
        return retry


def api_retry(settings: LinkSettings) -> Retry:
    """How the GraphQL session retries a batch: on 502, 503 and 504 (GitHub's gateway hiccups), and on
    a rate limit (429, or 403 with Retry-After), after Retry-After or a doubling backoff; the queries
    only read, so POST is retried too."""
    retry = _GitHubRetry(total=settings.attempts + 1, connect=0, read=0, redirect=0, other=0,
                         status_forcelist=(429, 502, 503, 504), allowed_methods=frozenset({"POST"}),
                         backoff_factor=settings.backoff, respect_retry_after_header=True, raise_on_status=False)
    retry.max_retry_after = settings.max_retry_after
    return retry


def graphql_endpoint() -> str:
    """GITHUB_GRAPHQL_URL, else GITHUB_API_URL + /graphql (as GitHub Actions sets them), else github.com's."""
    explicit = os.environ.get("GITHUB_GRAPHQL_URL", "").strip()
    if explicit:
        return explicit
    return (os.environ.get("GITHUB_API_URL", "").strip().rstrip("/") or DEFAULT_API) + "/graphql"


@dataclass
class GitHubAnswers:
    """What the API answered; issues or handles it did not answer are absent."""

    verdicts: dict[str, LinkVerdict] = field(default_factory=dict)
    handles: dict[str, bool] = field(default_factory=dict)
    requested: bool = False
    connect_failed: bool = False


def _query(issues: list[tuple[str, GitHubRef]], handles: list[str]) -> str:
    parts = [
        f"i{n}: repository(owner: {json.dumps(ref.owner)}, name: {json.dumps(ref.repo)}) "
        f"{{ issueOrPullRequest(number: {int(ref.number)}) {{ {_ISSUE_FIELDS} }} }}"
        for n, (_, ref) in enumerate(issues)
    ]
    parts += [f"u{n}: repositoryOwner(login: {json.dumps(login)}) {{ login }}" for n, login in enumerate(handles)]
    return "query {\n  " + "\n  ".join(parts) + "\n}"


MALFORMED = LinkVerdict(UNVERIFIED, "GitHub's API gave a malformed answer")


def _not_found(errors: list, alias: str) -> bool:
    return any(
        isinstance(e, dict) and e.get("type") == "NOT_FOUND" and isinstance(e.get("path"), list)
        and e["path"][:1] == [alias]
        for e in errors
    )


def _issue_verdict(ref: GitHubRef, node) -> LinkVerdict:
    if not isinstance(node, dict):
        return MALFORMED
    kind, state, url = node.get("__typename"), node.get("state"), node.get("url")
    if kind not in ("Issue", "PullRequest") or not isinstance(state, str):
        return MALFORMED
    moved = None
    now = github_ref(url) if isinstance(url, str) else None
    if now is not None and (now.owner.casefold(), now.repo.casefold(), now.number) != (
            ref.owner.casefold(), ref.repo.casefold(), ref.number):
        moved = url
    return LinkVerdict(ALIVE, f"GitHub: {kind} {state}".strip(), moved_to=moved,
                       pull_request=ref.kind == "issue" and kind == "PullRequest",
                       closed=kind == "Issue" and state == "CLOSED")


def _read(body, issues: list[tuple[str, GitHubRef]], handles: list[str], answers: GitHubAnswers) -> None:
    """Verdicts from one answer; every field is checked, and an answer of the wrong shape leaves the
    issues it should have answered unverified."""
    data = body.get("data") if isinstance(body, dict) else None
    if not isinstance(data, dict):
        if not isinstance(body, dict) or "errors" not in body:
            answers.verdicts.update((url, MALFORMED) for url, _ in issues)
        return
    errors = body.get("errors", [])
    if not isinstance(errors, list) or not all(isinstance(e, dict) and isinstance(e.get("path", []), list) for e in errors):
        answers.verdicts.update((url, MALFORMED) for url, _ in issues)
        return
    for n, (url, ref) in enumerate(issues):
        alias = f"i{n}"
        if alias not in data:
            continue
        repository = data[alias]
        if repository is None:
            if _not_found(errors, alias):
                answers.verdicts[url] = LinkVerdict(DEAD, f"GitHub has no repository {ref.owner}/{ref.repo} (or it is private)")
            continue
        if not isinstance(repository, dict):
            answers.verdicts[url] = MALFORMED
            continue
        node = repository.get("issueOrPullRequest")
        if node is None:
            if _not_found(errors, alias):
                answers.verdicts[url] = LinkVerdict(DEAD, f"GitHub has no issue #{ref.number} in {ref.owner}/{ref.repo}")
            continue
        answers.verdicts[url] = _issue_verdict(ref, node)
    for n, login in enumerate(handles):
        alias = f"u{n}"
        if alias in data:
            answers.handles[login] = isinstance(data[alias], dict)


def ask_github(session: requests.Session, token: str, issues: list[tuple[str, GitHubRef]], handles: list[str],
               deadline: float, timeout: float) -> GitHubAnswers:
    """Batched GraphQL queries; answers what GitHub answered, nothing for the rest."""
    endpoint = graphql_endpoint()
    answers = GitHubAnswers()
    if urlsplit(endpoint).scheme not in ("http", "https"):
        return answers
    if not (token.isascii() and token.isprintable() and " " not in token):
        unusable = LinkVerdict(UNVERIFIED, "the GitHub token has characters no token has (not ASCII, blanks or "
                               "control characters), so GitHub was not asked; check the token variable")
        answers.verdicts.update((url, unusable) for url, _ in issues)
        return answers
    jobs = [("i", item) for item in issues] + [("u", login) for login in handles]
    only_connect_failures = True
    for start in range(0, len(jobs), BATCH):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        chunk = jobs[start:start + BATCH]
        chunk_issues = [item for kind, item in chunk if kind == "i"]
        chunk_handles = [item for kind, item in chunk if kind == "u"]
        answers.requested = True
        try:
            response = session.post(
                endpoint,
                data=json.dumps({"query": _query(chunk_issues, chunk_handles)}),
                headers={"Authorization": f"bearer {token}", "Content-Type": "application/json",
                         "Accept": "application/json"},
                allow_redirects=False,
                timeout=(min(5.0, remaining), min(timeout, remaining)),
            )
        except requests.exceptions.ConnectionError:
            continue
        except requests.exceptions.RequestException:
            only_connect_failures = False
            continue
        only_connect_failures = False
        try:
            body = response.json() if response.status_code == 200 else None
            if response.status_code == 200:
                _read(body, chunk_issues, chunk_handles, answers)
        except (ValueError, RecursionError):  # not JSON, or nested deeper than the parser goes
            answers.verdicts.update((url, MALFORMED) for url, _ in chunk_issues)
        finally:
            response.close()
    answers.connect_failed = answers.requested and only_connect_failures
    return answers
