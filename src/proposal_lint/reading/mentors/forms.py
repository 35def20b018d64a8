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
    "name-is-handle": "the name is the GitHub handle, not the mentor's name",
    "unclosed-parenthesis": "the parenthesis after the name is not closed",
    "parenthesis-cut": "the next mentor starts inside its parentheses",
}
# Departures that are mistakes rather than another way of writing the entry: a warning even where
# the entry still gives name, handle and email. (A name that is only the handle stays an info there:
# some mentors go by their handle, and admins have accepted such entries.)
MISTAKES = frozenset({"unclosed-parenthesis"})


def canonical(mentor: Mentor) -> str:
    """The template form of an entry, with placeholders for what is missing (an issue form's line for its entries)."""
    name = None if "name-is-handle" in mentor.issues else mentor.name
    if mentor.lfid is not None:
        return f"{name or 'Full Name'} | @{mentor.handle or 'github-handle'} | {mentor.email or 'email'} | " \
               f"{mentor.lfid or 'LFID'}"
    text = f"{name or 'Name'} (@{mentor.handle or 'github-handle'}, {mentor.email or 'email'})"
    return f"{text} - {mentor.role}" if mentor.role else text
