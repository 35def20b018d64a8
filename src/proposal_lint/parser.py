"""Markdown (mistletoe AST plus source lines for columns) to the proposal model.

The parser never reports: anything odd becomes a fact of the model for a rule to judge.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import takewhile
from typing import NamedTuple

from mistletoe import block_token, span_token
from mistletoe.block_token import CodeFence, Heading, List, Paragraph, SetextHeading, Table

from .collector import paused_while_building
from .mentors import mentors_in_field
from .model import Document, Field, Item, Project, Proposal, Span
from .model import Heading as HeadingModel
from .template import GENERATED_PROFILE, TemplateBlock, TemplateSpec, builtin_template, era_template, template_from_block
from .terms import place_of

_ATX = re.compile(r"[ \t]{0,3}#{1,6}(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"(?<![ \t])[ \t]+#+[ \t]*$")  # starts a run of blanks only: linear
_MARKER = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
_LABEL = re.compile(
    r"(?P<open>\*\*|__)?(?P<label>[A-Za-z][A-Za-z0-9 ()/'&.\-]{0,48}?)[ \t]*"
    r"(?P<mid>\*\*|__)?[ \t]*:(?!//)(?P<close>\*\*|__)?[ \t]*"
)
_BARE_LABEL = re.compile(r"(?:\*\*|__)?(?P<label>[A-Za-z][A-Za-z0-9 ()/'&.\-]{0,48}?)(?:\*\*|__)?[ \t]*:?[ \t]*")
_TEMPLATE_TITLE = re.compile(r"(?:proposal |project )?templates?", re.I)
_SAMPLE_TITLE = re.compile(r"(?:samples?|examples?)(?: proposals?| projects?)?|.*\(sample\)", re.I)
_HEADING_MARKUP = re.compile(r"[*_`:]+")
# Headings of a term's page that are never proposals nor projects, whatever their level.
_NOT_A_TITLE = re.compile(
    r"(?:term \d.*|timeline|schedule|table of contents|contents|status|notes?|faq|resources|"
    r"(?:project|application|mentee|mentor)s? instructions|how to (?:apply|propose).*|"
    r"(?:accepted|selected|participating|proposed|graduated) (?:projects?|programs?)|"
    r"(?:proposed )?(?:projects? )?ideas)",
    re.I,
)
# Fields only GSoC ideas files write, and the one only LFX files write: a file whose path says
# nothing is GSoC when it writes more of the first than of the second.
_LFX_FIELDS = re.compile(r"^[ \t]*[-*+][ \t]*(?:\*\*|__)?lfx (?:url|link)", re.I | re.M)
_GSOC_FIELDS = re.compile(
    r"^[ \t]*[-*+][ \t]*(?:\*\*|__)?(?:expected (?:project )?size|expected size of the project|difficulty)",
    re.I | re.M,
)
# What cncf's README generator writes for every program: the LFX title line under its heading
# (admins wrote it by hand in earlier terms too) and a `Technologies` field (only the generator).
_GENERATED_TITLE = re.compile(r"^CNCF - [^\n]+: [^\n]+ \(\d{4} Term \d\)$", re.M)
_GENERATED_FIELD = re.compile(r"^- Technologies: ", re.M)
_CONTAINERS = (block_token.Document, List, block_token.ListItem, block_token.Quote)
UNKNOWN_LABEL_MAX_WORDS = 4
MIN_TITLES_OVER_PROFILE = 2  # titles at one level that outweigh a built-in profile's levels
MIN_TITLES_OVER_BLOCK = 3  # and a file's own Template block's


@dataclass
class _Section:
    """A heading and the blocks up to the next heading."""

    heading: HeadingModel
    blocks: list = field(default_factory=list)
    skipped: bool = False


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

    section: _Section
    project_of: _Holder | None = None
    has_groups: bool = False


@dataclass
class _OpenProposal:
    """A proposal whose sections are still being read."""

    section: _Section
    project: Project | None
    content: _Content


class _HtmlBlock(block_token.HtmlBlock):
    """mistletoe's HTML block, with a quick refusal of the many lines that do not start with `<`."""

    @classmethod
    def start(cls, line: str):
        return line.lstrip()[:1] == "<" and super().start(line)


