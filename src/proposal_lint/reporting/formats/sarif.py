"""SARIF 2.1.0: one run, every rule of the tool, one result per finding."""

from __future__ import annotations

import json
import os
from urllib.parse import quote

from ...version import __version__
from ...core.diagnostics import Diagnostic, Severity
from ...engine.report import Report
from ...rules.table import Rule, all_rules
from .locations import relative_path

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://github.com/proposal-lint/proposal-lint"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _rule(rule: Rule) -> dict:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "helpUri": rule.help_uri,
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"network": rule.network, "fixable": rule.fixable},
    }


def _result(d: Diagnostic, index: dict[str, int]) -> dict:
    return {
        "ruleId": d.code,
        "ruleIndex": index[d.code],
        "level": _LEVEL[d.severity],
        "message": {"text": d.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": quote(os.fsencode(relative_path(d.path))), "uriBaseId": "%SRCROOT%"},
                    "region": {
                        "startLine": d.line,
                        "startColumn": d.column,
                        "endLine": d.end_line,
                        "endColumn": d.end_column + 1,  # SARIF's end column is exclusive, ours inclusive
                    },
                }
            }
        ],
    }


def as_dict(report: Report) -> dict:
    rules = all_rules()
    index = {rule.code: position for position, rule in enumerate(rules)}
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "proposal-lint",
                        "version": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": [_rule(rule) for rule in rules],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [_result(d, index) for d in report.diagnostics],
            }
        ],
    }


def render(report: Report) -> str:
    return json.dumps(as_dict(report), indent=2, ensure_ascii=False) + "\n"
