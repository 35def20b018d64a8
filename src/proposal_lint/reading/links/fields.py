"""The links written in a document's URL fields (template kinds `issue-url` and `lfx-url`), with spans."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from ...core.document_cache import per_document
from ...core.facts import LinkFacts, LinkVerdict
from ...core.model import Document, Field, Item, Proposal, Span
from .urls import Found, find_in_line, is_http, split_url

ISSUE_URL = "issue-url"
LFX_URL = "lfx-url"
URL_KINDS = (ISSUE_URL, LFX_URL)


class FieldLink(NamedTuple):
    """One URL or shorthand in a field: what was found, where, and where its link text is."""

    found: Found
    span: Span
    text_span: Span | None = None

    @property
    def url(self) -> str:
        return self.found.text

    @property
    def fetchable(self) -> bool:
        return self.found.kind == "url" and is_http(self.found.text) and split_url(self.found.text) is not None


class LinkField(NamedTuple):
    """A URL field of a proposal and the links in its value and nested items."""

    proposal: Proposal
    field: Field
    kind: str
    links: tuple[FieldLink, ...]

    @property
    def urls(self) -> tuple[FieldLink, ...]:
        return tuple(link for link in self.links if link.found.kind == "url")


def _item_lines(item: Item) -> Iterator[tuple[int, int]]:
    yield item.span.line, item.span.column - 1
    for line_no in range(item.span.line + 1, item.span.end_line + 1):
        yield line_no, 0
    for sub in item.items:
        yield from _item_lines(sub)


def _field_lines(field: Field) -> Iterator[tuple[int, int]]:
    """(line, 0-based start) of every piece of text that belongs to the field's value."""
    if field.value:
        span = field.value_span
        yield span.line, span.column - 1
        for line_no in range(span.line + 1, span.end_line + 1):
            yield line_no, 0
    for item in field.items:
        yield from _item_lines(item)


def field_links(document: Document, field: Field) -> tuple[FieldLink, ...]:
    links = []
    for line_no, start in _field_lines(field):
        if line_no > len(document.lines):
            continue
        for found in find_in_line(document.lines[line_no - 1], start):
            span = Span(document.path, line_no, found.start + 1, line_no, max(found.end, found.start + 1))
            text_span = None
            if found.link_text is not None and found.link_text_end > found.link_text_start:
                text_span = Span(document.path, line_no, found.link_text_start + 1, line_no, found.link_text_end)
            links.append(FieldLink(found, span, text_span))
    return tuple(links)


@per_document
def _link_fields(document: Document) -> tuple[LinkField, ...]:
    template = document.template
    found = []
    for proposal in document.proposals:
        for field in proposal.fields:
            spec = template.field(field.name) if field.name else None
            if spec is not None and spec.kind in URL_KINDS:
                found.append(LinkField(proposal, field, spec.kind, field_links(document, field)))
    return tuple(found)


def link_fields(document: Document, kinds: tuple[str, ...] = URL_KINDS) -> Iterator[LinkField]:
    """Every field of the given template kinds in the document's proposals (computed once per document)."""
    return (link for link in _link_fields(document) if link.kind in kinds)


def links_with_verdicts(document: Document, facts: LinkFacts,
                        kinds: tuple[str, ...] = URL_KINDS) -> Iterator[tuple[LinkField, FieldLink, LinkVerdict]]:
    """Each fetchable link of the document's URL fields with the verdict gathered for it."""
    for entry in link_fields(document, kinds):
        for link in entry.links:
            verdict = facts.verdicts.get(link.url) if link.fetchable else None
            if verdict is not None:
                yield entry, link, verdict
