"""PL004 file-too-large: the file is larger than the linter reads."""

from ..diagnostics import Severity
from ..rule_table import Rule

RULE = Rule("PL004", "file-too-large", Severity.ERROR, "File is larger than the size limit", scope="input")
