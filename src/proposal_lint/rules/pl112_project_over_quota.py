"""PL112 project-over-quota: a project has more proposals for one term than its quota."""

from collections import defaultdict
from collections.abc import Iterator, Sequence

from ..context import RunContext
from ..diagnostics import Problem, Severity
from ..issue_form import is_form
from ..model import Document, Proposal
from ..registry import Rule
from ..terms import term_of


def _where(proposal: Proposal) -> str:
    span = proposal.heading.span
    return f"{span.path}:{span.line}"


def check(documents: Sequence[Document], context: RunContext) -> Iterator[Problem]:
    quotas = context.facts.quotas
    if quotas is None:
        return
    groups: dict[tuple[str, str, str], list[Proposal]] = defaultdict(list)
    for document in documents:
        # Issue bodies of a term may sit anywhere; a Markdown term is its directory (two checkouts are two terms).
        where = "" if is_form(document) else term_of(document.path)
        for proposal in document.proposals:
            if proposal.project is not None and proposal.term and quotas.covers(proposal.term):
                groups[(proposal.project.name.strip().casefold(), proposal.term.strip(), where)].append(proposal)
    for (_, term, _), proposals in groups.items():
        if len(proposals) <= quotas.lowest:
            continue
        project = proposals[0].project.name
        quota = quotas.quota_for(project, term)
        if len(proposals) <= quota:
            continue
        for proposal in proposals:
            others = ", ".join(_where(p) for p in proposals if p is not proposal)
            yield Problem(
                proposal.project.heading.span,
                f"{project} has {len(proposals)} proposals for {term}, over its quota of {quota} (others: {others}); "
                "going over may be acceptable: ask the CNCF Mentorship admins, and rank the project's proposals",
                proposal=proposal,
            )


RULE = Rule("PL112", "project-over-quota", Severity.WARNING, "Project over its proposal quota for the term",
            scope="run", check=check)
