"""The CSV sink: cells a spreadsheet shows as text, never runs as a formula.

OWASP's advice on CSV injection: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
is a formula (or becomes one) in Excel, LibreOffice and Google Sheets (`=HYPERLINK(...)`,
`=IMPORTXML(...)`, `+cmd|...`, `@SUM(...)`); a leading `'` makes it text.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> object:
    """A text cell with a leading `'` when it would start a formula; numbers and other values as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
