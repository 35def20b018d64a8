"""PL405 link-text-mismatch: a Markdown link in a URL field shows one address and goes to another."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, link_fields
from ...reading.links.urls import identity, is_url_like


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for entry in link_fields(document):
        for link in entry.links:
            text = link.found.link_text
            if link.text_span is None or not text or not is_url_like(text):
                continue
            if identity(text.strip("<>")) == identity(link.url):
                continue
            yield Problem(
                link.text_span,
                f"link text `{text}` differs from its target `{link.url}`; "
                "make them the same URL, or write the bare URL",
                proposal=entry.proposal,
                field=entry.field,
            )


RULE = Rule("PL405", "link-text-mismatch", Severity.ERROR, "Link text is a different URL than its target", check=check)
