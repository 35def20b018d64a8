"""A document's block outline for the text rules: its ATX headings, its code lines, the fenced
code blocks left open to the end of the file, and the lines that underline a setext heading.
Read with mistletoe's block tokenizer once per document."""

from __future__ import annotations

import re
from typing import NamedTuple

from mistletoe import block_token

from ..core.document_cache import per_document
from ..core.model import Document
from .parser.blocks import CONTAINERS, tokenize


class OutlineHeading(NamedTuple):
    """An ATX heading outside code: its line, level and text as mistletoe reads it."""

    line: int
    level: int
    text: str


class OpenFence(NamedTuple):
    """A fence opened at `line` (its marker `delimiter`) and never closed: every line after it is
    code; `swallowed` says whether any of them holds text."""

    line: int
    delimiter: str
    swallowed: bool


class Outline(NamedTuple):
    """`setext_underlines`: the `===`/`---` lines under a top-level setext heading (mistletoe also reads a
    lazy line after a list item as one, which CommonMark and GitHub render as text)."""

    headings: tuple[OutlineHeading, ...]
    code_lines: frozenset[int]
    open_fences: tuple[OpenFence, ...]
    setext_underlines: frozenset[int]


_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")


def may_leave_a_fence_open(lines: tuple[str, ...]) -> bool:
    """Whether `outline` is worth computing for open fences: a quick pass by fence pairs that ignores
    containers (mistletoe then decides), and misses an open fence only after one that a container closed."""
    opened = ""
    for line in lines:
        if line[:1] not in " `~" or (match := _FENCE.match(line)) is None:
            continue
        if not opened:
            opened = match.group(1)
        elif match.group(1).startswith(opened) and line.strip() == match.group(1):
            opened = ""
    return bool(opened)


def _code_lines(token) -> range:
    body = token.children[0].content.count("\n") if token.children else 0
    return range(token.line_number, token.line_number + body + 2)


@per_document
def outline(document: Document) -> Outline:
    """The outline of `document`. A fence is open when it is a top-level block whose code runs to
    the last line: inside a list item or quote a fence ends with its container, as GitHub renders it."""
    root = tokenize("\n".join(document.lines))
    headings, code, fences, underlines = [], set(), [], set()
    last_line = len(document.lines)
    for token in root.children:
        if isinstance(token, block_token.SetextHeading):  # nested ones end in a lazy line, not an underline
            underlines.add(token.line_number + token.children[0].content.count("\n") + 1)
        elif isinstance(token, block_token.CodeFence):
            lines = _code_lines(token)
            if lines[-1] - 1 == last_line:  # no closing line after the code
                body = document.lines[token.line_number:]
                fences.append(OpenFence(token.line_number, token.delimiter, any(line.strip() for line in body)))
    stack = [root]
    while stack:
        token = stack.pop()
        if isinstance(token, (block_token.CodeFence, block_token.BlockCode)):
            code.update(_code_lines(token))
        elif isinstance(token, block_token.Heading) and token.line_number is not None:
            headings.append(OutlineHeading(token.line_number, token.level, token.children[0].content
                                           if token.children else ""))
        elif isinstance(token, CONTAINERS):
            stack.extend(token.children)
    return Outline(tuple(sorted(headings)), frozenset(code), tuple(fences), frozenset(underlines))
