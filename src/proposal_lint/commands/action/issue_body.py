"""The Action on `issues` events: check the LFX proposal in the issue's body, keep one comment, optionally label.

    python -m proposal_lint.commands.action issue

The body comes from the event payload; the other open proposals of the repository (read
through the REST API) are checked with it for the checks across proposals (quota, shared
upstream issue), offline and reporting only on this issue. Inputs arrive as INPUT_*
environment variables; everything echoed from the body into the comment is escaped by the
Markdown reporter (mentions, issue references, backticks, HTML).
"""

from __future__ import annotations

import os
from urllib.parse import quote

MARKER = "<!-- proposal-lint:issue-comment -->"
PASSED, FAILED = "Validation Passed", "Validation Failed"


def _api() -> str:
    return os.environ.get("GITHUB_API_URL", "https://api.github.com").rstrip("/")


def run_options(offline: bool, fail_on: str, mentor_registry: str):
    """The run's options: the workspace's config file (if any) under the action's inputs."""
    from ..config import Settings, build_options, find_config, load_config

    config = find_config(os.getcwd())
    flags = Settings(offline=offline or None, fail_on=fail_on or None, mentor_registry=mentor_registry or None)
    return build_options(load_config(config) if config else None, flags, os.path.dirname(config) if config else ".")


def other_proposals(repository: str, number: int, token: str) -> list:
    """Sources of the repository's other open issues whose body is an issue-form proposal."""
    from .comment import api_call, api_session
    from ...reading.issue_form import builtin_form
    from ...reading.issue_form.body import looks_like_form_body
    from ...reading.source import Source, decode

    session = api_session(token)
    found, url = [], f"{_api()}/repos/{repository}/issues?state=open&per_page=100"
    while url:
        response = api_call(session, "GET", url)
        for issue in response.json():
            body = issue.get("body") or ""
            if issue.get("pull_request") or issue.get("number") == number or "### " not in body:
                continue
            source = decode(f"issue-{issue['number']}.md", body.encode("utf-8"))
            if isinstance(source, Source) and looks_like_form_body(source.text, builtin_form()):
                found.append(source)
        url = response.links.get("next", {}).get("url")
    return found


def check_body(source, others: list, options):
    """The report on one body: its own checks with the run's options, the checks across proposals
    (rules of scope "run") with the others, offline."""
    from ...engine.lint import lint_sources
    from ...engine.report import Report
    from ...rules.table import rules_in_scope

    across = {rule.code for rule in rules_in_scope("run")}
    alone = lint_sources([source], options)
    if not others:
        return alone
    policy = options.rules._replace(enabled=frozenset(c for c in across if options.rules.is_enabled(c, source.path)))
    together = lint_sources([*others, source], options._replace(offline=True, rules=policy))
    diagnostics = [d for d in alone.diagnostics if d.code not in across]
    diagnostics += [d for d in together.diagnostics if d.path == source.path]
    diagnostics.sort(key=lambda d: d.sort_key)
    return Report(diagnostics, alone.documents, alone.files, alone.input_errors, options)


def title_preview(report) -> str:
    """The program's LFX title and its length, as cncf's validation comment shows it."""
    from ...reading.issue_form import is_form
    from ...reading.issue_form.values import LFX_TITLE_MAX, lfx_length, lfx_title, value_of
    from ...reporting.sinks.markdown import text

    document = report.documents[0] if report.documents else None
    if document is None or not is_form(document) or not document.proposals:
        return ""
    proposal = document.proposals[0]
    parts = [value_of(document, proposal, key) for key in ("cncf_project", "program_name", "term")]
    if not all(parts):
        return ""
    title = lfx_title(*parts)
    length = lfx_length(title)
    over = " ⚠️ over the limit" if length > LFX_TITLE_MAX else ""
    return f"**LFX program title** ({length}/{LFX_TITLE_MAX} characters{over}): {text(title)}\n\n"


def _field_values(text: str, path: str, options) -> dict[str, tuple[str, str]]:
    """The form's fields of a body as label and value text (the lines of its value), by field name."""
    from ...engine.lint import parse_source
    from ...reading.source import Source

    document = parse_source(Source(path, text), options)
    lines = text.split("\n")
    return {field.name: (field.label, "\n".join(lines[field.value_span.line - 1:field.value_span.end_line]).strip())
            for proposal in document.proposals for field in proposal.fields if field.name}


def corrected_values(source, options) -> list[tuple[str, str]]:
    """The fields whose value `--fix` would change, as label and corrected value, in form order."""
    from ...fix.apply import fix_text, normalize

    text = normalize(source.text)  # an issue body comes with \r\n endings
    fixed = normalize(fix_text(text, source.path, options).text)
    if fixed == text:
        return []
    before, after = _field_values(text, source.path, options), _field_values(fixed, source.path, options)
    return [(label, after[name][1]) for name, (label, value) in before.items()
            if name in after and after[name][1] != value]


def corrections_markdown(corrections: list[tuple[str, str]]) -> str:
    """The corrected values, folded, ready to paste into the form's fields."""
    from ...reporting.sinks.markdown import code_block, text as escape

    if not corrections:
        return ""
    parts = [f"**{escape(label)}**\n\n{code_block(value, 'text')}" for label, value in corrections]
    return (f"<details><summary>Corrected values to paste into the form ({len(corrections)} "
            f"field{'s' if len(corrections) != 1 else ''})</summary>\n\n" + "\n\n".join(parts) + "\n\n</details>\n")


def comment_markdown(report, corrections: list[tuple[str, str]] = ()) -> str:
    from ...reporting.formats.markdown import render

    head, rest = render(report).split("\n", 1)
    folded = corrections_markdown(list(corrections))
    return f"{head}\n\n{title_preview(report)}{rest.lstrip()}" + (f"\n{folded}" if folded else "")


def set_validation_label(repository: str, number: int, token: str, passed: bool, current: list[str]) -> None:
    """Add `Validation Passed` or `Validation Failed`, and remove the other one."""
    from .comment import api_call, api_session

    session = api_session(token)
    add, drop = (PASSED, FAILED) if passed else (FAILED, PASSED)
    base = f"{_api()}/repos/{repository}/issues/{number}/labels"
    if drop in current:
        api_call(session, "DELETE", f"{base}/{quote(drop, safe='')}")
    if add not in current:
        api_call(session, "POST", base, json={"labels": [add]})
