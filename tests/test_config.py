"""Configuration: discovery, strict validation, selection, severity, per-file ignores, flags over the file."""

import json
import textwrap

import pytest
from click.testing import CliRunner

from proposal_lint.commands.cli import cli
from proposal_lint.commands.config import (
    KEYS,
    ConfigError,
    Settings,
    build_options,
    find_config,
    load_config,
    validate,
)
from proposal_lint.core.diagnostics import Severity

PROPOSAL = """### Demo

#### Improve the docs

- Description: d
- Expected Outcome: e
- Recommend Skills: s
- Mentor(s):
  - Jane Doe (@janedoe, jane@cncf.io)
  - John Roe (@johnroe, john@cncf.io)
- Upstream Issue: https://github.com/demo/demo/issues/1
- LFX URL:
"""


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def _check(*args):
    result = CliRunner().invoke(cli, ["check", "--offline", "--format", "json", *map(str, args)])
    report = json.loads(result.stdout) if result.exit_code in (0, 1) else None
    return result, report


def _codes(report):
    return sorted({d["code"] for d in report["diagnostics"]})


@pytest.fixture
def repo(tmp_path):
    (tmp_path / ".git").mkdir()
    _write(tmp_path / "docs" / "ideas.md", PROPOSAL)
    return tmp_path


def test_nearest_config_upward_is_found_and_pyproject_without_section_skipped(repo):
    _write(repo / ".proposal-lint.toml", 'ignore = ["PL203"]\n')
    _write(repo / "docs" / "pyproject.toml", "[project]\nname = 'x'\n")
    assert find_config(str(repo / "docs")) == str(repo / ".proposal-lint.toml")
    result, report = _check(repo / "docs" / "ideas.md")
    assert result.exit_code == 0
    assert "PL203" not in _codes(report)


def test_search_stops_at_the_repository_root(tmp_path):
    _write(tmp_path / ".proposal-lint.toml", 'ignore = ["PL203"]\n')
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    _write(tmp_path / "repo" / "ideas.md", PROPOSAL)
    assert find_config(str(tmp_path / "repo")) is None
    _, report = _check(tmp_path / "repo" / "ideas.md")
    assert "PL203" in _codes(report)


def test_pyproject_section_is_read(repo):
    _write(repo / "pyproject.toml", """
        [tool.proposal-lint]
        severity = { non-template-label = "error" }
    """)
    result, report = _check(repo / "docs" / "ideas.md")
    assert result.exit_code == 1
    assert [d["severity"] for d in report["diagnostics"] if d["code"] == "PL203"] == ["error"]


@pytest.mark.parametrize("toml", [
    '[tool]\n"proposal-lint" = { severity = { non-template-label = "error" } }\n',
    'tool."proposal-lint".severity = { non-template-label = "error" }\n',
    '[tool."proposal-lint".severity]\nnon-template-label = "error"\n',
])
def test_pyproject_section_is_read_however_the_toml_writes_it(repo, toml):
    _write(repo / "docs" / "pyproject.toml", toml + '[project]\nname = "x"\n')
    assert find_config(str(repo / "docs")) == str(repo / "docs" / "pyproject.toml")
    result, report = _check(repo / "docs" / "ideas.md")
    assert [d["severity"] for d in report["diagnostics"] if d["code"] == "PL203"] == ["error"]


def test_a_pyproject_that_only_depends_on_the_tool_is_skipped(repo):
    _write(repo / ".proposal-lint.toml", 'ignore = ["PL203"]\n')
    _write(repo / "docs" / "pyproject.toml", '[project]\nname = "x"\ndependencies = ["proposal-lint>=0.1"]\n')
    assert find_config(str(repo / "docs")) == str(repo / ".proposal-lint.toml")


@pytest.mark.parametrize("selector", ["PL203", "PL2", "non-template-label"])
def test_ignore_by_code_prefix_or_name(repo, selector):
    _write(repo / ".proposal-lint.toml", f'ignore = ["{selector}"]\n')
    _, report = _check(repo / "docs" / "ideas.md")
    assert not any(code.startswith("PL2") and (selector == "PL2" or code == "PL203") for code in _codes(report))


