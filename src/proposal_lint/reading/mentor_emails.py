"""Judging a mentor's email: validity (email-validator), placeholders, typos, a glued `mailto`."""

from __future__ import annotations

import re
from functools import lru_cache

PLACEHOLDER_DOMAINS = frozenset({
    "email.addy", "email.address", "example.com", "example.org", "example.net", "example.edu",
    "domain.com", "yourdomain.com", "company.com",
    "email", "mail", "domain", "tbd", "tba",  # `tbd@email`: a placeholder with no real domain at all
})
RESERVED_TLDS = frozenset({"example", "test", "invalid", "localhost", "local", "addy", "address"})
COMMON_DOMAINS = (
    "gmail.com", "googlemail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com", "live.com",
    "protonmail.com", "proton.me", "qq.com", "163.com", "126.com", "foxmail.com", "aol.com",
)
# Real mail domains one edit away from a common one: never "typos".
REAL_NEIGHBOURS = frozenset({
    "mail.com", "ymail.com", "email.com", "gmx.com", "me.com", "mac.com", "pm.me", "live.cn", "outlook.in",
    "hotmail.co.uk", "hotmail.de", "hotmail.fr", "yahoo.co.in", "yahoo.co.jp", "yahoo.cn", "139.com",
    "163.net", "126.net", "sina.com", "qq.cn",
})

# A strict ASCII subset of what email-validator accepts: a dot-atom local part, LDH domain labels
# (single hyphens inside), an alphabetic top-level domain. Addresses of this form are valid without
# asking email-validator, whose import costs more than a small run; every other address is asked.
# tests/test_mentor_emails.py holds this to email-validator's verdicts.
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*"
_PLAIN_ADDRESS = re.compile(rf"{_ATOM}(?:\.{_ATOM})*@(?:{_LABEL}\.)+[A-Za-z]+")
# email-validator's special-use names (SPECIAL_USE_DOMAIN_NAMES): never valid, so never plain.
_SPECIAL_USE_TLDS = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})


def plainly_valid(email: str) -> bool:
    """True when `email` is in the strict ASCII subset above, and within every length limit."""
    local, _, domain = email.partition("@")
    return (len(email) <= 254 and len(local) <= 64 and len(domain) <= 253
            and _PLAIN_ADDRESS.fullmatch(email) is not None
            and all(len(label) <= 63 for label in domain.split("."))
            and domain.rpartition(".")[2].lower() not in _SPECIAL_USE_TLDS)


@lru_cache(maxsize=None)
def _email_validator():
    """email-validator, imported on first use (its import compiles large regexes)."""
    import email_validator

    return email_validator


@lru_cache(maxsize=4096)
def email_error(email: str) -> str | None:
    """Why email-validator rejects `email` (syntax only, no DNS), or None when it is valid."""
    if plainly_valid(email):
        return None
    validator = _email_validator()
    try:
        validator.validate_email(email, check_deliverability=False)
    except validator.EmailNotValidError as error:
        return str(error)
    return None


def domain_of(email: str) -> str:
    return email.rpartition("@")[2].casefold()


_GMAIL = frozenset({"gmail.com", "googlemail.com"})


def mailbox(email: str) -> str:
    """The mailbox an address reaches, for telling two addresses apart: case folded, and for Gmail
    without the dots and `+tag` of the local part that Gmail ignores (`jane.doe+lfx@gmail.com` is
    `janedoe@gmail.com`)."""
    local, _, domain = email.casefold().rpartition("@")
    if domain in _GMAIL:
        return f"{local.partition('+')[0].replace('.', '')}@gmail.com"
    return email.casefold()


def is_placeholder(email: str) -> bool:
    """An address at a placeholder or reserved domain (`email.addy`, `example.com`, `.test`)."""
    domain = domain_of(email)
    return domain in PLACEHOLDER_DOMAINS or domain.rpartition(".")[2] in RESERVED_TLDS or domain.endswith(".example.com")


def _one_edit(a: str, b: str) -> bool:
    """True when b is a one-letter insertion, deletion, change or adjacent swap away from a."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                   and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1:]


def domain_typo(email: str) -> str | None:
    """The common domain `email`'s domain is likely a typo of (`gmial.com` -> `gmail.com`)."""
    return _typo_of(domain_of(email))


@lru_cache(maxsize=4096)
def _typo_of(domain: str) -> str | None:
    if domain in COMMON_DOMAINS or domain in REAL_NEIGHBOURS:
        return None
    return next((common for common in COMMON_DOMAINS if _one_edit(domain, common)), None)


def mailto_glued(email: str) -> str | None:
    """`mailtoaabid01@gmail.com` -> `aabid01@gmail.com`: the address without a glued `mailto`."""
    local, _, domain = email.partition("@")
    if local.casefold().startswith("mailto") and len(local) > len("mailto") and local[6] != ":":
        return f"{local[6:]}@{domain}"
    return None
