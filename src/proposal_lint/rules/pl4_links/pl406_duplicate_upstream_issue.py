"""PL406 duplicate-upstream-issue: two proposals of one file, or two issue-form proposals of one
project and term, link the same upstream issue.

A Markdown file is compared with itself only. Proposals of other terms may reuse an issue (a
re-proposal, one idea offered to GSoC and LFX), and the other files of a term
(`project_ideas.md`, `README.md`, `selected_projects.md`) are copies of the same proposals, so a
shared issue across them is the same proposal written twice. Issue-form bodies are one proposal
each: they are compared with the other bodies of the same project and term, as cncf's
validator compares them.
"""

from collections.abc import Iterator, Sequence

from ..api import (
    Document, ISSUE_URL, Problem, Proposal, Rule, RunContext, Severity, Span, is_form, link_fields,
)
from ...reading.links.urls import identity, shorthand_url


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


def check(documents: Sequence[Document], context: RunContext) -> Iterator[Problem]:
    for group in _groups(documents):
        seen: dict[str, list[tuple[tuple[str, str], Proposal, Span]]] = {}
        for document in group:
            for entry in link_fields(document, (ISSUE_URL,)):
                for link in entry.links:
                    if link.fetchable:
                        key = (identity(link.url), _comment(link.url))
                    elif link.found.kind == "shorthand":
                        key = (identity(shorthand_url(link.url)), "")
                    else:
                        continue
                    earlier = seen.setdefault(key[0], [])
                    shared = next(((p, s) for k, p, s in earlier if _same_issue(k, key)), None)
                    earlier.append((key, entry.proposal, link.span))
                    if shared is None or shared[0] is entry.proposal:
                        continue
                    other, other_span = shared
                    yield Problem(
                        link.span,
                        f"`{link.url}` is also the upstream issue of `{other.title}` ({_where(other_span, link.span)}); "
                        "give each proposal its own issue",
                        proposal=entry.proposal,
                        field=entry.field,
                    )


RULE = Rule("PL406", "duplicate-upstream-issue", Severity.WARNING,
            "Two proposals of one file, or of one project and term, share an upstream issue", scope="run", check=check)