class _Heading(Heading):
    """mistletoe's ATX heading, read in linear time: its pattern backtracks quadratically on a long
    run of blanks (`# a` + 100,000 spaces + `x`)."""

    _opening = re.compile(r" {0,3}(#{1,6})(?=\s)")

    @classmethod
    def start(cls, line: str):
        match = cls._opening.match(line)
        if match is None:
            return False
        rest = line[match.end() :]
        body = rest.strip()
        stem = body.rstrip("#")
        # A closing run needs a blank before it; a body of `#`s alone takes the opening's blank too.
        closed = stem[-1].isspace() if stem else len(rest) - len(rest.lstrip()) > 1
        cls.level = len(match.group(1))
        content = stem.strip() if closed or not stem else body
        cls.content = "" if set(content) == {"#"} else content
        cls.closing_sequence = body[len(stem) :] if closed else ""
        return True


@contextmanager
def _blocks_only() -> Iterator[None]:
    """Tokenize block structure (HTML blocks included, as GitHub renders them) with no inline
    parsing: a paragraph's text stays one raw string, line ends included.

    The model needs blocks, their lines and how many lines a paragraph spans; mistletoe's
    emphasis and link parsing is superlinear on adversarial lines (`[a](` x 25,000 takes
    minutes), so it is switched off while the document is tokenized.
    """
    saved_spans, saved_blocks = list(span_token._token_types), list(block_token._token_types)
    span_token._token_types[:] = [span_token.RawText]
    block_token._token_types[:] = [
        _HtmlBlock, *(_Heading if t is Heading else t for t in saved_blocks if not issubclass(t, block_token.HtmlBlock))
    ]
    try:
        yield
    finally:
        span_token._token_types[:] = saved_spans
        block_token._token_types[:] = saved_blocks


def _tokenize(text: str) -> block_token.Document:
    """Tokenize with lines split on `\n` only, as the model counts them (not str.splitlines)."""
    with _blocks_only():
        return block_token.Document([line + "\n" for line in text.split("\n")])


def _html_blocks(root: block_token.Document) -> tuple[tuple[int, int], ...]:
    """First and last line of every HTML block, at any depth outside code."""
    found, stack = [], [root]
    while stack:
        token = stack.pop()
        if isinstance(token, block_token.HtmlBlock):
            found.append((token.line_number, token.line_number + token.content.rstrip("\n").count("\n")))
        elif isinstance(token, _CONTAINERS):
            stack.extend(token.children)
    return tuple(sorted(found))


def parse_document(
    text: str,
    path: str,
    template: TemplateSpec | None = None,
    fallback: TemplateSpec | None = None,
    term_block: Callable[[], tuple[TemplateBlock, str] | None] | None = None,
) -> Document:
    """Parse one proposal file against the template in force for it (see `_template_in_force`).

    `template` forces a spec; `term_block` gives the Template block of the file's term (the
    `project_ideas.md` beside it) and where it was read; `fallback` is the configured template.
    """
    with paused_while_building():
        document = _build_document(text, path, template, fallback, term_block)
    return document


def _build_document(text, path, template, fallback, term_block) -> Document:
    lines = tuple(text.split("\n"))
    root = _tokenize(text)
    sections = _sections(root.children, lines, path)
    skipped, block = _skip_examples(sections, lines)
    spec, source = _template_in_force(text, path, sections, block, template, fallback, term_block)
    proposals = _Builder(lines, path, spec).proposals(sections)
    return Document(
        path=path,
        lines=lines,
        template=spec,
        template_source=source,
        proposals=tuple(proposals),
        skipped_lines=frozenset(skipped),
        html_blocks=_html_blocks(root) if "<" in text else (),  # no `<`, no HTML block
    )


def _template_in_force(text, path, sections, block, template, fallback, term_block) -> tuple[TemplateSpec, str]:
    """The template a file is checked against, and where it came from, first found wins:
    `--template` (forced); the file's own Template block (file); the generated-README profile
    (generated); the Template block of the term's project_ideas.md (term); the configured
    template (config); the built-in profile of the file's program and era (builtin).

    Without a block of its own, a file's heading levels are the ones it uses itself.
    """
    if template is not None:
        return template, "forced"
    if block is not None:
        return _levels_in_use(template_from_block(block), sections, settled=True), "file"
    if _GENERATED_FIELD.search(text) and _GENERATED_TITLE.search(text):
        return _levels_in_use(builtin_template(GENERATED_PROFILE), sections), "generated"
    found = term_block() if term_block is not None else None
    if found is not None:
        term, where = found
        return _levels_in_use(template_from_block(term, f"the Template block of {where}"), sections), "term"
    if fallback is not None:
        return fallback, "config"
    place = place_of(path)
    program = place.program or _program_of_fields(text)
    return _levels_in_use(era_template(program, place.when if place.year else None), sections), "builtin"


