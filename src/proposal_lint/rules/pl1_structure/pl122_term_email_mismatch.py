"""PL122 term-email-mismatch: a mentor's email in lfx-export.json or lfx-tracking.csv differs from the
term README's.
"""

from ..api import Rule, Severity
from ._term_files import problems_of_kind


def check(documents, context):
    return problems_of_kind("email", documents, context)


RULE = Rule("PL122", "term-email-mismatch", Severity.WARNING,
            "Term README and export files give a mentor different emails", scope="run", check=check)
