"""`proposal-lint export`: the proposals of PATHS in the shapes cncf hands to the LFX platform."""

from __future__ import annotations

import sys

import click

from .maintainer_run import common_options, run_report
from .shared_run import project_list_or_exit


@click.command("export")
@common_options
@click.option("--to", "shape", type=click.Choice(("lfx-json", "lfx-csv", "csv")), required=True,
              help="lfx-json: the fields of cncf's lfx-export.json; lfx-csv: the columns of lfx-tracking.csv; "
                   "csv: one row per proposal with the same fields.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file (atomically), not stdout.")
@click.option("--include-invalid", is_flag=True, help="Export proposals with errors too.")
def export_command(paths, template_name, cncf_projects, config_path, isolated, shape, output, include_invalid) -> None:
    """Export the proposals of PATHS (Markdown term files, GSoC ideas, issue bodies, a generated README).

    Proposals with errors are left out, and named on stderr, unless --include-invalid; the exit code
    is then 1. The checks run offline: what is exported is what the files say."""
    from ..core.atomic_write import refuse_inputs, write_text
    from ..reading.programs import program_of
    from ..reporting.formats.lfx_export import RENDER
    from ..reporting.term_view import findings_by_proposal

    report = run_report(paths, template_name, cncf_projects, config_path, isolated, offline=True)
    findings = findings_by_proposal(report)
    projects = report.facts.projects if report.facts is not None else None
    if projects is None:
        projects = project_list_or_exit(report.options.cncf_projects)
    kept, left_out = [], []
    for document in report.documents:
        for proposal in document.proposals:
            errors = sorted({d.code for d in findings.get((document.path, proposal.heading.span.line), ())
                             if d.severity.label == "error"})
            (left_out if errors and not include_invalid else kept).append((document, proposal, errors))
    for document, proposal, errors in left_out:
        click.echo(f"{document.path}:{proposal.heading.span.line}: left out {proposal.title!r}: errors "
                   f"{', '.join(errors)} (`proposal-lint check` shows them; --include-invalid exports it anyway)",
                   err=True)
    text = RENDER[shape]([program_of(d, p, projects) for d, p, _ in kept])
    if output is None:
        click.echo(text, nl=False)
    else:
        try:
            refuse_inputs(output, report.files_read(), "export")
            write_text(output, text)
        except OSError as error:
            raise click.ClickException(f"cannot write {output}: {error}") from None
    sys.exit(2 if report.input_errors else 1 if left_out else 0)

