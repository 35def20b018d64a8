"""PL320 email-dns-unavailable: `--check-email-dns` got no answer from DNS (one warning per run)."""

from collections.abc import Iterator, Sequence

from ..api import Document, Problem, Rule, RunContext, Severity, run_mentors
from ...reading.mentor_emails import domain_of


def check(documents: Sequence[Document], context: RunContext) -> Iterator[Problem]:
    facts = context.facts.mentors
    if facts.dns_unavailable is None:
        return
    unchecked = next((p for p in run_mentors(documents)
                      if p.mentor.email and domain_of(p.mentor.email) not in facts.domains), None)
    if unchecked is None:
        return
    yield Problem(
        unchecked.mentor.email_span,
        f"could not check whether mentor emails accept mail ({facts.dns_unavailable.rstrip('.')}); "
        "these emails were not checked: retry later, or run without --check-email-dns",
        proposal=unchecked.proposal, field=unchecked.field,
    )


RULE = Rule("PL320", "email-dns-unavailable", Severity.WARNING, "DNS did not answer the email check",
            scope="run", check=check, network=True, needs="check_email_dns")
