"""PL123 term-lfx-url-mismatch: a program's LFX URL in lfx-export.json or lfx-tracking.csv differs from
the term README's.
"""

from ..api import Rule, Severity
from ._term_files import problems_of_kind


def check(documents, context):
    return problems_of_kind("lfx-url", documents, context)


RULE = Rule("PL123", "term-lfx-url-mismatch", Severity.WARNING,
            "Term README and export files give a program different LFX URLs", scope="run", check=check)
