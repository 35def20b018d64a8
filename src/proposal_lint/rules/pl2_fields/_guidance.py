"""The guidance comment a Markdown template writes after a label (`- Mentor(s): # It is recommended ...`)."""

from __future__ import annotations

import re

# `#` then anything but a number (`#123` is an issue) or the start of an anchor link (`#readme`).
GUIDANCE = re.compile(r"#(?![\d#])(?:\s|$)")


def is_guidance(value: str) -> bool:
    """Whether a field's value starts with the template's `# ...` comment."""
    return bool(GUIDANCE.match(value.strip()))
