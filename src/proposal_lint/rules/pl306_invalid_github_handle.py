"""PL306 invalid-github-handle: a handle GitHub would not accept as a user name."""

from collections.abc import Iterator

from ..context import RunContext
from ..diagnostics import Problem, Severity
from ..model import Document
from ..rule_table import Rule
from ._mentors import document_mentors

MAX_LENGTH = 39


def handle_error(handle: str) -> str | None:
    """Why GitHub would reject `handle` (1-39 alphanumerics and single inner hyphens), or None."""
    if len(handle) > MAX_LENGTH:
        return f"it is {len(handle)} characters long (at most {MAX_LENGTH})"
    bad = sorted({c for c in handle if not (c.isascii() and (c.isalnum() or c == "-"))})
    if bad:
        return "it contains " + ", ".join(f"`{c}`" for c in bad) + " (only letters, digits and `-`)"
    if handle.startswith("-") or handle.endswith("-"):
        return "it starts or ends with `-`"
    if "--" in handle:
        return "it has two hyphens in a row"
    return None


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    # Where the template asks for no handle, an `@word` may be another site's (Twitter): noted, not an
    # error. A github.com link is GitHub's whatever the era.
    asked = document.template_source == "form" or document.template.mentor_handle
    for placed in document_mentors(document):
        mentor = placed.mentor
        if mentor.handle is None:
            continue
        error = handle_error(mentor.handle)
        if error:
            yield Problem(
                mentor.handle_span,
                f"`@{mentor.handle}` is not a valid GitHub handle: {error}; copy the handle from the mentor's "
                "GitHub profile URL",
                proposal=placed.proposal,
                field=placed.field,
                severity=None if asked or mentor.handle_source != "mention" else Severity.INFO,
            )


RULE = Rule("PL306", "invalid-github-handle", Severity.ERROR, "GitHub handle is not valid", check=check)
