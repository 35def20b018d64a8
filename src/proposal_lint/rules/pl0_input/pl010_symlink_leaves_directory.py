"""PL010 symlink-leaves-directory: under a directory given, a symlink to a file outside it is not followed."""

from ..api import Rule, Severity

RULE = Rule("PL010", "symlink-leaves-directory", Severity.WARNING,
            "Symlink to a file outside the directory, not followed", scope="input")
