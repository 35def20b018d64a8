"""Apply fixes to a text: collect them from the fixers, drop the disabled, suppressed and overlapping, splice.

Offsets are computed on the text as written (any line endings); a "\\n" in a replacement takes
the ending of the line it is inserted on. Fixes that overlap one another wait for the next
pass; passes repeat until none applies, so fixing a fixed text changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..context import Options, RunContext
from ..model import Document
from .edits import Edit, Fix

MAX_PASSES = 10
_ENDING = re.compile(r"\r\n|\r|\n")


@dataclass
class FixOutcome:
    """The fixed text and the fixes applied to reach it."""

    text: str
    applied: list[Fix] = field(default_factory=list)


def normalize(text: str) -> str:
    """The text as the parser sees it: every line ending a "\\n"."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def collect_fixes(document: Document, options: Options) -> Iterator[Fix]:
    """Every fix the enabled rules offer that no inline comment suppresses and no skipped line holds."""
    from ..suppressions import Suppressions
    from . import FIXERS

    context = RunContext(options)
    suppressions = Suppressions.of(document)
    for code, fixer in FIXERS.items():
        if not options.rules.is_enabled(code, document.path):
            continue
        for fix in fixer(document, context):
            lines = {line for edit in fix.edits for line in range(edit.line, edit.end_line + 1)}
            if not suppressions.covers(code, fix.line) and not lines & document.skipped_lines:
                yield fix


class _Lines:
    """Line starts and endings of a text, for turning (line, column) into offsets."""

    def __init__(self, text: str):
        self.starts, self.endings = [0], []
        for match in _ENDING.finditer(text):
            self.endings.append(match.group())
            self.starts.append(match.end())
        self.endings.append("")
        common = max(set(self.endings[:-1]), key=self.endings.count, default="\n")
        self.default = common

    def offset(self, line: int, column: int) -> int:
        return self.starts[line - 1] + column - 1

    def ending(self, line: int) -> str:
        return self.endings[line - 1] or self.default


def _interval(edit: Edit, lines: _Lines) -> tuple[int, int]:
    return lines.offset(edit.line, edit.column), lines.offset(edit.end_line, edit.end_column)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    if a[0] == a[1] or b[0] == b[1]:
        return b[0] < a[0] < b[1] or a[0] < b[0] < a[1]
    return max(a[0], b[0]) < min(a[1], b[1])


def apply_fixes(text: str, fixes: list[Fix]) -> tuple[str, list[Fix]]:
    """Apply every fix that overlaps no fix before it; return the new text and the fixes applied."""
    lines = _Lines(text)
    taken: list[tuple[int, int, int, str]] = []
    applied = []
    for fix in fixes:
        spans = [_interval(edit, lines) for edit in fix.edits]
        if any(_overlaps(span, (start, end)) for span in spans for start, end, _, _ in taken):
            continue
        applied.append(fix)
        for edit, (start, end) in zip(fix.edits, spans):
            taken.append((start, end, len(taken), edit.text.replace("\n", lines.ending(edit.line))))
    for start, end, _, replacement in sorted(taken, key=lambda t: (t[0], t[1], t[2]), reverse=True):
        text = text[:start] + replacement + text[end:]
    return text, applied


def fix_text(text: str, path: str, options: Options) -> FixOutcome:
    """Fix `text` (any line endings) until no fix applies, at most MAX_PASSES times."""
    from ..engine import parse_source
    from ..source import Source

    outcome = FixOutcome(text)
    for _ in range(MAX_PASSES):
        document = parse_source(Source(path, normalize(outcome.text)), options)
        fixes = sorted(collect_fixes(document, options), key=lambda f: (f.edits[0].line, f.edits[0].column, f.code))
        outcome.text, applied = apply_fixes(outcome.text, fixes)
        if not applied:
            break
        outcome.applied += applied
    return outcome
