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


def _where(span: Span, here: Span) -> str:
    return f"line {span.line}" if span.path == here.path else f"{span.path}:{span.line}"


class _Use(NamedTuple):
    key: tuple[str, str]
    entry: "LinkField"
    link: "FieldLink"
    order: int = 0


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


def _umbrella(use: _Use, sharers: Sequence[Proposal], context: RunContext) -> bool:
    """An umbrella issue of one project: every proposal sharing it stands under that project's heading,
    the issue is in that project's org, and none is a copy of another."""
    project = use.entry.proposal.project
    return (project is not None and all(_project(p) == _project(use.entry.proposal) for p in sharers)
            and in_project_org(project, use.link, context.facts.projects) and not _any_copies(sharers))


def _any_copies(proposals: Sequence[Proposal]) -> bool:
    """Whether two of the proposals are one written twice (a title or a description met before)."""
    titles: set[str] = set()
    texts: set[str] = set()
    for proposal in proposals:
        title, text = proposal.title.strip().casefold(), _text(proposal)
        if title in titles or (text and text in texts):
            return True
        titles.add(title)
        texts.add(text)
    return False


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


class _Issue:
    """The uses of one issue in a group, in reading order: links to the issue itself, and links to
    one of its comments (two links to different comments do not share it)."""

    def __init__(self):
        self.plain: list[_Use] = []
        self.by_comment: dict[str, list[_Use]] = {}

    def add(self, use: _Use) -> None:
        (self.by_comment.setdefault(use.key[1], []) if use.key[1] else self.plain).append(use)

    def sharing(self, comment: str) -> list[_Use]:
        """The uses that share the issue with a link to `comment` ("" for the issue itself)."""
        if comment:
            return sorted(self.plain + self.by_comment[comment], key=lambda use: use.order)
        return sorted(self.plain + [use for uses in self.by_comment.values() for use in uses], key=lambda u: u.order)


def _proposals(uses: Sequence[_Use]) -> list[Proposal]:
    """The distinct proposals of the uses, in reading order."""
    seen: dict[int, Proposal] = {}
    for use in uses:
        seen.setdefault(id(use.entry.proposal), use.entry.proposal)
    return list(seen.values())


def check(documents: Sequence[Document], context: RunContext) -> Iterator[Problem]:
    for group in _groups(documents):
        issues: dict[str, _Issue] = {}
        for order, use in enumerate(_uses(group)):
            issues.setdefault(use.key[0], _Issue()).add(use._replace(order=order))
        for issue in issues.values():
            yield from _issue_problems(issue, context)


class _Sharing(NamedTuple):
    """The uses that share an issue with a link of one kind (to the issue, or to one comment): the
    first of them, the first of another proposal, and whether the issue is that project's umbrella."""

    first: _Use
    second: _Use
    umbrella: bool


def _sharing(uses: list[_Use], context: RunContext) -> _Sharing | None:
    proposals = _proposals(uses)
    if len(proposals) < 2:
        return None
    first = uses[0]
    second = next(use for use in uses if use.entry.proposal is not first.entry.proposal)
    return _Sharing(first, second, _umbrella(first, proposals, context))


def _issue_problems(issue: _Issue, context: RunContext) -> Iterator[Problem]:
    """Each link to the issue that an earlier link of another proposal shares, in reading order."""
    kinds = {comment: _sharing(issue.sharing(comment), context) for comment in ("", *issue.by_comment)}
    for use in sorted(issue.plain + [u for uses in issue.by_comment.values() for u in uses], key=lambda u: u.order):
        sharing = kinds[use.key[1]]
        if sharing is None:
            continue
        shared = sharing.first if use.entry.proposal is not sharing.first.entry.proposal else sharing.second
        if shared.order >= use.order:
            continue
        yield Problem(
            use.link.span,
            _message(use, shared.entry.proposal, shared.link.span, sharing.umbrella),
            proposal=use.entry.proposal,
            field=use.entry.field,
            severity=Severity.INFO if sharing.umbrella else None,
        )


RULE = Rule("PL406", "duplicate-upstream-issue", Severity.WARNING,
            "Two proposals of one file, or of one project and term, share an upstream issue", scope="run", check=check)
