"""Bad input gets a clear one-line diagnostic and the run goes on (issue 2)."""

from __future__ import annotations

import json
import os

from click.testing import CliRunner
from conftest import CLEAN_PROPOSAL, SEED_000, needs_seeds

from proposal_lint.commands.cli import cli
from proposal_lint.rules.context import Options
from proposal_lint.engine.lint import lint_paths, lint_text
from proposal_lint.reading.source import MAX_FILE_BYTES

GOOD = CLEAN_PROPOSAL


def run_json(*args: str):
    result = CliRunner().invoke(cli, ["check", "--offline", "--isolated", "--format", "json", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, json.loads(result.stdout)


def test_clean_proposal_has_no_findings():
    assert lint_text(CLEAN_PROPOSAL, "clean.md", Options(offline=True)) == []


def codes(report: dict) -> list[tuple[str, str]]:
    return [(os.path.basename(d["path"]), d["code"]) for d in report["diagnostics"]]


def test_missing_file_is_an_input_error_and_the_run_continues(tmp_path):
    good = tmp_path / "good.md"
    good.write_text(GOOD, encoding="utf-8")
    code, report = run_json(str(tmp_path / "nope.md"), str(good))
    assert code == 2
    assert codes(report) == [("nope.md", "PL001")]
    assert report["summary"]["files"] == 2 and report["summary"]["proposals"] == 1


def test_directory_without_markdown(tmp_path):
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    code, report = run_json(str(tmp_path))
    assert code == 2 and [d["code"] for d in report["diagnostics"]] == ["PL001"]
    assert "no Markdown files" in report["diagnostics"][0]["message"]


def test_directory_is_walked_for_markdown(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "ideas.md").write_text(GOOD, encoding="utf-8")
    code, report = run_json(str(tmp_path))
    assert code == 0 and report["summary"]["proposals"] == 1


def test_non_utf8_bytes_point_at_the_first_bad_byte(tmp_path):
    path = tmp_path / "latin1.md"
    path.write_bytes(GOOD.encode() + "- Caf\u00e9\n".encode("latin-1"))
    code, report = run_json(str(path))
    [diagnostic] = report["diagnostics"]
    assert code == 2 and diagnostic["code"] == "PL002"
    assert (diagnostic["line"], diagnostic["column"]) == (GOOD.count("\n") + 1, 6)
    assert "0xe9" in diagnostic["message"]


def test_binary_file(tmp_path):
    path = tmp_path / "image.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, report = run_json(str(path))
    assert code == 2 and codes(report) == [("image.md", "PL003")]


def test_empty_file_is_a_warning_not_a_failure(tmp_path):
    path = tmp_path / "empty.md"
    path.write_text("\n\n", encoding="utf-8")
    code, report = run_json(str(path))
    assert code == 0 and codes(report) == [("empty.md", "PL005")]
    assert report["diagnostics"][0]["severity"] == "warning"


def test_prose_without_proposals_is_not_a_proposal_file(tmp_path):
    path = tmp_path / "readme.md"
    path.write_text("# Notes\n\n### Timeline\n\n| When | What |\n|---|---|\n| May | Apply |\n", encoding="utf-8")
    code, report = run_json(str(path))
    assert code == 0 and codes(report) == []


def test_fields_without_proposal_headings(tmp_path):
    path = tmp_path / "readme.md"
    path.write_text("Intro.\n\n- Description: d\n- Mentor(s): Jane Doe (@janedoe, jane@cncf.io)\n", encoding="utf-8")
    code, report = run_json(str(path))
    assert code == 0 and codes(report) == [("readme.md", "PL006")]
    assert report["diagnostics"][0]["line"] == 3


@needs_seeds
def test_file_larger_than_the_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.md"
    with open(path, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    assert os.path.getsize(path) > MAX_FILE_BYTES
    code, report = run_json(str(path), str(SEED_000))
    assert code == 2
    assert ("huge.md", "PL004") in codes(report)
    assert report["summary"]["proposals"] == 7


def test_hundred_thousand_character_lines(tmp_path):
    path = tmp_path / "long.md"
    long_lines = ["[a](" * 25_000, "*a_" * 33_000, "x" * 100_000, "- " + "Label " * 20_000 + ":"]
    path.write_text(GOOD + "\n".join(long_lines) + "\n", encoding="utf-8")
    code, report = run_json(str(path))
    assert code in (0, 1)
    assert report["summary"]["proposals"] == 1


@needs_seeds
def test_crlf_and_bom_are_read_like_lf():
    report = lint_paths([str(SEED_000)], Options(offline=True))
    lf = [(d.code, d.line, d.column) for d in report.diagnostics]
    from proposal_lint.engine.lint import lint_sources
    from proposal_lint.reading.source import decode

    crlf = "\ufeff" + SEED_000.read_text(encoding="utf-8").replace("\n", "\r\n")
    source = decode(str(SEED_000), crlf.encode("utf-8"))
    again = lint_sources([source], Options(offline=True))
    assert [(d.code, d.line, d.column) for d in again.diagnostics] == lf
