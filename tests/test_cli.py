"""The command line, through click's runner and as a real process (issue 2)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner
from conftest import CLEAN_PROPOSAL, SEED_000, SEED_001, needs_seeds

from proposal_lint.commands.cli import cli


def invoke(*args: str, env: dict | None = None):
    return CliRunner().invoke(cli, list(args), env=env)


@needs_seeds
def test_json_report_shape_and_order():
    result = invoke("check", "--offline", "--isolated", "--format", "json", str(SEED_001), str(SEED_000))
    report = json.loads(result.stdout)
    assert result.exit_code == 1
    assert set(report) >= {"version", "diagnostics", "summary"} and report["version"] == 1
    assert set(report["summary"]) >= {"files", "proposals", "errors", "warnings", "infos"}
    assert report["summary"]["files"] == 2 and report["summary"]["proposals"] == 19
    keys = {"path", "line", "column", "end_line", "end_column", "code", "name", "severity", "message",
            "project", "proposal", "field"}
    for diagnostic in report["diagnostics"]:
        assert keys <= set(diagnostic)
        assert diagnostic["severity"] in ("error", "warning", "info")
        assert diagnostic["line"] <= diagnostic["end_line"] and diagnostic["column"] >= 1
    order = [(d["path"], d["line"], d["column"]) for d in report["diagnostics"]]
    assert order == sorted(order)
    counted = [d["severity"] for d in report["diagnostics"]]
    assert report["summary"]["errors"] == counted.count("error")
    assert report["summary"]["warnings"] == counted.count("warning")


@needs_seeds
def test_plain_text_groups_by_proposal_with_a_caret():
    result = invoke("check", "--offline", "--isolated", "--format", "text", str(SEED_000), env={"NO_COLOR": "1"})
    lines = result.stdout.splitlines()
    assert lines[0].endswith("000_6bd408278df29d17.txt")
    assert "  Vitess › Improve Unit Test Coverage" in lines
    issue = next(i for i, line in enumerate(lines) if ":31:3: PL203 warning" in line)
    assert lines[issue + 1].endswith("31 | - Issue: https://github.com/vitessio/vitess/issues/14931")
    assert lines[issue + 2].endswith("   |   ^^^^^^")  # `Issue:`
    assert "file(s)" in lines[-1] and "\x1b[" not in result.stdout


@needs_seeds
def test_fail_on_threshold_sets_the_exit_code():
    base = ["check", "--offline", "--isolated", "--format", "json", str(SEED_000)]
    report = json.loads(invoke(*base).stdout)
    errors = report["summary"]["errors"]
    assert invoke(*base).exit_code == (1 if errors else 0)
    assert invoke(*base, "--fail-on", "warning").exit_code == 1
    assert invoke(*base, "--fail-on", "never").exit_code == 0


def test_usage_errors_exit_2():
    assert invoke("check").exit_code == 2
    assert invoke("check", "--format", "yaml", str(SEED_000)).exit_code == 2
    assert invoke("check", "--offline", "--template", "/no/such/template.json", str(SEED_000)).exit_code == 2


@needs_seeds
def test_forced_template_changes_the_verdict():
    result = invoke("check", "--offline", "--isolated", "--format", "json", "--template", "gsoc", str(SEED_000))
    diagnostics = json.loads(result.stdout)["diagnostics"]
    assert len([d for d in diagnostics if d["code"] == "PL102"]) == 7
    assert len([d for d in diagnostics if d["code"] == "PL201" and "Expected project size" in d["message"]]) == 7


@needs_seeds
def test_real_process_and_python_m():
    process = subprocess.run(
        [sys.executable, "-m", "proposal_lint", "check", "--offline", "--isolated", "--format", "json", str(SEED_001)],
        capture_output=True, text=True, timeout=120,
    )
    assert process.returncode == 1, process.stderr
    report = json.loads(process.stdout)
    assert {(d["code"], d["line"]) for d in report["diagnostics"]} >= {("PL201", 24), ("PL501", 34), ("PL203", 213)}
    assert process.stderr == ""


def test_version_and_help_import_no_heavy_module():
    probe = (
        "import sys, contextlib, io\n"
        "from proposal_lint.commands.cli import main\n"
        "for argv in (['--version'], ['--help'], ['check', '--help']):\n"
        "    with contextlib.redirect_stdout(io.StringIO()):\n"
        "        assert main(argv) == 0, argv\n"
        "print(sorted(m for m in ('mistletoe', 'rich', 'requests', 'email_validator', 'ftfy') if m in sys.modules))\n"
    )
    process = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert process.returncode == 0, process.stderr
    assert process.stdout.strip() == "[]"


@needs_seeds
def test_offline_plain_run_imports_neither_richs_console_nor_requests_nor_the_online_stage():
    """rich.cells (about 1.5 ms) measures a non-ASCII source line's cells; the rest of rich stays out."""
    probe = (
        "import sys, contextlib, io\n"
        "from proposal_lint.commands.cli import main\n"
        f"with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['check', '--offline', '--isolated', '--format', 'text', {str(SEED_000)!r}])\n"
        "print(sorted(m for m in sys.modules if m in ('rich.console', 'rich.text', 'requests')"
        " or m.startswith('proposal_lint.online')))\n"
    )
    process = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert process.returncode == 0, process.stderr
    assert process.stdout.strip() == "[]"


