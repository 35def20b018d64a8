"""PL406 duplicate-upstream-issue: two proposals of one file, or two issue-form proposals of one
project and term, link the same upstream issue.

A Markdown file is compared with itself only. Proposals of other terms may reuse an issue (a
re-proposal, one idea offered to GSoC and LFX), and the other files of a term
(`project_ideas.md`, `README.md`, `selected_projects.md`) are copies of the same proposals, so a
shared issue across them is the same proposal written twice. Issue-form bodies are one proposal
each: they are compared with the other bodies of the same project and term, as cncf's
validator compares them.

Sibling proposals of one project that share an issue in that project's org (its tracking issue)
draw an info suggesting one sub-issue each; proposals of different projects, an issue outside the
project's org, or one proposal written twice stay a warning.
"""

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

from ..api import (
    Document, ISSUE_URL, Problem, Proposal, Rule, RunContext, Severity, Span, is_form, link_fields,
)
from ...reading.links.orgs import in_project_org
from ...reading.links.urls import identity, shorthand_url

if TYPE_CHECKING:
    from ...reading.links.fields import FieldLink, LinkField


def _groups(documents: Sequence[Document]) -> Iterator[list[Document]]:
    """Each Markdown file alone; issue-form bodies by their proposal's project and term."""
    bodies: dict[tuple[str, str], list[Document]] = {}
    for document in documents:
        if not is_form(document) or not document.proposals:
            yield [document]
            continue
        proposal = document.proposals[0]
        project = proposal.project.name.casefold() if proposal.project else ""
        bodies.setdefault((project, proposal.term or ""), []).append(document)
    yield from bodies.values()


def _comment(url: str) -> str:
    """The comment a link points at (`#issuecomment-N`), or ""."""
    anchor = url.partition("#")[2]
    return anchor if anchor.startswith(("issuecomment-", "discussioncomment-")) else ""


def _same_issue(one: tuple[str, str], other: tuple[str, str]) -> bool:
    """Two links share an issue unless each points at a different comment of it."""
    return one[0] == other[0] and not (one[1] and other[1] and one[1] != other[1])


def _where(span: Span, here: Span) -> str:
    return f"line {span.line}" if span.path == here.path else f"{span.path}:{span.line}"


class _Use(NamedTuple):
    key: tuple[str, str]
    entry: "LinkField"
    link: "FieldLink"


def _uses(group: list[Document]) -> Iterator[_Use]:
    """Every upstream-issue link of the group that names an issue, in reading order."""
    for document in group:
        for entry in link_fields(document, (ISSUE_URL,)):
            for link in entry.links:
                if link.fetchable:
                    yield _Use((identity(link.url), _comment(link.url)), entry, link)
                elif link.found.kind == "shorthand":
                    yield _Use((identity(shorthand_url(link.url)), ""), entry, link)


def _project(proposal: Proposal) -> str:
    return proposal.project.name.casefold() if proposal.project else ""


def _text(proposal: Proposal) -> str:
    """The proposal's description, whitespace and case folded ("" if it has none)."""
    return " ".join(" ".join(f.value for f in proposal.fields_named("Description")).split()).casefold()


def _copied(one: Proposal, other: Proposal) -> bool:
    """The same proposal written twice: the same title or the same description."""
    text = _text(one)
    return one.title.strip().casefold() == other.title.strip().casefold() or (bool(text) and text == _text(other))


def _umbrella(use: _Use, sharers: list[Proposal], context: RunContext) -> bool:
    """An umbrella issue of one project: every proposal sharing it stands under that project's heading,
    the issue is in that project's org, and none is a copy of another."""
    project = use.entry.proposal.project
    return (project is not None and all(_project(p) == _project(use.entry.proposal) for p in sharers)
            and in_project_org(project, use.link, context.facts.projects)
            and not any(_copied(p, q) for i, p in enumerate(sharers) for q in sharers[i + 1:]))


def _message(use: _Use, other: Proposal, other_span: Span, umbrella: bool) -> str:
    proposal = use.entry.proposal
    shared = f"`{use.link.url}` is also the upstream issue of `{other.title}` ({_where(other_span, use.link.span)})"
    why = "each mentorship project needs its own upstream issue (LFX runs one program per proposal)"
    if umbrella:
        return (f"{shared}, another proposal of `{proposal.project.name}`: a tracking issue can hold them all, "
                f"but {why}; open one sub-issue per proposal under it and link that here")
    if _copied(proposal, other):
        return f"{shared} and has the same title or description: if it is a copy, remove it; otherwise {why}"
    if other.project is not None and _project(other) != _project(proposal):
        return f"{shared}, a proposal of `{other.project.name}`: {why}; link this proposal's own issue"
    return f"{shared}; {why}: link this proposal's own issue"


def check(documents: Sequence[Document], context: RunContext) -> Iterator[Problem]:
    for group in _groups(documents):
        uses = list(_uses(group))
        for index, use in enumerate(uses):
            earlier = [u for u in uses[:index] if _same_issue(u.key, use.key)]
            shared = next((u for u in earlier if u.entry.proposal is not use.entry.proposal), None)
            if shared is None:
                continue
            sharers: list[Proposal] = []
            for u in uses:
                if _same_issue(u.key, use.key) and not any(u.entry.proposal is p for p in sharers):
                    sharers.append(u.entry.proposal)
            umbrella = _umbrella(use, sharers, context)
            yield Problem(
                use.link.span,
                _message(use, shared.entry.proposal, shared.link.span, umbrella),
                proposal=use.entry.proposal,
                field=use.entry.field,
                severity=Severity.INFO if umbrella else None,
            )


RULE = Rule("PL406", "duplicate-upstream-issue", Severity.WARNING,
            "Two proposals of one file, or of one project and term, share an upstream issue", scope="run", check=check)
