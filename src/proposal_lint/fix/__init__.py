"""`--fix`: safe, mechanical, idempotent edits, each contributed by the fixer of one rule.

A fixer is `fixes(document, context) -> Iterator[Fix]`; a Fix is the rule's code, what it
does in words, and (span, replacement) edits computed from the model's spans. `FIXERS` is
the one table of fixers; `apply.fix_text` applies them, `files` reads and writes files.
"""

from __future__ import annotations

from . import labels, lfx_url, mentors, mojibake, upstream_url
from .edits import Edit, Fix

FIXERS = {
    "PL201": lfx_url.fixes,
    "PL203": labels.fixes,
    "PL304": mentors.canonical_fixes,
    "PL305": mentors.split_fixes,
    "PL401": upstream_url.fixes,
    "PL502": mojibake.fixes,
}

__all__ = ["FIXERS", "Edit", "Fix"]
