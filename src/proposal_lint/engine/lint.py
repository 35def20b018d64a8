"""The one engine: read, parse, run the rules, and turn problems into diagnostics."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..core.garbage_collector import frozen
from ..rules.context import Facts, Options, RunContext
from ..core.diagnostics import Diagnostic, Problem, Severity
from ..core.model import Document
from ..rules.table import Rule, all_rules, find_rule, rules_in_scope
from ..rules.selection import RulePolicy
from ..reading.source import InputFailure, Source, expand_paths, read_source
from .report import Report


def _diagnostic(rule: Rule, problem: Problem, policy: RulePolicy = RulePolicy()) -> Diagnostic:
    span, proposal = problem.span, problem.proposal
    return Diagnostic(
        path=span.path,
        line=span.line,
        column=span.column,
        end_line=span.end_line,
        end_column=span.end_column,
        code=rule.code,
        name=rule.name,
        severity=policy.severity_of(rule, problem.severity or rule.severity),
        message=problem.message,
        project=proposal.project.name if proposal is not None and proposal.project is not None else None,
        proposal=proposal.title if proposal is not None else None,
        field=problem.field.name if problem.field is not None else problem.field_name,
    )


def _input_diagnostic(failure: InputFailure) -> Diagnostic:
    rule = find_rule(failure.code)
    return Diagnostic(
        failure.path, failure.line, failure.column, failure.line, failure.column,
        rule.code, rule.name, rule.severity, failure.message,
    )


def parse_source(source: Source, options: Options) -> Document:
    """The one place that tells the input's shape: an issue-form body, else a Markdown proposal file."""
    from ..reading.issue_form import form_document

    document = form_document(source.text, source.path, options.template, options.default_template)
    if document is not None:
        return document
    from ..reading.parser import parse_document
    from ..reading.term_template import term_template_block

    return parse_document(
        source.text, source.path, options.template, options.default_template,
        term_block=lambda: term_template_block(source.path),
    )


def parse_bounded(source: Source, options: Options) -> Document | InputFailure:
    """parse_source, or PL009 when the text nests deeper than the parser can take."""
    from ..reading.nesting import MAX_NESTING, too_deep

    deep = too_deep(source.text)
    if deep is None:
        try:
            return parse_source(source, options)
        except RecursionError:
            deep = None
    where = f" at line {deep.line}" if deep else ""
    return InputFailure(source.path, "PL009", f"lists or block quotes nest deeper than {MAX_NESTING} levels{where}; "
                        "the file was not checked (flatten the nesting)", deep.line if deep else 1)


def gather_facts(documents: Sequence[Document], options: Options) -> Facts:
    """The one stage that looks outside the files (network, registries), before any rule runs."""
    from ..reading.project_list_loader import gather_project_list

    facts = Facts()
    check_dns = options.check_email_dns and not options.offline
    if options.mentor_registry or check_dns:
        from ..online.mentor_registry import gather_mentor_facts

        facts.mentors = gather_mentor_facts(documents, options.mentor_registry, check_dns,
                                            options.email_dns_timeout, options.email_dns_server)
    facts.projects = gather_project_list(documents, options.cncf_projects, options.rules.is_enabled)
    facts.term_files = gather_term_files(documents)
    from ..cncf.quotas import Quotas

    if any(p.term and Quotas.covers(p.term) for d in documents for p in d.proposals):
        from ..cncf.projects import load_project_list
        from ..cncf.quotas import load_quotas

        listed = facts.projects
        facts.quotas = load_quotas(options.quotas, lambda: listed or load_project_list(options.cncf_projects))
    if not options.offline:
        from ..online.gather import gather_link_facts

        facts.links = gather_link_facts(documents, options.links)
    return facts


