"""In-page links (`[Foo](#foo)`, a table of contents) and the anchors GitHub gives a file's headings.

GitHub's anchor for a heading (github-slugger, which github.com follows): the heading's rendered
text, lowercased, every character that is not a letter, digit, `_`, `-` or space dropped, each
space made `-`; a repeated anchor gets `-1`, `-2`, ... in order. `<a name>` and `id` attributes
are anchors too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple
from urllib.parse import unquote

from mistletoe import block_token

from ..core.model import Span
from .parser.blocks import CONTAINERS, tokenize

_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_TAG = re.compile(r"<[^>\n]*>")
_EMPHASIS = re.compile(r"(?<!\w)_+|_+(?!\w)|\*")
_CODE_SPAN = re.compile(r"(`+)(.+?)(?<!`)\1(?!`)")
_DROPPED = re.compile(r"[^\w\- ]")
_HTML_ANCHOR = re.compile(r"""<a\b[^>]*\b(?:name|id)\s*=\s*["']?([^"'\s>]+)""", re.I)
_IN_PAGE_LINK = re.compile(r"(?<![!\\])\[([^\]\n]+)\]\(<?#([^)\s>]*)>?\)")
_FENCE = re.compile(r"[ \t]{0,3}(```|~~~)")


class InPageLink(NamedTuple):
    """`[text](#anchor)` and where it is written."""

    text: str
    anchor: str
    span: Span


def rendered(markdown: str) -> str:
    """A heading's or link text's text as GitHub renders it: links to their text, images, HTML tags
    and emphasis marks dropped outside code spans (linear-time patterns, no inline parser)."""
    text = _LINK.sub(r"\1", _IMAGE.sub("", markdown))
    pieces, start = [], 0
    for code in _CODE_SPAN.finditer(text):  # a code span's text is literal: `_created` keeps its `_`
        pieces += [_EMPHASIS.sub("", _TAG.sub("", text[start:code.start()])), code.group(2).strip()]
        start = code.end()
    pieces.append(_EMPHASIS.sub("", _TAG.sub("", text[start:])))
    return "".join(pieces).strip()


def slug(markdown: str) -> str:
    """GitHub's anchor for a heading written `markdown` (before any `-1` of a repeat)."""
    return _DROPPED.sub("", rendered(markdown).lower()).replace(" ", "-")


def heading_anchors(text: str) -> dict[str, int]:
    """Each anchor of the file (GitHub's, repeats numbered; HTML `name`/`id` ones) -> its line."""
    anchors: dict[str, int] = {}
    counts: dict[str, int] = {}
    stack = [tokenize(text)]
    headings = []
    while stack:
        token = stack.pop()
        if isinstance(token, (block_token.Heading, block_token.SetextHeading)):
            headings.append(token)
        elif isinstance(token, CONTAINERS):
            stack.extend(token.children)
    for token in sorted(headings, key=lambda t: t.line_number):
        base = slug(_heading_source(token))
        seen = counts.get(base, 0)
        counts[base] = seen + 1
        anchors.setdefault(base if not seen else f"{base}-{seen}", token.line_number)
    for number, line in enumerate(text.split("\n"), 1):
        for match in _HTML_ANCHOR.finditer(line):
            anchors.setdefault(unquote(match.group(1)).lower(), number)
    return anchors


def _heading_source(token) -> str:
    """The heading's text as written: its raw inline content (blocks-only tokenizing keeps it raw)."""
    return "".join(getattr(child, "content", "") for child in token.children or ())


def in_page_links(lines: tuple[str, ...], path: str) -> Iterator[InPageLink]:
    """Every `[text](#anchor)` outside fenced code, in order."""
    fence: str | None = None
    for number, line in enumerate(lines, 1):
        opening = _FENCE.match(line)
        if opening:
            fence = None if fence == opening.group(1) else (fence or opening.group(1))
            continue
        if fence:
            continue
        for match in _IN_PAGE_LINK.finditer(line):
            yield InPageLink(match.group(1), match.group(2),
                             Span(path, number, match.start() + 1, number, match.end() + 1))


def anchor_key(anchor: str) -> str:
    """An in-page link's anchor as GitHub resolves it: decoded, `user-content-` dropped, lowercased."""
    key = unquote(anchor).lower()
    return key.removeprefix("user-content-")
