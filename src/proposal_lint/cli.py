"""The command line: a thin wrapper over the engine. Heavy modules load only when a command runs."""

from __future__ import annotations

import os
import sys

import click

from . import __version__

FAIL_ON = ("error", "warning", "info", "never")


def _template_option(value: str | None):
    """`lfx`, `gsoc` or a path to a JSON template spec."""
    if value is None:
        return None
    from .template import BUILTIN_PROFILES, builtin_template, load_template_file

    if value in BUILTIN_PROFILES:
        return builtin_template(value)
    try:
        return load_template_file(value)
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise click.BadParameter(f"cannot use template {value!r}: {error}", param_hint="--template") from None


def _auto_format() -> str:
    if sys.stdout.isatty() and not os.environ.get("NO_COLOR"):
        return "rich"
    return "text"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="proposal-lint")
def cli() -> None:
    """Lint CNCF mentorship project-idea Markdown files."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "output_format", type=click.Choice(["auto", "text", "json"]), default="auto", show_default=True,
              help="Report format; auto is colour text on a terminal (unless NO_COLOR is set), plain text otherwise.")
@click.option("--template", "template_name", metavar="lfx|gsoc|PATH",
              help="Check every file against this template instead of the file's own Template block.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="error", show_default=True,
              help="Lowest severity that makes the exit code 1.")
@click.option("--offline", is_flag=True, help="Make no network requests.")
def check(paths, output_format, template_name, fail_on, offline) -> None:
    """Check proposal FILES (or directories of Markdown files)."""
    from .diagnostics import Severity
    from .engine import Options, lint_paths
    from .reporters import get_reporter

    threshold = None if fail_on == "never" else Severity.parse(fail_on)
    options = Options(template=_template_option(template_name), fail_on=threshold, offline=offline)
    report = lint_paths(paths, options)
    name = _auto_format() if output_format == "auto" else output_format
    click.echo(get_reporter(name)(report), nl=False)
    sys.exit(report.exit_code(threshold))


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code (0 clean, 1 findings, 2 usage or input error)."""
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