def gather_term_files(documents: Sequence[Document]) -> dict:
    """The export files (lfx-export.json, lfx-tracking.csv) beside each term README with proposals."""
    import os

    from ..cncf.layout import EXPORT_JSON, TRACKING_CSV
    from ..reading.export_comparison import is_term_readme

    directories = {os.path.dirname(d.path) for d in documents
                   if d.proposals and is_term_readme(d) and os.path.isfile(d.path)}
    directories = {directory for directory in directories
                   if any(os.path.isfile(os.path.join(directory, name)) for name in (EXPORT_JSON, TRACKING_CSV))}
    if not directories:
        return {}  # the reader is imported only where a term directory holds its export files
    from ..cncf.export_files import read_term_files

    return {directory: found for directory in sorted(directories) if (found := read_term_files(directory))}


def check_documents(documents: Sequence[Document], context: RunContext) -> list[Diagnostic]:
    """Run the enabled document rules on each document, then the run rules on all of them; apply suppressions."""
    policy = context.options.rules
    diagnostics = []
    for document in documents:
        for rule in rules_in_scope("document"):
            if policy.is_enabled(rule.code, document.path):
                diagnostics.extend(_diagnostic(rule, p, policy) for p in rule.check(document, context))
    for rule in rules_in_scope("run"):
        problems = rule.check(documents, context)
        diagnostics.extend(_diagnostic(rule, p, policy) for p in problems if policy.is_enabled(rule.code, p.span.path))
    return apply_suppressions(documents, diagnostics, context)


def apply_suppressions(documents: Sequence[Document], diagnostics: list[Diagnostic], context: RunContext) -> list[Diagnostic]:
    """Drop what inline comments suppress, then report the comments that did nothing (scope "suppressions")."""
    from ..rules.suppressions import Suppressions

    tables = {doc.path: table for doc in documents if (table := Suppressions.of(doc)).directives}
    if not tables:
        return diagnostics
    kept = [d for d in diagnostics if d.path not in tables or tables[d.path].allows(d.code, d.line)]
    policy = context.options.rules
    for path, table in tables.items():
        for rule in rules_in_scope("suppressions"):
            if policy.is_enabled(rule.code, path):
                kept.extend(_diagnostic(rule, p, policy) for p in rule.check(table, context))
    return kept


def lint_sources(sources: Iterable[Source | InputFailure], options: Options = Options()) -> Report:
    report = Report(options=options)
    for source in sources:
        report.files += 1
        parsed = source if isinstance(source, InputFailure) else parse_bounded(source, options)
        if isinstance(parsed, InputFailure):
            diagnostic = _input_diagnostic(parsed)
            report.input_errors += diagnostic.severity == Severity.ERROR
            report.diagnostics.append(diagnostic)
        else:
            report.documents.append(parsed)
    with frozen():
        context = RunContext(options, gather_facts(report.documents, options))
        report.facts = context.facts
        report.diagnostics.extend(check_documents(report.documents, context))
    report.diagnostics.sort(key=lambda d: d.sort_key)
    return report


def combine_reports(reports: Sequence[Report]) -> Report:
    """One report from runs with different options (files under different config files); strictest fail-on."""
    if len(reports) == 1:
        return reports[0]
    thresholds = [r.options.fail_on for r in reports if r.options.fail_on is not None]
    combined = Report(options=reports[0].options._replace(fail_on=min(thresholds, default=None)))
    for report in reports:
        combined.diagnostics += report.diagnostics
        combined.documents += report.documents
        combined.files += report.files
        combined.input_errors += report.input_errors
        combined.facts = combined.facts or report.facts
    combined.diagnostics.sort(key=lambda d: d.sort_key)
    return combined


def lint_paths(paths: Iterable[str], options: Options = Options()) -> Report:
    """Lint files and directories (Markdown files under them)."""
    sources = (p if isinstance(p, InputFailure) else read_source(p) for p in expand_paths(paths))
    return lint_sources(sources, options)


def lint_text(text: str, path: str = "<text>", options: Options = Options()) -> list[Diagnostic]:
    """Lint one document given as text; returns its diagnostics, sorted."""
    return lint_sources([Source(path, text)], options).diagnostics


__all__ = ["Options", "Report", "all_rules", "lint_paths", "lint_sources", "lint_text"]
