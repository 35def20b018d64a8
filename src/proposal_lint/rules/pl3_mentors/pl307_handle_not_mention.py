"""PL307 handle-not-mention: the GitHub handle is given as a URL or without `@`."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, document_mentors

_HOW = {"url": "as a profile URL", "bare": "without `@`"}


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    form = document.template.mentor_format
    for placed in document_mentors(document):
        mentor = placed.mentor
        if mentor.lfid is None and not form:
            continue  # the template in force writes no entry form: a URL or a bare handle names the account
        if mentor.handle_source in _HOW:
            yield Problem(
                mentor.handle_span,
                f"GitHub handle written {_HOW[mentor.handle_source]}; write `@{mentor.handle}`"
                + (" (the issue form's validation requires the `@`)" if mentor.lfid is not None else ""),
                proposal=placed.proposal,
                field=placed.field,
                severity=Severity.ERROR if mentor.lfid is not None else None,
            )


RULE = Rule("PL307", "handle-not-mention", Severity.WARNING, "GitHub handle given as URL or without @",
            check=check)
