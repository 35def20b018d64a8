"""The template form of a mentor entry, and the ways an entry departs from it (`Mentor.issues`)."""

from __future__ import annotations

from ...core.model import Mentor

FORMAT_ISSUES = {
    "no-parentheses": "handle and email are not in parentheses after the name",
    "no-comma": "handle and email are not separated by a comma",
    "separate-groups": "handle and email stand in separate parentheses",
    "email-first": "the email comes before the handle",
    "name-link": "the name is a link instead of a name followed by `@handle`",
    "handle-link": "the handle is a link instead of a plain `@handle`",
    "email-angle": "the email is written as `<address>`",
    "email-link": "the email is written as a `mailto:` link",
    "email-mailto": "the email is prefixed with `mailto:`",
    "pipe-form": "the entry is written as `Name | @handle | email | LFID`",
    "no-name": "the entry has no name",
    "handle-first": "the handle comes before the name",
    "name-inside": "the name is inside the parentheses",
}


def canonical(mentor: Mentor) -> str:
    """The template form of an entry, with placeholders for what is missing (an issue form's line for its entries)."""
    if mentor.lfid is not None:
        return f"{mentor.name or 'Full Name'} | @{mentor.handle or 'github-handle'} | {mentor.email or 'email'} | " \
               f"{mentor.lfid or 'LFID'}"
    text = f"{mentor.name or 'Name'} (@{mentor.handle or 'github-handle'}, {mentor.email or 'email'})"
    return f"{text} - {mentor.role}" if mentor.role else text
