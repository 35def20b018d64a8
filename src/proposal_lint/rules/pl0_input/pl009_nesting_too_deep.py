"""PL009 nesting-too-deep: lists or block quotes nest deeper than the parser takes; the file is not checked."""

from ..api import Rule, Severity

RULE = Rule("PL009", "nesting-too-deep", Severity.ERROR, "Lists or quotes nest too deeply to check", scope="input")
