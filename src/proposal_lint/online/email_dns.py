"""Does an email domain accept mail? email-validator's deliverability check (MX, then A/AAAA)."""

from __future__ import annotations

from collections.abc import Iterable

from ..core.facts import DomainVerdict

def _resolver(timeout: float, server: tuple[str, int] | None):
    import dns.resolver

    resolver = dns.resolver.Resolver(configure=server is None)
    if server is not None:
        resolver.nameservers = [server[0]]
        resolver.port = server[1]
    resolver.timeout = timeout
    resolver.lifetime = timeout
    return resolver


def is_dns_answer(error: Exception) -> bool:
    """Whether email-validator's EmailUndeliverableError is DNS's answer about the domain (no such
    name, no MX nor address, a null MX: raised with a dnspython answer as its cause, or none), rather
    than a check that failed (any other exception as its cause)."""
    import dns.resolver

    cause = error.__cause__
    return cause is None or isinstance(cause, (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer))


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
            if not is_dns_answer(error):
                return verdicts, str(error)
            verdicts[domain] = DomainVerdict(domain, False, str(error))
            continue
        except EmailNotValidError:
            continue
        if getattr(checked, "mx", None) is None:
            return verdicts, f"the DNS resolver gave no answer for {domain} within {timeout:g} s"
        verdicts[domain] = DomainVerdict(domain, True)
    return verdicts, None
