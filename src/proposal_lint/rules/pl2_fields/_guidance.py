"""The guidance comment a Markdown template writes after a label (`- Mentor(s): # It is recommended ...`)."""

from __future__ import annotations

import re

from ..api import FieldSpec, shipped_guidance

# `#` then a blank or the end: not `#123` (an issue) nor `#anchor`.
_COMMENT = re.compile(r"#(?:\s+|$)")
_MARKUP = re.compile(r"[*_`]+|\s+")
MIN_GUIDANCE_CHARS = 20  # a guidance text shorter than this is matched whole only


def _folded(text: str) -> str:
    return _MARKUP.sub(" ", text).strip().casefold()


def is_guidance(value: str, spec: FieldSpec) -> bool:
    """Whether a field's value is a template's `# ...` comment: `#` alone, a comment that lists every
    value the field allows, or the start of a guidance text of this template or of any of cncf's
    (`# Large (~350 hours)` is a value written after a stray `#`, not guidance)."""
    value = value.strip()
    match = _COMMENT.match(value)
    if match is None:
        return False
    comment = _folded(value[match.end():])
    if not comment:
        return True
    words = set(re.findall(r"[a-z0-9]+", comment))
    if len(spec.allowed) > 1 and set(spec.allowed) <= words:
        return True
    for text in (*spec.guidance, *shipped_guidance()):
        text = _folded(text)
        if comment == text:
            return True
        if len(comment) >= MIN_GUIDANCE_CHARS and (text.startswith(comment) or comment.startswith(text)):
            return True
    return False
