"""Configuration: `[tool.proposal-lint]` in pyproject.toml or `.proposal-lint.toml`, declared once and validated strictly."""

from __future__ import annotations

import math
import os
import re
import sys
import typing
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import NamedTuple

from ..core.diagnostics import Severity
from ..rules.selection import RulePolicy, SelectionLayer, closest_rule, gitignore_spec, path_under, resolve_selector

if typing.TYPE_CHECKING:
    from ..rules.context import Options

CONFIG_FILES = (".proposal-lint.toml", "pyproject.toml")
SECTION = "proposal-lint"
FAIL_ON = ("error", "warning", "info", "never")
SEVERITIES = ("error", "warning", "info")
DEFAULT_EXCLUDE = ("node_modules/", "vendor/", "venv/", "site-packages/")
_PLAIN_NAME = re.compile(r"[\w.-]+/?")  # no glob, negation, escape, anchor or inner slash


class ConfigError(Exception):
    """A configuration file (or flag) that cannot be used; the CLI exits 2 with this message."""

    def __init__(self, source: str, key: str | None, message: str):
        self.source, self.key, self.detail = source, key, message
        where = f"{source}: `{key}`" if key else source
        super().__init__(f"{where}: {message}")


def setting(help: str, **checks) -> typing.Any:
    """Declare one key: its help text and checks (choices, rules, rule_keys, regex, path, minimum, maximum)."""
    return field(default=None, metadata={"help": help, **checks})


@dataclass(frozen=True)
class Settings:
    """Every configuration key, declared once; None means "not set here"."""

    select: list[str] | None = setting("Rules to enable (codes, prefixes like PL3, or names); replaces the default of all.", rules=True)
    extend_select: list[str] | None = setting("Rules to enable in addition to `select`.", rules=True)
    ignore: list[str] | None = setting("Rules to disable.", rules=True)
    severity: dict[str, str] | None = setting("Severity per rule: {PL203 = \"error\"}.", rule_keys=True, choices=SEVERITIES)
    per_file_ignores: dict[str, list[str]] | None = setting("Rules to disable per `.gitignore` pattern, the dialect of `exclude` (relative to the config file's directory).", rules=True)
    template: str | None = setting("Template for files without a Template block: a shipped profile (`lfx`, `gsoc`, `lfx-2020`, ...) or a path.", path=True)
    mentor_registry: str | None = setting("Path to the registry of known mentors.", path=True)
    cncf_projects: str | None = setting("Path to the CNCF project list (cncf/mentoring's projects.yml); "
                                        "default: the copy shipped with proposal-lint.", path=True)
    quotas: str | None = setting("Path to cncf's quotas.yml (proposals per project and term); default: the shipped copy.", path=True)
    offline: bool | None = setting("Make no network requests.")
    timeout: float | None = setting("Seconds to wait for one HTTP answer.", minimum=0.1)
    concurrency: int | None = setting("Parallel HTTP requests.", minimum=1)
    per_host_concurrency: int | None = setting("Parallel HTTP requests to one host.", minimum=1)
    cache_dir: str | None = setting("Directory for cached link answers.", path=True)
    allow_hosts: list[str] | None = setting("Regexes of hosts that may be fetched (default: all).", regex=True)
    exclude_urls: list[str] | None = setting("Regexes of URLs that are never fetched.", regex=True)
    accept_status: list[int] | None = setting("HTTP statuses to accept besides 2xx.", minimum=100, maximum=599)
    fail_on: str | None = setting("Lowest severity that makes the exit code 1.", choices=FAIL_ON)
    require_reason: bool | None = setting("Make a suppression without a reason (PL007) an error.")
    exclude: list[str] | None = setting("Paths never checked, as .gitignore patterns relative to the config file's directory; replaces the default (node_modules/, vendor/, venv/, site-packages/).")
    extend_exclude: list[str] | None = setting("Paths never checked, in addition to `exclude`.")


def key_of(name: str) -> str:
    return name.replace("_", "-")


