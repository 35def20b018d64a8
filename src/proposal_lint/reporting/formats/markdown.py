"""Markdown for a step summary or a pull-request comment.

Findings first, for the author who reads it: the verdict, the command that applies the fixable
findings locally, then per file every finding and a table with a row per proposal (project, title,
mentors, upstream issue, status); last the checks that ran, the failed ones listed and the passed
ones folded in a collapsed `<details>` (and how many did not run, and why). A report of no file
says so in one line. User text is escaped so it cannot break the table, inject HTML or @-mention anyone.
"""

from __future__ import annotations

import re
import shlex
from collections import Counter

from ...core.diagnostics import Diagnostic, Severity
from ...engine.report import Report
from ...core.model import Document, Proposal
from ...rules.table import Rule, all_rules
from ..sinks.markdown import code, link_or_text, message, text as escape
from .locations import relative_path
from .source_excerpt import summary_line

_ICON = {Severity.ERROR: "❌", Severity.WARNING: "⚠️", Severity.INFO: "ℹ️"}
_HANDLE = re.compile(r"[A-Za-z0-9-]+")
_NOUN = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info"}


def _counts(diagnostics: list[Diagnostic]) -> str:
    counter = Counter(d.severity for d in diagnostics)
    return ", ".join(
        f"{counter[s]} {_NOUN[s]}{'s' if counter[s] != 1 and s != Severity.INFO else ''}"
        for s in sorted(counter, reverse=True)
    )


def _status(diagnostics: list[Diagnostic]) -> str:
    if not diagnostics:
        return "✅ passed"
    return f"{_ICON[max(d.severity for d in diagnostics)]} {_counts(diagnostics)}"


def _mentors(document: Document, proposal: Proposal) -> str:
    spec = document.template.mentor_field
    mentors = [m for f in proposal.fields_named(spec.name) for m in f.mentors] if spec else []
    if not mentors:
        return "0"
    names = ", ".join(f"`@{m.handle}`" if _HANDLE.fullmatch(m.handle or "") else escape(m.name or m.raw)
                      for m in mentors)
    return f"{len(mentors)}: {names}"


def _upstream(document: Document, proposal: Proposal) -> str:
    names = [spec.name for spec in document.template.fields if spec.kind == "issue-url"]
    values = [f.value.strip() for name in names for f in proposal.fields_named(name) if f.value.strip()]
    return "<br>".join(link_or_text(value) for value in values) or "—"


def _proposal_table(document: Document, by_proposal: dict[int, list[Diagnostic]]) -> list[str]:
    out = ["| Project | Title | Mentors | Upstream issue | Status |", "| --- | --- | --- | --- | --- |"]
    for proposal in document.proposals:
        project = escape(proposal.project.name) if proposal.project else "—"
        found = by_proposal.get(proposal.heading.span.line, [])
        out.append(
            f"| {project} | {escape(proposal.title)} | {_mentors(document, proposal)} "
            f"| {_upstream(document, proposal)} | {_status(found)} |"
        )
    return out


def _finding(d: Diagnostic) -> str:
    where = f"line {d.line}, column {d.column}"
    context = f" ({escape(d.proposal)})" if d.proposal else ""
    fixable = " `[*]`" if d.fixable else ""
    return f"- {_ICON[d.severity]} **{d.code}** {d.name}{fixable} at {where}{context}: {message(d.message)}"


def _fix_hint(report: Report) -> list[str]:
    """One line: how many findings `--fix` fixes (those marked fixable) and the command that fixes them locally."""
    fixable = [d for d in report.diagnostics if d.fixable]
    if not fixable:
        return []
    paths = sorted({relative_path(d.path) for d in fixable})
    command = " ".join(["proposal-lint check --fix", *map(shlex.quote, paths)])
    return [f"🔧 `[*]` {len(fixable)} of these can be fixed automatically: run {code(command)} locally, "
            "check the changes and commit them.", ""]


def _file_section(path: str, found: list[Diagnostic], document: Document | None) -> list[str]:
    out = [f"### {code(relative_path(path))}", ""]
    if found:
        out += [_finding(d) for d in found] + [""]
    if document is not None and document.proposals:
        by_proposal: dict[int, list[Diagnostic]] = {}
        for d in found:
            proposal = document.proposal_at(d.line) if d.proposal else None
            if proposal is not None:
                by_proposal.setdefault(proposal.heading.span.line, []).append(d)
        out += _proposal_table(document, by_proposal) + [""]
    return out


def _why_not_run(rule: Rule, options) -> str | None:
    """Why a rule did not run in this report's run (then it neither passed nor failed), or None."""
    if options.rules.enabled is not None and rule.code not in options.rules.enabled:
        return "not selected"
    if rule.network and options.offline:
        return "offline"
    if rule.needs and not getattr(options, rule.needs):
        return f"no --{rule.needs.replace('_', '-')}"
    return None


def _check_line(rule: Rule, found: list[Diagnostic], report: Report, proposals: int) -> tuple[str, str]:
    label = f"**{rule.code}** {rule.name}"
    why = _why_not_run(rule, report.options) if not found else None
    if why is not None:
        return f"not run ({why})", ""
    if not found:
        return "passed", f"- ✅ {label}: passed"
    touched = len({(d.path, d.proposal) for d in found if d.proposal})
    where = f" in {touched} of {proposals} proposals" if touched else ""
    return "failed", f"- {_ICON[max(d.severity for d in found)]} {label}: {_counts(found)}{where}"


def _checks(report: Report) -> list[str]:
    """The failed checks listed, the passed ones folded (collapsed) below them."""
    by_code = _grouped(report.diagnostics, lambda d: d.code)
    lines = [_check_line(rule, by_code.get(rule.code, []), report, report.proposals) for rule in all_rules()]
    tally = Counter(outcome for outcome, _ in lines)
    not_run = ", ".join(f"{count} {outcome}" for outcome, count in sorted(tally.items()) if outcome.startswith("not run"))
    head = f"### Checks: {tally['passed']} passed, {tally['failed']} failed" + (f"; {not_run}" if not_run else "")
    out = [head, ""] + [line for outcome, line in lines if outcome == "failed"]
    passed = [line for outcome, line in lines if outcome == "passed"]
    if passed:
        out += ["", f"<details><summary>{len(passed)} passed</summary>", "", *passed, "", "</details>"]
    return out + [""]


def render(report: Report) -> str:
    if not report.documents and not report.diagnostics:
        return "\n".join(["## proposal-lint", "", "✅ No proposal files checked.", ""])
    errors, warnings = report.count(Severity.ERROR), report.count(Severity.WARNING)
    verdict = "❌" if errors else "⚠️" if warnings else "✅"
    out = ["## proposal-lint", "", f"{verdict} {summary_line(report)}", ""] + _fix_hint(report)
    documents = {document.path: document for document in report.documents}
    by_path = _grouped(report.diagnostics, lambda d: d.path)
    for path in sorted(set(documents) | set(by_path)):
        out += _file_section(path, by_path.get(path, []), documents.get(path))
    out += _checks(report)
    return "\n".join(out)


def _grouped(diagnostics: list[Diagnostic], key) -> dict[str, list[Diagnostic]]:
    """The diagnostics by `key`, each group in report order (one pass, whatever the report's size)."""
    groups: dict[str, list[Diagnostic]] = {}
    for d in diagnostics:
        groups.setdefault(key(d), []).append(d)
    return groups
