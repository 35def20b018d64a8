"""Inline suppressions: `<!-- proposal-lint disable|enable|disable-next-line|disable-line|disable-file RULES -- reason -->`.

The parser records the HTML blocks and the code blocks (so comments in code are never directives);
a regex over the source lines of each HTML block finds the comments in it, and one over each other
line outside code finds the comments written after its content (`text <!-- proposal-lint
disable-line PL302 -- reason -->`, as markdownlint users write them; one inside a `code span` is
not a directive), which keeps every position exact.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
import itertools
from dataclasses import dataclass, field
from typing import NamedTuple

from ..core.model import Document, Span
from .selection import resolve_selector

DIRECTIVES = ("disable", "enable", "disable-next-line", "disable-line", "disable-file")
NOT_SUPPRESSIBLE = frozenset({"PL007", "PL008"})  # findings about the comments themselves
_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_DIRECTIVE = re.compile(r"\s*proposal-lint(?P<sep>\s+|-|(?=\s*$))(?P<kind>[\w-]*)", re.S)
_REASON = re.compile(r"(?:^|\s)--(?:\s|$)")
_RULE = re.compile(r"[^\s,]+")
_END = 10**9


class RuleRef(NamedTuple):
    """A rule named in a directive, as written, with the codes it stands for (empty: no such rule)."""

    text: str
    codes: frozenset[str]
    span: Span


class Directive(NamedTuple):
    """One `proposal-lint` comment. `kind` is None when the word after `proposal-lint` is not a directive."""

    kind: str | None
    written: str  # `proposal-lint disable` as written
    rules: tuple[RuleRef, ...]
    reason: str
    span: Span

    @property
    def disables(self) -> bool:
        return self.kind in ("disable", "disable-next-line", "disable-line", "disable-file")


class _Locator:
    """Offsets in the text of lines first..last back to (line, column), by bisection over the line starts."""

    def __init__(self, text: str, first: int):
        self.text, self.first = text, first
        self.starts = [0] + [match.end() for match in re.finditer("\n", text)]

    def at(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return self.first + line, offset - self.starts[line] + 1

    def span(self, path: str, start: int, end: int) -> Span:
        """Span of text[start:end] (end exclusive)."""
        (line, column), (end_line, end_column) = self.at(start), self.at(max(end - 1, start))
        return Span(path, line, column, end_line, end_column)


def _directive(match: re.Match, locate: _Locator, path: str) -> Directive | None:
    inner, base = match.group(1), match.start(1)
    head = _DIRECTIVE.match(inner)
    if head is None:
        return None
    kind = head.group("kind")
    rest_start = head.end()
    reason_match = _REASON.search(inner, rest_start)
    rules_end = reason_match.start() if reason_match else len(inner)
    reason = inner[reason_match.end():].strip() if reason_match else ""
    refs = tuple(
        RuleRef(m.group(), resolve_selector(m.group()) or frozenset(), locate.span(path, base + m.start(), base + m.end()))
        for m in _RULE.finditer(inner, rest_start, rules_end)
    )
    known = kind if head.group("sep").isspace() and kind in DIRECTIVES else None
    return Directive(known, inner[: head.end()].strip(), refs, reason, locate.span(path, match.start(), match.end()))


def find_directives(document: Document) -> tuple[Directive, ...]:
    """Every `proposal-lint` comment in the document's HTML blocks and after the content of its
    other lines outside code, in order."""
    lines = document.lines
    if not any("proposal-lint" in line for line in lines):
        return ()
    found = []
    for first, last in document.html_blocks:
        locate = _Locator("\n".join(lines[first - 1 : last]), first)
        # Searching only up to the last `-->` keeps this linear: every `<!--` tried before it closes.
        for match in _COMMENT.finditer(locate.text, 0, locate.text.rfind("-->") + 3):
            directive = _directive(match, locate, document.path)
            if directive is not None:
                found.append(directive)
    found += _same_line_directives(document)
    return tuple(sorted(found, key=lambda directive: _position(directive.span)))


def _same_line_directives(document: Document) -> Iterator[Directive]:
    """Directives in comments on lines that are neither HTML nor code blocks, outside code spans."""
    inside = {number for first, last in (*document.html_blocks, *document.code_blocks) for number in range(first, last + 1)}
    for number, line in enumerate(document.lines, start=1):
        if "proposal-lint" not in line or number in inside:
            continue
        locate, ticks, counted = _Locator(line, number), 0, 0
        for match in _COMMENT.finditer(line, 0, line.rfind("-->") + 3):
            ticks, counted = ticks + line.count("`", counted, match.start()), match.start()
            if ticks % 2 == 0:
                directive = _directive(match, locate, document.path)
                if directive is not None:
                    yield directive


@dataclass
class _Region:
    """Lines where `ref` (None: every rule) is suppressed by `directive`."""

    directive: Directive
    ref: RuleRef | None
    first: int
    last: int = _END

    @property
    def codes(self) -> frozenset[str] | None:
        """The codes suppressed; None for every rule."""
        return None if self.ref is None else self.ref.codes


class _Intervals:
    """Line intervals, asked whether any holds a line: sorted by first line, with the running maximum of the
    last lines, so that each question is one bisection."""

    def __init__(self, regions: list[_Region]):
        ordered = sorted(regions, key=lambda r: r.first)
        self.firsts = [r.first for r in ordered]
        self.reach = list(itertools.accumulate((r.last for r in ordered), max))

    def hold(self, line: int) -> bool:
        index = bisect.bisect_right(self.firsts, line) - 1
        return index >= 0 and self.reach[index] >= line


class Leftover(NamedTuple):
    """A suppression (or part of one) that did nothing, and why: unused, unknown-rule, unknown-directive, stray-enable."""

    kind: str
    directive: Directive
    ref: RuleRef | None = None


@dataclass
class Suppressions:
    """The suppression comments of one document and which of them were used.

    Every question is answered from indexes (regions grouped by the set of codes they name, suppressed
    findings by code), so a file of thousands of comments is read in linear time (n log n at worst)."""

    document: Document
    directives: tuple[Directive, ...] = ()
    regions: list[_Region] = field(default_factory=list)
    stray: list[Leftover] = field(default_factory=list)
    _by_codes: dict[frozenset[str] | None, _Intervals] = field(default_factory=dict)
    _suppressed: dict[str, list[int]] = field(default_factory=dict)  # code -> lines of the findings suppressed

    @classmethod
    def of(cls, document: Document) -> Suppressions:
        table = cls(document, find_directives(document))
        table._build()
        return table

    def _build(self) -> None:
        open_regions: dict[frozenset[str] | None, list[_Region]] = {}  # by the codes they name
        for directive in self.directives:
            targets = [ref for ref in directive.rules if ref.codes] if directive.rules else [None]
            if directive.kind == "disable-file":
                self.regions += [_Region(directive, ref, 1) for ref in targets]
            elif directive.kind == "disable-next-line":
                line = directive.span.end_line + 1
                self.regions += [_Region(directive, ref, line, line) for ref in targets]
            elif directive.kind == "disable-line":
                span = directive.span
                self.regions += [_Region(directive, ref, span.line, span.end_line) for ref in targets]
            elif directive.kind == "disable":
                opened = [_Region(directive, ref, directive.span.line) for ref in targets]
                self.regions += opened
                for region in opened:
                    open_regions.setdefault(region.codes, []).append(region)
            elif directive.kind == "enable":
                named = _codes(directive)
                keys = [key for key in open_regions if not directive.rules or (key is not None and key <= named)]
                closing = [region for key in keys for region in open_regions.pop(key)]
                for region in closing:
                    region.last = directive.span.line
                if not closing and all(ref.codes for ref in directive.rules):
                    self.stray.append(Leftover("stray-enable", directive))
        grouped: dict[frozenset[str] | None, list[_Region]] = {}
        for region in self.regions:
            grouped.setdefault(region.codes, []).append(region)
        self._by_codes = {key: _Intervals(regions) for key, regions in grouped.items()}

    def covers(self, code: str, line: int) -> bool:
        """Whether `code` is suppressed at `line`, without counting the comment as used."""
        return any((key is None or code in key) and intervals.hold(line) for key, intervals in self._by_codes.items())

    def allows(self, code: str, line: int) -> bool:
        """False when a comment suppresses `code` at `line` (and that comment counts as used)."""
        if code in NOT_SUPPRESSIBLE or not self.covers(code, line):
            return True
        self._suppressed.setdefault(code, []).append(line)
        return False

    def _used(self) -> set[int]:
        """The ids of the regions that suppressed a finding."""
        lines_of = {code: sorted(lines) for code, lines in self._suppressed.items()}
        merged: dict[frozenset[str] | None, list[int]] = {}
        used = set()
        for region in self.regions:
            key = region.codes
            if key not in merged:
                merged[key] = sorted(line for code, lines in lines_of.items() if key is None or code in key
                                     for line in lines)
            lines = merged[key]
            index = bisect.bisect_left(lines, region.first)
            if index < len(lines) and lines[index] <= region.last:
                used.add(id(region))
        return used

    def leftovers(self) -> Iterator[Leftover]:
        """Directives, or rules named in them, that suppressed nothing; in file order."""
        used = self._used()
        unused: dict[int, list[_Region]] = {}
        for region in self.regions:
            if id(region) not in used:
                unused.setdefault(id(region.directive), []).append(region)
        found = list(self.stray)
        for directive in self.directives:
            if directive.kind is None:
                found.append(Leftover("unknown-directive", directive))
                continue
            found += [Leftover("unknown-rule", directive, ref) for ref in directive.rules if not ref.codes]
            if directive.disables:
                found += [Leftover("unused", directive, r.ref) for r in unused.get(id(directive), ())]
        yield from sorted(found, key=lambda f: _position(f.ref.span if f.ref else f.directive.span))


def _codes(directive: Directive) -> frozenset[str]:
    return frozenset().union(*(ref.codes for ref in directive.rules))


def _position(span: Span) -> tuple[int, int]:
    return span.line, span.column
