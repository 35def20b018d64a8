"""PL404 not-an-issue-url: a GitHub Upstream Issue URL that points at a repo, search, issue list, ...
not an issue; an info when it is still one page where the work is tracked (a PR, a discussion, a
project board, a milestone, a design document), or an issue list in a file whose era's template did
not yet write the field as one issue (before 2023)."""

from collections.abc import Iterator

from ..api import Document, ISSUE_URL, Problem, Rule, RunContext, Severity, link_fields
from ...reading.links.urls import GITHUB_KIND_WORDS, github_ref, is_design_document, is_issue_list, is_tracking_page

_WRONG = "link the issue that describes this project (open one if there is none)"
_TRACKING = "if this project is tracked and discussed there, it can stay; else link the issue that describes it"
_OPEN_FIELD = "the template of this file's era left `Upstream Issue (URL)` open; if one issue describes this project, link it"


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    # A README generated from approved issue-form proposals: the choice of link was reviewed
    # and accepted; say it, but as information, since the file is not where it is fixed.
    generated = document.template_source == "generated"
    for entry in link_fields(document, (ISSUE_URL,)):
        refs = [(link, github_ref(link.url) if link.fetchable else None) for link in entry.links]
        if any(ref is not None and ref.kind == "issue" for _, ref in refs):
            continue  # the issue is there; a pull request or search beside it is context
        for link, ref in refs:
            if ref is None:
                continue
            tracking = is_tracking_page(link.url)
            open_field = not document.template.one_issue and is_issue_list(link.url)
            kind = "a design document" if tracking and is_design_document(link.url) else GITHUB_KIND_WORDS[ref.kind]
            advice = _TRACKING if tracking else _OPEN_FIELD if open_field else _WRONG
            yield Problem(
                link.span,
                f"`{link.url}` is {kind}, not an issue; {advice}",
                proposal=entry.proposal,
                field=entry.field,
                severity=Severity.INFO if generated or tracking or open_field else None,
            )


RULE = Rule("PL404", "not-an-issue-url", Severity.WARNING, "Upstream Issue URL is not a GitHub issue", check=check)