def _program_of_fields(text: str) -> str:
    gsoc = len(_GSOC_FIELDS.findall(text))
    return "gsoc" if gsoc and gsoc > len(_LFX_FIELDS.findall(text)) else "lfx"


def _levels_in_use(spec: TemplateSpec, sections: list[_Section], settled: bool = False) -> TemplateSpec:
    """The spec with the title level most of the file's field-owning headings use (project one above).

    It takes at least two titles at one level and more than at the spec's level; for a
    `settled` spec (the file's own Template block) three, and twice as many: a whole file one
    level off its block is then one decision, not a finding per proposal, and a file with a
    single proposal keeps the spec's levels.
    """
    counts: dict[int, int] = {}
    for section in sections:
        if not section.skipped and _owns_field(spec, section):
            counts[section.heading.level] = counts.get(section.heading.level, 0) + 1
    if not counts:
        return spec
    title_level = max(counts, key=lambda level: (counts[level], level == spec.title_level))
    if title_level < 2 or title_level == spec.title_level:
        return spec
    if settled:
        needed = max(2 * counts.get(spec.title_level, 0), MIN_TITLES_OVER_BLOCK)
    else:
        needed = max(counts.get(spec.title_level, 0) + 1, MIN_TITLES_OVER_PROFILE)
    if counts[title_level] < needed:
        return spec
    return replace(spec, project_level=title_level - 1, title_level=title_level)


def _owns_field(spec: TemplateSpec, section: _Section) -> bool:
    """Whether a section's own lists start an item with a template label."""
    for block in section.blocks:
        if isinstance(block, List):
            for item in block.children:
                first = item.children[0] if item.children else None
                raw = first.children[0].content if isinstance(first, Paragraph) and first.children else ""
                match = _LABEL.match(raw)
                if match and spec.match_label(match.group("label").strip()).kind in ("exact", "alias"):
                    return True
    return False


def _heading(token, lines: tuple[str, ...], path: str) -> HeadingModel:
    line_no = token.line_number
    line = lines[line_no - 1] if line_no - 1 < len(lines) else ""
    if isinstance(token, SetextHeading):
        start = len(line) - len(line.lstrip())
        text = line.strip()
    else:
        start = _ATX.match(line).end() if _ATX.match(line) else 0
        text = _ATX_CLOSE.sub("", line[start:]).rstrip()
    end_col = start + max(len(text), 1)
    return HeadingModel(token.level, text, Span(path, line_no, start + 1, line_no, end_col))


def _sections(blocks, lines: tuple[str, ...], path: str) -> list[_Section]:
    sections: list[_Section] = []
    for token in blocks:
        if isinstance(token, (Heading, SetextHeading)):
            sections.append(_Section(_heading(token, lines, path)))
        elif sections:
            sections[-1].blocks.append(token)
    return sections


def _is_comment(block) -> bool:
    return isinstance(block, block_token.HtmlBlock) and block.content.lstrip().startswith("<!--")


def _plain(title: str) -> str:
    return _HEADING_MARKUP.sub("", title).strip()


def _skip_examples(sections: list[_Section], lines: tuple[str, ...]) -> tuple[set[int], TemplateBlock | None]:
    """Mark the Template and Sample sections as skipped; read the first Template block, with the
    labels its Sample proposals write."""
    skipped_lines: set[int] = set()
    block: TemplateBlock | None = None
    sample_labels: list[str] = []
    i = 0
    while i < len(sections):
        section = sections[i]
        title = _plain(section.heading.text)
        is_template = bool(_TEMPLATE_TITLE.fullmatch(title))
        if not (is_template or _SAMPLE_TITLE.fullmatch(title)):
            i += 1
            continue
        level = section.heading.level
        if not is_template and i + 1 < len(sections) and sections[i + 1].heading.level > level and not section.blocks:
            level = sections[i + 1].heading.level
            i_end = i + 2
        else:
            i_end = i + 1
        while i_end < len(sections) and sections[i_end].heading.level > level:
            i_end += 1
        for skipped in sections[i:i_end]:
            skipped.skipped = True
            if is_template and block is None:
                block = _template_block(skipped.blocks)
            sample_labels += _item_labels(skipped.blocks, lines)  # a Sample's list (the block's is fenced)
        start = section.heading.span.line
        end = sections[i_end].heading.span.line if i_end < len(sections) else 10**9
        skipped_lines.update(range(start, min(end, start + 100_000)))
        i = i_end
    if block is not None and sample_labels:
        block = block._replace(sample_labels=tuple(sample_labels))
    return skipped_lines, block


