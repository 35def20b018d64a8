"""PL409 upstream-org-other-project: the upstream issue is in the org of a different project heading.

Not where that other project's heading stands nested inside this proposal's project, above the
proposal (`#### Meshery` under `### KubeEdge`, then `#### <title>` meant as Meshery's): the
heading levels are the fault, and PL102 reports them on that heading.
"""

from collections.abc import Iterator

from ..api import Document, Problem, Project, Proposal, Rule, RunContext, Severity
from ...reading.links.orgs import org_outliers


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for outlier in org_outliers(document, context.facts.projects):
        other = outlier.other_project
        if other is None:
            continue
        entry = outlier.entry
        if _nested_above(other, entry.proposal):
            continue
        yield Problem(
            outlier.link.span,
            f"upstream issue is in `{outlier.org}`, the org of project `{other.name}` (line {other.heading.span.line}), "
            f"not `{outlier.usual}` like the rest of `{entry.proposal.project.name}`; "
            f"move the proposal under `{other.name}` or fix the link",
            proposal=entry.proposal,
            field=entry.field,
        )


def _nested_above(other: Project, proposal: Proposal) -> bool:
    """Whether `other`'s heading sits inside `proposal`'s project, above the proposal."""
    own = proposal.project
    return (own is not None and other.within is not None and other.within.span == own.heading.span
            and other.heading.span.line < proposal.heading.span.line)


RULE = Rule("PL409", "upstream-org-other-project", Severity.WARNING,
            "Upstream issue in the org of another project heading", check=check)
