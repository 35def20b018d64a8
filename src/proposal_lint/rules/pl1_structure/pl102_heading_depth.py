"""PL102 heading-depth: a proposal title or its project heading is at the wrong heading level.

The levels of the file's Sample proposal are the era's own too (LFX 2022 Spring's Template block
wrote `####`/`#####`, the Sample beside it `###`/`####`): a proposal written at them is not reported.
"""

from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

import re

from ..api import ISSUE_URL, Document, Problem, Proposal, Rule, RunContext, Severity, TemplateSpec, link_fields
from ._empty_project_titles import project_named

_GITHUB_ORG = re.compile(r"https?://github\.com/([\w.-]+)/", re.I)


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    template = document.template
    layout = _FileLayout.of(document)
    reported_projects: set[int] = set()
    for proposal in document.proposals:
        project = proposal.project
        if project is None:
            continue
        level, project_level = proposal.heading.level, project.heading.level
        named = project_named(document, proposal, context)
        if named is not None:
            yield Problem(
                proposal.heading.span,
                f"`{proposal.title}` is an empty heading at the level of proposal titles, under `{project.name}`, "
                f"right over a proposal: {named} is a CNCF project of its own; write `{'#' * template.project_level} "
                f"{proposal.title}` so the proposal after it is {named}'s",
                proposal=proposal,
            )
            continue
        own = _own_project_nested(template, project, context)
        if own is not None and level == project_level + 1:
            if project.heading.span.line not in reported_projects:
                reported_projects.add(project.heading.span.line)
                yield Problem(
                    project.heading.span,
                    f"project heading `{project.name}` uses {'#' * project_level} under `{project.within.text}` "
                    f"({'#' * project.within.level}), but {own} is a CNCF project of its own, not part of "
                    f"`{project.within.text}`: write `{'#' * template.project_level} {project.name}` and its "
                    f"proposal titles at {'#' * template.title_level}",
                    proposal=proposal,
                )
            continue
        sibling = _beside_own_proposal(document, project, context) if level == project_level + 1 else None
        if sibling is not None:
            if project.heading.span.line not in reported_projects:
                reported_projects.add(project.heading.span.line)
                yield Problem(
                    project.heading.span,
                    f"project heading `{project.name}` uses {'#' * project_level}, the level of the proposal titles "
                    f"of `{project.within.text}` (`{sibling.title}` at line {sibling.heading.span.line}), with its "
                    f"own proposals below it: write `{'#' * template.project_level} {project.name}` and its proposal "
                    f"titles at {'#' * template.title_level}",
                    proposal=proposal,
                )
            continue
        if level == template.title_level and project_level == template.project_level - 1:
            if project.heading.span.line not in reported_projects:  # one finding per misplaced project heading
                reported_projects.add(project.heading.span.line)
                yield Problem(
                    project.heading.span,
                    f"project heading `{project.name}` uses {'#' * project_level} but the template puts projects at "
                    f"{'#' * template.project_level}; write `{'#' * template.project_level} {project.name}`",
                    proposal=proposal,
                )
            continue
        message = _title_message(template, proposal, level, project_level, layout)
        if message:
            at_sample = (project_level, level) == template.sample_levels
            if level == project_level + 1 and project.heading.span.line not in reported_projects \
                    and layout.heading_above_is_odd():
                reported_projects.add(project.heading.span.line)
                yield Problem(
                    project.heading.span,
                    f"project heading `{project.name}` uses {'#' * project_level}, above the file's other project "
                    f"headings and the template ({'#' * template.project_level}); write "
                    f"`{'#' * template.project_level} {project.name}`",
                    proposal=proposal, severity=Severity.WARNING,
                )
            yield Problem(proposal.heading.span, message, proposal=proposal,
                          severity=Severity.INFO if at_sample else _skipped_level_severity(template, level, project_level))


def _own_project_nested(template: TemplateSpec, project, context: RunContext) -> str | None:
    """The CNCF project a heading one level below the template's project level names, when the
    project list says it is neither the project of the heading above it nor one of its repositories'
    owners' (`#### Meshery` under `### KubeEdge`; `#### Headlamp` under `### Kubernetes` is a
    sub-project: its repository is in `kubernetes-sigs`)."""
    projects = context.facts.projects
    within = project.within
    if projects is None or within is None or project.heading.level != template.project_level + 1 \
            or within.level != template.project_level:
        return None
    nested, above = projects.match(project.name), projects.match(within.text)
    if nested is None or above is None or nested.subproject or nested.project == above.project:
        return None
    if any(above.project.owns(org) for org in nested.project.orgs):
        return None
    return nested.project.name


