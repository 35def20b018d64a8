"""The Template block of a file's term: the `project_ideas.md` beside a term README."""

from __future__ import annotations

import os
from functools import lru_cache

from ..cncf.layout import PROPOSALS_FILE
from ..core.template import TemplateBlock

MAX_SIBLING_BYTES = 4 * 1024 * 1024


def term_template_block(path: str) -> tuple[TemplateBlock, str] | None:
    """The Template block of the `project_ideas.md` in the same folder as `path`, and that file's
    path; None for project_ideas.md itself, or when there is no such file or block."""
    if os.path.basename(path) == PROPOSALS_FILE:
        return None
    sibling = os.path.join(os.path.dirname(path), PROPOSALS_FILE)
    try:
        if not os.path.isfile(sibling):
            return None
        stat = os.stat(sibling)
    except (OSError, ValueError):
        return None
    block = _block_of(sibling, stat.st_mtime_ns, stat.st_size)
    return (block, sibling) if block is not None else None


@lru_cache(maxsize=64)
def _block_of(path: str, mtime_ns: int, size: int) -> TemplateBlock | None:
    """The Template block of one file, read once per version of it (mtime and size key the cache)."""
    if size > MAX_SIBLING_BYTES:
        return None
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            text = handle.read()
    except OSError:
        return None
    from .parser import template_block_of

    return template_block_of(text)
