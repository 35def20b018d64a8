"""PL404 not-an-issue-url: a GitHub Upstream Issue URL that points at a PR, repo, search, ... not an issue."""

from collections.abc import Iterator

from ..api import Document, ISSUE_URL, Problem, Rule, RunContext, Severity, link_fields
from ...reading.links.urls import GITHUB_KIND_WORDS, github_ref


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    # A README generated from approved issue-form proposals: the choice of link was reviewed
    # and accepted; say it, but as information, since the file is not where it is fixed.
    severity = Severity.INFO if document.template_source == "generated" else None
    for entry in link_fields(document, (ISSUE_URL,)):
        refs = [(link, github_ref(link.url) if link.fetchable else None) for link in entry.links]
        if any(ref is not None and ref.kind == "issue" for _, ref in refs):
            continue  # the issue is there; a pull request or search beside it is context
        for link, ref in refs:
            if ref is None:
                continue
            yield Problem(
                link.span,
                f"`{link.url}` is {GITHUB_KIND_WORDS[ref.kind]}, not an issue; "
                "link the issue that describes this project (open one if there is none)",
                proposal=entry.proposal,
                field=entry.field,
                severity=severity,
            )


RULE = Rule("PL404", "not-an-issue-url", Severity.WARNING, "Upstream Issue URL is not a GitHub issue", check=check)
