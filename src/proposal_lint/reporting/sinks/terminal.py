"""The terminal sink: text shown on a terminal or in a log, with control characters written visibly."""

from __future__ import annotations

# C0 (but tab), DEL and C1: escape sequences (ESC, CSI, OSC), line breaks, bells and backspaces.
_CONTROL = {code: ascii(chr(code))[1:-1] for code in (*range(0x20), 0x7F, *range(0x80, 0xA0)) if code != 0x09}


def printable(text: str) -> str:
    """`text` with control characters (newline, escape, ...) written as `\\n`, `\\x1b`: user text cannot
    break a report's lines, clear the screen or send commands (an OSC title) to the terminal."""
    return text.translate(_CONTROL)