KEYS = {key_of(f.name): f for f in fields(Settings)}
_SETTING_NAMES = frozenset(f.name for f in fields(Settings))
_TYPES = typing.get_type_hints(Settings)
_TYPE_NAMES = {str: "a string", bool: "true or false", int: "an integer", float: "a number"}


def _suggest(word: str, candidates: Iterable[str]) -> str:
    import difflib

    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.5)
    return f"; did you mean `{close[0]}`?" if close else ""


def _describe(kind) -> str:
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is list:
        return f"a list of {_describe(args[0]).split(' ', 1)[1]}s"
    if origin is dict:
        return f"a table whose values are {_describe(args[1])}"
    return _TYPE_NAMES[kind]


def _is(value, kind) -> bool:
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is list:
        return isinstance(value, list) and all(_is(v, args[0]) for v in value)
    if origin is dict:
        return isinstance(value, dict) and all(_is(v, args[1]) for v in value.values())
    if kind is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, kind)


def _rule_error(source: str, key: str, selector: str) -> ConfigError:
    close = closest_rule(selector)
    hint = f"; did you mean `{close}`?" if close else ""
    return ConfigError(source, key, f"`{selector}` is not a rule code, code prefix or rule name{hint}")


def _check_scalar(source: str, key: str, value, meta: dict) -> None:
    if isinstance(value, float) and not math.isfinite(value):
        raise ConfigError(source, key, f"{value} is not a finite number of seconds" if key == "timeout"
                          else f"{value} is not a finite number")
    if "choices" in meta and value not in meta["choices"]:
        choices = ", ".join(meta["choices"])
        raise ConfigError(source, key, f"`{value}` is not one of: {choices}{_suggest(str(value), meta['choices'])}")
    if "minimum" in meta and value < meta["minimum"]:
        raise ConfigError(source, key, f"{value} is below the minimum {meta['minimum']}")
    if "maximum" in meta and value > meta["maximum"]:
        raise ConfigError(source, key, f"{value} is above the maximum {meta['maximum']}")
    if meta.get("rules") and resolve_selector(value) is None:
        raise _rule_error(source, key, value)
    if meta.get("regex"):
        from ..core.user_patterns import PatternError, compiled

        try:
            compiled(value)
        except PatternError as error:
            raise ConfigError(source, key, f"`{value}` is not a valid regex: {error}") from None


def _check_value(source: str, key: str, value, meta: dict) -> None:
    if isinstance(value, dict):
        for entry_key, entry in value.items():
            if meta.get("rule_keys") and resolve_selector(entry_key) is None:
                raise _rule_error(source, key, entry_key)
            _check_value(source, f"{key}.{entry_key}", entry, meta)
    elif isinstance(value, list):
        for entry in value:
            _check_scalar(source, key, entry, meta)
    else:
        _check_scalar(source, key, value, meta)


def validate(table: dict, source: str) -> Settings:
    """Check every key and value against the declaration of Settings; raise ConfigError on the first problem."""
    values = {}
    for key, value in table.items():
        declared = KEYS.get(key)
        if declared is None:
            raise ConfigError(source, key, f"unknown key{_suggest(key_of(key), KEYS)}")
        kind = typing.get_args(_TYPES[declared.name])[0]
        if not _is(value, kind):
            raise ConfigError(source, key, f"expected {_describe(kind)}, got {type(value).__name__} {value!r}")
        _check_value(source, key, value, declared.metadata)
        values[declared.name] = value
    return Settings(**values)


def _toml():
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    return tomllib


