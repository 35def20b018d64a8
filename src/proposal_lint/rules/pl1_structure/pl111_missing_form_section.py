"""PL111 missing-form-section: an issue-form body lacks a section of the form."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, Span, is_form


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    if not is_form(document):
        return
    for proposal in document.proposals:
        present = {f.label: f for f in proposal.fields}
        elements = document.template.elements
        for index, element in enumerate(elements):
            if element.label in present:
                continue
            after = next((present[e.label] for e in elements[index + 1:] if e.label in present), None)
            line = after.span.line if after is not None else proposal.end_line
            yield Problem(
                Span(document.path, line, 1, line, 1),
                f"no `### {element.label}` section: the body was written with an older version of the form, "
                f"or edited by hand; add the section here (`### {element.label}`, a blank line, then its value "
                "or `_No response_`), or file the proposal again with the current form",
                proposal=proposal,
            )


RULE = Rule("PL111", "missing-form-section", Severity.ERROR, "Issue-form body lacks a section of the form",
            check=check)
