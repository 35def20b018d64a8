"""A term at a glance, from a run's report: its projects, their proposals against the quota, the
mentors, the upstream issues' state, the LFX URLs and each proposal's findings.

Plain data for the summary reporter and the export; it decides nothing the rules did not.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ..cncf.projects import ProjectList, fold, plain_name
from ..core.diagnostics import Diagnostic, Severity
from ..engine.report import Report
from ..reading.issue_form import is_form
from ..core.model import Document, Proposal
from ..reading.programs import Program, program_of
from ..cncf.layout import term_of

UNKNOWN = "unknown"  # offline, or nothing was fetched


class ProposalRow(NamedTuple):
    program: Program
    findings: tuple[Diagnostic, ...]
    upstream_state: str  # open, closed, pull-request, moved, dead, unverified, none, unknown
    lfx_status: str  # set, empty, invalid

    @property
    def errors(self) -> int:
        return sum(d.severity == Severity.ERROR for d in self.findings)

    @property
    def warnings(self) -> int:
        return sum(d.severity == Severity.WARNING for d in self.findings)


class ProjectRow(NamedTuple):
    name: str
    quota: int | None  # None when no quota applies to the term (an older term, GSoC)
    proposals: tuple[ProposalRow, ...]

    @property
    def mentors(self) -> int:
        """Distinct mentors over the project's proposals (by handle, else email, else name)."""
        return len({(m.github_handle or m.email or m.name or "").casefold()
                    for row in self.proposals for m in row.program.mentors} - {""})

    @property
    def over_quota(self) -> bool:
        return self.quota is not None and len(self.proposals) > self.quota


class TermView(NamedTuple):
    term: str  # the term's name, else its file or directory
    paths: tuple[str, ...]
    projects: tuple[ProjectRow, ...]
    online: bool
    network_down: bool = False  # online, but no request could connect: upstream states are unknown

    @property
    def proposals(self) -> tuple[ProposalRow, ...]:
        return tuple(row for project in self.projects for row in project.proposals)


def findings_by_proposal(report: Report) -> dict[tuple[str, int], list[Diagnostic]]:
    """Each proposal's findings, keyed by (path, line of its title): those inside it, and those that
    name it from elsewhere (PL112 sits on the project heading)."""
    documents = {d.path: d for d in report.documents}
    found: dict[tuple[str, int], list[Diagnostic]] = {}
    for diagnostic in report.diagnostics:
        document = documents.get(diagnostic.path)
        if document is None:
            continue
        proposal = document.proposal_at(diagnostic.line)
        if proposal is None or (diagnostic.proposal and proposal.title != diagnostic.proposal):
            proposal = next((p for p in document.proposals if p.title == diagnostic.proposal), proposal)
        if proposal is not None:
            found.setdefault((document.path, proposal.heading.span.line), []).append(diagnostic)
    return found


def _upstream_state(report: Report, document: Document, proposal: Proposal, program: Program) -> str:
    if not program.upstream_issue_url:
        return "none"
    links = report.facts.links if report.facts is not None else None
    if links is None:
        return UNKNOWN
    from ..reading.links.fields import links_with_verdicts

    for entry, _, verdict in links_with_verdicts(document, links, ("issue-url",)):
        if entry.proposal is not proposal:
            continue
        if verdict.status != "alive":
            return verdict.status
        return "pull-request" if verdict.pull_request else "moved" if verdict.moved_to else \
            "closed" if verdict.closed else "open"
    return UNKNOWN


def _lfx_status(program: Program, findings: Sequence[Diagnostic]) -> str:
    if not program.lfx_url:
        return "empty"
    return "invalid" if any(d.code == "PL407" for d in findings) else "set"


def _term_key(document: Document, proposal: Proposal) -> str:
    """Issue bodies group by the term they name; a Markdown file by its term directory (or itself)."""
    if is_form(document) and proposal.term:
        return proposal.term
    return term_of(document.path)


def term_views(report: Report, projects: ProjectList | None = None) -> list[TermView]:
    """The report's proposals, term by term (in order of first appearance), project by project; `projects`
    is the CNCF project list when the run did not load it."""
    facts = report.facts
    projects = facts.projects if facts is not None and facts.projects is not None else projects
    if projects is None:
        from ..cncf.projects import load_project_list

        projects = load_project_list(report.options.cncf_projects)
    quotas = facts.quotas if facts is not None else None
    findings = findings_by_proposal(report)
    terms: dict[str, dict] = {}
    for document in report.documents:
        for proposal in document.proposals:
            program = program_of(document, proposal, projects)
            mine = tuple(findings.get((document.path, proposal.heading.span.line), ()))
            row = ProposalRow(program, mine, _upstream_state(report, document, proposal, program),
                              _lfx_status(program, mine))
            term = terms.setdefault(_term_key(document, proposal), {"name": proposal.term, "paths": {}, "projects": {}})
            term["paths"][document.path] = None
            project = program.project or "(no project)"
            term["projects"].setdefault(project.strip().casefold(), (project, []))[1].append(row)
    network_down = bool(facts is not None and facts.links is not None and facts.links.network_down)
    views = []
    for key, term in terms.items():
        name = term["name"] or key
        rows = []
        for project, proposals in term["projects"].values():
            quota = quotas.quota_for(project, name) if quotas is not None and quotas.covers(name) else None
            rows.append(ProjectRow(project, quota, tuple(proposals)))
        views.append(TermView(name, tuple(term["paths"]), tuple(sorted(rows, key=lambda r: fold(plain_name(r.name)))),
                              online=not report.options.offline, network_down=network_down))
    return views
