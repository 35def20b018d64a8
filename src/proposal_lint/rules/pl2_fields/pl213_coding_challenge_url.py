"""PL213 coding-challenge-url: the Coding Challenge box and the Coding Challenge URL disagree."""

import re
from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, Span, is_form
from ...reading.issue_form.values import checked, field_of

OPTION = "Coding Challenge"
_URL = re.compile(r"https?://\S+")


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    if not is_form(document):
        return
    for proposal in document.proposals:
        box = checked(field_of(document, proposal, "application_prerequisites"), OPTION)
        url = field_of(document, proposal, "coding_challenge_url")
        given = url is not None and url.value
        if box is not None and not given:
            yield Problem(
                Span(document.path, box.line, 1, box.line, len(document.lines[box.line - 1].rstrip())),
                f"`{OPTION}` is checked but the Coding Challenge URL is empty; LFX requires the challenge's URL: "
                f"add it, or uncheck `{OPTION}`",
                proposal=proposal,
                field=url,
            )
        elif box is not None and not _URL.fullmatch(url.value):
            yield Problem(url.value_span, f"`{url.value}` is not a URL; write the challenge's full https:// URL",
                          proposal=proposal, field=url)
        elif box is None and given:
            yield Problem(
                url.value_span,
                f"a Coding Challenge URL is given but `{OPTION}` is not checked, so the export drops it: "
                f"check `{OPTION}` under Application Prerequisites, or clear the URL",
                proposal=proposal,
                field=url,
            )


RULE = Rule("PL213", "coding-challenge-url", Severity.ERROR, "Coding Challenge box and URL disagree", check=check)
