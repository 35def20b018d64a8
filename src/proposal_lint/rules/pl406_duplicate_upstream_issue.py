"""PL406 duplicate-upstream-issue: two proposals of one run link the same upstream issue."""

from collections.abc import Iterator, Sequence

from ..context import RunContext
from ..diagnostics import Problem, Severity
from ..links.fields import ISSUE_URL, link_fields
from ..links.urls import identity, shorthand_url
from ..model import Document, Proposal, Span
from ..registry import Rule


def _where(span: Span, here: Span) -> str:
    return f"line {span.line}" if span.path == here.path else f"{span.path}:{span.line}"


def check(documents: Sequence[Document], context: RunContext) -> Iterator[Problem]:
    first: dict[str, tuple[Proposal, Span]] = {}
    for document in documents:
        for entry in link_fields(document, (ISSUE_URL,)):
            for link in entry.links:
                if link.fetchable:
                    key = identity(link.url)
                elif link.found.kind == "shorthand":
                    key = identity(shorthand_url(link.url))
                else:
                    continue
                seen = first.setdefault(key, (entry.proposal, link.span))
                other, other_span = seen
                if other is entry.proposal:
                    continue
                yield Problem(
                    link.span,
                    f"`{link.url}` is also the upstream issue of `{other.title}` ({_where(other_span, link.span)}); "
                    "give each proposal its own issue",
                    proposal=entry.proposal,
                    field=entry.field,
                )


RULE = Rule("PL406", "duplicate-upstream-issue", Severity.WARNING, "Two proposals share an upstream issue",
            scope="run", check=check)
