"""PL408 upstream-org-differs: a proposal's upstream issue is in another GitHub org than its project's."""

from collections.abc import Iterator

from ..api import Document, Problem, Proposal, Rule, RunContext, Severity
from ...reading.links.orgs import org_outliers


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for outlier in org_outliers(document, context.facts.projects):
        if outlier.other_project is not None:
            continue
        entry = outlier.entry
        project = entry.proposal.project.name
        if _misfiled(document, outlier):
            yield Problem(
                outlier.link.span,
                f"upstream issue is in `{outlier.org}/{outlier.repo}`, CNCF project {outlier.owner.name}'s own "
                f"repository, while the other proposals of `{project}` use `{outlier.usual}` and none of them shares "
                f"a mentor with this one: move it under a `{outlier.owner.name}` heading, or fix the link",
                proposal=entry.proposal,
                field=entry.field,
                severity=Severity.WARNING,
            )
            continue
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


def _people(proposal: Proposal) -> set[str]:
    return {(m.handle or m.email or m.name).casefold() for f in proposal.fields for m in f.mentors}


def _misfiled(document: Document, outlier) -> bool:
    """The strong case: the issue is in the repository the CNCF project list gives another project
    (its `repo_url`, not just an org it shares), and the proposal's mentors mentor no other proposal
    of its heading (joint work, such as Kubescape's mentors proposing a Helm feature, shares them)."""
    owner = outlier.owner
    if owner is None or owner.repo != f"{outlier.org}/{outlier.repo}".casefold():
        return False
    proposal = outlier.entry.proposal
    mine = _people(proposal)
    line = proposal.project.heading.span.line
    siblings = [p for p in document.proposals if p is not proposal and p.project and p.project.heading.span.line == line]
    return bool(mine) and not any(mine & _people(p) for p in siblings)


RULE = Rule("PL408", "upstream-org-differs", Severity.INFO, "Upstream issue in another org than the project's", check=check)