def test_select_then_extend_select(repo):
    _write(repo / ".proposal-lint.toml", 'select = ["PL1"]\nextend-select = ["PL203"]\n')
    _, report = _check(repo / "docs" / "ideas.md")
    assert _codes(report) == ["PL203"]


def test_command_line_flags_win_over_the_file(repo):
    _write(repo / ".proposal-lint.toml", 'select = ["PL1"]\nfail-on = "warning"\n')
    ideas = repo / "docs" / "ideas.md"
    result, report = _check(ideas)
    assert result.exit_code == 0 and _codes(report) == []
    result, report = _check("--select", "PL203", ideas)
    assert result.exit_code == 1 and _codes(report) == ["PL203"]
    result, _ = _check("--select", "PL203", "--fail-on", "error", ideas)
    assert result.exit_code == 0


def test_command_line_ignore_adds_to_the_file(repo):
    _write(repo / ".proposal-lint.toml", 'extend-select = ["PL203"]\n')
    _, report = _check("--ignore", "non-template-label", repo / "docs" / "ideas.md")
    assert "PL203" not in _codes(report)


def test_per_file_ignores_use_gitignore_patterns_as_exclude_does(repo):
    """`*` stays within a folder (fnmatch's crossed `/`), `**` crosses folders, a bare name matches at any depth."""
    _write(repo / "docs" / "deep" / "ideas.md", PROPOSAL)
    ideas, deep = repo / "docs" / "ideas.md", repo / "docs" / "deep" / "ideas.md"

    def ignored_in(globs: str) -> list[bool]:
        _write(repo / ".proposal-lint.toml", f"[per-file-ignores]\n{globs}\n")
        _, report = _check(ideas, deep)
        flagged = {d["path"] for d in report["diagnostics"] if d["code"] == "PL203"}
        return [not any(p.endswith(name) for p in flagged) for name in ("docs/ideas.md", "deep/ideas.md")]

    assert ignored_in('"docs/*.md" = ["PL203"]') == [True, False]
    assert ignored_in('"docs/**/*.md" = ["PL203"]') == [True, True]
    assert ignored_in('"ideas.md" = ["PL203"]') == [True, True]
    assert ignored_in('"/ideas.md" = ["PL203"]') == [False, False]


def test_a_per_file_ignores_pattern_that_is_not_one_is_a_config_error(repo):
    _write(repo / ".proposal-lint.toml", '[per-file-ignores]\n"!" = ["PL203"]\n')
    result, _ = _check(repo / "docs" / "ideas.md")
    assert result.exit_code == 2 and "not a gitignore pattern" in result.output


def test_per_file_ignores_match_globs_relative_to_the_config(repo):
    _write(repo / ".proposal-lint.toml", '[per-file-ignores]\n"docs/*.md" = ["PL203"]\n')
    _write(repo / "other" / "ideas.md", PROPOSAL)
    _, report = _check(repo / "docs" / "ideas.md", repo / "other" / "ideas.md")
    assert [d["path"].endswith("other/ideas.md") for d in report["diagnostics"] if d["code"] == "PL203"] == [True]


def test_config_option_and_isolated(repo, tmp_path_factory):
    elsewhere = _write(tmp_path_factory.mktemp("cfg") / "strict.toml", '[severity]\nPL203 = "error"\n')
    _write(repo / ".proposal-lint.toml", 'select = ["PL1"]\n')
    ideas = repo / "docs" / "ideas.md"
    _, report = _check(ideas)
    assert "PL203" not in _codes(report)
    result, report = _check("--config", elsewhere, ideas)
    assert result.exit_code == 1
    assert [d["severity"] for d in report["diagnostics"] if d["code"] == "PL203"] == ["error"]
    result, report = _check("--isolated", ideas)
    assert [d["severity"] for d in report["diagnostics"] if d["code"] == "PL203"] == ["warning"]
    result, _ = _check("--isolated", "--config", elsewhere, ideas)
    assert result.exit_code == 2


