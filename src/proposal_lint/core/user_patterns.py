"""The regexes a user writes (`exclude-urls`, `allow-hosts`), matched under a deadline.

Python's `re` backtracks without bound on a pattern such as `(a+)+$`; the `regex` module (the same syntax
in its VERSION0 mode) stops a match after a timeout, which then ends the run with a message naming the
pattern rather than hanging it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import regex

MATCH_TIMEOUT = 1.0  # seconds for one pattern against one URL or host; a sane pattern takes microseconds


class PatternError(ValueError):
    """A user's pattern that is not a regex."""


class PatternTimeout(ValueError):
    """A user's regex that backtracks without end; str() names it and says how to fix it."""


@lru_cache(maxsize=256)
def compiled(pattern: str) -> regex.Pattern:
    """The pattern compiled as `re` would read it; PatternError when it is not a regex. (`regex` is
    imported here: a run whose config has no pattern does not pay for it.)"""
    import regex

    try:
        return regex.compile(pattern, regex.VERSION0)
    except regex.error as error:
        raise PatternError(str(error)) from None


def matches(pattern: str, text: str, whole: bool = False) -> bool:
    """Whether `pattern` is found in `text` (matches all of it with `whole`); PatternTimeout past the deadline."""
    compiled_pattern = compiled(pattern)
    try:
        found = (compiled_pattern.fullmatch if whole else compiled_pattern.search)(text, timeout=MATCH_TIMEOUT)
    except TimeoutError:
        raise PatternTimeout(f"the regex `{pattern}` took over {MATCH_TIMEOUT:g} s on `{text[:200]}`: it backtracks "
                             "without end; write it without nested repetition such as `(a+)+`") from None
    return found is not None
