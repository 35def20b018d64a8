"""PL002 invalid-encoding: the file is not valid UTF-8."""

from ..api import Rule, Severity

RULE = Rule("PL002", "invalid-encoding", Severity.ERROR, "File is not valid UTF-8", scope="input")