@pytest.mark.parametrize(
    ("toml", "needle"),
    [
        ('selct = ["PL2"]\n', "`selct`: unknown key; did you mean `select`?"),
        ('select = "PL2"\n', "`select`: expected a list of strings"),
        ('ignore = ["non-template-lable"]\n', "did you mean `non-template-label`?"),
        ('[severity]\nPL203 = "fatal"\n', "`severity.PL203`: `fatal` is not one of: error, warning, info"),
        ("timeout = 0\n", "`timeout`: 0 is below the minimum"),
        ('exclude-urls = ["("]\n', "`exclude-urls`: `(` is not a valid regex"),
        ("select = [\n", "invalid TOML"),
    ],
)
def test_strict_errors_name_file_key_and_suggestion(repo, toml, needle):
    config = _write(repo / ".proposal-lint.toml", toml)
    result, _ = _check(repo / "docs" / "ideas.md")
    assert result.exit_code == 2
    assert str(config) in result.output and needle in result.output
    assert "Traceback" not in result.output


def test_bad_rule_on_the_command_line_is_a_usage_error(repo):
    result, _ = _check("--isolated", "--select", "PL2O3", repo / "docs" / "ideas.md")
    assert result.exit_code == 2
    assert "--select" in result.output and "did you mean `PL203`?" in result.output


def test_template_from_config_applies_to_files_without_one(repo):
    _write(repo / ".proposal-lint.toml", 'template = "gsoc"\nselect = ["PL201"]\n')
    _, report = _check(repo / "docs" / "ideas.md")
    assert any("Expected project size" in d["message"] for d in report["diagnostics"])


def test_relative_paths_are_relative_to_the_config_file(repo):
    config = _write(repo / "conf" / ".proposal-lint.toml", 'mentor-registry = "mentors.json"\ncache-dir = "../cache"\n')
    settings = load_config(str(config))
    assert settings.mentor_registry == str(repo / "conf" / "mentors.json")
    assert settings.cache_dir == str(repo / "conf" / "../cache")


def test_link_settings_reach_the_options():
    settings = validate(
        {"timeout": 2, "concurrency": 3, "per-host-concurrency": 1, "allow-hosts": ["github\\.com"],
         "exclude-urls": ["example"], "accept-status": [403], "offline": True},
        "cfg",
    )
    options = build_options(settings, Settings())
    links = options.links
    assert (links.timeout, links.concurrency, links.per_host_concurrency) == (2, 3, 1)
    assert links.allow_hosts == ("github\\.com",) and links.exclude_urls == ("example",)
    assert links.accept_status == (403,) and options.offline is True
    assert build_options(None, Settings()).links.timeout == 10.0


def test_severity_override_and_require_reason():
    options = build_options(validate({"severity": {"PL5": "info"}, "require-reason": True}, "cfg"), Settings())
    severities = dict(options.rules.severity)
    assert severities["PL502"] == Severity.INFO and severities["PL007"] == Severity.ERROR


def test_every_key_is_declared_once_with_help():
    assert all(spec.metadata["help"] for spec in KEYS.values())
    with pytest.raises(ConfigError) as raised:
        validate({"per-file-ignores": {"*.md": ["PL999"]}}, "cfg")
    assert raised.value.key == "per-file-ignores.*.md"


def test_missing_template_file_names_the_config(repo):
    config = _write(repo / ".proposal-lint.toml", 'template = "nowhere.json"\n')
    result, _ = _check(repo / "docs" / "ideas.md")
    assert result.exit_code == 2
    assert f"{config}: `template`: cannot use template" in result.output


def test_files_under_two_configs_give_one_report_failing_at_the_lowest_threshold(repo):
    _write(repo / "strict" / ".proposal-lint.toml", 'fail-on = "warning"\n')
    _write(repo / "strict" / "ideas.md", PROPOSAL)
    _write(repo / "docs" / ".proposal-lint.toml", 'fail-on = "error"\n')
    docs_alone, _ = _check(repo / "docs" / "ideas.md")
    both, report = _check(repo / "docs" / "ideas.md", repo / "strict" / "ideas.md")
    assert docs_alone.exit_code == 0  # PL203 is a warning: below docs' threshold
    assert both.exit_code == 1 and report["summary"]["files"] == 2  # strict's threshold counts
    assert {d["path"] for d in report["diagnostics"] if d["code"] == "PL203"} == {
        str(repo / "docs" / "ideas.md"), str(repo / "strict" / "ideas.md")}
