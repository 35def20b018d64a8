"""Sections to proposals: projects, titles, fields, items and mentors, with their spans."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import takewhile
from typing import NamedTuple

from mistletoe.block_token import List, Paragraph

from ..mentors import mentors_in_field
from ..mentors.classification import is_co_mentor_label
from ...core.model import Field, Item, Project, Proposal, Span
from ...core.template import TemplateSpec
from .labels import BARE_LABEL, LABEL, MARKER
from .sections import NOT_A_TITLE, Section, is_comment, may_be_title, nested_items, plain

UNKNOWN_LABEL_MAX_WORDS = 4


@dataclass
class _Content:
    """What a section's blocks hold, as the model sees it."""

    fields: list[Field] = field(default_factory=list)
    loose_items: list[Item] = field(default_factory=list)
    has_content: bool = False


class _Holder(NamedTuple):
    """The project of a proposal, held by its heading while later headings are read."""

    project: Project | None


@dataclass
class _Ancestor:
    """A heading above the one being read: a proposal's (`project_of` set) or a grouping one;
    `has_groups` is set once a heading that is not a proposal sits under it."""

    section: Section
    project_of: _Holder | None = None
    has_groups: bool = False


@dataclass
class _OpenProposal:
    """A proposal whose sections are still being read."""

    section: Section
    project: Project | None
    content: _Content


def _line_count(paragraph) -> int:
    """Lines a paragraph spans: one more than the line ends in its raw text."""
    return 1 + sum(child.content.count("\n") for child in paragraph.children or ())


