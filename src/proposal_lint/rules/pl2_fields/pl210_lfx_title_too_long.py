"""PL210 lfx-title-too-long: the program's LFX title would exceed LFX's 100 characters."""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, is_form
from ...reading.issue_form.values import LFX_TITLE_MAX, field_of, lfx_length, lfx_title, value_of


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    if not is_form(document):
        return
    for proposal in document.proposals:
        name = field_of(document, proposal, "program_name")
        if name is None or not name.value:
            continue
        project, term = value_of(document, proposal, "cncf_project"), value_of(document, proposal, "term")
        title = lfx_title(project, name.value, term)
        length = lfx_length(title)
        if length <= LFX_TITLE_MAX:
            continue
        budget = LFX_TITLE_MAX - lfx_length(lfx_title(project, "", term))
        yield Problem(
            name.value_span,
            f"the LFX title `{title}` is {length} characters, over LFX's {LFX_TITLE_MAX}: the Program Name "
            f"has {lfx_length(name.value)} and {max(budget, 0)} are left for it; shorten it by {length - LFX_TITLE_MAX}",
            proposal=proposal,
            field=name,
        )


RULE = Rule("PL210", "lfx-title-too-long", Severity.ERROR, "LFX program title over 100 characters", check=check)
