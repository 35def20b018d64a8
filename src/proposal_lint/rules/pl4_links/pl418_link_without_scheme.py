"""PL418 link-without-scheme: a Markdown link whose target is a web address without `https://`
(`[homepage](cilium.io)`), which GitHub opens as a file beside the page: a 404.

Fix: `https://` written before the target, computed with the problem.
"""

from collections.abc import Iterator

from ..api import Document, Edit, Fix, Problem, Rule, RunContext, Severity, carried_fixes, link_fields
from ...reading.links.prose import schemeless_links


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    # The Upstream Issue and LFX URL fields have their own rules (PL401, PL407).
    judged = {line for entry in link_fields(document) for line in range(entry.field.span.line, entry.field.span.end_line + 1)}
    for link in schemeless_links(document):
        if link.span.line in judged:
            continue
        span = link.span
        yield Problem(
            span,
            f"link target `{link.target}` has no scheme, so GitHub opens it as a file beside this page "
            f"(a 404); write `{link.url}`",
            proposal=document.proposal_at(span.line),
            fix=Fix("PL418", f"`{link.target}` -> `{link.url}`", (Edit.insert(span.line, span.column, "https://"),),
                    span.line, span.column),
        )


RULE = Rule("PL418", "link-without-scheme", Severity.WARNING, "Link target is a web address without https://",
            check=check, fix=carried_fixes(check))
