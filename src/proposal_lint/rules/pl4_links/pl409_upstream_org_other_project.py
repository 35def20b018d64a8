"""PL409 upstream-org-other-project: the upstream issue is in the org of a different project heading."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity
from ...reading.links.orgs import org_outliers


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for outlier in org_outliers(document, context.facts.projects):
        other = outlier.other_project
        if other is None:
            continue
        entry = outlier.entry
        yield Problem(
            outlier.link.span,
            f"upstream issue is in `{outlier.org}`, the org of project `{other.name}` (line {other.heading.span.line}), "
            f"not `{outlier.usual}` like the rest of `{entry.proposal.project.name}`; "
            f"move the proposal under `{other.name}` or fix the link",
            proposal=entry.proposal,
            field=entry.field,
        )


RULE = Rule("PL409", "upstream-org-other-project", Severity.WARNING,
            "Upstream issue in the org of another project heading", check=check)
