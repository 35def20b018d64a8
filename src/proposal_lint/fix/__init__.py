"""`--fix`: safe, mechanical, idempotent edits, each contributed by the fixer of one rule.

A fixer is `fixes(document, context) -> Iterator[Fix]`; a Fix is the rule's code, what it
does in words, and (span, replacement) edits computed from the model's spans. `FIXERS` is
the one table of fixers (each module imported when its fixer is first asked for: marking a
report's fixable findings needs only the fixers of the rules it found); `apply.fix_text`
applies them, `files` reads and writes files.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from .edits import Edit, Fix

FIXERS = {  # rule code -> module and function of its fixer
    "PL201": ("lfx_url", "fixes"),
    "PL203": ("labels", "fixes"),
    "PL304": ("mentors", "canonical_fixes"),
    "PL305": ("mentors", "split_fixes"),
    "PL401": ("upstream_url", "fixes"),
    "PL502": ("mojibake", "fixes"),
}


def fixer(code: str) -> Callable:
    """The fixer of rule `code` (one of FIXERS)."""
    module, function = FIXERS[code]
    return getattr(import_module(f".{module}", __name__), function)


__all__ = ["FIXERS", "Edit", "Fix", "fixer"]
