"""PL326 handle-link-mismatch: a mentor link shows one GitHub handle and goes to another account."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, document_mentors


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for placed in document_mentors(document):
        mentor = placed.mentor
        if "handle-link-mismatch" not in mentor.issues:
            continue
        span = placed.handle_span
        written = document.lines[span.line - 1][span.column - 1 : span.end_column] \
            if span.line == span.end_line else mentor.raw
        sampled = document.template.names_after_at
        yield Problem(
            span,
            f"`{written}` shows one GitHub handle but links to the account `@{mentor.handle}`"
            + (" (this term's Sample writes a mentor's name after `@` in such links: it may be a name)"
               if sampled else "")
            + "; write the mentor's own handle, once: `@handle`",
            proposal=placed.proposal,
            field=placed.field,
            severity=Severity.INFO if sampled else None,
        )


RULE = Rule("PL326", "handle-link-mismatch", Severity.WARNING, "Mentor link shows one handle and goes to another",
            check=check)
