"""PL120 term-program-mismatch: a program of the term README is missing from lfx-export.json or lfx-
tracking.csv beside it, or one of theirs from the README.
"""

from ..api import Rule, Severity
from ._term_files import problems_of_kind


def check(documents, context):
    return problems_of_kind("program", documents, context)


RULE = Rule("PL120", "term-program-mismatch", Severity.WARNING,
            "Term README and export files name different programs", scope="run", check=check)
