"""PL201 missing-field: a field the template requires is not in the proposal.

One finding per proposal, on its heading, naming every missing field (and where the content of
each seems to stand); a field written with its label in the wrong place (nested under another
item, or on a line that continues another field's text) is not missing: PL206 reports it where
it stands. A missing first field whose text stands, unlabelled, before every field is a finding of
its own, on that item (or on the paragraph before it where the text starts as prose).

Fix, computed with the problem: a proposal without the `LFX URL:` field the template requires gets
an empty one after its last field, where the fields are bullet items and the last field has no
body (paragraphs or code) that an inserted item would split.
"""

from collections.abc import Iterator

from ..api import (
    Document, Edit, FieldSpec, Fix, Item, Problem, Proposal, Rule, RunContext, Severity, TemplateSpec,
    carried_fixes, is_form,
)
from ...reading.misplaced import Misplaced, misplaced_by_proposal
from ...reading.parser.labels import BULLET
from .._labels import label_text
from ._unwritten import convention_severity


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    if is_form(document):
        return  # an issue form's missing sections are PL111's
    template = document.template
    lfx_url = next((f for f in template.fields if f.kind == "lfx-url"), None)
    for proposal, misplaced in zip(document.proposals, misplaced_by_proposal(document)):
        if not proposal.has_content:
            continue
        present = {f.name for f in proposal.fields}
        present |= {m.spec.name for m in misplaced if _labelled_as(m, template) or _upstream_stray(m)}  # PL206 reports it
        missing = [spec for spec in template.fields if spec.required and spec.name not in present]
        if not missing:
            continue
        first_missing = missing[0] is template.fields[0]
        unlabelled = _unlabelled_first_item(proposal) if first_missing else None
        prose_only = None
        if first_missing and unlabelled is None and proposal.fields:  # paragraphs, then the other fields
            prose_only = _prose_before(document, proposal, min(f.span.line for f in proposal.fields))
        if unlabelled is not None or prose_only is not None:  # the text is there, its label is not: where it starts
            spec, missing = missing[0], missing[1:]
            start = unlabelled.span if unlabelled is not None else proposal.heading.span._replace(line=prose_only)
            prose = _prose_before(document, proposal, start.line) if unlabelled is not None else prose_only
            if prose is not None:  # paragraphs, then a list of their points (GSoC 2025's Vitess FAQ chatbot)
                start = start._replace(line=prose, column=1)
            yield Problem(start._replace(end_line=start.line, end_column=start.column),
                          f"proposal `{proposal.title}` has no `{spec.label}` field, and this "
                          f"unlabelled {'text' if prose else 'item'} reads as one; start it with `{spec.label}:`",
                          proposal=proposal, field_name=spec.name,
                          severity=_unlabelled_severity(document))  # the text is there
        if not missing:
            continue
        fix = _added_field(document, proposal, lfx_url) if lfx_url in missing else None
        strays = [_stray_hint(spec, next((m for m in misplaced if m.spec is spec), None), len(missing) > 1)
                  for spec in missing]
        span = proposal.heading.span
        if fix is not None:  # the finding covers the line the fix adds the field after
            span = span._replace(end_line=fix.edits[0].line, end_column=fix.edits[0].column - 1)
        yield Problem(span, f"proposal `{proposal.title}` has no {_listed(f'`{s.label}`' for s in missing)} "
                      f"field{'s' if len(missing) > 1 else ''}; add {_listed(f'`- {s.label}:`' for s in missing)}"
                      + "".join(hint for hint in strays if hint),
                      proposal=proposal, field_name=missing[0].name, severity=convention_severity(document), fix=fix)


def _unlabelled_severity(document: Document) -> Severity:
    """A warning; an info where the era never wrote its template down, or its reviewers let
    unlabelled text stand (GSoC 2019-2021)."""
    if convention_severity(document) is not None or not document.template.layout_enforced:
        return Severity.INFO
    return Severity.WARNING


def _labelled_as(stray: Misplaced, template: TemplateSpec) -> bool:
    """Whether misplaced content carries its field's label (`- Recommended Skills: Go` nested under
    another item): the field is written, only in the wrong place."""
    return stray.item.label is not None and template.match_label(stray.item.label).spec is stray.spec


def _upstream_stray(stray: Misplaced) -> bool:
    """Upstream links under another label or in loose items, where the proposal has no such field:
    the field is written, under a malformed label (reading.misplaced)."""
    return stray.spec.kind == "issue-url" and stray.host is None and not stray.in_text


def _listed(words) -> str:
    """`a`, `a and b`, `a, b and c`."""
    words = list(words)
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def _stray_hint(spec: FieldSpec, stray, several: bool) -> str:
    """Where a missing field's content seems to stand, if it stands somewhere."""
    if stray is None:
        return ""
    where = f"under `{stray.host.label}`" if stray.host else "outside any field"
    whose = f"`{spec.label}`'s content" if several else "its content"
    return f" ({whose} seems to be at line {stray.item.span.line}, {where})"


def _added_field(document: Document, proposal: Proposal, spec: FieldSpec) -> Fix | None:
    """`- <label>:` inserted after the proposal's last field, if that is a bullet item without a body."""
    if not proposal.fields:
        return None
    last = max(proposal.fields, key=lambda f: f.span.end_line)
    found = label_text(document, last)
    if not last.in_list or last.has_body or found is None or not BULLET.fullmatch(found.prefix):
        return None
    end_line = last.span.end_line
    end = len(document.lines[end_line - 1]) + 1
    heading = proposal.heading.span
    return Fix(
        "PL201",
        f"added `{spec.label}:` to `{proposal.title}`",
        (Edit.insert(end_line, end, f"\n{found.prefix}{spec.label}:"),),
        heading.line,
        heading.column,
    )


def _prose_before(document: Document, proposal: Proposal, line: int) -> int | None:
    """The first line of text between the proposal's title and `line`, if any."""
    for number in range(proposal.heading.span.line + 1, line):
        text = document.lines[number - 1].strip()
        if text and not text.startswith("<!--"):
            return number
    return None


def _unlabelled_first_item(proposal: Proposal) -> Item | None:
    """An item without a label that stands before every field, where the template's first field goes."""
    first = proposal.loose_items[0] if proposal.loose_items else None
    if first is None or first.label is not None or not proposal.fields:
        return None
    return first if first.span.line < proposal.fields[0].span.line else None


RULE = Rule("PL201", "missing-field", Severity.ERROR, "Required field is missing",
            check=check, fix=carried_fixes(check))
