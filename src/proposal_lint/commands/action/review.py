"""The fixes of the findings on a pull request's changed lines, as one review of suggested changes.

Each suggestion is a finding's share of what `--fix` writes (the JSON report's `fix`), posted on
the lines it replaces when those lines are in the pull request's diff. A new push updates the
review rather than repeating it: the bot's suggestions that still hold are kept, the others are
deleted, and only the new ones are posted. On a fork's pull request the token is read-only: the
review is written to a file that the `workflow_run` recipe publishes (`publish`), after checking
that the pull request's head is the commit the check ran on.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterable

from ...reporting.sinks.markdown import code_block, text as escape
from .comment import api_call, api_session

MARKER = "<!-- proposal-lint:suggestion -->"
MAX_COMMENTS = 200  # one review; GitHub's own limits are near this and a page of findings is enough
_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.M)


def diff_ranges(base: str, files: Iterable[str]) -> dict[str, list[tuple[int, int]]]:
    """The lines of each file's new side that the pull request's diff shows (hunks, with context)."""
    ranges: dict[str, list[tuple[int, int]]] = {}
    for name in files:
        done = subprocess.run(["git", "diff", "--no-ext-diff", "--no-textconv", "-U3", f"{base}...HEAD", "--", name],
                              capture_output=True)
        text = done.stdout.decode("utf-8", "replace")
        ranges[name] = [(int(start), int(start) + int(count or 1) - 1) for start, count in _HUNK.findall(text)
                        if count != "0"]
    return ranges


def _lines_of(edit: dict) -> tuple[int, int]:
    """The first and last line an edit replaces (its end is exclusive: column 1 ends the line before)."""
    last = edit["end_line"] - 1 if edit["end_column"] == 1 else edit["end_line"]
    return edit["line"], max(last, edit["line"])


def _suggestion_block(text: str) -> str:
    """A ```suggestion block of the replacement lines (their last line ending dropped)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return code_block(text[:-1] if text.endswith("\n") else text, "suggestion")


def suggestions_on_diff(report: dict, ranges: dict[str, list[tuple[int, int]]]) -> list[dict]:
    """Each suggestion of a finding whose replaced lines the diff shows: path, first and last line,
    the finding's code and message, the replacement text."""
    found = []
    for diagnostic in report["diagnostics"]:
        for edit in (diagnostic.get("fix") or {}).get("edits", ()):
            first, last = _lines_of(edit)
            if any(start <= first and last <= end for start, end in ranges.get(diagnostic["path"], ())):
                found.append({"path": diagnostic["path"], "first": first, "last": last, "code": diagnostic["code"],
                              "message": diagnostic["message"], "text": edit["text"]})
    return found[:MAX_COMMENTS]


def review_comment(suggestion: dict) -> dict:
    """The review comment of one suggestion: the finding in escaped text, then the suggestion block."""
    body = (f"{MARKER}\n**{escape(suggestion['code'])}** {escape(suggestion['message'])}\n\n"
            f"{_suggestion_block(suggestion['text'])}")
    comment = {"path": suggestion["path"], "line": suggestion["last"], "side": "RIGHT", "body": body}
    if suggestion["first"] != suggestion["last"]:
        comment.update(start_line=suggestion["first"], start_side="RIGHT")
    return comment


def _key(comment: dict) -> tuple:
    return comment.get("path"), comment.get("start_line") or comment.get("line"), comment.get("line"), comment.get("body")


def _bot_suggestions(session, url: str) -> list[dict]:
    """The review comments of the pull request that the bot wrote with the suggestion marker."""
    found, next_url = [], f"{url}?per_page=100"
    while next_url:
        response = api_call(session, "GET", next_url)
        found += [c for c in response.json()
                  if MARKER in (c.get("body") or "") and (c.get("user") or {}).get("type") == "Bot"]
        next_url = response.links.get("next", {}).get("url")
    return found


def upsert_review(api: str, repository: str, number: int, token: str, head_sha: str, comments: list[dict]) -> dict:
    """Bring the pull request's suggestions up to `comments`: keep those already posted, delete the
    stale ones, post the new ones as one review. Returns how many of each."""
    api, session = api.rstrip("/"), api_session(token)
    pulls = f"{api}/repos/{repository}/pulls"
    existing = _bot_suggestions(session, f"{pulls}/{number}/comments")
    wanted = {_key(comment) for comment in comments}
    kept = {_key(c) for c in existing if _key(c) in wanted}
    for stale in (c for c in existing if _key(c) not in wanted):
        api_call(session, "DELETE", f"{pulls}/comments/{stale['id']}")
    new = [comment for comment in comments if _key(comment) not in kept]
    if new:
        api_call(session, "POST", f"{pulls}/{number}/reviews", json={
            "commit_id": head_sha, "event": "COMMENT", "comments": new,
            "body": f"{MARKER}\nproposal-lint suggests {len(new)} fix(es): commit each with one click, "
                    "or run `proposal-lint check --fix` on the files.",
        })
    return {"kept": len(kept), "deleted": len(existing) - len(kept), "posted": len(new)}


def review_file(number: int, head_sha: str, suggestions: list[dict]) -> str:
    """The suggestions as the file the fork recipe hands to the trusted workflow."""
    return json.dumps({"pull_request": number, "head_sha": head_sha, "suggestions": suggestions}, ensure_ascii=False)


_FIELDS = {"path": str, "first": int, "last": int, "code": str, "message": str, "text": str}


def read_review_file(text: str) -> tuple[int, str, list[dict]]:
    """A review file from an artifact: data from a fork, checked field by field and never trusted
    (the comments are rendered from it here, with its text escaped); ValueError if malformed."""
    data = json.loads(text)
    number, head_sha, suggestions = data.get("pull_request"), data.get("head_sha"), data.get("suggestions")
    if not isinstance(number, int) or isinstance(number, bool) or number <= 0:
        raise ValueError("pull_request is not a positive number")
    if not isinstance(head_sha, str) or not re.fullmatch(r"[0-9a-f]{40}", head_sha):
        raise ValueError("head_sha is not a commit SHA")
    if not isinstance(suggestions, list) or len(suggestions) > MAX_COMMENTS:
        raise ValueError(f"suggestions is not a list of at most {MAX_COMMENTS}")
    for suggestion in suggestions:
        if not isinstance(suggestion, dict) or set(suggestion) != set(_FIELDS) or not all(
                isinstance(suggestion[key], kind) and not isinstance(suggestion[key], bool)
                for key, kind in _FIELDS.items()):
            raise ValueError("a suggestion does not have exactly the fields " + ", ".join(_FIELDS))
        if not 1 <= suggestion["first"] <= suggestion["last"] or not re.fullmatch(r"PL\d{3}", suggestion["code"]):
            raise ValueError("a suggestion has an impossible line range or code")
    return number, head_sha, suggestions


def head_of(api: str, repository: str, number: int, token: str) -> str:
    """The commit a pull request's head points at now."""
    response = api_call(api_session(token), "GET", f"{api.rstrip('/')}/repos/{repository}/pulls/{number}")
    return (response.json().get("head") or {}).get("sha") or ""
