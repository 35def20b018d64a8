"""PL003 binary-file: the file holds NUL bytes, so it is not Markdown."""

from ..diagnostics import Severity
from ..rule_table import Rule

RULE = Rule("PL003", "binary-file", Severity.ERROR, "File is binary, not Markdown", scope="input")
