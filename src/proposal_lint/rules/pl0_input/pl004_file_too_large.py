"""PL004 file-too-large: the file is larger than the linter reads."""

from ..api import Rule, Severity

RULE = Rule("PL004", "file-too-large", Severity.ERROR, "File is larger than the size limit", scope="input")
