"""An empty "proposal" at the title level that names another CNCF project, right over a proposal:
a project heading one level too deep (`#### Crossplane` then `#### Upgrade OAM Implementation in
Crossplane`, under `### Cloud Native Buildpacks`). PL102 reports it; PL103 does not call it empty."""

from __future__ import annotations

from ..api import Document, Proposal, RunContext


def project_named(document: Document, proposal: Proposal, context: RunContext) -> str | None:
    """The CNCF project that the empty heading `proposal` names, when it is a project heading one
    level too deep: at the title level, under another project's heading, and the next heading of
    the file is a proposal title at its own level."""
    projects, template = context.facts.projects, document.template
    if projects is None or proposal.has_content or proposal.project is None \
            or proposal.heading.level != template.title_level:
        return None
    index = document.proposals.index(proposal)
    following = document.proposals[index + 1] if index + 1 < len(document.proposals) else None
    if following is None or following.heading.level != proposal.heading.level \
            or following.heading.span.line > proposal.end_line + 2 or not following.has_content:
        return None
    named, above = projects.match(proposal.title), projects.match(proposal.project.name)
    if named is None or named.subproject or (above is not None and above.project == named.project):
        return None
    if proposal.title.strip().casefold() not in (named.project.name.casefold(), named.project.slug):
        return None  # only a heading that is the project's name, not a title that starts with it
    return named.project.name
