"""PL416 network-unavailable: no request of the run could connect, so no link was verified."""

from collections.abc import Iterator, Sequence

from ..api import Document, Problem, Rule, RunContext, Severity, link_fields


def check(documents: Sequence[Document], context: RunContext) -> Iterator[Problem]:
    """One warning per file with links, at its first link, so that diff mode keeps it for any touched file."""
    facts = context.facts.links
    if facts is None or not facts.network_down:
        return
    for document in documents:
        links = [(entry, link) for entry in link_fields(document) for link in entry.links if link.fetchable]
        if not links:
            continue
        count = len({link.url for _, link in links})
        entry, first = links[0]
        yield Problem(first.span, f"network unavailable; {count} link{'s' if count != 1 else ''} not verified in this "
                      "file (re-run with network access, or pass --offline to skip online checks)",
                      proposal=entry.proposal, field=entry.field)


RULE = Rule("PL416", "network-unavailable", Severity.WARNING, "Network unavailable, links not verified",
            scope="run", check=check, network=True, whole_file=True)
