"""PL001 unreadable-file: the path does not exist, is not readable, or holds no Markdown files."""

from ..api import Rule, Severity

RULE = Rule("PL001", "unreadable-file", Severity.ERROR, "File or directory cannot be read", scope="input")
