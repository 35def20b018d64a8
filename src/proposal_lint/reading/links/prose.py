"""Links written anywhere in a document's prose whose target is a web address without a scheme
(`[homepage](cilium.io)`): Markdown reads such a target as a path beside the page."""

from __future__ import annotations

import re
from typing import NamedTuple

from mistletoe import block_token

from ...core.document_cache import per_document
from ...core.model import Document, Span
from ..parser.blocks import CONTAINERS, tokenize
from .urls import schemeless_web_url

# `[text](target)` whose target starts like `name.tld` with no `scheme:` first; linear (no nesting).
_LINK = re.compile(r"\[[^\[\]\n]*\]\(\s*<?(?![A-Za-z][A-Za-z0-9+.-]*:)([A-Za-z0-9-]+\.[A-Za-z][^()\s<>]*)>?\s*\)")
_CODE_SPAN = re.compile(r"`+[^`]*`+")


class SchemelessLink(NamedTuple):
    """A link target without a scheme, where it is, and the https:// URL it stands for."""

    target: str
    span: Span
    url: str


def _code_lines(document: Document) -> set[int]:
    """The lines of fenced and indented code blocks, at any depth."""
    lines: set[int] = set()
    stack = [tokenize("\n".join(document.lines))]
    while stack:
        token = stack.pop()
        if isinstance(token, (block_token.CodeFence, block_token.BlockCode)):
            body = token.children[0].content.count("\n") if token.children else 0
            lines.update(range(token.line_number, token.line_number + body + 2))
        elif isinstance(token, CONTAINERS):
            stack.extend(token.children)
    return lines


@per_document
def schemeless_links(document: Document) -> tuple[SchemelessLink, ...]:
    """Every `[text](name.tld...)` link outside code, HTML blocks and the Template and Sample sections."""
    candidates = [n for n, line in enumerate(document.lines, 1) if "](" in line and _LINK.search(line)]
    if not candidates:
        return ()
    code = _code_lines(document)
    html = {n for first, last in document.html_blocks for n in range(first, last + 1)}
    found = []
    for line_no in candidates:
        if line_no in code or line_no in html or line_no in document.skipped_lines:
            continue
        prose = _CODE_SPAN.sub(lambda code: " " * len(code.group()), document.lines[line_no - 1])
        for match in _LINK.finditer(prose):
            url = schemeless_web_url(match.group(1))
            if url is not None:
                span = Span(document.path, line_no, match.start(1) + 1, line_no, match.end(1))
                found.append(SchemelessLink(match.group(1), span, url))
    return tuple(found)