def _item_labels(blocks, lines: tuple[str, ...]) -> list[str]:
    """The labels (`Issue`) that start the top-level list items of a section."""
    labels = []
    for block in blocks:
        for item in block.children if isinstance(block, List) else ():
            line = lines[item.line_number - 1]
            marker = _MARKER.match(line)
            match = _LABEL.match(line, marker.end()) if marker else None
            if match:
                labels.append(match.group("label").strip())
    return labels


def _template_block(blocks) -> TemplateBlock | None:
    fence = next((b for b in blocks if isinstance(b, CodeFence)), None)
    if fence is None:
        return None
    code = fence.children[0].content if fence.children else ""
    inner = _tokenize(code)
    code_lines = code.split("\n")
    levels: list[int] = []
    labels: list[str] = []
    hints: list[str] = []
    example: list[str] = []
    for token in inner.children:
        if isinstance(token, (Heading, SetextHeading)):
            levels.append(token.level)
        elif isinstance(token, List):
            for item in token.children:
                line = code_lines[item.line_number - 1]
                marker = _MARKER.match(line)
                content = line[marker.end():] if marker else ""
                match = (_LABEL.match(content) or _BARE_LABEL.fullmatch(content)) if marker else None
                if match:
                    labels.append(match.group("label").strip())
                    hints.append(content[match.end():].strip())
                example.extend(code_lines[sub.line_number - 1] for sub in _nested_items(item.children or ()))
    if not labels:
        return None
    return TemplateBlock(tuple(levels), tuple(labels), "\n".join(example), tuple(hints), code)


def template_block_of(text: str) -> TemplateBlock | None:
    """The Template block of a file's text, if it has one (for a README's sibling project_ideas.md)."""
    with paused_while_building():
        lines = tuple(text.split("\n"))
        return _skip_examples(_sections(_tokenize(text).children, lines, ""), lines)[1]


def _nested_items(children):
    """The items of the lists among a list item's children."""
    for child in children:
        if isinstance(child, List):
            yield from child.children


def _may_be_title(section: _Section) -> bool:
    """Whether a heading without template fields can still be a proposal title: not a term page's
    heading (`Timeline`, `Table of Contents`, ...) and not a heading over tables alone."""
    if _NOT_A_TITLE.fullmatch(_plain(section.heading.text)):
        return False
    return not section.blocks or not all(isinstance(block, Table) for block in section.blocks)


def _line_count(paragraph) -> int:
    """Lines a paragraph spans: one more than the line ends in its raw text."""
    return 1 + sum(child.content.count("\n") for child in paragraph.children or ())


class _Builder:
    """Turns sections into proposals, using the template's heading levels and labels."""

    def __init__(self, lines: tuple[str, ...], path: str, spec: TemplateSpec):
        self.lines = lines
        self.path = path
        self.spec = spec

    def proposals(self, sections: list[_Section]) -> list[Proposal]:
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
            is_proposal = any(f.name for f in content.fields) or (level >= title_level and not has_children and _may_be_title(section))
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
        groups_proposals = not parent.has_groups and not _NOT_A_TITLE.fullmatch(_plain(parent.section.heading.text))
        project_level = self.spec.project_level
        if level <= project_level:
            return Project(parent.section.heading) if parent_level == level - 1 and groups_proposals else last_project
        if parent_level >= project_level or parent_level == level - 1:
            return Project(parent.section.heading)
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
            elif not _is_comment(block):  # a comment between a label and its content is transparent
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
        marker = _MARKER.match(line)
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
        label = _LABEL.match(self.lines[line_no - 1], start)
        return Item(
            text=text,
            span=self._span(line_no, start, last, end if last > line_no else max(end, start + len(text))),
            items=tuple(self._item(sub) for sub in _nested_items(children)),
            label=label.group("label").strip() if label else None,
        )

    def _list_field(self, item) -> Field | None:
        children = item.children or ()
        line_no, start, last = self._item_lines(item, children)
        line = self.lines[line_no - 1]
        nested = tuple(self._item(sub) for sub in _nested_items(children))
        match = _LABEL.match(line, start)
        if match is None:
            bare = _BARE_LABEL.fullmatch(line, start)
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
        """A mentor field (template spec `mentors`) gets its parsed mentor entries."""
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
            match = _LABEL.match(line, start)
            if match and self.spec.match_label(match.group("label").strip()).spec is not None:
                found.append((line_no, start, match))
        ends = [line_no - 1 for line_no, _, _ in found[1:]] + [last]
        return [self._field(match.group("label").strip(), line_no, start, match.end(), end, (), in_list=False)
                for (line_no, start, match), end in zip(found, ends)]
