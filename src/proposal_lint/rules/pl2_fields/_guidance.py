"""The guidance comment a Markdown template writes after a label (`- Mentor(s): # It is recommended ...`)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from ..api import FieldSpec, shipped_guidance

# `#` then a blank or the end: not `#123` (an issue) nor `#anchor`.
_COMMENT = re.compile(r"#(?:\s+|$)")
_WORD = re.compile(r"[^\W_]+")
MIN_GUIDANCE_WORDS = 5  # a guidance text of fewer words is matched whole only
CLOSE_ENOUGH = 0.8  # word-sequence similarity of a reworded guidance text (`, with 1 being the primary`)


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.casefold()))


@lru_cache(maxsize=256)
def _guidance_words(text: str) -> tuple[str, ...]:
    return _words(text)


def _is_guidance_text(value: tuple[str, ...], text: tuple[str, ...], commented: bool) -> bool:
    """Whether a value's words are a guidance text's: the same words, the text reworded slightly,
    or followed by more; after `# ` (`commented`), also the text's start, or a short text whole."""
    if len(text) < MIN_GUIDANCE_WORDS:
        return commented and value == text
    lead = value[: len(text)]  # what follows the guidance text is left in with it
    if len(lead) < len(text):
        if not commented or len(lead) < MIN_GUIDANCE_WORDS:
            return False
        text = text[: len(lead)]
    matcher = SequenceMatcher(None, lead, text, autojunk=False)
    return matcher.real_quick_ratio() >= CLOSE_ENOUGH and matcher.quick_ratio() >= CLOSE_ENOUGH \
        and matcher.ratio() >= CLOSE_ENOUGH  # the cheap bounds first, as difflib.get_close_matches


def is_guidance(value: str, spec: FieldSpec) -> bool:
    """Whether a field's value is a template's guidance comment, left in.

    After `# `: `#` alone, a comment that lists every value the field allows, or (the start of) a
    guidance text of this template or of any of cncf's. Without the blank (`#For GSoC, ...`) or
    without the `#` at all: a whole guidance text, reworded slightly at most. `# Large (~350 hours)`
    is a value written after a stray `#`, `#123` an issue: neither is guidance.
    """
    value = value.strip()
    comment = _COMMENT.match(value)
    rest = value[comment.end():] if comment else value.removeprefix("#")
    words = _words(rest)
    if comment and not words:
        return True
    if comment and len(spec.allowed) > 1 and set(spec.allowed) <= set(words):
        return True
    return bool(words) and any(_is_guidance_text(words, _guidance_words(text), commented=comment is not None)
                               for text in (*spec.guidance, *shipped_guidance()))
