"""Narrowing a finished report to what the user asked to see; the rules have already seen everything."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import replace

from ..core.diagnostics import Diagnostic
from ..engine.report import Report
from ..core.model import Document
from ..rules.table import find_rule


def _holds_proposals(document: Document) -> bool:
    return bool(document.proposals) or document.template_source == "file"


def without_non_proposal_files(report: Report) -> Report:
    """Drop files with neither proposals nor a Template block, and their diagnostics (pre-commit)."""
    dropped = {d.path for d in report.documents if not _holds_proposals(d)}
    return replace(
        report,
        diagnostics=[d for d in report.diagnostics if d.path not in dropped],
        documents=[d for d in report.documents if d.path not in dropped],
        files=report.files - len(dropped),
    )


def _about_whole_file(d: Diagnostic) -> bool:
    """An input problem (family 0) or a rule about the whole file (PL416: no link of the run was verified)."""
    rule = find_rule(d.code)
    return rule is not None and (rule.family == 0 or rule.whole_file)


def _file_level_kept(d: Diagnostic, lines: frozenset[int]) -> bool:
    """A problem of no proposal: kept when it is about the whole file or sits on a changed line."""
    return _about_whole_file(d) or any(line in lines for line in range(d.line, d.end_line + 1))


def to_changes(report: Report, changed: Mapping[str, frozenset[int]]) -> Report:
    """Keep the proposals whose lines the change touched, and file-level problems the change brought.

    `changed` maps real paths to touched line numbers (see `changed_lines.py`).
    Diagnostics of files that could not be read are always kept: they explain exit code 2.
    """
    documents, diagnostics = [], []
    by_path = {d.path: d for d in report.documents}
    touched: dict[str, frozenset[int]] = {}
    for document in report.documents:
        lines = changed.get(os.path.realpath(document.path))
        if lines is None:
            continue
        kept = tuple(p for p in document.proposals if any(p.heading.span.line <= n <= p.end_line for n in lines))
        touched[document.path] = frozenset(p.heading.span.line for p in kept)
        documents.append(document._replace(proposals=kept))
    for d in report.diagnostics:
        document = by_path.get(d.path)
        if document is None:
            diagnostics.append(d)
        elif d.path in touched and _about_whole_file(d):
            diagnostics.append(d)
        elif d.path in touched:
            proposal = document.proposal_at(d.line) if d.proposal is not None else None
            if proposal is not None:
                if proposal.heading.span.line in touched[d.path]:
                    diagnostics.append(d)
            elif _file_level_kept(d, changed[os.path.realpath(d.path)]):
                diagnostics.append(d)
    unread = len({d.path for d in report.diagnostics if d.path not in by_path})
    return replace(report, diagnostics=diagnostics, documents=documents, files=len(documents) + unread)
