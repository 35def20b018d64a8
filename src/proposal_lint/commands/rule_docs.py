"""Rule introspection: the rule table and each rule's page under `rules/`."""

from __future__ import annotations

import json
from pathlib import Path

from ..rules.table import Rule, all_rules

RULES_DIR = Path(__file__).resolve().parents[3] / "rules"


def rule_rows() -> list[dict]:
    """One row per rule: code, name, default severity, fixable, network, summary."""
    return [
        {
            "code": rule.code,
            "name": rule.name,
            "severity": rule.severity.label,
            "fixable": rule.fixable,
            "network": rule.network,
            "summary": rule.summary,
            "url": rule.help_uri,
        }
        for rule in all_rules()
    ]


def rules_table(output_format: str) -> str:
    """The rule table as aligned text or JSON."""
    rows = rule_rows()
    if output_format == "json":
        return json.dumps(rows, indent=2) + "\n"
    header = ("CODE", "NAME", "SEVERITY", "FIX", "NET", "SUMMARY")
    cells = [header] + [
        (r["code"], r["name"], r["severity"], "yes" if r["fixable"] else "", "yes" if r["network"] else "", r["summary"])
        for r in rows
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header) - 1)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)) + "  " + row[-1] for row in cells]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def page_text(rule: Rule) -> str | None:
    """The rule's page: shipped in the package (an installed wheel), else the repository's `rules/` (a checkout)."""
    from importlib import resources

    shipped = resources.files(__package__.rpartition(".")[0]).joinpath("rule_pages", f"{rule.code}.md")
    for page in (shipped, RULES_DIR / f"{rule.code}.md"):
        if page.is_file():
            return page.read_text(encoding="utf-8")
    return None


def explain(rule: Rule) -> str:
    """The rule's page, or its summary and link where no page is found."""
    text = page_text(rule)
    if text is not None:
        return text
    return f"# {rule.code} {rule.name}\n\n{rule.summary} ({rule.severity.label}).\n\nSee {rule.help_uri}\n"
