"""How deeply a text nests block containers (lists, block quotes), bounded before mistletoe sees it:
its recursive parser runs out of stack at about 160 levels, and memory long before that on large files."""

from __future__ import annotations

import re
from typing import NamedTuple

MAX_NESTING = 64
# The start of a line that can open containers: whitespace, `>` and list markers, in any mix.
_PREFIX = re.compile(r"(?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)))+")


class TooDeep(NamedTuple):
    """The first line whose containers nest deeper than the limit: 1-based line, and the estimate."""

    line: int
    depth: int


def line_depth(line: str) -> int:
    """An upper bound of how many containers `line` opens or continues: one per `>` or list marker
    at its start, plus one per two columns of white space among them (a nested item's indent)."""
    prefix = _PREFIX.match(line)
    if prefix is None:
        return 0
    text = prefix.group()
    markers = text.count(">") + len(re.findall(r"(?:^|[ \t>])(?:[-*+]|\d{1,9}[.)])", text))
    return markers + (text.count(" ") + 4 * text.count("\t")) // 2


def too_deep(text: str, limit: int = MAX_NESTING) -> TooDeep | None:
    """The first line nesting deeper than `limit`, or None; lines without a marker are skipped at a glance."""
    for number, line in enumerate(text.split("\n"), 1):
        if len(line) > limit and line.lstrip(" \t")[:1] in "->*+0123456789" and (depth := line_depth(line)) > limit:
            return TooDeep(number, depth)
    return None
