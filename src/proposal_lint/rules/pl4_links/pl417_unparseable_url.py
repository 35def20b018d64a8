"""PL417 unparseable-url: a URL in a URL field that cannot be parsed (a bad host, port or bracket)."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, link_fields
from ...reading.links.urls import parseable_guess, unparseable_reason


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for entry in link_fields(document):
        for link in entry.links:
            if link.found.kind == "shorthand":
                continue
            reason = unparseable_reason(link.url if "://" in link.url else "https://" + link.url)
            if reason is None:
                continue
            guess = parseable_guess(link.url)
            advice = f"did you mean `{guess}`?" if guess else "retype the address"
            yield Problem(link.span, f"`{link.url}` is not a valid URL ({reason}); {advice}",
                          proposal=entry.proposal, field=entry.field)


RULE = Rule("PL417", "unparseable-url", Severity.ERROR, "URL cannot be parsed", check=check)
