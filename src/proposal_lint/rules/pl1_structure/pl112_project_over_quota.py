"""PL112 project-over-quota: a project has more proposals for one term than its quota."""

from collections import defaultdict
from collections.abc import Iterator, Sequence

from ..api import Document, Problem, Proposal, Rule, RunContext, Severity, is_form


def _where(proposal: Proposal) -> str:
    span = proposal.heading.span
    return f"{span.path}:{span.line}"


def check(documents: Sequence[Document], context: RunContext) -> Iterator[Problem]:
    quotas = context.facts.quotas
    if quotas is None:
        return
    groups: dict[tuple[str, str, str], list[Proposal]] = defaultdict(list)
    # a README generated from approved proposals, or the admins' README beside a term's project_ideas.md
    # (its accepted list): the admins already accepted the count
    accepted = {document.path for document in documents if document.template_source in ("generated", "term")}
    for document in documents:
        # Issue bodies of a term may sit anywhere; a Markdown file counts on its own (a term's README
        # and project_ideas.md are copies of the same proposals; two checkouts are two terms).
        where = "" if is_form(document) else document.path
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
        reported = set()
        for proposal in proposals:
            if proposal.project.heading.span in reported:
                continue  # one finding per project heading, not one per proposal under it
            reported.add(proposal.project.heading.span)
            others = ", ".join(_where(p) for p in proposals if p.project.heading.span != proposal.project.heading.span)
            yield Problem(
                proposal.project.heading.span,
                f"{project} has {len(proposals)} proposals for {term}, over its quota of {quota}"
                + (f" (others: {others})" if others else "")
                + "; going over may be acceptable: ask the CNCF Mentorship admins, and rank the project's proposals",
                proposal=proposal,
                severity=Severity.INFO if proposal.heading.span.path in accepted else None,
            )


RULE = Rule("PL112", "project-over-quota", Severity.WARNING, "Project over its proposal quota for the term",
            scope="run", check=check)
