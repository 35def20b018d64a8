"""PL325 invalid-lfid: an issue-form mentor's LFID is not an LF Username."""

import re
from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, document_mentors

_LFID = re.compile(r"[^\s@/]+")


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for placed in document_mentors(document):
        mentor = placed.mentor
        if mentor.lfid and not _LFID.fullmatch(mentor.lfid):
            yield Problem(
                mentor.lfid_span,
                f"LFID `{mentor.lfid}` is not an LF Username (one word, no spaces, `@` or `/`); write the username "
                "alone, e.g. `janedoe`, as shown in the mentor's openprofile.dev profile URL",
                proposal=placed.proposal,
                field=placed.field,
            )


RULE = Rule("PL325", "invalid-lfid", Severity.ERROR, "Issue-form mentor LFID not an LF Username", check=check)
