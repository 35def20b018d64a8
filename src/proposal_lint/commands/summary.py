"""`proposal-lint summary`: each term of PATHS at a glance."""

from __future__ import annotations

import os
import sys

import click

from .maintainer_run import common_options, run_report
from .shared_run import project_list_or_exit


@click.command("summary")
@common_options
@click.option("--format", "output_format", type=click.Choice(("auto", "text", "markdown", "json")), default="auto",
              show_default=True, help="auto is a rich table on a terminal (plain text with NO_COLOR or TERM=dumb), "
                                      "plain text otherwise; markdown fits a step summary or a PR comment.")
@click.option("--offline", is_flag=True, help="Make no network requests (upstream issue states are then unknown).")
def summary_command(paths, template_name, cncf_projects, config_path, isolated, output_format, offline) -> None:
    """One table per term of PATHS (term files, or issue bodies grouped by their term): projects, proposals
    against the quota, mentors, upstream issues and their state, LFX URLs, findings per proposal."""
    from ..reporting.formats.summary import RENDER, to_rich, to_text
    from ..reporting.term_view import term_views
    from ..reporting.writer import terminal_width, use_color

    report = run_report(paths, template_name, cncf_projects, config_path, isolated, offline)
    loaded = report.facts.projects if report.facts is not None else None
    views = term_views(report, loaded or project_list_or_exit(report.options.cncf_projects))
    if output_format == "auto" and use_color("auto", True):
        from rich.console import Console

        to_rich(views, Console())
    elif output_format in ("auto", "text"):
        width = terminal_width(True) or (int(os.environ["COLUMNS"]) if os.environ.get("COLUMNS", "").isdigit() else None)
        click.echo(to_text(views, width), nl=False)
    else:
        click.echo(RENDER[output_format](views), nl=False)
    sys.exit(2 if report.input_errors else 0)
