"""PL008 unused-suppression: an inline suppression that suppressed nothing, names no rule, or is malformed.

Runs after the suppressions are applied (scope "suppressions"), on each document's Suppressions.
"""

from collections.abc import Iterator

from ..api import Problem, Rule, RunContext, Severity, closest_rule
from ..suppressions import DIRECTIVES, Leftover, Suppressions


def _message(leftover: Leftover, enabled) -> str:
    directive, ref = leftover.directive, leftover.ref
    if leftover.kind == "unknown-directive":
        kinds = ", ".join(f"`{kind}`" for kind in DIRECTIVES)
        return f"`{directive.written}` is not a directive; write `proposal-lint ` then one of {kinds}"
    if leftover.kind == "stray-enable":
        return "`enable` has no `disable` above it to end; remove it"
    if leftover.kind == "unknown-rule":
        close = closest_rule(ref.text)
        hint = f" (did you mean `{close}`?)" if close else ""
        return f"`{ref.text}` is not a rule code, prefix or name{hint}; correct it or remove it"
    if ref is None:
        return f"`{directive.kind}` suppressed nothing; remove the comment"
    if not any(enabled(code) for code in ref.codes):
        return f"`{ref.text}` is not enabled for this file, so there is nothing to suppress; remove it"
    return f"`{ref.text}` in this `{directive.kind}` suppressed nothing; remove it"


def check(suppressions: Suppressions, context: RunContext) -> Iterator[Problem]:
    document = suppressions.document
    policy = context.options.rules

    def enabled(code: str) -> bool:
        return policy.is_enabled(code, document.path)

    for leftover in suppressions.leftovers():
        span = leftover.ref.span if leftover.ref is not None else leftover.directive.span
        yield Problem(span, _message(leftover, enabled), proposal=document.proposal_at(span.line))


RULE = Rule("PL008", "unused-suppression", Severity.WARNING, "Inline suppression that does nothing", scope="suppressions", check=check)
