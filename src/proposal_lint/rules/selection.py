"""Which rules run on which file, and at what severity: select / ignore / per-file-ignores / severity."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from ..core.diagnostics import Severity
from .table import Rule, all_rules, find_rule

_PREFIX = re.compile(r"PL\d{0,3}", re.I)


def resolve_selector(key: str) -> frozenset[str] | None:
    """The codes a selector names: a code (`PL301`), a code prefix (`PL3`) or a name; None if none."""
    rule = find_rule(key)
    if rule is not None:
        return frozenset({rule.code})
    if _PREFIX.fullmatch(key.strip()):
        codes = frozenset(r.code for r in all_rules() if r.code.startswith(key.strip().upper()))
        return codes or None
    return None


_LOOKALIKE_DIGITS = str.maketrans("OIL", "011")


def closest_rule(key: str) -> str | None:
    """The rule code or name closest to a mistyped selector, if any is close (a code with `O` for `0` first)."""
    import difflib

    folded = key.strip().upper()
    folded = folded[:2] + folded[2:].translate(_LOOKALIKE_DIGITS)
    if folded.startswith("PL") and find_rule(folded) is not None:
        return folded

    names = [r.code for r in all_rules()] + [r.name for r in all_rules()]
    close = difflib.get_close_matches(key, names, n=1, cutoff=0.5)
    return close[0] if close else None


def selector_codes(keys: Iterable[str]) -> frozenset[str]:
    """The union of the codes named by already validated selectors."""
    codes: set[str] = set()
    for key in keys:
        codes |= resolve_selector(key) or frozenset()
    return frozenset(codes)


class SelectionLayer(NamedTuple):
    """One source of selection (a config file, then the command line), applied in that order."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    def apply(self, enabled: frozenset[str]) -> frozenset[str]:
        if self.select is not None:
            enabled = selector_codes(self.select)
        return (enabled | selector_codes(self.extend_select)) - selector_codes(self.ignore)


class RulePolicy(NamedTuple):
    """The rules enabled for a run, per-file exceptions (globs relative to `root`) and severity overrides."""

    enabled: frozenset[str] | None = None
    per_file_ignores: tuple[tuple[str, frozenset[str]], ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()
    root: str = "."

    @classmethod
    def build(
        cls,
        layers: Iterable[SelectionLayer] = (),
        per_file_ignores: dict[str, Iterable[str]] | None = None,
        severity: dict[str, Severity] | None = None,
        root: str = ".",
    ) -> RulePolicy:
        """Apply selection layers in order, starting from every rule; resolve selectors to codes."""
        enabled = frozenset(r.code for r in all_rules())
        for layer in layers:
            enabled = layer.apply(enabled)
        ignores = tuple((glob, selector_codes(keys)) for glob, keys in (per_file_ignores or {}).items())
        for glob, _ in ignores:
            gitignore_spec((glob,))  # a bad pattern fails here, as the config is read
        overrides = {code: level for key, level in (severity or {}).items() for code in selector_codes([key])}
        return cls(enabled, ignores, tuple(sorted(overrides.items())), root)

    def is_enabled(self, code: str, path: str) -> bool:
        """Whether the rule `code` runs on the file at `path`."""
        if self.enabled is not None and code not in self.enabled:
            return False
        return not any(code in codes and self._matches(glob, path) for glob, codes in self.per_file_ignores)

    def severity_of(self, rule: Rule, default: Severity) -> Severity:
        """The configured severity for `rule`, else `default` (the problem's or the rule's)."""
        return dict(self.severity).get(rule.code, default)

    def _matches(self, glob: str, path: str) -> bool:
        return gitignore_spec((glob,)).match_file(path_under(self.root, path))


def path_under(root: str, path: str) -> str:
    """`path` relative to `root`, with `/`, as gitignore patterns are matched; a path outside `root`
    as it is written (without a leading `/`)."""
    relative = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
    if relative.startswith(os.pardir + os.sep):
        relative = os.path.normpath(path).lstrip(os.sep)
    return relative.replace(os.sep, "/")


@cache
def gitignore_spec(patterns: tuple[str, ...]):
    """The one glob dialect of the config (`exclude` and `per-file-ignores`): `.gitignore` patterns
    (pathspec's; `*` stays within a folder, `**` crosses them, a pattern without `/` matches a name at
    any depth). ValueError for a pattern that is not one."""
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(patterns)
