"""A file's headings, each with the blocks under it; the Template and Sample sections set aside."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mistletoe import block_token
from mistletoe.block_token import CodeFence, Heading, List, SetextHeading, Table

from ...core.model import Heading as HeadingModel
from ...core.model import Span
from ...core.template import TemplateBlock
from .blocks import tokenize
from .labels import BARE_LABEL, LABEL, MARKER

_ATX = re.compile(r"[ \t]{0,3}#{1,6}(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"(?<![ \t])[ \t]+#+[ \t]*$")  # starts a run of blanks only: linear
_TEMPLATE_TITLE = re.compile(r"(?:proposal |project )?templates?", re.I)
_SAMPLE_TITLE = re.compile(r"(?:samples?|examples?)(?: proposals?| projects?)?|.*\(sample\)", re.I)
_HEADING_MARKUP = re.compile(r"[*_`:]+")
# Headings of a term's page that are never proposals nor projects, whatever their level.
NOT_A_TITLE = re.compile(
    r"(?:term \d.*|timeline|schedule|table of contents|contents|status|notes?|faq|resources|"
    r"(?:project|application|mentee|mentor)s? instructions|how to (?:apply|propose).*|"
    r"(?:accepted|selected|participating|proposed|graduated) (?:projects?|programs?)|"
    r"(?:proposed )?(?:projects? )?ideas)",
    re.I,
)
# Fields only GSoC ideas files write, and the one only LFX files write: a file whose path says


@dataclass
class Section:
    """A heading and the blocks up to the next heading."""

    heading: HeadingModel
    blocks: list = field(default_factory=list)
    skipped: bool = False



def _heading(token, lines: tuple[str, ...], path: str) -> HeadingModel:
    line_no = token.line_number
    line = lines[line_no - 1] if line_no - 1 < len(lines) else ""
    if isinstance(token, SetextHeading):
        start = len(line) - len(line.lstrip())
        text = line.strip()
    else:
        start = _ATX.match(line).end() if _ATX.match(line) else 0
        text = _ATX_CLOSE.sub("", line[start:]).rstrip()
    text = without_trailing_comments(text)
    end_col = start + max(len(text), 1)
    return HeadingModel(token.level, text, Span(path, line_no, start + 1, line_no, end_col))


def without_trailing_comments(text: str) -> str:
    """A heading's text without the HTML comments at its end (a same-line suppression), which GitHub
    does not show either."""
    while text.endswith("-->") and (start := text.rfind("<!--", 0, len(text) - 3)) >= 0:
        text = text[:start].rstrip()
    return text


def read_sections(blocks, lines: tuple[str, ...], path: str) -> list[Section]:
    sections: list[Section] = []
    for token in blocks:
        if isinstance(token, (Heading, SetextHeading)):
            sections.append(Section(_heading(token, lines, path)))
        elif sections:
            sections[-1].blocks.append(token)
    return sections


def is_comment(block) -> bool:
    return isinstance(block, block_token.HtmlBlock) and block.content.lstrip().startswith("<!--")


def plain(title: str) -> str:
    return _HEADING_MARKUP.sub("", title).strip()


def is_template_title(title: str) -> bool:
    """Whether a heading's text names a Template section (`Template`, `Proposal template`, `**Template**`)."""
    return bool(_TEMPLATE_TITLE.fullmatch(plain(title)))


# `[@Krasi Georgiev](https://github.com/krasi-georgiev)`: a Sample that writes the mentor's name after `@`
_NAME_AFTER_AT = re.compile(r"\[@[^\]\s]+[ \t][^\]]*\]\(https?://github\.com/", re.I)


def skip_examples(sections: list[Section], lines: tuple[str, ...]) -> tuple[set[int], TemplateBlock | None]:
    """Mark the Template and Sample sections as skipped; read the first Template block, with the
    labels and heading levels its Sample proposals write."""
    skipped_lines: set[int] = set()
    block: TemplateBlock | None = None
    sample_labels: list[str] = []
    sample_levels: list[int] = []
    names_after_at = False
    i = 0
    while i < len(sections):
        section = sections[i]
        title = plain(section.heading.text)
        is_template = is_template_title(section.heading.text)
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
            if not is_template and skipped is not section and skipped.heading.level not in sample_levels:
                sample_levels.append(skipped.heading.level)  # `### Prometheus (sample)`, `#### Refactor ...`
        start = section.heading.span.line
        end = sections[i_end].heading.span.line if i_end < len(sections) else 10**9
        skipped_lines.update(range(start, min(end, start + 100_000)))
        if not is_template:
            names_after_at = names_after_at or any(
                _NAME_AFTER_AT.search(line) for line in lines[start - 1:min(end - 1, start + 200)])
        i = i_end
    if block is not None and names_after_at:
        block = block._replace(sample_names_after_at=True)
    if block is not None and sample_labels:
        block = block._replace(sample_labels=tuple(sample_labels))
    if block is not None and len(sample_levels) >= 2:
        block = block._replace(sample_levels=tuple(sorted(sample_levels)[:2]))
    return skipped_lines, block


def _item_labels(blocks, lines: tuple[str, ...]) -> list[str]:
    """The labels (`Issue`) that start the top-level list items of a section."""
    labels = []
    for block in blocks:
        for item in block.children if isinstance(block, List) else ():
            line = lines[item.line_number - 1]
            marker = MARKER.match(line)
            match = LABEL.match(line, marker.end()) if marker else None
            if match:
                labels.append(match.group("label").strip())
    return labels


def _template_block(blocks) -> TemplateBlock | None:
    fence = next((b for b in blocks if isinstance(b, CodeFence)), None)
    if fence is None:
        return None
    code = fence.children[0].content if fence.children else ""
    inner = tokenize(code)
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
                marker = MARKER.match(line)
                content = line[marker.end():] if marker else ""
                match = (LABEL.match(content) or BARE_LABEL.fullmatch(content)) if marker else None
                if match:
                    labels.append(match.group("label").strip())
                    hints.append(content[match.end():].strip())
                example.extend(code_lines[sub.line_number - 1] for sub in nested_items(item.children or ()))
    if not labels:
        return None
    return TemplateBlock(tuple(levels), tuple(labels), "\n".join(example), tuple(hints), code)


def nested_items(children):
    """The items of the lists among a list item's children."""
    for child in children:
        if isinstance(child, List):
            yield from child.children


def may_be_title(section: Section) -> bool:
    """Whether a heading without template fields can still be a proposal title: not a term page's
    heading (`Timeline`, `Table of Contents`, ...) and not a heading over tables alone."""
    if NOT_A_TITLE.fullmatch(plain(section.heading.text)):
        return False
    return not section.blocks or not all(isinstance(block, Table) for block in section.blocks)
