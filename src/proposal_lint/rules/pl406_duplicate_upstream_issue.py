"""PL406 duplicate-upstream-issue: two proposals of one file link the same upstream issue.

Only proposals of the same file are compared. Proposals of other terms may reuse an issue
(a re-proposal, one idea offered to GSoC and LFX), and the other files of a term
(`project_ideas.md`, `README.md`, `selected_projects.md`) are copies of the same proposals,
so a shared issue across them is the same proposal written twice.
"""

from collections.abc import Iterator

from ..context import RunContext
from ..diagnostics import Problem, Severity
from ..links.fields import ISSUE_URL, link_fields
from ..links.urls import identity, shorthand_url
from ..model import Document, Proposal, Span
from ..registry import Rule


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    first: dict[str, tuple[Proposal, Span]] = {}
    for entry in link_fields(document, (ISSUE_URL,)):
        for link in entry.links:
            if link.fetchable:
                key = identity(link.url)
            elif link.found.kind == "shorthand":
                key = identity(shorthand_url(link.url))
            else:
                continue
            other, other_span = first.setdefault(key, (entry.proposal, link.span))
            if other is entry.proposal:
                continue
            yield Problem(
                link.span,
                f"`{link.url}` is also the upstream issue of `{other.title}` (line {other_span.line}); "
                "give each proposal its own issue",
                proposal=entry.proposal,
                field=entry.field,
            )


RULE = Rule("PL406", "duplicate-upstream-issue", Severity.WARNING, "Two proposals of one file share an upstream issue",
            check=check)