def _read_toml(path: str) -> dict:
    from ..core.bounded_read import read_text

    tomllib = _toml()
    try:
        return tomllib.loads(read_text(path, universal_newlines=False))
    except OSError as error:
        raise ConfigError(path, None, f"cannot read: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(path, None, f"invalid TOML: {error}") from None
    except RecursionError:
        raise ConfigError(path, None, "invalid TOML: arrays or tables nest too deeply") from None


def _resolve_paths(settings: Settings, base: str) -> Settings:
    """Paths in a config file are relative to that file's directory."""
    from dataclasses import replace

    from ..core.template import SHIPPED_PROFILES

    changes = {}
    for declared in fields(Settings):
        value = getattr(settings, declared.name)
        if declared.metadata.get("path") and value is not None and value not in SHIPPED_PROFILES:
            changes[declared.name] = os.path.join(base, os.path.expanduser(value))
    return replace(settings, **changes)


def load_config(path: str) -> Settings:
    """Read one config file: `[tool.proposal-lint]` of a pyproject.toml, the whole of any other TOML file."""
    data = _read_toml(path)
    if os.path.basename(path) == "pyproject.toml":
        data = data.get("tool", {}).get(SECTION)
        if data is None:
            raise ConfigError(path, None, f"has no [tool.{SECTION}] table")
        if not isinstance(data, dict):
            raise ConfigError(path, f"tool.{SECTION}", "must be a table")
    return _resolve_paths(validate(data, path), os.path.dirname(os.path.abspath(path)))


def _declares_section(pyproject: str) -> bool:
    """Whether a pyproject.toml has a `tool.proposal-lint` table, however the TOML writes it (a
    `[tool.proposal-lint]` header, an inline table, dotted keys). Only a file that names the tool is
    parsed; one that names it and is not valid TOML is chosen, so that reading it says so."""
    from ..core.bounded_read import read_bytes

    try:
        raw = read_bytes(pyproject)
    except OSError:
        return False
    if SECTION.encode() not in raw:
        return False
    try:
        return SECTION in _toml().loads(raw.decode("utf-8")).get("tool", {})
    except (UnicodeDecodeError, _toml().TOMLDecodeError):
        return True


def find_config(directory: str) -> str | None:
    """The nearest config file from `directory` upward, stopping at the repository root (a `.git`)."""
    directory = os.path.abspath(directory)
    while True:
        for name in CONFIG_FILES:
            candidate = os.path.join(directory, name)
            if os.path.isfile(candidate) and (name != "pyproject.toml" or _declares_section(candidate)):
                return candidate
        parent = os.path.dirname(directory)
        if os.path.exists(os.path.join(directory, ".git")) or parent == directory:
            return None
        directory = parent


def build_options(file: Settings | None, flags: Settings, root: str = ".", **extra) -> Options:
    """Options for a run: the command-line flags win over the file's settings, which win over defaults.

    `extra` are settings given only on the command line (a forced `template`, `use_cache`, ...),
    each an Options field or a field of its link settings (`Options.links`), by name.
    """
    from ..rules.context import Options
    from ..core.link_settings import LinkSettings

    file = file or Settings()
    merged = Settings(**{f.name: _first(getattr(flags, f.name), getattr(file, f.name)) for f in fields(Settings)})
    layers = [
        SelectionLayer(
            tuple(s.select) if s.select is not None else None, tuple(s.extend_select or ()), tuple(s.ignore or ())
        )
        for s in (file, flags)
    ]
    severity = {key: Severity.parse(level) for key, level in (merged.severity or {}).items()}
    if merged.require_reason:
        severity["PL007"] = Severity.ERROR
    fail_on = merged.fail_on or "error"
    link_extra = {name: value for name, value in extra.items() if name in LinkSettings._fields}
    try:
        rules = RulePolicy.build(layers, merged.per_file_ignores, severity, root)
    except ValueError as error:  # pathspec's GitIgnorePatternError
        raise ConfigError("per-file-ignores", None, f"not a gitignore pattern: {error}") from None
    return Options(
        fail_on=None if fail_on == "never" else Severity.parse(fail_on),
        offline=bool(merged.offline),
        rules=rules,
        default_template=_default_template(merged.template),
        links=LinkSettings(**_same_name_options(merged, LinkSettings._fields), **link_extra),
        **_same_name_options(merged, Options._fields),
        **{name: value for name, value in extra.items() if name not in link_extra},
    )


# Keys that reach Options only after the conversion written out above (`template` is the file's
# default template: Options.template is the one forced on the command line).
_CONVERTED = frozenset({"fail_on", "offline", "template"})


def _same_name_options(merged: Settings, names: tuple[str, ...]) -> dict:
    """Of `names` (Options' or LinkSettings' fields), those a key of the same name sets, as it is
    (lists as tuples: `mentor-registry`, `timeout`, `allow-hosts`, ...); unset ones keep their default."""
    values = {name: getattr(merged, name) for name in names if name in _SETTING_NAMES - _CONVERTED}
    return {name: tuple(value) if isinstance(value, list) else value for name, value in values.items() if value is not None}


def _first(*values):
    return next((v for v in values if v is not None), None)


def _default_template(value: str | None):
    if value is None:
        return None
    from ..reading.template_files import resolve_template

    try:
        return resolve_template(value)
    except ValueError as error:
        raise ConfigError(value, "template", str(error)) from None


class Run(NamedTuple):
    """Paths that share one configuration, and the options built from it."""

    config: str | None
    options: Options
    paths: tuple  # of paths, and of InputFailures found while expanding directories


def _plain_names(patterns: list[str]) -> frozenset[str] | None:
    """The names, when every pattern is a plain file or directory name (`node_modules/`, as the
    defaults are): such a pattern can only match a path that has a part of that name."""
    if all(_PLAIN_NAME.fullmatch(pattern) for pattern in patterns):
        return frozenset(pattern.rstrip("/") for pattern in patterns)
    return None


def not_excluded(paths: list, file: Settings, flags: Settings, root: str) -> list:
    """Drop the paths that `exclude` / `extend-exclude` match (flags replace or extend the file's);
    standard input is matched under its `--stdin-filename`; input failures are always kept.
    pathspec decides every path that plain-name patterns could match (imported only then)."""
    from ..reading.source import InputFailure

    exclude = _first(flags.exclude, file.exclude)
    patterns = [*(DEFAULT_EXCLUDE if exclude is None else exclude),
                *(file.extend_exclude or ()), *(flags.extend_exclude or ())]
    if not patterns:
        return paths
    names, spec = _plain_names(patterns), None
    top = os.path.abspath(root)
    kept = []
    for path in paths:
        if isinstance(path, InputFailure):
            kept.append(path)
            continue
        relative = path_under(top, path)
        if names is not None and names.isdisjoint(relative.split("/")):
            kept.append(path)
            continue
        if spec is None:
            try:
                spec = gitignore_spec(tuple(patterns))
            except ValueError as error:  # pathspec's GitIgnorePatternError: `!` alone, ...
                raise ConfigError("exclude patterns", None, f"not a gitignore pattern: {error}") from None
        if not spec.match_file(relative):
            kept.append(path)
    return kept


def plan_runs(paths: Iterable[str], flags: Settings, config: str | None = None, isolated: bool = False, **extra) -> list[Run]:
    """Group the files to lint by the config file that applies to each (nearest one upward)."""
    from ..reading.source import InputFailure, expand_paths

    grouped: dict[str | None, list[str]] = {}
    found: dict[str, str | None] = {}
    for entry in expand_paths(paths):
        path = entry.path if isinstance(entry, InputFailure) else entry
        if isolated or config is not None:
            source = None if isolated else config
        else:
            directory = path if os.path.isdir(path) else os.path.dirname(os.path.abspath(path))
            if directory not in found:
                found[directory] = find_config(directory)
            source = found[directory]
        grouped.setdefault(source, []).append(entry)
    runs = []
    for source, members in grouped.items():
        settings = load_config(source) if source is not None else None
        root = os.path.dirname(os.path.abspath(source)) if source is not None else "."
        members = not_excluded(members, settings or Settings(), flags, root)
        try:
            options = build_options(settings, flags, root, **extra)
        except ConfigError as error:
            raise ConfigError(source or "command line", error.key, error.detail) from None
        runs.append(Run(source, options, tuple(members)))
    return runs
