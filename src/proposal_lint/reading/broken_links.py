"""Markdown links that do not render as links, as mistletoe's inline parser reads them: a heading
whose link is broken across lines (`###### [Title` then `Rest](url)`: an unclosed `[` in the
heading, the heading shows the bracket and the link is lost), and a link written inside another
link's text (`[[kpt](https://kpt.dev/)](#kpt)`: only the inner one is a link, the outer's
brackets and target show as text)."""

from __future__ import annotations

import re
from typing import NamedTuple

from mistletoe import span_token

from ..core.document_cache import per_document
from ..core.model import Document, Span
from .markdown_outline import outline

# mistletoe's link parsing is superlinear on adversarial text (0.01 s for 500 characters of `[a](`):
# longer lines are not read, nor more than a budget of characters per document.
MAX_INLINE = 500
INLINE_BUDGET = 50_000
_HEADING_WITH_BRACKET = re.compile(r" {0,3}#{1,6}[ \t].*\[")
_MAY_NEST = re.compile(r"\[[^\]\n]*\[.*\)\]\(")  # `[` then another `[` before any `]`, later `)](`
_NESTED_PLACE = re.compile(r"\[[^\[\]\n]*\[[^\[\]\n]*\]\([^()\n]*\)[^\[\]\n]*\]\([^()\n]*\)?")


def _may_nest(line: str) -> bool:
    return ")](" in line and len(line) <= MAX_INLINE and _MAY_NEST.search(line) is not None


class BrokenLink(NamedTuple):
    """`split`: the heading at `span` opens a link that its next line closes; `nested`: a link in a link."""

    kind: str
    span: Span


def _has_unclosed_bracket(tokens) -> bool:
    """Whether the text outside links and code has a `[` that no `]` closes."""
    text = "".join(_plain(tokens))
    depth = 0
    for index, char in enumerate(text):
        if char == "[" and (index == 0 or text[index - 1] != "\\"):
            depth += 1
        elif char == "]" and depth:
            depth -= 1
    return depth > 0


def _plain(tokens):
    for token in tokens:
        if isinstance(token, span_token.RawText):
            yield token.content
        elif isinstance(token, (span_token.Link, span_token.Image, span_token.AutoLink, span_token.InlineCode)):
            yield " "
        elif token.children:
            yield from _plain(token.children)


def _has_nested_link(tokens) -> bool:
    """A `[` with no `]` after it, then a link, then text that starts with `](`: mistletoe's reading of a
    link inside another's text (CommonMark lets the inner one win)."""
    tokens = list(tokens)
    for before, link, after in zip(tokens, tokens[1:], tokens[2:]):
        if (isinstance(link, span_token.Link) and isinstance(before, span_token.RawText)
                and isinstance(after, span_token.RawText) and after.content.startswith("](")
                and "[" in before.content and "]" not in before.content.rsplit("[", 1)[1]):
            return True
    return any(_has_nested_link(t.children) for t in tokens if t.children and not isinstance(t, span_token.RawText))


def _skipped(document: Document, line_no: int, code: frozenset[int]) -> bool:
    html = any(first <= line_no <= last for first, last in document.html_blocks)
    return line_no in code or line_no in document.skipped_lines or html


@per_document
def broken_links(document: Document) -> tuple[BrokenLink, ...]:
    """The broken links of `document`, outside code, HTML blocks and the Template and Sample sections."""
    lines = document.lines
    if not any(_may_nest(line) or ("](" in following and _HEADING_WITH_BRACKET.match(line))
               for line, following in zip(lines, (*lines[1:], ""))):
        return ()  # no candidate: the outline is not computed
    view = outline(document)
    found: list[BrokenLink] = []
    budget = INLINE_BUDGET
    for heading in view.headings:
        following = document.lines[heading.line] if heading.line < len(document.lines) else ""
        if ("[" not in heading.text or "](" not in following or len(heading.text) > MAX_INLINE
                or _skipped(document, heading.line, view.code_lines) or budget < len(heading.text)):
            continue
        budget -= len(heading.text)
        if _has_unclosed_bracket(span_token.tokenize_inner(heading.text)):
            line = document.lines[heading.line - 1]
            start = max(line.find(heading.text), 0)
            found.append(BrokenLink("split", Span(document.path, heading.line, start + 1, heading.line, len(line.rstrip()))))
    for line_no, line in enumerate(document.lines, 1):
        if not _may_nest(line) or _skipped(document, line_no, view.code_lines) or budget < len(line):
            continue
        budget -= len(line)
        if not _has_nested_link(span_token.tokenize_inner(line.strip())):
            continue
        place = _NESTED_PLACE.search(line)
        start, end = (place.start(), place.end()) if place else (len(line) - len(line.lstrip()), len(line.rstrip()))
        found.append(BrokenLink("nested", Span(document.path, line_no, start + 1, line_no, end)))
    return tuple(sorted(found, key=lambda link: link.span))