def _beside_own_proposal(document: Document, project, context: RunContext) -> Proposal | None:
    """A proposal of the project heading above `project` written at the template's title level before
    it, when `project` groups proposals one level below the title level (`### Envoy`, `#### Adaptive
    Load Control`, then `#### Open Service Mesh` over `##### Support for WebAssembly filters`): then
    `project` is a project heading one level too deep, not a part of that project, unless the project
    list says it is one (a sub-project, or a repository of that project's orgs)."""
    template, within = document.template, project.within
    if within is None or project.heading.level != template.title_level or within.level != template.project_level:
        return None
    before = next((other for other in document.proposals if other.project is not None
                   and other.project.heading.span.line == within.span.line and other.project.within is None
                   and other.heading.level == template.title_level
                   and other.heading.span.line < project.heading.span.line), None)
    if before is None or _part_of(document, within, project, context):
        return None
    return before


def _part_of(document: Document, within, project, context: RunContext) -> bool:
    """`project` may be a part of `within`: the project list does not know `within`, names `project`
    a sub-project of it or a project in its orgs, or an upstream issue under `project` is in its orgs
    (`#### AgentCube` under `### Volcano`, issues in volcano-sh)."""
    projects = context.facts.projects
    above = projects.match(within.text) if projects is not None else None
    if above is None:
        return True
    nested = projects.match(project.name)
    if nested is not None and (nested.subproject or nested.project == above.project
                               or any(above.project.owns(org) for org in nested.project.orgs)):
        return True
    line = project.heading.span.line
    return any(above.project.owns(match.group(1))
               for entry in link_fields(document, (ISSUE_URL,))
               if entry.proposal.project is not None and entry.proposal.project.heading.span.line == line
               for link in entry.links for match in [_GITHUB_ORG.match(link.url)] if match)


class _FileLayout(NamedTuple):
    """What the file's own headings use: how many project headings it has, how many of them sit at
    the template's project level, and how many proposal titles sit at each level right under their
    project heading."""

    projects: int
    at_template: int
    titles_at: Counter

    @classmethod
    def of(cls, document: Document) -> "_FileLayout":
        projects = [p for p in document.proposals if p.project is not None]
        levels = {p.project.heading.span.line: p.project.heading.level for p in projects}
        return cls(len(levels), sum(1 for level in levels.values() if level == document.template.project_level),
                   Counter(p.heading.level for p in projects if p.heading.level == p.project.heading.level + 1))

    def heading_above_is_odd(self) -> bool:
        """Whether a project heading above the template's level is the odd one out: most of the file's
        other project headings sit at the template's level (it is not the file's own convention)."""
        return self.at_template * 2 > self.projects - 1

    def convention(self, level: int) -> str:
        """`, the level of N other proposals in this file`, when other proposals sit at `level` right
        under their project heading."""
        same = self.titles_at[level]
        return f", the level of {same} other proposal{'s' if same > 1 else ''} in this file" if same else ""


def _skipped_level_severity(template: TemplateSpec, level: int, project_level: int) -> Severity | None:
    """A title deeper than one level under its project (`#####` under `###`) still nests right: a
    warning (an info where the era's reviewers let it stand, GSoC 2019-2021); a title at or above
    its project's level breaks the outline: the rule's error."""
    if level <= project_level + 1:
        return None
    return Severity.WARNING if template.layout_enforced else Severity.INFO


def _title_message(template: TemplateSpec, proposal: Proposal, level: int, project_level: int,
                   layout: _FileLayout) -> str | None:
    project = proposal.project
    if level == project_level + 1:
        if project_level >= template.project_level:
            return None
        sample = (" (the levels of the Sample beside the Template block, an info: reviewers have moved such "
                  "proposals to the Template's levels)" if (project_level, level) == template.sample_levels else "")
        return (
            f"proposal title and its project heading `{project.name}` sit above the template's levels "
            f"({'#' * template.project_level} project, {'#' * template.title_level} title){sample}; write "
            f"`{'#' * template.project_level} {project.name}` and `{'#' * template.title_level} {proposal.title}`"
        )
    expected = project_level + 1 if level <= project_level else max(template.title_level, project_level + 1)
    if expected == level:
        return None
    return (
        f"proposal title uses {'#' * level} but sits under project `{project.name}` "
        f"({'#' * project_level}); write it as `{'#' * expected} {proposal.title}`{layout.convention(expected)}"
    )


RULE = Rule("PL102", "heading-depth", Severity.ERROR, "Proposal title at the wrong heading level", check=check)
