"""One pull-request comment per run of the action: found by a hidden marker, updated in place.

A fork's pull request gets a read-only token; GitHub then answers 403 (or 404), and the
report stays in the step summary with a notice instead of failing the job.
"""

from __future__ import annotations

import requests

from ...reporting.sinks.runner import command

TIMEOUT = 30
READ_ONLY = (401, 403, 404)


class ReadOnly(Exception):
    """The token may not write here (401, 403 or 404)."""


def api_session(token: str) -> requests.Session:
    session = requests.Session()
    session.headers.update({
        "Accept": "application/vnd.github+json",
        "X-GitHub-Api-Version": "2022-11-28",
        "User-Agent": "proposal-lint-action",
    })
    if token:
        session.headers["Authorization"] = f"Bearer {token}"
    return session


def api_call(session: requests.Session, method: str, url: str, **kwargs) -> requests.Response:
    response = session.request(method, url, timeout=TIMEOUT, **kwargs)
    if response.status_code in READ_ONLY:
        raise ReadOnly(f"HTTP {response.status_code}: {_message(response)}")
    response.raise_for_status()
    return response


def _message(response: requests.Response) -> str:
    try:
        return response.json().get("message", response.reason)
    except ValueError:
        return response.reason or ""


def written_by_a_bot(comment: dict) -> bool:
    """Whether a bot (`github-actions[bot]` with the workflow's token, or a GitHub App) wrote the comment:
    anyone can paste the marker into a comment of their own, which the workflow's token may not edit."""
    return (comment.get("user") or {}).get("type") == "Bot"


def find_comment(session: requests.Session, url: str, marker: str) -> int | None:
    """The id of the first comment a bot wrote holding `marker`, following the API's pagination."""
    next_url: str | None = f"{url}?per_page=100"
    while next_url:
        response = api_call(session, "GET", next_url)
        for comment in response.json():
            if marker in (comment.get("body") or "") and written_by_a_bot(comment):
                return comment["id"]
        next_url = response.links.get("next", {}).get("url")
    return None


def upsert_comment(api: str, repository: str, number: int, token: str, body: str, marker: str,
                   what: str = "pull request") -> str:
    """Create or update the comment; returns "created", "updated" or "skipped" (read-only token)."""
    api = api.rstrip("/")
    session = api_session(token)
    comments_url = f"{api}/repos/{repository}/issues/{number}/comments"
    try:
        existing = find_comment(session, comments_url, marker)
        if existing is None:
            api_call(session, "POST", comments_url, json={"body": body})
            outcome = "created"
        else:
            api_call(session, "PATCH", f"{api}/repos/{repository}/issues/comments/{existing}", json={"body": body})
            outcome = "updated"
    except ReadOnly as error:
        why = "; a pull request from a fork gets a read-only token" if what == "pull request" else \
            "; the workflow needs `issues: write`"
        print(command("notice", f"cannot comment on {what} #{number} ({error}){why}. The report is in the step "
                      "summary.", title="proposal-lint"), flush=True)
        return "skipped"
    except requests.RequestException as error:
        print(command("warning", f"cannot comment on {what} #{number}: {error}", title="proposal-lint"))
        return "skipped"
    print(f"proposal-lint {outcome} its comment on {what} #{number}")
    return outcome
