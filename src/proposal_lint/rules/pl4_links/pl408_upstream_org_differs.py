"""PL408 upstream-org-differs: a proposal's upstream issue is in another GitHub org than its project's."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity
from ...reading.links.orgs import org_outliers


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for outlier in org_outliers(document, context.facts.projects):
        if outlier.other_project is not None:
            continue
        entry = outlier.entry
        project = entry.proposal.project.name
        if outlier.owner is not None:
            where = f"`{outlier.org}/{outlier.repo}`, a repository of CNCF project {outlier.owner.name},"
            advice = f"if the proposal is joint work with {outlier.owner.name} this is fine; otherwise check the link"
        else:
            where, advice = f"GitHub org `{outlier.org}`", "check that the link is the intended one"
        yield Problem(
            outlier.link.span,
            f"upstream issue is in {where} while the other proposals of `{project}` use "
            f"`{outlier.usual}`; {advice}",
            proposal=entry.proposal,
            field=entry.field,
        )


RULE = Rule("PL408", "upstream-org-differs", Severity.INFO, "Upstream issue in another org than the project's", check=check)
