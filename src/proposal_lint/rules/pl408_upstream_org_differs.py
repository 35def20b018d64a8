"""PL408 upstream-org-differs: a proposal's upstream issue is in another GitHub org than its project's."""

from collections.abc import Iterator

from ..context import RunContext
from ..diagnostics import Problem, Severity
from ..links.orgs import org_outliers
from ..model import Document
from ..registry import Rule


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for outlier in org_outliers(document):
        if outlier.other_project is not None:
            continue
        entry = outlier.entry
        yield Problem(
            outlier.link.span,
            f"upstream issue is in GitHub org `{outlier.org}` while the other proposals of "
            f"`{entry.proposal.project.name}` use `{outlier.usual}`; check that the link is the intended one",
            proposal=entry.proposal,
            field=entry.field,
        )


RULE = Rule("PL408", "upstream-org-differs", Severity.INFO, "Upstream issue in another org than the project's", check=check)
