"""The docs are executed: one page per rule, matching the rule table, with examples that work."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner
from conftest import ROOT

from proposal_lint.commands.cli import cli
from proposal_lint.cncf.projects import load_project_list
from proposal_lint.rules.context import Options
from proposal_lint.engine.lint import lint_text
from proposal_lint.rules.table import RULE_MODULES, all_rules

RULES_DIR = ROOT / "rules"
RULES = all_rules()
_EXAMPLE = re.compile(r"## (Bad|Good)\n\n(`{3,})markdown\n(.*?)\n\2\n", re.S)
# A rule across files (scope "run") may show its Bad example as several files: more blocks right after the first.
_MORE = re.compile(r"\n(`{3,})markdown\n(.*?)\n\1\n", re.S)
# PL317/PL318 compare mentors with an LFX registry; their pages assume this one.
REGISTRY_RULES = {"PL317", "PL318"}
REGISTRY = [
    {"name": "Jane Doe", "github_handle": "janedoe", "email": "jane@x.org", "lfid": "jdoe"},
    {"name": "John Roe", "github_handle": "johnroe", "email": "john@cncf.io", "lfid": "jroe"},
]
# PL105 checks files whose path dates their term no earlier than the shipped project list; PL114 compares a term title with the term its folder names.
TERM_DIR = {"PL105": f"programs/lfx-mentorship/{load_project_list().updated.year}/03-Sep-Nov/",
            "PL114": "programs/lfx-mentorship/2024/03-Sep-Nov/"}
# The term-files rules (PL120-PL124) compare a README with the export files beside it on disk: their pages
# show those files as ```json / ```csv blocks introduced by "`<file name>` beside it:".
_TERM_FILE = re.compile(r"`(lfx-export\.json|lfx-tracking\.csv)` beside it:\n\n(`{3,})(?:json|csv)\n(.*?)\n\2\n", re.S)


def page(code: str) -> str:
    return (RULES_DIR / f"{code}.md").read_text(encoding="utf-8")


def examples(code: str) -> dict[str, str]:
    """The Bad and Good blocks; a block holding ``` fences itself is fenced with ````."""
    return {kind: body + "\n" for kind, _, body in _EXAMPLE.findall(page(code))}


def bad_files(code: str) -> list[str]:
    """The Bad example as files: its first block, and the blocks that follow it directly."""
    text = page(code)
    match = _EXAMPLE.search(text, text.index("\n## Bad\n"))
    files, end = [match.group(3) + "\n"], match.end() - 1
    while (more := _MORE.match(text, end)) is not None:
        files.append(more.group(2) + "\n")
        end = more.end() - 1
    return files


def term_files(code: str, kind: str) -> dict[str, str]:
    """The export files a page's Bad or Good example puts beside its README, by name."""
    text = page(code)
    start = text.index(f"\n## {kind}\n")
    section = text[start:text.index("\n## ", start + 1)]
    return {name: body + "\n" for name, _, body in _TERM_FILE.findall(section)}


def lint_on_disk(texts: list[str], files: dict[str, str], options: Options, directory) -> list:
    """Lint the example's Markdown files written into a term directory, beside its export files."""
    from proposal_lint.engine.lint import lint_paths

    term = directory / "programs/lfx-mentorship/2026/03-Sep-Nov"
    term.mkdir(parents=True)
    for name, text in [*((f"bad-{i}.md", t) for i, t in enumerate(texts)), *files.items()]:
        (term / name).write_text(text, encoding="utf-8")
    return lint_paths([str(term)], options).diagnostics


def lint_files(texts: list[str], options: Options, where: str = ""):
    from proposal_lint.engine.lint import lint_sources
    from proposal_lint.reading.source import Source

    return lint_sources([Source(f"{where}bad-{i}.md", text) for i, text in enumerate(texts)], options).diagnostics


def test_one_page_per_rule_and_one_rule_per_page():
    pages = {p.stem for p in RULES_DIR.glob("PL*.md")}
    assert pages == {rule.code for rule in RULES}


def test_the_rule_table_lists_every_rule_module_under_its_code_and_name():
    modules = {p.stem for p in (ROOT / "src" / "proposal_lint" / "rules").glob("pl?_*/pl*.py")}
    assert set(RULE_MODULES) == modules
    assert {f"{rule.code.lower()}_{rule.name.replace('-', '_')}" for rule in RULES} == modules


def test_codes_and_names_are_unique_and_well_formed():
    codes = [rule.code for rule in RULES]
    names = [rule.name for rule in RULES]
    assert len(set(codes)) == len(codes) and len(set(names)) == len(names)
    for rule in RULES:
        assert re.fullmatch(r"PL[0-5]\d\d", rule.code) and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.name)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_page_header_matches_the_rule_table(rule):
    text = page(rule.code)
    assert text.startswith(f"# {rule.code} {rule.name}\n")
    assert f"- Severity: {rule.severity.label}" in text
    assert f"- Fixable: {'yes' if rule.fixable else 'no'}\n" in text
    assert f"- Network: {'yes' if rule.network else 'no'}\n" in text
    for section in ("What it checks", "Why it matters", "Bad", "Good", "Fix", "Options"):
        assert f"\n## {section}\n" in text


def test_index_lists_every_rule():
    index = (RULES_DIR / "README.md").read_text(encoding="utf-8")
    for rule in RULES:
        assert f"| [{rule.code}]({rule.code}.md) | {rule.name} | {rule.severity.label} |" in index


EXECUTABLE = [rule for rule in RULES if rule.scope != "input" and not rule.network]
NETWORK = [rule for rule in RULES if rule.network]


@pytest.mark.parametrize("rule", NETWORK, ids=lambda r: r.code)
def test_network_rule_examples_are_quiet_offline(rule):
    found = examples(rule.code)
    assert set(found) == {"Bad", "Good"}
    for text in found.values():
        assert rule.code not in [d.code for d in lint_text(text, "example.md", Options(offline=True))]


@pytest.fixture(scope="module")
def registry_file(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("registry") / "registry.json"
    path.write_text(json.dumps(REGISTRY), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("rule", EXECUTABLE, ids=lambda r: r.code)
def test_bad_example_triggers_and_good_one_does_not(rule, registry_file, tmp_path):
    found = examples(rule.code)
    assert set(found) == {"Bad", "Good"}, "both examples must be ```markdown blocks"
    options = Options(offline=True, mentor_registry=registry_file if rule.code in REGISTRY_RULES else None)
    where = TERM_DIR.get(rule.code, "")
    if term_files(rule.code, "Bad"):
        bad = lint_on_disk(bad_files(rule.code), term_files(rule.code, "Bad"), options, tmp_path / "bad")
        good = lint_on_disk([found["Good"]], term_files(rule.code, "Good"), options, tmp_path / "good")
        assert rule.code in [d.code for d in bad]
    else:
        assert rule.code in [d.code for d in lint_files(bad_files(rule.code), options, where)]
        good = lint_text(found["Good"], f"{where}good.md", options)
    assert rule.code not in [d.code for d in good]
    assert [d.code for d in good if d.severity.label == "error"] == [], "a Good example has no errors at all"


def test_rules_command_lists_the_rule_table():
    result = CliRunner().invoke(cli, ["rules", "--format", "json"])
    rows = json.loads(result.stdout)
    assert [row["code"] for row in rows] == [rule.code for rule in RULES]
    text = CliRunner().invoke(cli, ["rules"]).stdout
    assert all(rule.name in text for rule in RULES)


def test_explain_prints_the_page_by_code_or_name():
    by_code = CliRunner().invoke(cli, ["explain", "PL201"])
    by_name = CliRunner().invoke(cli, ["explain", "missing-field"])
    assert by_code.exit_code == 0 and by_code.stdout == by_name.stdout == page("PL201")
    assert CliRunner().invoke(cli, ["explain", "PL999"]).exit_code == 2
