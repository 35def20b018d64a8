"""A Template block whose code fence is never closed: where its template ends.

GitHub shows everything after such a fence as code (PL504 reports the fence), so the proposals
after the template would go unread. 2023 Term 1's project_ideas.md opened its Template block with a
fence and never closed it (a0b405c1 to 6312bcad), and its proposals went unchecked (the project heading
`### Cluster API Provider GCP (CAPG)` of 41d53ef5, a part of Kubernetes). Its template ends at the first
heading at the Template heading's level or above (`## Proposed Project ideas` under `## Template`):
no template writes one, since it would end the Template section itself.
"""

from __future__ import annotations

import re

from mistletoe.block_token import CodeFence, Document, Heading, SetextHeading

from .blocks import tokenize, tokenize_in_two
from .sections import is_template_title

_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]|$)")


def blocks_of(text: str, lines: tuple[str, ...]) -> Document:
    """The document's blocks, a Template block whose fence never closes ended before the first heading
    at the Template heading's level or above."""
    root = tokenize(text)
    end = _open_template_end(root.children, lines) if "```" in text or "~~~" in text else None
    return root if end is None else tokenize_in_two(lines, end)


def _open_template_end(blocks, lines: tuple[str, ...]) -> int | None:
    """The line of the first heading at the Template heading's level or above inside a Template
    block's fence that runs to the end of the file, if there is one."""
    level = None
    for block in blocks:
        if isinstance(block, (Heading, SetextHeading)):
            level = block.level if is_template_title(_heading_text(block, lines)) else None
        elif isinstance(block, CodeFence) and level is not None and _runs_to_the_end(block, lines):
            for number in range(block.line_number + 1, len(lines) + 1):
                heading = _ATX.match(lines[number - 1])
                if heading and len(heading.group(1)) <= level:
                    return number
            return None
    return None


def _heading_text(block, lines: tuple[str, ...]) -> str:
    line = lines[block.line_number - 1]
    return line.strip().strip("#").strip() if isinstance(block, Heading) else line.strip()


def _runs_to_the_end(fence: CodeFence, lines: tuple[str, ...]) -> bool:
    body = fence.children[0].content.count("\n") if fence.children else 0
    return fence.line_number + body >= len(lines)
