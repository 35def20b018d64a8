"""PL314 primary-mentor: a template that wants one primary mentor (GSoC) gets none or several."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    if not document.template.mentors.primary:
        return
    for proposal in document.proposals:
        fields = [f for f in proposal.fields if f.mentors]
        if not fields:
            continue
        primaries = [m for f in fields for m in f.mentors if m.role == "primary"]
        if not primaries:
            yield Problem(fields[0].label_span,
                          "no mentor is marked primary; mark exactly one: `  - Name (@github-handle, email) - primary`",
                          proposal=proposal, field=fields[0])
        for extra in primaries[1:]:
            yield Problem(extra.span,
                          f"{len(primaries)} mentors are marked primary (first at line {primaries[0].span.line}); "
                          "keep `- primary` on exactly one",
                          proposal=proposal, field=fields[0])


RULE = Rule("PL314", "primary-mentor", Severity.ERROR, "Not exactly one primary mentor", check=check)
