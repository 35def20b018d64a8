"""What a GitHub handle is, and the looser shapes in which people write one.

`GITHUB_HANDLE` is GitHub's own rule for a user or organization name; every check of "is this
a GitHub handle" uses it. The other patterns here read what a writer *meant* as a handle, before
any judging: the rules then say what is wrong with it (PL306), so they are looser on purpose.
"""

from __future__ import annotations

import re

MAX_LENGTH = 39
# GitHub's rule: 1-39 ASCII letters, digits and hyphens; no hyphen first, last or twice in a row.
GITHUB_HANDLE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}")
# A mention `@handle` in running text (not the `@` of an email address): what a mentor line holds.
MENTION = re.compile(r"(?<![\w.])@" + GITHUB_HANDLE.pattern)
# A handle as written after `@`, before judging: `@jane.doe`, `@jane_doe` and `@@jane` are read, PL306 says why not.
WRITTEN_MENTION = re.compile(r"@(?P<handle>@*[A-Za-z0-9_.-]+)")
# A word that may be a handle written without `@` (`(jane_doe, jane@x.org)`), judged later like the above.
HANDLE_LIKE_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,38}")
GITHUB_URL_PREFIX = r"(?:https?://)?(?:www\.)?github\.com/"
# A GitHub profile URL, its path read as loosely as `WRITTEN_MENTION`.
GITHUB_PROFILE_URL = re.compile(GITHUB_URL_PREFIX + r"(?P<handle>[A-Za-z0-9_.-]+)/?", re.I)
_URL_PREFIX = re.compile(GITHUB_URL_PREFIX, re.I)


def is_github_handle(text: str) -> bool:
    """Whether GitHub would accept `text` (without `@`) as a user or organization name."""
    return GITHUB_HANDLE.fullmatch(text) is not None


def handle_error(handle: str) -> str | None:
    """Why GitHub would reject `handle` (see `GITHUB_HANDLE`), or None."""
    if not handle or is_github_handle(handle):
        return None
    if len(handle) > MAX_LENGTH:
        return f"it is {len(handle)} characters long (at most {MAX_LENGTH})"
    if " " in handle:
        return "it contains a space (a name, not a handle?)"
    bad = sorted({c for c in handle if not (c.isascii() and (c.isalnum() or c == "-"))})
    if bad:
        return "it contains " + ", ".join(f"`{c}`" for c in bad) + " (only letters, digits and `-`)"
    if handle.startswith("-") or handle.endswith("-"):
        return "it starts or ends with `-`"
    return "it has two hyphens in a row"


def handle_in_cell(text: str) -> str:
    """The handle in a cell that holds one as a profile URL, `@handle` or bare (an LFX registry's)."""
    return login(_URL_PREFIX.sub("", text.strip()).strip("/ "))


def login(handle: str | None) -> str:
    """A mentor's handle as GitHub's login: without a leading `@` (empty when there is none)."""
    return (handle or "").lstrip("@")
