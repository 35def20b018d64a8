"""Fix and Edit: what a fixer contributes."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Span


@dataclass(frozen=True)
class Edit:
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


@dataclass(frozen=True)
class Fix:
    """One fix: the rule it belongs to, a description, its edits, and the line it is judged at.

    `line` is where an inline suppression of `code` stops the fix (the line the rule reports).
    """

    code: str
    description: str
    edits: tuple[Edit, ...]
    line: int
    column: int = 1
