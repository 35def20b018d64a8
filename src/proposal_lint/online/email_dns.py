"""Does an email domain accept mail? email-validator's deliverability check (MX, then A/AAAA)."""

from __future__ import annotations

from collections.abc import Iterable

from ..core.facts import DomainVerdict

_CHECK_FAILED = "There was an error while checking"


def _resolver(timeout: float, server: tuple[str, int] | None):
    import dns.resolver

    resolver = dns.resolver.Resolver(configure=server is None)
    if server is not None:
        resolver.nameservers = [server[0]]
        resolver.port = server[1]
    resolver.timeout = timeout
    resolver.lifetime = timeout
    return resolver


def check_email_domains(emails: Iterable[str], timeout: float,
                        server: tuple[str, int] | None = None) -> tuple[dict[str, DomainVerdict], str | None]:
    """A verdict per domain of `emails`, and the reason DNS stopped answering (None if it answered).

    The first unanswered question ends the check, so a dead resolver costs one timeout.
    """
    from email_validator import (
        EmailNotValidError,
        EmailUndeliverableError,
        validate_email,
    )

    by_domain: dict[str, str] = {}
    for email in emails:
        by_domain.setdefault(email.rpartition("@")[2].casefold(), email)
    resolver = _resolver(timeout, server)
    verdicts: dict[str, DomainVerdict] = {}
    for domain, email in sorted(by_domain.items()):
        try:
            checked = validate_email(email, check_deliverability=True, dns_resolver=resolver)
        except EmailUndeliverableError as error:
            if str(error).startswith(_CHECK_FAILED):
                return verdicts, str(error)
            verdicts[domain] = DomainVerdict(domain, False, str(error))
            continue
        except EmailNotValidError:
            continue
        if getattr(checked, "mx", None) is None:
            return verdicts, f"the DNS resolver gave no answer for {domain} within {timeout:g} s"
        verdicts[domain] = DomainVerdict(domain, True)
    return verdicts, None
