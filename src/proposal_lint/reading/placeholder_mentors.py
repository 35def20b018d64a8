"""A mentor entry that is a template's shape with no mentor in it: `[Second Mentor's Name]
(@second-mentor-github, second-mentor-email)`, `TBD (@tbd, tbd@email)`, the template's own
`Jane Doe (@jane-github, jane@email.address)`."""

from __future__ import annotations

import re

from ..core.model import Mentor
from .mentor_emails import is_placeholder
from .mentors.handles import login

_NAME = re.compile(
    r"\W*(?:(?:(?:first|second|third|2nd|3rd|primary|other|co-?)\s*)?(?:mentor(?:'?s)?\s*)?(?:full\s*)?name"
    r"|tbd|tba|to be (?:named|announced|determined|decided)(?: later)?)\W*",
    re.I,
)
_HANDLE = re.compile(r"(?:^|[-_])(?:github|handle|username)(?:$|[-_])|^(?:tbd|tba)$", re.I)
_EMAIL_WORD = re.compile(r"(?<![\w@.-])[\w-]*e-?mail(?![\w@.-])", re.I)
MIN_PLACEHOLDER_PARTS = 2  # of name, handle and email: one alone may be a real person's odd handle


def is_placeholder_mentor(mentor: Mentor, placeholders: tuple[str, ...]) -> bool:
    """Whether at least two of an entry's name, handle and email are placeholders (the template's
    own values, or words that name the part instead of filling it in)."""
    own = {value.casefold().lstrip("@") for value in placeholders}
    handle = login(mentor.handle)
    parts = (
        bool(mentor.name) and (mentor.name.casefold() in own or bool(_NAME.fullmatch(mentor.name))),
        bool(handle) and (handle.casefold() in own or bool(_HANDLE.search(handle))),
        (mentor.email.casefold() in own or is_placeholder(mentor.email)) if mentor.email
        else bool(_EMAIL_WORD.search(mentor.raw)),
    )
    return sum(parts) >= MIN_PLACEHOLDER_PARTS
