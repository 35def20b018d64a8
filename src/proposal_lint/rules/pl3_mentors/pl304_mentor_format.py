"""PL304 mentor-format: a mentor entry is not written as `Name (@handle, email)`.

In Markdown, an entry that still gives name, handle and email departs in form only: an info. One that lacks
any of them is a warning (PL302 and PL303 say what is missing; this says how to write it), and so is a
mistake in an entry that has them all (`MISTAKES`: a parenthesis left open). Where the template in force
writes no form (LFX 2020-2022, GSoC before 2024), only an entry without the mentor's name is reported, as an
info: the Samples of those eras name their mentors (`Krasi Georgiev (@krasi-georgiev)`), their blocks ask no form.

Fix: `_mentor_fixes.canonical_fixes` (beside PL305's, which shares its reading of entries), on the
entries this check reports only (never one without a name).
"""

from collections.abc import Iterator

from ..api import Document, Mentor, PlacedMentor, Problem, Rule, RunContext, Severity, document_mentors, is_form
from ...reading.mentors import FORMAT_ISSUES, MISTAKES, canonical
from ._mentor_fixes import canonical_fixes

NAME_ISSUES = frozenset({"no-name", "name-is-handle"})


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    if not document.template.mentor_format:
        yield from _unnamed(document)
        return
    form = is_form(document)  # an issue form's line is read by cncf's validator: form matters there
    for placed in document_mentors(document):
        mentor = placed.mentor
        reasons = [FORMAT_ISSUES[issue] for issue in mentor.issues if issue in FORMAT_ISSUES]
        if reasons:
            yield Problem(
                mentor.span,
                f"mentor entry is not in the template form ({'; '.join(reasons)}); write `{canonical(mentor)}`",
                proposal=placed.proposal,
                field=placed.field,
                severity=Severity.INFO if not form and mentor.name and mentor.handle and mentor.email
                and not MISTAKES.intersection(mentor.issues) else None,
            )


def _unnamed(document: Document) -> Iterator[Problem]:
    """Where the template writes no form: the entries that give a handle but not the mentor's name, at info."""
    for placed in document_mentors(document):
        mentor = placed.mentor
        if mentor.handle and NAME_ISSUES.intersection(mentor.issues):
            yield _unnamed_problem(placed, mentor)


def _unnamed_problem(placed: PlacedMentor, mentor: Mentor) -> Problem:
    said = ("has no name; write the mentor's full name before the handle" if "no-name" in mentor.issues
            else "gives the handle as the name; write the mentor's full name in its place")
    return Problem(
        mentor.span,
        f"mentor entry {said}: `Full Name (@{mentor.handle})`",
        proposal=placed.proposal,
        field=placed.field,
        severity=Severity.INFO,
    )


RULE = Rule("PL304", "mentor-format", Severity.WARNING, "Mentor entry not in `Name (@handle, email)` form",
            check=check, fix=canonical_fixes)
