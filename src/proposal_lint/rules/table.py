"""The rule type, and the table of every rule, looked up by code or name.

The table names the rule modules (a rule is added to `RULE_MODULES` and nowhere else) and imports
them by name the first time it is asked, as a plugin host finds its plugins: the rules import the
`Rule` type from here, and nothing here imports a rule.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache
from importlib import import_module
from typing import NamedTuple

from ..version import __version__
from ..core.diagnostics import Fix, Problem, Severity

# The family folders of the rules, by the hundreds digit of their codes.
FAMILIES = {"0": "pl0_input", "1": "pl1_structure", "2": "pl2_fields", "3": "pl3_mentors", "4": "pl4_links", "5": "pl5_text"}

RULE_MODULES = (
    "pl001_unreadable_file",
    "pl002_invalid_encoding",
    "pl003_binary_file",
    "pl004_file_too_large",
    "pl005_empty_file",
    "pl006_no_proposals",
    "pl007_suppression_without_reason",
    "pl008_unused_suppression",
    "pl009_nesting_too_deep",
    "pl010_symlink_leaves_directory",
    "pl011_not_a_proposal_file",
    "pl101_missing_project_heading",
    "pl102_heading_depth",
    "pl103_empty_proposal",
    "pl104_duplicate_title",
    "pl105_unknown_cncf_project",
    "pl114_term_title_mismatch",
    "pl115_in_page_link_target",
    "pl110_heading_in_form_field",
    "pl111_missing_form_section",
    "pl112_project_over_quota",
    "pl113_proposal_belongs_in_issue_form",
    "pl120_term_program_mismatch",
    "pl121_term_mentor_mismatch",
    "pl122_term_email_mismatch",
    "pl123_term_lfx_url_mismatch",
    "pl124_unreadable_term_file",
    "pl201_missing_field",
    "pl202_empty_field",
    "pl203_non_template_label",
    "pl204_unknown_field",
    "pl205_duplicate_field",
    "pl206_misplaced_content",
    "pl207_invalid_value",
    "pl210_lfx_title_too_long",
    "pl211_field_too_long",
    "pl212_skills_choice",
    "pl213_coding_challenge_url",
    "pl214_custom_prerequisite",
    "pl220_template_guidance",
    "pl301_no_mentor",
    "pl302_mentor_without_email",
    "pl303_mentor_without_handle",
    "pl304_mentor_format",
    "pl305_inline_mentors",
    "pl306_invalid_github_handle",
    "pl307_handle_not_mention",
    "pl308_invalid_email",
    "pl309_obfuscated_email",
    "pl310_mailto_in_email",
    "pl311_placeholder_email",
    "pl312_email_domain_typo",
    "pl313_mentor_count",
    "pl314_primary_mentor",
    "pl315_duplicate_mentor",
    "pl316_inconsistent_mentor_email",
    "pl317_registry_email_mismatch",
    "pl318_mentor_not_in_registry",
    "pl319_undeliverable_email",
    "pl320_email_dns_unavailable",
    "pl323_mentor_line_format",
    "pl324_missing_lfid",
    "pl325_invalid_lfid",
    "pl326_handle_link_mismatch",
    "pl401_upstream_issue_not_url",
    "pl402_upstream_issue_shorthand",
    "pl403_several_upstream_issues",
    "pl404_not_an_issue_url",
    "pl405_link_text_mismatch",
    "pl406_duplicate_upstream_issue",
    "pl407_invalid_lfx_url",
    "pl408_upstream_org_differs",
    "pl409_upstream_org_other_project",
    "pl410_dead_link",
    "pl411_unverified_link",
    "pl412_closed_upstream_issue",
    "pl413_upstream_is_pull_request",
    "pl414_transferred_issue",
    "pl415_unknown_github_handle",
    "pl416_network_unavailable",
    "pl417_unparseable_url",
    "pl418_link_without_scheme",
    "pl501_template_placeholder",
    "pl502_mojibake",
    "pl503_broken_link",
    "pl504_unclosed_code_fence",
    "pl505_conflict_marker",
)
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


@cache
def all_rules() -> tuple[Rule, ...]:
    """Every rule of the table, in code order."""
    return tuple(sorted((import_module(f"{__package__}.{FAMILIES[name[2]]}.{name}").RULE for name in RULE_MODULES),
                        key=lambda r: r.code))


def find_rule(key: str) -> Rule | None:
    """The rule with this code (`PL201`) or name (`missing-field`), if any."""
    key = key.strip()
    for rule in all_rules():
        if rule.code == key.upper() or rule.name == key.lower():
            return rule
    return None


def rules_in_scope(scope: str) -> Iterator[Rule]:
    return (rule for rule in all_rules() if rule.scope == scope)
