"""PL110 heading-in-form-field: a `### ` line inside an issue-form field's text."""

import re
from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, Span, is_form

_CUT = re.compile(r"### +")  # where cncf's parser splits a body, fences or not


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    if not is_form(document):
        return
    for proposal in document.proposals:
        for field in proposal.fields:
            if not field.value:
                continue
            for line_no in range(field.value_span.line, field.value_span.end_line + 1):
                line = document.lines[line_no - 1]
                if line_no in document.skipped_lines or not _CUT.match(line):
                    continue
                yield Problem(
                    Span(document.path, line_no, 1, line_no, len(line.rstrip())),
                    f"`{line.strip()}` in `{field.label}` is not a section of the form: cncf's validator accepts "
                    f"it, but cncf's export splits the body at every `### ` line, so the text from here to the "
                    f"next section would be missing from `{field.label}` in the README and on LFX; write the "
                    f"heading as `#### ...` or in bold",
                    proposal=proposal,
                    field=field,
                )


RULE = Rule("PL110", "heading-in-form-field", Severity.WARNING, "`### ` line inside an issue-form field", check=check)
