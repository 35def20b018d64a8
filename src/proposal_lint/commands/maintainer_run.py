"""The one run behind `summary` and `export`: the same engine, config and options as `check`."""

from __future__ import annotations

import click

from .shared_run import flag_settings, lint_or_exit, planned_runs, template_option


def common_options(function):
    """The options `summary` and `export` share with `check`."""
    for option in reversed((
        click.argument("paths", nargs=-1, required=True, type=click.Path()),
        click.option("--template", "template_name", metavar="PROFILE|PATH",
                     help="Check every file against this template (a shipped profile or a template file)."),
        click.option("--cncf-projects", type=click.Path(dir_okay=False), metavar="FILE",
                     help="CNCF project list (cncf/mentoring's projects.yml).  [default: the shipped copy]"),
        click.option("--config", "config_path", type=click.Path(dir_okay=False), metavar="FILE",
                     help="Use this config file instead of the nearest one above each file."),
        click.option("--isolated", is_flag=True, help="Ignore every config file."),
    )):
        function = option(function)
    return function


def run_report(paths, template_name, cncf_projects, config_path, isolated, offline: bool):
    """Lint PATHS as `check` would (config files, per-file options) and return the combined Report."""
    from ..engine.lint import combine_reports

    if config_path and isolated:
        raise click.UsageError("--config and --isolated exclude each other")
    flags = flag_settings(offline=offline or None, cncf_projects=cncf_projects)
    runs = planned_runs(paths, flags, config_path, isolated, template=template_option(template_name))
    report = combine_reports([lint_or_exit(run.paths, run.options) for run in runs])
    for diagnostic in report.diagnostics:  # what `check` would say about an input it could not read
        if diagnostic.code.startswith("PL0") and diagnostic.severity.label == "error":
            click.echo(f"{diagnostic.path}: {diagnostic.code} {diagnostic.message}", err=True)
    return report
