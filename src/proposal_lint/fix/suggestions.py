"""Each finding's share of what `--fix` writes, as suggestions on the text as it was read.

The suggestions of a file are the line hunks between its text and the text `--fix` writes: whole
lines, never overlapping, and applied together they give exactly that text (however many passes
`--fix` took). Each hunk goes to one finding: the one whose fix, in the first pass, edits a line
of the hunk; else a fixable finding inside the hunk, else the nearest fixable finding of the file.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import NamedTuple

from ..core.diagnostics import Diagnostic, Edit, Fix
from ..engine.report import Report
from ..rules.table import all_rules
from .files import fix_file


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")  # the line endings --fix and the parser know


def split_lines(text: str) -> list[str]:
    """The lines of `text`, each with its ending (`\r\n`, `\r` or `\n`)."""
    return _LINE.findall(text)


class Hunk(NamedTuple):
    """Lines `start` to `end` (0-based, end exclusive) of the text read become `lines`."""

    start: int
    end: int
    lines: tuple[str, ...]

    def edit(self, before: Sequence[str]) -> Edit:
        """The hunk as an edit from the start of its first line to the start of the line after it,
        or to the end of the last line when the text does not end with a line ending."""
        if self.end < len(before) or not before or before[-1].endswith(("\n", "\r")):
            return Edit(self.start + 1, 1, self.end + 1, 1, "".join(self.lines))
        return Edit(self.start + 1, 1, len(before), len(before[-1]) + 1, "".join(self.lines))


def line_hunks(before: str, after: str) -> list[Hunk]:
    """The changed lines of `before` and what they become in `after`; an insertion takes in the
    line before it (the first line when at the start), so every hunk replaces at least one line."""
    old, new = split_lines(before), split_lines(after)
    spans: list[list[int]] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if i1 == i2 and old:
            if i1:
                i1, j1 = i1 - 1, j1 - 1
            else:
                i2, j2 = i2 + 1, j2 + 1
        if spans and spans[-1][1] > i1:  # the line taken in is the last of the hunk before
            spans[-1][1:] = [max(spans[-1][1], i2), spans[-1][2], max(spans[-1][3], j2)]
        else:
            spans.append([i1, i2, j1, j2])
    return [Hunk(i1, i2, tuple(new[j1:j2])) for i1, i2, j1, j2 in spans]


def _owner(hunk: Hunk, first_pass: Sequence[Fix], fixable: Sequence[Diagnostic]) -> Diagnostic | None:
    lines = range(hunk.start + 1, max(hunk.end, hunk.start + 1) + 1)
    by_place = {(d.code, d.line): d for d in fixable}
    for fix in first_pass:
        if any(edit.line in lines or edit.end_line in lines for edit in fix.edits) and (fix.code, fix.line) in by_place:
            return by_place[fix.code, fix.line]
    inside = [d for d in fixable if d.line in lines]
    if inside:
        return inside[0]
    return min(fixable, key=lambda d: min(abs(d.line - lines.start), abs(d.line - lines.stop + 1)), default=None)


def _file_suggestions(path: str, options, diagnostics: list[Diagnostic]) -> dict[int, list[Edit]]:
    """Suggestions by the index (in `diagnostics`) of the finding that carries them."""
    fixed = fix_file(path, options)
    if fixed is None or not fixed.changed:
        return {}
    before = split_lines(fixed.before)
    codes = {fix.code for fix in fixed.outcome.applied}
    fixable = [d for d in diagnostics if d.code in codes] or diagnostics
    first_pass = fixed.outcome.passes[0] if fixed.outcome.passes else []
    carried: dict[int, list[Edit]] = {}
    for hunk in line_hunks(fixed.before, fixed.outcome.text):
        owner = _owner(hunk, first_pass, fixable)
        if owner is not None:
            carried.setdefault(diagnostics.index(owner), []).append(hunk.edit(before))
    return carried


def with_suggestions(report: Report, runs: Iterable) -> Report:
    """The report with each finding's suggestions (`Diagnostic.suggestions`): the part of the text
    `--fix` would write that is that finding's; only files with a finding of a fixable rule are fixed."""
    fixable_codes = {rule.code for rule in all_rules() if rule.fixable}
    options_by_path = {path: run.options for run in runs for path in run.paths
                       if isinstance(path, str) and os.path.isfile(path)}
    by_path: dict[str, list[Diagnostic]] = {}
    for diagnostic in report.diagnostics:
        if diagnostic.code in fixable_codes and diagnostic.path in options_by_path:
            by_path.setdefault(diagnostic.path, []).append(diagnostic)
    suggestions: dict[tuple, tuple[Edit, ...]] = {}
    for path, diagnostics in by_path.items():
        for index, edits in _file_suggestions(path, options_by_path[path], diagnostics).items():
            suggestions[diagnostics[index]] = tuple(edits)
    if not suggestions:
        return report
    return replace(report, diagnostics=[d._replace(suggestions=suggestions.get(d, ())) for d in report.diagnostics])
