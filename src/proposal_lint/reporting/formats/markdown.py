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
from .locations import relative_path
from .source_excerpt import summary_line

_ICON = {Severity.ERROR: "❌", Severity.WARNING: "⚠️", Severity.INFO: "ℹ️"}
_PUNCTUATION = re.compile(r"([\\`*_\[\]<>|#!~&])")
_WHITESPACE = re.compile(r"\s+")
_URL = re.compile(r"<(https?://[^\s<>|`]+)>|(https?://[^\s<>|`]+)")
_HANDLE = re.compile(r"[A-Za-z0-9-]+")
_NOUN = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info"}


def escape(text: str) -> str:
    """Plain text for Markdown: punctuation escaped, one line, mentions defused."""
    text = _WHITESPACE.sub(" ", text)
    return _PUNCTUATION.sub(r"\\\1", text).replace("@", "@\u200b")


def code_block(text: str, info: str = "") -> str:
    """A fenced code block that no run of backticks in `text` can close."""
    fence = "`" * max(3, 1 + max((len(run) for run in re.findall(r"`+", text)), default=0))
    return f"{fence}{info}\n{text}\n{fence}"


def message(text: str) -> str:
    """A diagnostic message: its `code spans` kept, the rest escaped."""
    parts = text.split("`")
    if len(parts) % 2 == 0:  # an unpaired backtick: treat it as text
        parts[-2:] = [parts[-2] + "`" + parts[-1]]
    return "".join(f"`{part}`" if i % 2 else escape(part) for i, part in enumerate(parts))


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
    return "<br>".join(_link_or_text(value) for value in values) or "—"


def _link_or_text(value: str) -> str:
    """A lone URL (bare or in angle brackets) as an autolink; anything else as escaped text."""
    match = _URL.fullmatch(value)
    return f"<{match[1] or match[2]}>" if match else escape(value)


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


def _code(text: str) -> str:
    """`text` as an inline code span, even when it holds a backtick."""
    fence = "``" if "`" in text else "`"
    return f"{fence}{text}{fence}" if fence == "`" else f"{fence} {text} {fence}"


def _fix_hint(report: Report) -> list[str]:
    """One line: how many findings `--fix` fixes (those marked fixable) and the command that fixes them locally."""
    fixable = [d for d in report.diagnostics if d.fixable]
    if not fixable:
        return []
    paths = sorted({relative_path(d.path) for d in fixable})
    command = " ".join(["proposal-lint check --fix", *map(shlex.quote, paths)])
    return [f"🔧 `[*]` {len(fixable)} of these can be fixed automatically: run {_code(command)} locally, "
            "check the changes and commit them.", ""]


def _file_section(report: Report, path: str, document: Document | None) -> list[str]:
    found = [d for d in report.diagnostics if d.path == path]
    out = [f"### `{relative_path(path)}`", ""]
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


def _check_line(rule: Rule, report: Report, proposals: int) -> tuple[str, str]:
    found = [d for d in report.diagnostics if d.code == rule.code]
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
    lines = [_check_line(rule, report, report.proposals) for rule in all_rules()]
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
    paths = sorted(set(documents) | {d.path for d in report.diagnostics})
    for path in paths:
        out += _file_section(report, path, documents.get(path))
    out += _checks(report)
    return "\n".join(out)
