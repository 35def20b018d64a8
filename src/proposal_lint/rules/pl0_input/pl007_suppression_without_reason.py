"""PL007 suppression-without-reason: an inline `proposal-lint disable...` comment that does not say why."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity
from ..suppressions import find_directives


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for directive in find_directives(document):
        if not directive.disables or directive.reason:
            continue
        rules = "".join(f" {ref.text}" for ref in directive.rules)
        yield Problem(
            directive.span,
            f"suppression `{directive.kind}{rules}` gives no reason; add one after ` -- `: "
            f"`<!-- proposal-lint {directive.kind}{rules} -- why -->`",
            proposal=document.proposal_at(directive.span.line),
        )


RULE = Rule("PL007", "suppression-without-reason", Severity.WARNING, "Inline suppression without a reason", check=check)
