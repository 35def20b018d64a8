"""PL124 unreadable-term-file: lfx-export.json or lfx-tracking.csv beside a term README is not valid
JSON or CSV, or not in cncf's shape.
"""

from ..api import Rule, Severity
from ._term_files import problems_of_kind


def check(documents, context):
    return problems_of_kind("unreadable", documents, context)


RULE = Rule("PL124", "unreadable-term-file", Severity.ERROR,
            "Export file beside a term README cannot be read", scope="run", check=check)
