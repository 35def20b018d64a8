"""The run leaves Python's garbage collector as it found it (paused while parsing, frozen while rules run)."""

import gc

from conftest import CLEAN_PROPOSAL

from proposal_lint import lint_text
from proposal_lint.reading.parser import parse_document


def test_a_run_leaves_the_collector_enabled_and_nothing_frozen():
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert lint_text(CLEAN_PROPOSAL, "p.md") == []
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_a_caller_who_disabled_the_collector_finds_it_disabled():
    gc.disable()
    try:
        parse_document(CLEAN_PROPOSAL, "p.md")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_parse_tree_is_swept_once_the_document_is_built():
    gc.collect()
    parse_document(CLEAN_PROPOSAL * 20, "p.md")
    assert gc.collect() < 10  # mistletoe's tree (a thousand tokens pointing at their parents) went in the parser's sweep
