"""Hostile documents through the whole pipeline, offline and through --fix, never raise (issue 12).

10,000 documents by default, shared among four generators: mutations of the real files in
`../shared`, random bytes, random nesting, and random URLs with Unicode in the URL fields. Set
PROPOSAL_LINT_FUZZ_EXAMPLES to try more (the README gives the result of a long run)."""

from __future__ import annotations

import json
import os
import random

import pytest
from conftest import CLEAN_PROPOSAL, REAL_FILES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from proposal_lint.rules.context import Options
from proposal_lint.engine.lint import lint_sources
from proposal_lint.fix.apply import fix_text
from proposal_lint.reporting.formats import get_reporter
from proposal_lint.reading.source import InputFailure, decode

pytestmark = pytest.mark.slow  # see `slow` in pyproject.toml

TOTAL = int(os.environ.get("PROPOSAL_LINT_FUZZ_EXAMPLES", "10000"))


BATCH = 4  # documents per example of a seeded generator: hypothesis's own work per example is not small


def share(fraction: float, batch: int = 1):
    """Hypothesis settings for this generator's share of TOTAL documents (cheap generators get more)."""
    return settings(max_examples=max(1, int(TOTAL * fraction) // batch), deadline=None, database=None,
                    suppress_health_check=list(HealthCheck))


OFFLINE = Options(offline=True)
REAL_LINES = [path.read_text(encoding="utf-8", errors="replace").split("\n") for path in REAL_FILES]
PIECES = [
    "#", "###", "####", "- ", "* ", "1. ", "> ", "  ", "\t", "**", "__", ":", "(", ")", "[", "](", "<", ">", "`",
    "```", "<!--", "-->", "<!-- proposal-lint disable-next-line PL201 -->", "Mentor(s):", "Upstream Issue:",
    "LFX URL:", "Description:", "jane@cncf.io", "@janedoe", "\u00a0", "\uff1a", "\u200b", "\r", "\x1b", "\ufeff",
]
# Documents are built from one drawn seed with Python's random: drawing each choice from hypothesis
# would cost more than linting the document, and these tests are about volume.
SEEDS = st.integers(0, 2**64)


def _unicode(rng: random.Random, size: int) -> str:
    return "".join(chr(rng.choice((rng.randint(32, 126), rng.randint(0xA0, 0x2FFF), rng.randint(0xFF00, 0xFFFD))))
                   for _ in range(rng.randint(0, size)))


def through_pipeline(path: str, data: bytes) -> None:
    """Read, parse, check and report one document, then fix it: nothing may raise."""
    source = decode(path, data)
    report = lint_sources([source], OFFLINE)
    for diagnostic in json.loads(get_reporter("json")(report))["diagnostics"]:
        assert diagnostic["line"] >= 1 and diagnostic["column"] >= 1 and diagnostic["message"]
    get_reporter("text")(report)
    if not isinstance(source, InputFailure):
        fix_text(data.decode("utf-8-sig"), path, OFFLINE)


def mutated_real_file(seed: int) -> str:
    rng = random.Random(seed)
    lines = rng.choice(REAL_LINES)
    start = rng.randrange(len(lines))
    window = lines[start : start + rng.randint(1, 12)]
    for _ in range(rng.randint(0, 8)):
        at = rng.randrange(len(window))
        action = rng.choice(["insert", "prefix", "cut", "duplicate", "drop", "text"])
        if action == "insert":
            window.insert(at, "".join(rng.choices(PIECES, k=rng.randint(0, 12))))
        elif action == "prefix":
            window[at] = rng.choice(PIECES) * rng.randint(1, 3) + window[at]
        elif action == "cut":
            window[at] = window[at][: rng.randint(0, len(window[at]))]
        elif action == "duplicate":
            window.insert(at, window[at])
        elif action == "drop" and len(window) > 1:
            del window[at]
        else:
            window[at] += _unicode(rng, 12)
    return "\n".join(window)


def random_nesting(seed: int) -> str:
    rng = random.Random(seed)
    markers = ["- ", "* ", "> ", "1. ", "  ", "   ", "\t", ">"]
    endings = ["x", "Mentor(s): Jane (@j, j@x.io)", "Upstream Issue: https://github.com/o/r/issues/1", "", "#### T"]
    return "\n".join("".join(rng.choices(markers, k=rng.choice([2, 8, 40, 120]))) + rng.choice(endings)
                     for _ in range(rng.randint(1, 8)))


def random_urls(seed: int) -> str:
    rng = random.Random(seed)
    urls = [rng.choice(["https://", "http://", "", "<https://", "[x](https://", "ftp://"])
            + rng.choice(["github.com", "github\uff1a.com", "[::1", "github.com]", "h:99999", "xn--", ""])
            + _unicode(rng, 6) + "/" + _unicode(rng, 6) + rng.choice(["/issues/1", "/pull/2", "", ")", ">"])
            for _ in range(rng.randint(1, 3))]
    field = rng.choice(["Upstream Issue", "LFX URL"])
    return CLEAN_PROPOSAL.replace(f"- {field}:", f"- {field}: {' '.join(urls)}\n- Old {field}:", 1)


@share(0.25, BATCH)
@given(SEEDS)
def test_mutated_real_files(seed):
    for n in range(BATCH):
        through_pipeline("mutated.md", mutated_real_file(seed * BATCH + n).encode("utf-8"))


@share(0.4)
@given(st.binary(max_size=600))
def test_random_bytes(data):
    through_pipeline("bytes.md", data)


@share(0.15, BATCH)
@given(SEEDS)
def test_random_nesting(seed):
    for n in range(BATCH):
        through_pipeline("nested.md", random_nesting(seed * BATCH + n).encode("utf-8"))


@share(0.2, BATCH)
@given(SEEDS)
def test_random_urls(seed):
    for n in range(BATCH):
        through_pipeline("urls.md", random_urls(seed * BATCH + n).encode("utf-8"))