def test_text_report_imports_ftfy_only_for_a_suspect_line_and_pathspec_only_near_an_excluded_name(tmp_path):
    """Fix marks compute only the fixes of the rules found (fix.apply is imported for them); PL502 imports
    ftfy only for a suspect line; pathspec only judges a path with a part named like a default exclude."""
    probe = (
        "import sys, contextlib, io\n"
        "from proposal_lint.commands.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        "    main(['check', '--offline', '--isolated', '--format', 'text', sys.argv[1]])\n"
        "loaded = ('ftfy', 'pathspec', 'proposal_lint.fix.apply')\n"
        "print('[*]' in out.getvalue(), [m.rpartition('.')[2] for m in loaded if m in sys.modules])\n"
    )
    clean = tmp_path / "ideas.md"
    clean.write_text(CLEAN_PROPOSAL, encoding="utf-8")
    suspect = tmp_path / "suspect.md"
    suspect.write_text(CLEAN_PROPOSAL.replace("Description:", "Description: don\u00e2\u20ac\u2122t"), encoding="utf-8")
    excluded = tmp_path / "venv" / "ideas.md"
    excluded.parent.mkdir()
    excluded.write_text(CLEAN_PROPOSAL, encoding="utf-8")
    outputs = [subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True, text=True, timeout=60)
               for path in (clean, suspect, excluded)]
    assert [output.stdout.strip() for output in outputs] == ["False []", "True ['ftfy', 'apply']", "False ['pathspec']"]


@needs_seeds
def test_rich_report_is_the_plain_report_in_colour():
    import re

    from proposal_lint.rules.context import Options
    from proposal_lint.engine.lint import lint_paths
    from proposal_lint.reporting.formats import get_reporter

    report = lint_paths([str(SEED_001)], Options(offline=True))
    coloured = get_reporter("rich")(report)
    assert "\x1b[" in coloured
    plain_again = re.sub(r"\x1b\[[0-9;]*m", "", coloured)
    assert plain_again.splitlines() == get_reporter("text")(report).splitlines()


def test_a_mistyped_template_profile_gets_a_did_you_mean_and_the_list():
    result = invoke("check", "--offline", "--template", "gsco", str(Path(__file__).parent / "pr_fixtures" / "good.md"))
    assert result.exit_code == 2 and "No such file" not in result.output
    assert "did you mean `gsoc`?" in result.output and "lfx-2020, lfx-2023, lfx, gsoc-2017" in result.output
