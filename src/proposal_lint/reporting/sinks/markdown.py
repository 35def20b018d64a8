"""The Markdown sink: a bot's comment on a pull request or an issue, a step summary.

User text goes in as escaped text (punctuation backslash-escaped, so no HTML, link, emphasis or table
cell can start; one line; @-mentions defused) or as a code span it cannot break out of (one line, fenced
by more backticks than it holds). GitHub renders neither as HTML.
"""

from __future__ import annotations

import re

_PUNCTUATION = re.compile(r"([\\`*_\[\]<>|#!~&])")
_WHITESPACE = re.compile(r"\s+")
_BACKTICKS = re.compile(r"`+")
_URL = re.compile(r"<(https?://[^\s<>|`]+)>|(https?://[^\s<>|`]+)")
_LINE_ENDINGS = re.compile(r"\r\n?|\n")  # CommonMark's; a code span shows each as a space


def text(value: str) -> str:
    """Plain text for Markdown: punctuation escaped, one line, mentions defused."""
    return _PUNCTUATION.sub(r"\\\1", _WHITESPACE.sub(" ", value)).replace("@", "@\u200b")


def code(value: str, in_table: bool = False) -> str:
    """`value` as one code span: on one line (a line break could end the paragraph and start HTML), fenced
    by one backtick more than its longest run, padded where CommonMark strips a space or a backtick would
    touch the fence (https://spec.commonmark.org/0.31.2/#code-spans). In a table cell a
    pipe is escaped too (GitHub splits cells before it reads code spans)."""
    value = _LINE_ENDINGS.sub(" ", value)
    if in_table:
        value = value.replace("|", "\\|")
    fence = "`" * (1 + max((len(run) for run in _BACKTICKS.findall(value)), default=0))
    pad = " " if "`" in (value[:1], value[-1:]) or (value[:1] == value[-1:] == " " and value.strip()) else ""
    return f"{fence}{pad}{value}{pad}{fence}"


def code_block(value: str, info: str = "") -> str:
    """A fenced code block that no run of backticks in `value` can close."""
    fence = "`" * max(3, 1 + max((len(run) for run in _BACKTICKS.findall(value)), default=0))
    return f"{fence}{info}\n{value}\n{fence}"


def message(value: str) -> str:
    """A diagnostic message: its `code spans` kept as code spans, the rest escaped text."""
    parts = value.split("`")
    if len(parts) % 2 == 0:  # an unpaired backtick: treat it as text
        parts[-2:] = [parts[-2] + "`" + parts[-1]]
    return "".join(code(part) if i % 2 else text(part) for i, part in enumerate(parts))


def link_or_text(value: str) -> str:
    """A lone http(s) URL (bare or in angle brackets) as an autolink, which holds no space, `<`, `>`, `|` or
    backtick; anything else as escaped text."""
    match = _URL.fullmatch(value)
    return f"<{match[1] or match[2]}>" if match else text(value)
