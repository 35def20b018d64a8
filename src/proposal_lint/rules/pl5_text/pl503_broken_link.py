"""PL503 broken-link: Markdown that was meant as a link and does not render as one: a heading's link
broken across lines, or a link inside another link's text."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity
from ...reading.broken_links import broken_links

_MESSAGES = {
    "split": "this heading's link is broken across lines: the heading ends inside its `[...]` text, so it shows "
             "the bracket and the link is lost (the rest, `...](url)`, becomes a paragraph); join the link's text "
             "and target on the heading's line",
    "nested": "a link inside another link's text (`[[name](url)](#anchor)`) renders as one link wrapped in raw "
              "brackets and a raw `](...)`; keep one link per text (`[name](#anchor)`)",
}


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for link in broken_links(document):
        yield Problem(link.span, _MESSAGES[link.kind], proposal=document.proposal_at(link.span.line))


RULE = Rule("PL503", "broken-link", Severity.WARNING, "Link that does not render as a link", check=check)
