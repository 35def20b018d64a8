"""The JSON report (version 1): a public interface, changed only by adding keys."""

from __future__ import annotations

import json

from ...core.diagnostics import Severity
from ...engine.report import Report

JSON_VERSION = 1


def as_dict(report: Report) -> dict:
    return {
        "version": JSON_VERSION,
        "diagnostics": [d.to_json() for d in report.diagnostics],
        "summary": {
            "files": report.files,
            "proposals": report.proposals,
            "errors": report.count(Severity.ERROR),
            "warnings": report.count(Severity.WARNING),
            "infos": report.count(Severity.INFO),
        },
    }


def render(report: Report) -> str:
    return json.dumps(as_dict(report), indent=2, ensure_ascii=False) + "\n"
