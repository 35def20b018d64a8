"""The command line: a thin wrapper over the engine. Heavy modules load only when a command runs."""

from __future__ import annotations

import os
import sys

import click

from .. import __version__
from .shared_run import InputError, flag_settings, lint_or_exit, planned_runs, template_option
from ..reporting.formats import FORMATS

FAIL_ON = ("error", "warning", "info", "never")
INTERNAL_ERROR = 3
ISSUES_URL = "https://github.com/proposal-lint/proposal-lint/issues"


def _report_option(ctx, param, values):
    """Each `--report FORMAT=PATH` as (format, path)."""
    from ..reporting.writer import parse_report_option

    try:
        return [parse_report_option(value, FORMATS[1:]) for value in values]
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="proposal-lint")
def cli() -> None:
    """Lint CNCF mentorship project-idea Markdown files."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="auto", show_default=True,
              help="Report format; auto is text plus GitHub annotations when GITHUB_ACTIONS=true, "
                   "colour text on a terminal (unless NO_COLOR is set), plain text otherwise; concise is "
                   "one line per finding (path:line:col: CODE [name] message).")
@click.option("--color", type=click.Choice(("auto", "always", "never")), default="auto", show_default=True,
              help="Colour the text report: auto colours a terminal unless NO_COLOR is set (FORCE_COLOR forces it).")
@click.option("--output", type=click.Path(dir_okay=False), help="Write the report to this file instead of stdout.")
@click.option("--report", "reports", multiple=True, metavar="FORMAT=PATH", callback=_report_option,
              help="Also write a report in FORMAT to PATH (e.g. sarif=out.sarif); may repeat.")
@click.option("--stdin-filename", metavar="NAME",
              help="Name to report standard input (path `-`) as; it also picks the config, per-file ignores and "
                   "the input's shape.  [default: <stdin>]")
@click.option("--diff-base", metavar="REF",
              help="Report only on proposals changed since the merge base of REF and HEAD, uncommitted edits and "
                   "untracked files included (all files are still checked); with --fix, fix only those.")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False), metavar="FILE",
              help="Do not report the findings this baseline holds (matched by file, rule and line text).")
@click.option("--write-baseline", is_flag=True,
              help="Write every current finding to the --baseline FILE (adopting the linter on an old repository).")
@click.option("--statistics", is_flag=True, help="Print how many findings each rule has instead of the findings.")
@click.option("--skip-non-proposal-files", is_flag=True,
              help="Quietly skip Markdown files with no proposals and no Template block (for pre-commit).")
@click.option("--template", "template_name", metavar="PROFILE|PATH",
              help="Check every file against this template: a shipped profile (lfx, gsoc, lfx-2020, lfx-2023, gsoc-2017, gsoc-2019, "
                   "gsoc-2022, gsoc-2023, lfx-generated) or a template file.")
@click.option("--fail-on", type=click.Choice(FAIL_ON),
              help="Lowest severity that makes the exit code 1.  [default: the config's fail-on, else error]")
@click.option("--offline", is_flag=True, help="Make no network requests.")
@click.option("--mentor-registry", type=click.Path(dir_okay=False), metavar="FILE",
              help="LFX mentor export (CSV with `Mentor N GitHub`/`Mentor N email address` columns) or JSON list "
                   "of {name, github_handle, email, lfid}; mentors are checked against it.")
@click.option("--cncf-projects", type=click.Path(dir_okay=False), metavar="FILE",
              help="CNCF project list (cncf/mentoring's projects.yml) for the project heading and org checks.  "
                   "[default: the copy shipped with proposal-lint]")
@click.option("--check-email-dns", is_flag=True, help="Ask DNS whether each mentor email domain accepts mail.")
@click.option("--allow-private-hosts", is_flag=True,
              help="Also fetch links on loopback, private, link-local or reserved addresses (refused by default); "
                   "every redirect hop may then reach them too.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the cache of link verdicts.")
@click.option("--cache-dir", type=click.Path(file_okay=False), metavar="DIR",
              help="Cache link verdicts here.  [default: $XDG_CACHE_HOME/proposal-lint]")
@click.option("--github-token-env", metavar="NAME", default="GITHUB_TOKEN", show_default=True,
              help="Environment variable whose GitHub token enables the GitHub API checks.")
@click.option("--timeout", type=float, metavar="SECONDS", help="Seconds to wait for one HTTP answer.  [default: 10]")
@click.option("--concurrency", type=int, metavar="N", help="Parallel HTTP requests.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), metavar="FILE",
              help="Use this config file (pyproject.toml or TOML) instead of the nearest one above each file.")
@click.option("--isolated", is_flag=True, help="Ignore every config file.")
@click.option("--exclude", multiple=True, metavar="PATTERN",
              help="Never check paths matching these .gitignore patterns; replaces the config's `exclude` "
                   "(default: node_modules/, vendor/, venv/, site-packages/).")
@click.option("--extend-exclude", multiple=True, metavar="PATTERN", help="Never check these paths either.")
@click.option("--select", multiple=True, metavar="RULES",
              help="Check only these rules (codes, prefixes like PL3, or names; comma-separated); replaces the config's.")
@click.option("--extend-select", multiple=True, metavar="RULES", help="Check these rules too.")
@click.option("--ignore", multiple=True, metavar="RULES", help="Do not check these rules.")
@click.option("--require-reason", is_flag=True,
              help="Make an inline suppression without a `-- reason` (PL007) an error.")
@click.option("--fix", is_flag=True, help="Apply the safe fixes to the files, then report what remains.")
@click.option("--diff", "show_diff", is_flag=True,
              help="Print the fixes as a unified diff instead of writing them; exit 1 if there are any.")
def check(paths, output_format, color, output, reports, stdin_filename, baseline_path, write_baseline, statistics,
          diff_base, skip_non_proposal_files, template_name, fail_on, offline, mentor_registry, cncf_projects,
          check_email_dns,
          config_path, isolated, exclude, extend_exclude, select, extend_select, ignore, require_reason, fix,
          show_diff, allow_private_hosts, no_cache, cache_dir, github_token_env, timeout,
          concurrency) -> None:
    """Check proposal FILES (or directories of Markdown files); `-` reads standard input."""
    from ..reporting import filters as report_filters
    from ..engine.lint import combine_reports
    from ..reporting.formats import WITH_FIXES
    from ..reporting.writer import auto_formats, write_reports

    if config_path and isolated:
        raise click.UsageError("--config and --isolated exclude each other")
    if write_baseline and baseline_path is None:
        raise click.UsageError("--write-baseline needs --baseline FILE to write to")
    paths = _with_stdin(paths, stdin_filename, fix or show_diff)
    flags = flag_settings(select=_rule_list(select), extend_select=_rule_list(extend_select),
                           ignore=_rule_list(ignore), fail_on=fail_on, offline=offline or None,
                           require_reason=require_reason or None, mentor_registry=mentor_registry,
                           cncf_projects=cncf_projects,
                           timeout=timeout, concurrency=concurrency, cache_dir=cache_dir,
                           exclude=list(exclude) or None, extend_exclude=list(extend_exclude) or None)
    runs = planned_runs(paths, flags, config_path, isolated, template=template_option(template_name),
                      check_email_dns=check_email_dns, allow_private_hosts=allow_private_hosts,
                      use_cache=not no_cache, github_token_env=github_token_env,
                      progress=sys.stderr.isatty() and output_format != "json")
    refused = False
    changed = _changed_lines(diff_base, paths) if diff_base is not None else None
    if fix or show_diff:
        fixed, refused = _fix(runs, show_diff, changed)
        if show_diff:
            sys.exit(1 if fixed else 0)
        if changed is not None and fixed:
            changed = _changed_lines(diff_base, paths)
    report = combine_reports([lint_or_exit(run.paths, run.options) for run in runs])
    threshold = report.options.fail_on
    formats = auto_formats(output is None, color) if output_format == "auto" else (output_format,)
    if set(WITH_FIXES) & {*formats, *(name for name, _ in reports)}:
        from ..fix.suggestions import with_suggestions

        report = with_suggestions(report, runs)  # before any filter, so each hunk finds its own finding
    if skip_non_proposal_files:
        report = report_filters.without_non_proposal_files(report)
    if changed is not None:
        report = report_filters.to_changes(report, changed)
    if baseline_path is not None:
        report = _baselined(report, baseline_path, write_baseline)
    if output_format == "text" and color == "always":
        formats = ("rich",)
    if statistics:
        formats = ("statistics",)
    if {"text", "rich", "markdown"} & (set(formats) | {name for name, _ in reports}):
        from ..fix.marks import mark_fixable

        report = mark_fixable(report)
    try:
        write_reports(report, formats, output, reports)
    except OSError as error:
        raise InputError(f"cannot write report: {error}") from None
    sys.exit(2 if refused else report.exit_code(threshold))


def _with_stdin(paths, stdin_filename: str | None, fixing: bool) -> tuple:
    """The paths, with `-` standing for standard input under its `--stdin-filename`."""
    from ..reading.source import STDIN_ARGUMENT, STDIN_DEFAULT_NAME, StdinPath

    count = paths.count(STDIN_ARGUMENT)
    if count > 1:
        raise click.UsageError("standard input (`-`) can be given once")
    if stdin_filename is not None and not count:
        raise click.UsageError("--stdin-filename names standard input; add `-` to the paths")
    if count and fixing:
        raise click.UsageError("--fix and --diff write files; they cannot fix standard input")
    name = StdinPath(stdin_filename or STDIN_DEFAULT_NAME)
    return tuple(name if path == STDIN_ARGUMENT else path for path in paths)


def _baselined(report, path: str, write: bool):
    """Write the baseline (then report nothing more) or drop the findings it holds."""
    from ..reporting.baseline import BaselineError, write_baseline, without_baselined

    try:
        if write:
            count = write_baseline(report, path)
            click.echo(f"wrote {count} finding(s) to the baseline {path}", err=True)
            sys.exit(2 if report.input_errors else 0)
        return without_baselined(report, path)
    except BaselineError as error:
        raise InputError(f"--baseline: {error}") from None


def _rule_list(values) -> list[str] | None:
    """Rule selectors from repeated, comma-separated flag values."""
    rules = [part.strip() for value in values for part in value.split(",") if part.strip()]
    return rules or None


def _fix(runs, show_diff: bool, changed: dict | None) -> tuple[int, bool]:
    """Fix (or, with --diff, show the fixes of) every file (with --diff-base, the proposals the change touched);
    returns how many files changed, and whether a file was refused (left as it was, with a message saying why)."""
    from ..fix.run import fix_runs

    try:
        fixed = fix_runs(runs, write=not show_diff, changed=changed)
    except OSError as error:
        raise InputError(f"cannot write the fixes: {error}") from None
    for line in fixed.lines(diff=show_diff):
        click.echo(line, nl=False, err=not show_diff)
    return fixed.files_changed, bool(fixed.refused)


def _changed_lines(base: str, paths) -> dict:
    from ..reporting.changed_lines import DiffError, changed_lines

    try:
        return changed_lines(base, paths)
    except DiffError as error:
        raise InputError(f"--diff-base: {error}") from None


@cli.command("rules")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules_command(output_format: str) -> None:
    """List every rule: code, name, default severity, fixable, network."""
    from .rule_docs import rules_table

    click.echo(rules_table(output_format), nl=False)


@cli.command("config-schema")
def config_schema_command() -> None:
    """Print the JSON Schema of the configuration keys (for editors: completion and validation)."""
    from .config_schema import schema_text

    click.echo(schema_text(), nl=False)


@cli.command()
@click.argument("rule")
def explain(rule: str) -> None:
    """Print the documentation page of RULE (a code such as PL301, or a name)."""
    from ..rules.table import find_rule
    from .rule_docs import explain as rule_page

    found = find_rule(rule)
    if found is None:
        raise click.BadParameter(f"no rule {rule!r}; `proposal-lint rules` lists them", param_hint="RULE")
    click.echo(rule_page(found), nl=False)


def _add_maintainer_commands() -> None:
    """`summary` and `export` live in their own modules."""
    from .export import export_command
    from .summary import summary_command

    cli.add_command(summary_command)
    cli.add_command(export_command)


_add_maintainer_commands()


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code (0 clean, 1 findings, 2 usage or input error, 3 internal error)."""
    try:
        cli.main(args=argv, prog_name="proposal-lint", standalone_mode=False)
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.ClickException as error:
        error.show()
        return 2
    except click.exceptions.Abort:
        return 2
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else 0
    except Exception as error:  # a bug of ours: one line and its own exit code, never "findings"
        if os.environ.get("PROPOSAL_LINT_TRACEBACK"):
            raise
        detail = " ".join(str(error).split())[:200]
        click.echo(f"proposal-lint: internal error ({type(error).__name__}: {detail}); this is a bug, please report "
                   f"it with the command and file at {ISSUES_URL} (PROPOSAL_LINT_TRACEBACK=1 shows the traceback)",
                   err=True)
        return INTERNAL_ERROR
    return 0


def run() -> None:
    """The console script: main(), then a hard exit once the output is flushed.

    Everything is written by then, so the interpreter's teardown of every module and object
    (tens of milliseconds, a large part of a small file's run) is skipped, as mypy does.
    """
    code = main()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (BrokenPipeError, ValueError):  # the reader went away, or the stream is closed
            pass
    os._exit(code)


if __name__ == "__main__":
    run()
