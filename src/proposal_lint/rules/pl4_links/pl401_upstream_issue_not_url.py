"""PL401 upstream-issue-not-url: the Upstream Issue has a value, but no web address in it.

An issue form's Upstream Issue URL is an input for exactly one URL: text beside a single URL is
reported too (several URLs are PL403's).

No fix: a `<https://...>` autolink is a URL as Markdown writes it, which this check does not
report, so `--fix` leaves it as written.
"""

import re
from collections.abc import Iterator

from ..api import Document, ISSUE_URL, Problem, Rule, RunContext, Severity, is_form, link_fields
from ...reading.links.urls import is_http

_EXAMPLE = "https://github.com/ORG/REPO/issues/123"
_ONE_URL = re.compile(r"https?://\S+")
_ISSUE_REFERENCE = re.compile(r"^((?:www\.)?github\.com/[^/#\s]+/[^/#\s]+)/?#(\d+)$")


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for entry in link_fields(document, (ISSUE_URL,)):
        links = entry.links
        if any(link.found.kind == "shorthand" or link.found.kind == "url" and is_http(link.url) for link in links):
            if is_form(document) and len(links) == 1 and not _ONE_URL.fullmatch(entry.field.value):
                yield Problem(entry.field.value_span, f"`{entry.field.value}` is more than the URL: the form's field "
                              f"takes the issue's URL alone; write `{links[0].url}` and move the rest to the description",
                              proposal=entry.proposal, field=entry.field)
            continue  # an http(s) URL that cannot be parsed is PL417's
        field = entry.field
        schemeless = next((link for link in links if link.found.kind == "schemeless"), None)
        other_scheme = next((link for link in links if link.found.kind == "url"), None)
        if schemeless is not None:
            text = schemeless.url
            fixed = text if text.startswith(("github.com", "www.github.com")) else "ORG/REPO/issues/123"
            fixed = _ISSUE_REFERENCE.sub(r"\1/issues/\2", fixed)  # github.com/o/r#12 is o/r's issue 12
            message = f"`{text}` is not a full URL; write it as https://{fixed}"
            span = schemeless.span
        elif other_scheme is not None:
            message = f"`{other_scheme.url}` is not a web address; link the issue with an https:// URL"
            span = other_scheme.span
        elif field.value:
            shown = field.value if len(field.value) <= 60 else field.value[:57] + "..."
            message = f"`{shown}` is not a URL; write the full issue URL, e.g. {_EXAMPLE}"
            span = field.value_span
        elif field.items:
            message = f"no URL under `{field.label}`; write the full issue URL, e.g. {_EXAMPLE}"
            span = field.items[0].span
        else:
            continue
        yield Problem(span, message, proposal=entry.proposal, field=field)


RULE = Rule("PL401", "upstream-issue-not-url", Severity.ERROR, "Upstream Issue value is not a URL",
            check=check)
