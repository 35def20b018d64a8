"""What rules yield (Problem, with the Fix of Edits that fixes it) and what the engine reports (Diagnostic)."""

from __future__ import annotations

from enum import IntEnum
from typing import NamedTuple

from .model import Field, Proposal, Span


class Severity(IntEnum):
    """Ordered so that a threshold compares with `>=`."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> "Severity":
        return cls[text.upper()]


class Edit(NamedTuple):
    """Replace the text from (line, column) up to, not including, (end_line, end_column); 1-based.

    An edit whose end equals its start inserts. A "\\n" in `text` becomes the line ending of
    the edited line when written back.
    """

    line: int
    column: int
    end_line: int
    end_column: int
    text: str

    @classmethod
    def replace(cls, span: Span, text: str) -> Edit:
        """Replace the text a model span covers (its end is inclusive)."""
        return cls(span.line, span.column, span.end_line, span.end_column + 1, text)

    @classmethod
    def insert(cls, line: int, column: int, text: str) -> Edit:
        return cls(line, column, line, column, text)


class Fix(NamedTuple):
    """One fix: the rule it belongs to, a description, its edits, and the line it is judged at.

    `line` is where an inline suppression of `code` stops the fix (the line the rule reports).
    """

    code: str
    description: str
    edits: tuple[Edit, ...]
    line: int
    column: int = 1


class Problem(NamedTuple):
    """A rule's finding: where and what, and the fix when the rule computes it with the finding.
    The engine adds code, name and severity."""

    span: Span
    message: str
    proposal: Proposal | None = None
    field: Field | None = None
    severity: Severity | None = None
    field_name: str | None = None  # the template's name of a field that is not there (PL201)
    fix: Fix | None = None


class Diagnostic(NamedTuple):
    """One reported finding, as every reporter and the JSON report see it."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    name: str
    severity: Severity
    message: str
    project: str | None = None
    proposal: str | None = None
    field: str | None = None
    fixable: bool = False  # `--fix` would fix it; set for the text reports (fix.marks), not in JSON
    suggestions: tuple[Edit, ...] = ()  # this finding's share of what `--fix` writes (fix.suggestions)

    @property
    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.code)

    def to_json(self) -> dict:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "name": self.name,
            "severity": self.severity.label,
            "message": self.message,
            "project": self.project,
            "proposal": self.proposal,
            "field": self.field,
            "fix": {"edits": [edit._asdict() for edit in self.suggestions]} if self.suggestions else None,
        }
