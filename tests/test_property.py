"""Random Markdown and random mutations of the seeds never crash the linter (issue 2)."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT, SEED_000, SEED_001
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from proposal_lint.rules.context import Options
from proposal_lint.engine.lint import lint_sources
from proposal_lint.reporting.formats import get_reporter
from proposal_lint.reading.source import Source

# The seeds where $PROPOSAL_LINT_SHARED has them, else the fixtures written in their shape.
SEED_FILES = [SEED_000, SEED_001] if SEED_001.is_file() else sorted((ROOT / "tests" / "fixtures" / "seedlike").glob("*.txt"))
SEED_LINES = "".join(path.read_text(encoding="utf-8") for path in SEED_FILES).split("\n")
MARKDOWN_BITS = st.sampled_from([
    "#", "##", "###", "####", "#####", "-", "*", "  -", "\t", "**", ":", "(", ")", "@", "[", "](", "<", ">",
    "```", "<!--", "-->", "Mentor(s):", "Upstream Issue:", "Description:", "LFX URL:", "Template", "Sample",
    "jane@cncf.io", "@janedoe", "https://github.com/o/r/issues/1", "donâ€™t", "\u00a0", "，", "|", "\n", " ",
])

random_markdown = st.lists(st.one_of(MARKDOWN_BITS, st.text(max_size=8)), max_size=60).map("".join)


@st.composite
def mutated_seed(draw):
    lines = list(SEED_LINES)
    for _ in range(draw(st.integers(0, 12))):
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "duplicate", "insert", "indent", "truncate"]))
        if action == "drop":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, lines[index])
        elif action == "insert":
            lines.insert(index, draw(random_markdown))
        elif action == "indent":
            lines[index] = "  " + lines[index]
        else:
            lines[index] = lines[index][: draw(st.integers(0, max(len(lines[index]), 0)))]
    return "\n".join(lines)


def lint_to_json(text: str) -> dict:
    report = lint_sources([Source("fuzz.md", text)], Options(offline=True))
    rendered = json.loads(get_reporter("json")(report))
    for diagnostic in rendered["diagnostics"]:
        assert 1 <= diagnostic["line"] <= diagnostic["end_line"]
        assert diagnostic["column"] >= 1 and diagnostic["message"]
    return rendered


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_markdown)
def test_random_markdown_gives_valid_json(text):
    assert lint_to_json(text)["version"] == 1


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_seed())
def test_mutated_seeds_give_valid_json(text):
    report = lint_to_json(text)
    assert report["summary"]["files"] == 1
