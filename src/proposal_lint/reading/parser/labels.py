"""How a field's label and a list item's marker are written in a proposal's source line."""

from __future__ import annotations

import re

MARKER = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")  # a list item's indentation and marker
BULLET = re.compile(r"[ \t]*[-*+][ \t]+")  # a bullet marker (`-`, `*`, `+`), its indentation and the blanks after it
# A label's colon: ASCII, or the full-width `：` of a CJK input method (`Description：`), read as one
# so that the field is found where it is written (PL203 reports the colon). So is a closing emphasis
# written escaped (`Recommended Skills\*\*:`, which renders its asterisks): PL203 reports it.
COLON = ":\uff1a"
LABEL = re.compile(
    r"(?P<open>\*\*|__)?(?P<label>[A-Za-z][A-Za-z0-9 ()\[\]/'&.\-]{0,48}?)[ \t]*"
    rf"(?P<mid>\*\*|__|\\\*\\\*)?[ \t]*[{COLON}](?!//)(?P<close>\*\*|__)?[ \t]*"
)
BARE_LABEL = re.compile(
    rf"(?:\*\*|__)?(?P<label>[A-Za-z][A-Za-z0-9 ()\[\]/'&.\-]{{0,48}}?)(?:\*\*|__)?[ \t]*[{COLON}]?[ \t]*")