class ProposalBuilder:
    """Turns sections into proposals, using the template's heading levels and labels."""

    def __init__(self, lines: tuple[str, ...], path: str, spec: TemplateSpec):
        self.lines = lines
        self.path = path
        self.spec = spec

    def proposals(self, sections: list[Section]) -> list[Proposal]:
        live = [s for s in sections if not s.skipped]
        following = {id(s): (live[i + 1] if i + 1 < len(live) else None) for i, s in enumerate(live)}
        title_level = self.spec.title_level
        result: list[Proposal] = []
        current: _OpenProposal | None = None
        ancestors: list[_Ancestor] = []
        last_project: Project | None = None
        for section in sections:
            if section.skipped:
                if current is not None:
                    result.append(self._close(current, section.heading.span.line - 1))
                    current = None
                continue
            level = section.heading.level
            while ancestors and ancestors[-1].section.heading.level >= level:
                ancestors.pop()
            content = self._content(section.blocks)
            if current is not None and level > title_level and any(a.project_of is not None for a in ancestors):
                current.content.fields += content.fields  # a subsection of the open proposal
                current.content.loose_items += content.loose_items
                current.content.has_content = True
                ancestors.append(_Ancestor(section))
                continue
            if current is not None:
                result.append(self._close(current, section.heading.span.line - 1))
                current = None
            child = following[id(section)]
            has_children = child is not None and child.heading.level > level
            is_proposal = any(f.name for f in content.fields) or (level >= title_level and not has_children and may_be_title(section))
            if is_proposal:
                project = self._project(level, ancestors, last_project)
                last_project = project or last_project
                current = _OpenProposal(section, project, content)
                ancestors.append(_Ancestor(section, project_of=_Holder(project)))
                continue
            if level == self.spec.project_level:
                last_project = Project(section.heading)
            if ancestors:
                ancestors[-1].has_groups = True
            ancestors.append(_Ancestor(section))
        if current is not None:
            result.append(self._close(current, len(self.lines)))
        return result

    def _project(self, level: int, ancestors: list[_Ancestor], last_project: Project | None) -> Project | None:
        """The project a proposal title at `level` belongs to.

        Under a misplaced title (one that owns fields at the project level): that title's
        project. A title at or above the project level: the heading directly above it when that
        groups only proposals, else the project before it. A deeper title: the nearest heading
        above it at or below the project level, or directly above it, or one level above the
        project level that groups only proposals (`### kgateway` over `##### Title` where
        projects are `####`).
        """
        parent = ancestors[-1] if ancestors else None
        if parent is not None and parent.project_of is not None:
            return parent.project_of.project
        if parent is None:
            return last_project if level <= self.spec.project_level else None
        parent_level = parent.section.heading.level
        groups_proposals = not parent.has_groups and not NOT_A_TITLE.fullmatch(plain(parent.section.heading.text))
        project_level = self.spec.project_level
        if level <= project_level:
            return Project(parent.section.heading) if parent_level == level - 1 and groups_proposals else last_project
        if parent_level >= project_level or parent_level == level - 1:
            above = ancestors[-2].section.heading if parent_level > project_level and len(ancestors) > 1 else None
            return Project(parent.section.heading, above)
        if parent_level == project_level - 1 and groups_proposals:
            return Project(parent.section.heading)
        return None

    def _trim(self, end: int) -> int:
        while end > 1 and not self.lines[end - 1].strip():
            end -= 1
        return end

    def _close(self, proposal: _OpenProposal, end: int) -> Proposal:
        content, heading = proposal.content, proposal.section.heading
        return Proposal(
            heading=heading,
            project=proposal.project,
            fields=tuple(content.fields),
            loose_items=tuple(content.loose_items),
            has_content=content.has_content,
            end_line=max(self._trim(end), heading.span.line),
        )

    def _content(self, blocks) -> _Content:
        """Fields and loose items of a section's blocks. A field left empty on its line owns what
        its writer put right under it instead of nesting it: the unlabelled items after it in the
        same list (`- Mentor(s):` then `- Jane Doe (...)`), the items of the list after a plain
        `Label:` line or after the list it ends, up to the next template field, or the paragraph
        after the list it ends."""
        content = _Content(has_content=bool(blocks))
        open_field: Field | None = None  # an empty field whose content may follow
        for block in blocks:
            if isinstance(block, List):
                parsed = [(item, self._list_field(item)) for item in block.children]
                if open_field is not None:  # it owns the list's items up to the next template field
                    owned = list(takewhile(lambda pair: pair[1] is None or pair[1].name is None, parsed))
                    if owned:
                        content.fields[-1] = self._with_items(open_field, tuple(self._item(item) for item, _ in owned))
                        parsed = parsed[len(owned):]
                open_field = None
                for item, field in parsed:
                    if field is not None:
                        content.fields.append(field)
                        open_field = field if self._may_own_what_follows(field) else None
                    elif open_field is not None:
                        open_field = content.fields[-1] = self._with_items(
                            open_field, (*open_field.items, self._item(item)))
                    else:
                        content.loose_items.append(self._item(item))
                if open_field is not None and open_field.items:
                    open_field = None  # its items were found; a paragraph after the list is not its
            elif isinstance(block, Paragraph):
                fields = self._paragraph_fields(block)
                if open_field is not None and not fields:
                    content.fields[-1] = open_field._replace(has_body=True)
                    open_field = None
                    continue
                content.fields.extend(fields)
                last = block.line_number + _line_count(block) - 1
                open_field = fields[-1] if fields and not fields[-1].value and fields[-1].span.line == last else None
            elif not is_comment(block):  # a comment between a label and its content is transparent
                open_field = None
        return content

    def _may_own_what_follows(self, field: Field) -> bool:
        """An empty known field that the template does not allow empty, with nothing nested in it."""
        if field.value or field.items or field.has_body or field.name is None:
            return False
        spec = self.spec.field(field.name)
        return spec is not None and not spec.allow_empty

    def _with_items(self, field: Field, items: tuple[Item, ...]) -> Field:
        """An empty field with the items written right under it as its value."""
        line = field.label_span.line
        start = field.span.column - 1
        value_start = len(self.lines[line - 1].rstrip())
        return self._field(field.label, line, start, value_start, line, items, in_list=field.in_list)

    def _span(self, line: int, start: int, end_line: int, end: int) -> Span:
        end_column = max(end, start + 1) if end_line == line else max(end, 1)
        return Span(self.path, line, start + 1, end_line, end_column)

    def _item_lines(self, item, children) -> tuple[int, int, int]:
        """Line, content start (0-based) and last line of a list item's first paragraph."""
        line_no = item.line_number
        line = self.lines[line_no - 1]
        marker = MARKER.match(line)
        start = marker.end() if marker else len(line) - len(line.lstrip())
        first = children[0] if children else None
        last = line_no + _line_count(first) - 1 if isinstance(first, Paragraph) else line_no
        return line_no, start, min(last, len(self.lines))

    def _text(self, line_no: int, start: int, last: int) -> tuple[str, int]:
        """Joined text from (line_no, start) through line `last`, and the last line's end column."""
        parts = [self.lines[line_no - 1][start:].strip()]
        parts += [self.lines[n - 1].strip() for n in range(line_no + 1, last + 1)]
        end_line_text = self.lines[last - 1].rstrip()
        return " ".join(p for p in parts if p), len(end_line_text)

    def _item(self, item) -> Item:
        children = item.children or ()
        line_no, start, last = self._item_lines(item, children)
        text, end = self._text(line_no, start, last)
        label = LABEL.match(self.lines[line_no - 1], start)
        return Item(
            text=text,
            span=self._span(line_no, start, last, end if last > line_no else max(end, start + len(text))),
            items=tuple(self._item(sub) for sub in nested_items(children)),
            label=label.group("label").strip() if label else None,
        )

    def _list_field(self, item) -> Field | None:
        children = item.children or ()
        line_no, start, last = self._item_lines(item, children)
        line = self.lines[line_no - 1]
        nested = tuple(self._item(sub) for sub in nested_items(children))
        match = LABEL.match(line, start)
        if match is None:
            bare = BARE_LABEL.fullmatch(line, start)
            if bare is None or not (nested or last > line_no or len(children) > 1):
                return None  # a bare label owns nested items, lines that continue it, or blocks
            label = bare.group("label").strip()
            if self.spec.match_label(label).spec is None:
                return None
            value_start = len(line.rstrip())
        else:
            label = match.group("label").strip()
            if self.spec.match_label(label).spec is None and len(label.split()) > UNKNOWN_LABEL_MAX_WORDS:
                return None
            value_start = match.end()
        body = any(not isinstance(child, List) for child in children[1:])
        return self._field(label, line_no, start, value_start, last, nested, in_list=True, has_body=body)

    def _field(self, label, line_no, start, value_start, last, items, in_list, has_body=False) -> Field:
        line = self.lines[line_no - 1]
        label_col = line.index(label, start)
        label_span = self._span(line_no, label_col, line_no, label_col + len(label))
        value, end = self._text(line_no, value_start, last) if value_start < len(line) or last > line_no else ("", 0)
        if value:
            first = len(line) - len(line[value_start:].lstrip())
            value_span = self._span(line_no, first, last, end)
        else:
            value_span = label_span
        end_line = items[-1].span.end_line if items else value_span.end_line
        end_col = items[-1].span.end_column if items else value_span.end_column
        match = self.spec.match_label(label)
        return self._with_mentors(match.spec, Field(
            label=label,
            name=match.spec.name if match.spec else None,
            match=match.kind,
            value=value,
            span=Span(self.path, line_no, label_span.column, end_line, end_col),
            label_span=label_span,
            value_span=value_span,
            items=items,
            in_list=in_list,
            has_body=has_body,
        ))

    def _with_mentors(self, spec, parsed: Field) -> Field:
        """A mentor field (template spec `mentors`) gets its parsed mentor entries; so does a
        `Co-Mentor(s):` field beside it, its entries co-mentors (it is part of the mentor field)."""
        if spec is None and is_co_mentor_label(parsed.label) and self.spec.mentor_field is not None:
            found = mentors_in_field(parsed, self.lines)
            return parsed._replace(mentors=tuple(m._replace(role=m.role or "co-mentor") for m in found))
        if spec is None or not spec.mentors:
            return parsed
        return parsed._replace(mentors=mentors_in_field(parsed, self.lines))

    def _paragraph_fields(self, paragraph) -> list[Field]:
        """Fields written as plain lines (`Label: value`, `**Label:** value`) in a paragraph, known
        labels only; the lines after a label, up to the next one, continue its value."""
        found = []
        first = paragraph.line_number
        last = min(first + _line_count(paragraph) - 1, len(self.lines))
        for line_no in range(first, last + 1):
            line = self.lines[line_no - 1]
            start = len(line) - len(line.lstrip())
            if line.startswith(("-", "*"), start) and not line.startswith("**", start):
                start += 1
            match = LABEL.match(line, start)
            if match and self.spec.match_label(match.group("label").strip()).spec is not None:
                found.append((line_no, start, match))
        ends = [line_no - 1 for line_no, _, _ in found[1:]] + [last]
        return [self._field(match.group("label").strip(), line_no, start, match.end(), end, (), in_list=False)
                for (line_no, start, match), end in zip(found, ends)]
