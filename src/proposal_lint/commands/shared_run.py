"""What the commands `check`, `summary` and `export` share: their options read as settings, the
files grouped by config, and the engine run, with bad input as a usage error (exit 2)."""

from __future__ import annotations

import click


def template_option(value: str | None):
    """A shipped profile's name or a path to a template file."""
    if value is None:
        return None
    from ..reading.template_files import resolve_template

    try:
        return resolve_template(value)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--template") from None


class InputError(click.ClickException):
    """A problem with the input the user can fix; exit code 2."""

    exit_code = 2


def flag_settings(**given):
    """The command-line flags as Settings, validated like a config file."""
    from .config import ConfigError, validate

    table = {key.replace("_", "-"): value for key, value in given.items() if value is not None}
    try:
        return validate(table, "command line")
    except ConfigError as error:
        raise click.BadParameter(error.detail, param_hint=f"--{error.key}") from None


def planned_runs(paths, flags, config_path, isolated, **extra):
    """Group the files by the config that applies to them; a bad config file exits 2."""
    from .config import ConfigError, plan_runs

    try:
        return plan_runs(paths, flags, config_path, isolated, **extra)
    except ConfigError as error:
        raise InputError(str(error)) from None


def lint_or_exit(paths, options):
    """lint_paths, with a bad `--mentor-registry`, CNCF project list or quotas file as a usage error (exit 2)."""
    from ..engine.lint import lint_paths
    from ..core.facts import MentorRegistryError
    from ..cncf.project_list_error import CncfProjectsError
    from ..cncf.quotas import QuotaError
    from ..core.user_patterns import PatternTimeout

    try:
        return lint_paths(paths, options)
    except MentorRegistryError as error:
        raise click.BadParameter(str(error), param_hint="--mentor-registry") from None
    except (CncfProjectsError, QuotaError, PatternTimeout) as error:
        raise InputError(str(error)) from None


def project_list_or_exit(path: str | None):
    """The CNCF project list at `path` (the shipped copy when None), a bad one as a usage error (exit 2)."""
    from ..cncf.project_list_error import CncfProjectsError
    from ..cncf.projects import load_project_list

    try:
        return load_project_list(path)
    except CncfProjectsError as error:
        raise InputError(str(error)) from None
