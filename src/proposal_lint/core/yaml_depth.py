"""How deeply a YAML text nests, bounded before a YAML parser sees it: libyaml's composer recurses once
per level and crashes the process (a segmentation fault, not an exception) on a few thousand levels
(`- - - - ...`, `[[[[...`), and the pure-Python one runs out of recursion."""

from __future__ import annotations

import re

MAX_YAML_NESTING = 100
_BLOCK_PREFIX = re.compile(r"^[ \t?:-]+", re.M)  # indentation and block markers: each level takes a column
_FLOW = re.compile(r"[\[\]{}]")


def nests_too_deeply(text: str, limit: int = MAX_YAML_NESTING) -> bool:
    """Whether `text` may nest more than `limit` levels: an upper bound from the indentation and block
    markers that start a line, and from the flow brackets open at once (those in quoted text count too)."""
    if max((len(match[0]) for match in _BLOCK_PREFIX.finditer(text)), default=0) > limit * 2:
        return True
    depth = 0
    for match in _FLOW.finditer(text):
        depth += 1 if match[0] in "[{" else -1
        if depth > limit:
            return True
    return False
