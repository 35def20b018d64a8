"""An issue-form body (one `### <label>` section per form field) to the proposal model.

GitHub renders a submitted form as Markdown: each field as `### <label>`, a blank line, and
the value (`_No response_` when empty). The body is split at the form's own labels, in the
form's order, at top-level headings only: a `### ` line inside a field's text (or a code
fence) stays part of that field, for a rule to report. A bot-appended
`<!-- lfx-url:start --> ... <!-- lfx-url:end -->` block is not content. Like the Markdown
parser, this reader never reports.
"""

from __future__ import annotations

import re

from mistletoe import block_token

from ...core.model import Document, Field, Heading, Project, Proposal, Span
from .form import FormElement, FormTemplate
from .mentors import form_mentors

NO_RESPONSE = "_No response_"
UNSET_DROPDOWN = "None"
LFX_URL_START, LFX_URL_END = "<!-- lfx-url:start -->", "<!-- lfx-url:end -->"
MIN_LABELS_TO_RECOGNISE = 3
_HEADING_LINE = re.compile(r"^[ ]{0,3}(#{1,6})[ \t]+(.*)$", re.M)  # the text is stripped after: no backtracking
_SECTION = re.compile(r"### +(?P<label>.*)")


def opens_with_level_3_heading(text: str) -> bool:
    """The cheap first test of a body (before any form is read): its first headings are `### `
    ones, as many as a body needs to be recognised (a proposal file's `### Project` is followed
    by a `#### Title`)."""
    levels = []
    for match in _HEADING_LINE.finditer(text):
        levels.append(match.group(1))
        if len(levels) == MIN_LABELS_TO_RECOGNISE:
            break
    return len(levels) == MIN_LABELS_TO_RECOGNISE and all(level == "###" for level in levels)


def looks_like_form_body(text: str, form: FormTemplate) -> bool:
    """True when the text's first heading is a `### <label>` of the form and it has at least three of them."""
    labels = {e.label for e in form.elements}
    first = _HEADING_LINE.search(text)
    if first is None or first.group(1) != "###" or first.group(2).strip() not in labels:
        return False
    found = {label for m in _HEADING_LINE.finditer(text) if m.group(1) == "###" and (label := m.group(2).strip()) in labels}
    return len(found) >= min(MIN_LABELS_TO_RECOGNISE, len(labels))


def lfx_url_lines(lines: tuple[str, ...]) -> frozenset[int]:
    """Line numbers of the bot's LFX URL block (from its start marker through its end marker)."""
    excluded: set[int] = set()
    start = None
    for number, line in enumerate(lines, 1):
        if start is None and LFX_URL_START in line:
            start = number
        if start is not None and LFX_URL_END in line:
            excluded.update(range(start, number + 1))
            start = None
    return frozenset(excluded)


def _section_starts(blocks, lines: tuple[str, ...], form: FormTemplate, excluded) -> list[tuple[int, FormElement]]:
    """The lines that open each form section: top-level `### <label>` headings, labels in the form's order.

    A label found out of order is content; so is one that would skip labels found further down
    (a proposer's `### Mentors` inside the description does not swallow the real sections).
    """
    by_label = {e.label: (i, e) for i, e in enumerate(form.elements)}
    candidates = []
    for token in blocks:
        if not isinstance(token, block_token.Heading) or token.level != 3:
            continue
        match = _SECTION.match(lines[token.line_number - 1])
        label = match.group("label").strip() if match else None
        if label in by_label and token.line_number not in excluded:
            candidates.append((token.line_number, label))
    last_at = {label: line for line, label in candidates}
    starts, expected = [], 0
    for line, label in candidates:
        index, element = by_label[label]
        skipped = (e.label for e in form.elements[expected:index])
        if index < expected or any(last_at.get(s, 0) > line for s in skipped):
            continue
        starts.append((line, element))
        expected = index + 1
    return starts


class _Reader:
    """Builds fields from sections, with spans in the body."""

    def __init__(self, lines: tuple[str, ...], path: str, excluded: frozenset[int]):
        self.lines, self.path, self.excluded = lines, path, excluded

    def content_lines(self, first: int, last: int) -> tuple[int, int] | None:
        """First and last non-blank line of a section's content (the LFX URL block left out), if any."""
        numbers = [n for n in range(first, last + 1) if n not in self.excluded and self.lines[n - 1].strip()]
        return (numbers[0], numbers[-1]) if numbers else None

    def field(self, heading_line: int, last: int, element: FormElement) -> Field:
        line = self.lines[heading_line - 1]
        label_col = line.index(element.label, line.index("#") + 3)
        label_span = Span(self.path, heading_line, label_col + 1, heading_line, label_col + len(element.label))
        content = self.content_lines(heading_line + 1, last)
        value, value_span = "", label_span
        if content is not None:
            first, end = content
            start = len(self.lines[first - 1]) - len(self.lines[first - 1].lstrip())
            text = "\n".join(self.lines[n - 1] for n in range(first, end + 1) if n not in self.excluded).strip()
            if text != NO_RESPONSE and not (element.type == "dropdown" and text == UNSET_DROPDOWN):
                value = text
                value_span = Span(self.path, first, start + 1, end, len(self.lines[end - 1].rstrip()))
        parsed = Field(
            label=element.label,
            name=element.label,
            match="exact",
            value=value,
            span=Span(self.path, heading_line, 1, value_span.end_line, value_span.end_column),
            label_span=label_span,
            value_span=value_span,
            in_list=False,
        )
        if element.id == "mentors":
            parsed = parsed._replace(mentors=form_mentors(parsed, self.lines))
        return parsed


def _value(fields: dict[str, Field], form: FormTemplate, element_id: str) -> Field | None:
    label = form.label_of(element_id)
    found = fields.get(label) if label else None
    return found if found is not None and found.value else None


def read_form_body(text: str, path: str, form: FormTemplate) -> Document:
    """Parse one issue-form body into a document holding its one proposal."""
    from ..parser.blocks import html_blocks, tokenize

    lines = tuple(text.split("\n"))
    excluded = lfx_url_lines(lines)
    root = tokenize(text)
    starts = _section_starts(root.children, lines, form, excluded)
    reader = _Reader(lines, path, excluded)
    fields = []
    for i, (line, element) in enumerate(starts):
        last = starts[i + 1][0] - 1 if i + 1 < len(starts) else len(lines)
        fields.append(reader.field(line, last, element))
    by_label = {f.label: f for f in fields}
    name, project, term = (_value(by_label, form, key) for key in ("program_name", "cncf_project", "term"))
    first_line = next((n for n in range(1, len(lines) + 1) if lines[n - 1].strip()), 1)
    heading_span = name.value_span if name else Span(path, first_line, 1, first_line, 1)
    content = reader.content_lines(1, len(lines))
    proposals = ()
    if content is not None:
        proposals = (Proposal(
            heading=Heading(form.title_level, name.value if name else "(no Program Name)", heading_span),
            project=Project(Heading(form.project_level, project.value, project.value_span)) if project else None,
            fields=tuple(fields),
            loose_items=(),
            has_content=True,
            end_line=content[1],
            term=term.value if term else None,
        ),)
    return Document(
        path=path,
        lines=lines,
        template=form,
        template_source="form",
        proposals=proposals,
        skipped_lines=excluded,
        html_blocks=html_blocks(root) if "<" in text else (),
        evidence=("form",),
    )
