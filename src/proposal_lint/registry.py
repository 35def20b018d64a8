"""The rule type and the lookup of rules by code or name."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from .version import __version__
from .diagnostics import Fix, Problem, Severity

RULES_DOC_BASE = f"https://github.com/proposal-lint/proposal-lint/blob/v{__version__}/rules/"  # the release's pages


class Rule(NamedTuple):
    """A rule: stable code and name, default severity, and the function that finds problems.

    scope is "document" (check(document) per file), "run" (check(documents) across the
    files of one run) or "input" (raised by the reader, no check function). fix is `--fix`'s
    fix(document, context) -> Fix..., declared in the rule's module; a rule with one is fixable.
    """

    code: str
    name: str
    severity: Severity
    summary: str
    scope: str = "document"
    check: Callable[..., Iterable[Problem]] | None = None
    fix: Callable[..., Iterable[Fix]] | None = None
    network: bool = False
    needs: str = ""  # an Options field the check needs (e.g. "mentor_registry"); unset, the rule does not run
    whole_file: bool = False  # about the whole file, wherever it sits: diff mode keeps it for any touched file

    @property
    def family(self) -> int:
        return int(self.code[2])

    @property
    def fixable(self) -> bool:
        return self.fix is not None

    @property
    def help_uri(self) -> str:
        return f"{RULES_DOC_BASE}{self.code}.md"


def carried_fixes(check: Callable[..., Iterable[Problem]]) -> Callable[..., Iterator[Fix]]:
    """The fix function of a rule whose check computes each fix with its problem: the fixes its problems carry."""

    def fixes(document, context) -> Iterator[Fix]:
        return (problem.fix for problem in check(document, context) if problem.fix is not None)

    return fixes


def all_rules() -> tuple[Rule, ...]:
    """Every registered rule, in code order."""
    from .rules import RULES

    return RULES


def find_rule(key: str) -> Rule | None:
    """The rule with this code (`PL201`) or name (`missing-field`), if any."""
    key = key.strip()
    for rule in all_rules():
        if rule.code == key.upper() or rule.name == key.lower():
            return rule
    return None


def rules_in_scope(scope: str) -> Iterator[Rule]:
    return (rule for rule in all_rules() if rule.scope == scope)
