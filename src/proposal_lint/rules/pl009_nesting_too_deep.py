"""PL009 nesting-too-deep: lists or block quotes nest deeper than the parser takes; the file is not checked."""

from ..diagnostics import Severity
from ..rule_table import Rule

RULE = Rule("PL009", "nesting-too-deep", Severity.ERROR, "Lists or quotes nest too deeply to check", scope="input")
