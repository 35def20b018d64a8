"""PL011 not-a-proposal-file: headings shaped like proposals in a file nothing marks as a proposal file."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    if not document.look_alikes:
        return
    first = document.look_alikes[0].heading
    more = len(document.look_alikes) - 1
    look = f"`{first.text}` and {more} more heading{'s' if more > 1 else ''} look like proposal titles" if more \
        else f"`{first.text}` looks like a proposal title"
    yield Problem(
        first.span,
        f"{look}, but nothing marks this file as a proposal file "
        "(it is not in a term's folder or a year's GSoC file, has no Template block, and no heading has the "
        "template's labels under it), so it was not checked; if it holds proposals, write their fields "
        "as `- Description: ...` under each title",
    )


RULE = Rule("PL011", "not-a-proposal-file", Severity.INFO, "Documentation not checked as proposals", check=check)
