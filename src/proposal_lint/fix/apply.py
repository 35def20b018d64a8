"""Apply fixes to a text: collect them from the rules, drop the disabled, suppressed and overlapping, splice.

Offsets are computed on the text as written (any line endings); a "\\n" in a replacement takes
the ending of the line it is inserted on. Fixes that overlap one another wait for the next
pass; passes repeat until none applies, so fixing a fixed text changes nothing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field

from ..rules.context import Options, RunContext
from ..core.diagnostics import Edit, Fix
from ..core.model import Document

MAX_PASSES = 10
ANCHOR = 32  # characters of a moved fix's text looked for where it came from
_ENDING = re.compile(r"\r\n|\r|\n")


@dataclass
class FixOutcome:
    """The fixed text and the fixes applied to reach it, pass by pass (each pass on the text the
    one before it left)."""

    text: str
    passes: list[list[Fix]] = field(default_factory=list)
    logged: list[Fix] = field(default_factory=list)  # the same fixes in line order, each where `check` reports it

    @property
    def applied(self) -> list[Fix]:
        return [fix for applied in self.passes for fix in applied]


def normalize(text: str) -> str:
    """The text as the parser sees it: every line ending a "\\n"."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def collect_fixes(document: Document, options: Options, codes: Collection[str] | None = None) -> Iterator[Fix]:
    """Every fix the enabled rules (of `codes`, default all) offer that no inline comment
    suppresses and no skipped line holds."""
    from ..rules.table import all_rules
    from ..rules.suppressions import Suppressions

    context = RunContext(options)
    suppressions = Suppressions.of(document)
    for rule in all_rules():
        code = rule.code
        if not rule.fixable or (codes is not None and code not in codes):
            continue
        if not options.rules.is_enabled(code, document.path):
            continue
        for fix in rule.fix(document, context):
            lines = {line for edit in fix.edits for line in range(edit.line, edit.end_line + 1)}
            if not suppressions.covers(code, fix.line) and not lines & document.skipped_lines:
                yield fix


class Lines:
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

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) of an offset, the inverse of `offset`."""
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1

    def ending(self, line: int) -> str:
        return self.endings[line - 1] or self.default


def interval(edit: Edit, lines: Lines) -> tuple[int, int]:
    return lines.offset(edit.line, edit.column), lines.offset(edit.end_line, edit.end_column)


class _Taken:
    """The intervals of the edits taken so far, for overlap tests in logarithmic time: non-empty
    ones (disjoint, so sorted by start they are sorted by end too) and insertion points."""

    def __init__(self):
        self.spans: list[tuple[int, int]] = []
        self.points: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a non-empty span, or (when non-empty) holds a point strictly inside."""
        before = bisect.bisect_left(self.spans, (end,) if end > start else (start,))
        if before and self.spans[before - 1][1] > start:
            return True
        if end == start:
            return False
        inside = bisect.bisect_right(self.points, start)
        return inside < len(self.points) and self.points[inside] < end

    def add(self, start: int, end: int) -> None:
        if end > start:
            bisect.insort(self.spans, (start, end))
        else:
            bisect.insort(self.points, start)


def apply_fixes(text: str, fixes: list[Fix]) -> tuple[str, list[Fix]]:
    """Apply every fix that overlaps no fix before it; return the new text and the fixes applied."""
    lines = Lines(text)
    taken = _Taken()
    edits: list[tuple[int, int, int, str]] = []
    applied = []
    for fix in fixes:
        spans = [interval(edit, lines) for edit in fix.edits]
        if any(taken.overlaps(start, end) for start, end in spans):
            continue
        applied.append(fix)
        for edit, (start, end) in zip(fix.edits, spans):
            taken.add(start, end)
            edits.append((start, end, len(edits), edit.text.replace("\n", lines.ending(edit.line))))
    pieces, done = [], 0
    for start, end, _, replacement in sorted(edits):
        pieces += [text[done:start], replacement]
        done = end
    return "".join(pieces) + text[done:], applied


