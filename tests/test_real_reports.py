"""Every report on the real files of ../shared equals its captured copy, byte for byte (issue 17).

A reshaping of the code changes no report; a change meant to alter reports captures them anew
(`python tests/real_reports.py`) and the reviewer reads the difference.
"""

from __future__ import annotations

import difflib

import pytest

from conftest import MENTORING, needs
from real_reports import captured, commands, report

pytestmark = [needs(MENTORING, "the cncf-mentoring copy"), pytest.mark.slow]


@pytest.mark.parametrize("name", sorted(commands()))
def test_the_report_equals_its_captured_copy(name):
    expected = captured(name)
    assert expected is not None, f"no captured copy of {name}: run python tests/real_reports.py"
    actual = report(commands()[name])
    if actual != expected:
        diff = difflib.unified_diff(expected.decode(errors="replace").splitlines(),
                                    actual.decode(errors="replace").splitlines(), "captured", "now", lineterm="", n=1)
        pytest.fail(f"{name} differs from its captured copy:\n" + "\n".join(list(diff)[:40]))
