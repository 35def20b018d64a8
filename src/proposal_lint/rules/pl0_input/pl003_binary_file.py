"""PL003 binary-file: the file holds NUL bytes, so it is not Markdown."""

from ..api import Rule, Severity

RULE = Rule("PL003", "binary-file", Severity.ERROR, "File is binary, not Markdown", scope="input")