def fix_text(text: str, path: str, options: Options, changed: frozenset[int] | None = None) -> FixOutcome:
    """Fix `text` (any line endings) until no fix applies, at most MAX_PASSES times. The fixes
    applied are also `logged` in line order, each at its position in `text` (where `check` reported it),
    even when a later pass found it in the text an earlier pass had fixed.

    With `changed` (the lines a change touched, as `--diff-base` finds them), only the fixes judged inside the
    proposals holding those lines apply, and of the rest, those on the changed lines themselves (first pass only,
    before lines move).
    """
    from ..engine.lint import parse_source
    from ..reading.source import Source

    outcome = FixOutcome(text)
    passes: list[tuple[list[tuple[int, int, int]], str, str]] = []  # per pass: its splices (start, end, length
    # written), the text before and after it
    found: list[tuple[int, Fix]] = []  # each fix applied, at its offset in `text`
    touched: frozenset[int] | None = None
    for number in range(MAX_PASSES):
        document = parse_source(Source(path, normalize(outcome.text)), options)
        fixes = collect_fixes(document, options)
        if changed is not None:
            if touched is None:
                touched = _touched_proposals(document, changed)
            fixes = _in_scope(fixes, document, touched, changed if number == 0 else frozenset())
        fixes = sorted(fixes, key=lambda f: (f.edits[0].line, f.edits[0].column, f.code))
        before, text_before = Lines(outcome.text), outcome.text
        outcome.text, applied = apply_fixes(outcome.text, fixes)
        if not applied:
            break
        outcome.passes.append(applied)
        for fix in applied:
            offset = before.offset(fix.line, fix.column)
            for splices, earlier, later in reversed(passes):
                offset = _before_splices(offset, splices, earlier, later)
            found.append((offset, fix))
        passes.append((sorted(
            (*interval(edit, before), len(edit.text.replace("\n", before.ending(edit.line))))
            for fix in applied for edit in fix.edits
        ), text_before, outcome.text))
    original = Lines(text)
    placed = (fix._replace(line=line, column=column) for offset, fix in found for line, column in [original.position(offset)])
    outcome.logged = sorted(placed, key=lambda fix: (fix.line, fix.column, fix.code))
    return outcome


def _before_splices(offset: int, splices: list[tuple[int, int, int]], before: str, after: str) -> int:
    """An offset in `after`, the text `splices` (start, end, length written; sorted) made of `before`, as an
    offset in `before`. Inside a written replacement, the text there is looked for in what the replacement
    replaced (an entry an earlier fix moved to a line of its own), else the replacement's start."""
    shift = 0
    for start, end, length in splices:
        if offset < start + shift:
            break
        if offset < start + shift + length:
            anchor = after[offset : min(offset + ANCHOR, start + shift + length)].strip()
            found = before.find(anchor, start, end) if anchor else -1
            return found if found >= 0 else start
        shift += length - (end - start)
    return offset - shift


def _touched_proposals(document: Document, changed: frozenset[int]) -> frozenset[int]:
    """The positions (in document order) of the proposals holding a changed line; fixes move lines, not proposals."""
    return frozenset(index for index, proposal in enumerate(document.proposals)
                     if any(proposal.heading.span.line <= line <= proposal.end_line for line in changed))


def _in_scope(fixes: Iterator[Fix], document: Document, touched: frozenset[int],
              lines: frozenset[int]) -> Iterator[Fix]:
    """The fixes judged inside a touched proposal, or outside every proposal on one of `lines`."""
    position = {proposal.heading.span.line: index for index, proposal in enumerate(document.proposals)}
    for fix in fixes:
        proposal = document.proposal_at(fix.line)
        if proposal is not None and position[proposal.heading.span.line] in touched:
            yield fix
        elif proposal is None and fix.line in lines:
            yield fix
