"""Bounded work per input size (issue 26): each input that made quadratic work (or output) is measured at
two sizes, n and 4n, and must grow about 4 times, never about 16. CPU time of this process, the best of
three, so another process on the machine does not count; no absolute time is asserted."""

from __future__ import annotations

import time

import pytest
from conftest import CLEAN_PROPOSAL

from proposal_lint import lint_text
from proposal_lint.engine.lint import lint_sources
from proposal_lint.reading.parser.blocks import tokenize
from proposal_lint.reading.source import Source
from proposal_lint.reporting.formats import get_reporter
from proposal_lint.rules.context import Options

pytestmark = pytest.mark.slow

LINEAR = 8  # 4n against n: linear work grows about 4 times (n log n a little more), quadratic work 16 times


def cpu_seconds(work, *args) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        work(*args)
        best = min(best, time.process_time() - start)
    return best


def growth(work, make, n: int) -> float:
    small, large = make(n), make(4 * n)
    return cpu_seconds(work, large) / max(cpu_seconds(work, small), 1e-3)


def link_definitions(n: int) -> str:
    return "".join(f"[ref{i}]: https://example.com/{i} \"title {i}\"\n" for i in range(n))


def test_consecutive_link_reference_definitions_are_read_in_linear_time():
    assert growth(tokenize, link_definitions, 10_000) < LINEAR


def test_link_reference_definitions_read_in_pieces_are_those_mistletoe_reads_whole():
    text = ('[a]: /u\n"title\n[more]"\n[b]:\n/v\n"t"\n[c]: /w "x" y\n[d]: /z\n\n[e\nf]: /g\n[h]: <i j>\n'
            + link_definitions(50))
    document = tokenize(text)
    assert document.footnotes["a"] == ("/u", "title\n[more]") and document.footnotes["b"] == ("/v", "t")
    assert "c" not in document.footnotes and "d" not in document.footnotes  # `[c]` has text after its title
    assert document.footnotes["e f"] == ("/g", "") and document.footnotes["h"] == ("i j", "")
    assert len(document.footnotes) == 4 + 50


def suppressions_each_on_a_line(n: int) -> str:
    return CLEAN_PROPOSAL + "".join(f"<!-- proposal-lint disable-next-line PL201 -->\nline {i}\n\n" for i in range(n))


def suppressions_opened_and_closed(n: int) -> str:
    return CLEAN_PROPOSAL + "".join("<!-- proposal-lint disable PL201 -->\n\n<!-- proposal-lint enable PL301 -->\n\n"
                                    for _ in range(n))


def one_comment_naming_a_rule_many_times(n: int) -> str:
    return CLEAN_PROPOSAL + "<!-- proposal-lint disable " + " ".join(["PL201"] * n) + " -->\n"


@pytest.mark.parametrize("make, n", [(suppressions_each_on_a_line, 2_000), (suppressions_opened_and_closed, 1_000),
                                     (one_comment_naming_a_rule_many_times, 2_000)],
                         ids=["disable-next-line", "disable-and-enable", "one-comment"])
def test_suppression_comments_are_applied_in_linear_time(make, n):
    assert growth(lambda text: lint_text(text, "x.md"), make, n) < LINEAR


def many_proposals(n: int):
    body = CLEAN_PROPOSAL.split("\n", 2)[2].replace("- Expected Outcome: e\n", "")  # one finding each
    return lint_sources([Source("x.md", "### Demo\n\n" + "".join(body.replace("#### A title", f"#### T{i}")
                                                                    for i in range(n)))], Options())


def test_the_markdown_report_is_written_in_linear_time():
    assert growth(get_reporter("markdown"), many_proposals, 1_000) < LINEAR


def proposals_sharing_one_issue(n: int) -> str:
    """n proposals of one project that link the same upstream issue (PL406 compares them all)."""
    body = CLEAN_PROPOSAL.split("\n", 2)[2]
    return "### Demo\n\n" + "".join(body.replace("#### A title", f"#### T{i}") for i in range(n))


def test_proposals_sharing_one_upstream_issue_are_compared_in_linear_time():
    assert growth(lambda text: lint_text(text, "x.md"), proposals_sharing_one_issue, 500) < LINEAR


def one_long_mentor_line(entries: int):
    line = "- Mentor(s): " + ", ".join(f"Name{i} @h{i} x{i}@" for i in range(entries))
    return lint_sources([Source("x.md", CLEAN_PROPOSAL.replace(
        "- Mentor(s):\n  - Jane Doe (@janedoe, jane@cncf.io)\n  - John Roe (@johnroe, john@cncf.io)", line))], Options())


def test_piped_text_for_a_long_line_with_many_findings_grows_linearly():
    """Piped, every finding shows its source line: cropped around the finding, so the output (and the time
    to write it) is linear."""
    small, large = (get_reporter("text")(one_long_mentor_line(n)) for n in (100, 400))
    assert len(large) / len(small) < 5
    assert max(len(line) for line in large.splitlines()) < 1_200
    assert growth(get_reporter("text"), one_long_mentor_line, 100) < LINEAR


def test_one_comment_naming_a_rule_thousands_of_times_gives_a_linear_report():
    """Each name is a finding on the same long line; piped, each shows that line cropped, not whole."""
    small, large = (get_reporter("text")(lint_sources([Source("x.md", one_comment_naming_a_rule_many_times(n))],
                                                      Options())) for n in (1_000, 4_000))
    assert large.count("PL008") == 4 * small.count("PL008") > 0
    assert len(large) / len(small) < 5
