"""PL121 term-mentor-mismatch: a program's mentors differ between the term README and lfx-export.json
or lfx-tracking.csv (by GitHub handle).
"""

from ..api import Rule, Severity
from ._term_files import problems_of_kind


def check(documents, context):
    return problems_of_kind("mentor", documents, context)


RULE = Rule("PL121", "term-mentor-mismatch", Severity.WARNING,
            "Term README and export files name different mentors", scope="run", check=check)
