"""PL316 inconsistent-mentor-email: within one term (a file, or the files of a term directory), one
handle with two emails or one email with two handles."""

from collections.abc import Iterator, Sequence

from ..api import Document, PlacedMentor, Problem, Rule, RunContext, Severity, run_mentors
from ...reading.mentor_emails import is_placeholder, mailbox
from ...cncf.layout import by_term
from ._mentors import where


def check(documents: Sequence[Document], context: RunContext) -> Iterator[Problem]:
    """Mentors are compared within a term only: a mentor's address may change between terms."""
    for term in by_term(documents, lambda document: document.path):
        yield from _check_term(term)


def _check_term(documents: Sequence[Document]) -> Iterator[Problem]:
    by_handle: dict[str, PlacedMentor] = {}
    by_email: dict[str, PlacedMentor] = {}
    reported: set[tuple[str, str]] = set()
    for placed in run_mentors(documents):
        mentor = placed.mentor
        if not mentor.handle or not mentor.email or mentor.email.count("@") != 1 or is_placeholder(mentor.email):
            continue  # an address PL308 or PL311 already rejects is not compared
        handle, email = mentor.handle.casefold(), mailbox(mentor.email)
        first = by_handle.setdefault(handle, placed)
        if mailbox(first.mentor.email) != email and (handle, email) not in reported:
            reported.add((handle, email))
            yield Problem(
                mentor.email_span,
                f"@{mentor.handle} has `{mentor.email}` here but `{first.mentor.email}` at {where(first)}; "
                "use the one address the mentor has on LFX in both places",
                proposal=placed.proposal, field=placed.field,
            )
        first = by_email.setdefault(email, placed)
        if first.mentor.handle.casefold() != handle and (email, handle) not in reported:
            reported.add((email, handle))
            yield Problem(
                mentor.handle_span,
                f"`{mentor.email}` belongs to @{mentor.handle} here but to @{first.mentor.handle} at "
                f"{where(first)}; fix the handle that is wrong",
                proposal=placed.proposal, field=placed.field,
            )


RULE = Rule("PL316", "inconsistent-mentor-email", Severity.WARNING, "Mentor handle and email disagree within a term",
            scope="run", check=check)
