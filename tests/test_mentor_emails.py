"""The email fast path: it only ever says "valid", and only where email-validator says so too."""

from __future__ import annotations

import re
import string
import subprocess
import sys
from pathlib import Path

import email_validator
import pytest
from conftest import CLEAN_PROPOSAL, SHARED
from hypothesis import example, given, settings
from hypothesis import strategies as st

from proposal_lint.reading.mentor_emails import plainly_valid, email_error

# Every run of non-space text with an @ in it, in every real file: mentor emails and much else.
_AT_TOKEN = re.compile(r"[^\s<>()\[\]{}|,;:\"'*`]+@[^\s<>()\[\]{}|,;:\"'*`]+")


def _validator_error(email: str) -> str | None:
    try:
        email_validator.validate_email(email, check_deliverability=False)
    except email_validator.EmailNotValidError as error:
        return str(error)
    return None


def _real_addresses() -> list[str]:
    files = [*SHARED.glob("seeds/*.txt"), *SHARED.glob("corpus/*"), *SHARED.glob("cncf-mentoring/**/*.md")]
    found = {token.strip(".") for path in files for token in _AT_TOKEN.findall(path.read_text(encoding="utf-8"))}
    return sorted(found)


REAL_ADDRESSES = _real_addresses()


def test_every_address_in_the_real_files_gets_email_validators_verdict():
    assert len(REAL_ADDRESSES) > 100
    plain = [address for address in REAL_ADDRESSES if plainly_valid(address)]
    wrong = [address for address in plain if _validator_error(address) is not None]
    assert wrong == []
    assert [a for a in REAL_ADDRESSES if email_error(a) != _validator_error(a)] == []
    # The fast path answers for nearly every real address email-validator accepts.
    valid = [address for address in REAL_ADDRESSES if _validator_error(address) is None]
    assert len(plain) >= 0.95 * len(valid)


@pytest.mark.parametrize("name", email_validator.SPECIAL_USE_DOMAIN_NAMES)
def test_special_use_domains_are_never_plain(name):
    for address in (f"jane@{name}", f"jane@mail.{name}", f"jane@mail.{name.upper()}"):
        assert not plainly_valid(address)
        assert email_error(address) == _validator_error(address) is not None


_ATEXT = string.ascii_letters + string.digits + "!#$%&'*+/=?^_`{|}~-"
_NEAR_ATEXT = _ATEXT + ".@ \"()<>[]\\,;:\t\u00e9\u0430\uff20"
_NEAR_LDH = string.ascii_letters + string.digits + "-._\u00fc"
local_parts = st.one_of(
    st.text(_NEAR_ATEXT, min_size=0, max_size=70),
    st.lists(st.text(_ATEXT, min_size=1, max_size=20), min_size=1, max_size=4).map(".".join),
)
labels = st.one_of(
    st.text(_NEAR_LDH, min_size=0, max_size=66),
    st.sampled_from(["xn--bcher-kva", "xn--abc", "ab--cd", "-a", "a-", "a--b", "1", "123", "x" * 63, "x" * 64]),
)
tlds = st.one_of(
    st.sampled_from(["com", "io", "dev", "CO", "x", "c0m", "123", *email_validator.SPECIAL_USE_DOMAIN_NAMES]),
    st.text(_NEAR_LDH, min_size=0, max_size=8),
)
domains = st.builds(lambda labels, tld: ".".join([*labels, tld]), st.lists(labels, min_size=0, max_size=5), tlds)
# Addresses near the fast path's edges: atoms, LDH labels with hyphens anywhere, long parts.
near_plain = st.builds(
    lambda atoms, labels, tld: ".".join(atoms) + "@" + ".".join([*labels, tld]),
    st.lists(st.text(_ATEXT, min_size=1, max_size=40), min_size=1, max_size=3),
    st.lists(st.text(string.ascii_letters + string.digits + "-", min_size=1, max_size=64), min_size=1, max_size=5),
    st.one_of(st.text(string.ascii_letters, min_size=1, max_size=6), tlds),
)
addresses = st.one_of(
    near_plain,
    st.builds(lambda local, domain: f"{local}@{domain}", local_parts, domains),
    st.text(_NEAR_ATEXT + "-", max_size=80),
)


@pytest.mark.slow
@settings(max_examples=1500, deadline=None)
@given(addresses)
@example("a" * 64 + "@" + "b" * 63 + "." + "c" * 63 + "." + "d" * 63 + ".com")
@example("a" * 65 + "@cncf.io")
@example("jane@" + ".".join(["a" * 63] * 4))
@example("jane.doe+tag@sub.cncf.io")
def test_the_fast_path_agrees_with_email_validator(address):
    expected = _validator_error(address)
    if plainly_valid(address):
        assert expected is None
    assert email_error(address) == expected


def test_only_a_run_with_an_address_outside_the_fast_path_imports_email_validator():
    code = ("import sys; from proposal_lint import lint_text; from conftest import CLEAN_PROPOSAL;"
            "print([d.code for d in lint_text(CLEAN_PROPOSAL)], 'email_validator' in sys.modules);"
            "bad = CLEAN_PROPOSAL.replace('jane@cncf.io', 'jane@cncf..io');"
            "print([d.message for d in lint_text(bad) if d.code == 'PL308'], 'email_validator' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).parent).stdout.splitlines()
    assert out[0] == "[] False"
    assert out[1] == ('["email `jane@cncf..io` is not valid: An email address cannot have two periods in a row;'
                      ' write the mentor\'s full address"] True')


def test_a_comma_for_the_last_dot_is_offered_back_as_a_dot():
    from proposal_lint import lint_text

    def pl308(email: str) -> list[str]:
        text = CLEAN_PROPOSAL.replace("jane@cncf.io", email)
        return [d.message for d in lint_text(text, "ideas.md") if d.code == "PL308"]

    [message] = pl308("jane.doe@gmail,com")
    assert message.startswith("email `jane.doe@gmail` is not valid") and message.endswith("did you mean `jane.doe@gmail.com`?")
    [message] = pl308("jane.doe@gmail,")  # nothing to offer: the usual advice
    assert message.endswith("write the mentor's full address")
