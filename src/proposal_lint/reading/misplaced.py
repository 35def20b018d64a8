"""Content that stands under one field but belongs to another (read by PL201, PL206 and the mentor walk)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from ..core.document_cache import per_document
from .mentors.classification import is_co_mentor_label
from .mentors.handles import MENTION
from ..core.model import Document, Field, Item, Proposal, Span
from ..core.template import FieldSpec, TemplateSpec
from .links.urls import find_in_line, is_upstream_link
from .parser.labels import LABEL

_CONTINUED = re.compile(r"[ \t]*(?:[-*+]+[ \t]*)?")  # a line's indentation, and dashes that start no list item
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # starts a run only: linear
# `ben AT armosec.io`, `ben [at] armosec [dot] io`: an address written so that scrapers miss it
_DISGUISED_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+[ \t]*(?:[ \t]AT[ \t]|[\[({](?i:at)[\])}])[ \t]*[\w-]+"
                              r"(?:\.|[ \t]DOT[ \t]|[ \t]*[\[({](?i:dot)[\])}])")


def looks_like_mentor(text: str) -> bool:
    """A line that names a GitHub handle and an email (plain or disguised), as mentor entries do."""
    return bool(MENTION.search(text)) and bool(_EMAIL.search(text) or _DISGUISED_EMAIL.search(text))


class Misplaced(NamedTuple):
    """An item that belongs to `spec` but stands under `host` (None: loose in the proposal);
    `in_text`: a labelled line that continues the text of `host` or of an item instead of starting
    a list item of its own (`-- Issues: ...`, or `Mentor(s): ...` without its `- `). A proposal
    without its upstream-issue field that holds upstream links under another label (`Enhancement :
    <KEP>`) or in loose items (a bare `Upstream issues` line over a list of issue URLs) has them
    here too."""

    item: Item
    host: Field | None
    spec: FieldSpec
    in_text: bool = False
    own_label: bool = False  # a field of its own under a label that is not the template's (`Enhancement :`)


def _belongs_to(item: Item, template: TemplateSpec) -> FieldSpec | None:
    mentor_spec = template.mentor_field
    if item.label:
        spec = template.match_label(item.label).spec
        if spec is not None:
            return spec
        if mentor_spec is not None and "mentor" in item.label.casefold():
            return mentor_spec
    if mentor_spec is not None and looks_like_mentor(item.text):
        return mentor_spec
    return None


def _walk(items: tuple[Item, ...]) -> Iterator[Item]:
    for item in items:
        yield item
        yield from _walk(item.items)


def _continued_labels(lines: tuple[str, ...], span: Span, host: Field | None,
                      template: TemplateSpec) -> Iterator[Misplaced]:
    """Lines after the first of a paragraph (a field's value or an item's text) that start with a
    template label of another field than the host's."""
    host_name = host.name if host is not None else None
    for line_no in range(span.line + 1, min(span.end_line, len(lines)) + 1):
        line = lines[line_no - 1]
        start = _CONTINUED.match(line).end()
        match = LABEL.match(line, start)
        spec = template.match_label(match.group("label").strip()).spec if match else None
        if spec is None or spec.name == host_name:
            continue
        value_start = match.end()
        text = line[value_start:].strip()
        column = value_start + 1 if text else start + 1
        item_span = Span(span.path, line_no, column, line_no, max(len(line.rstrip()), start + 1))
        yield Misplaced(Item(text, item_span, label=match.group("label").strip()), host, spec, in_text=True)


def _in_text(proposal: Proposal, lines: tuple[str, ...], template: TemplateSpec) -> list[Misplaced]:
    found = []
    for host in proposal.fields:
        if host.value:
            found += _continued_labels(lines, host.value_span, host, template)
        for item in _walk(host.items):
            found += _continued_labels(lines, item.span, host, template)
    for item in _walk(proposal.loose_items):
        found += _continued_labels(lines, item.span, None, template)
    return found


def _misplaced(proposal: Proposal, lines: tuple[str, ...], template: TemplateSpec) -> tuple[Misplaced, ...]:
    in_text = _in_text(proposal, lines, template)
    found = []
    for host in proposal.fields:
        host_spec = template.field(host.name) if host.name else None
        if (host_spec is not None and host_spec.mentors) or is_co_mentor_label(host.label):
            continue  # a `Co-Mentor:` field is part of the mentor field
        for item in _walk(host.items):
            spec = _belongs_to(item, template)
            if spec is not None and spec is not host_spec:
                found.append(Misplaced(item, host, spec))
    for item in _walk(proposal.loose_items):  # a field list nested under an unlabelled item too
        spec = _belongs_to(item, template)
        if spec is not None:
            found.append(Misplaced(item, None, spec))
    found += _upstream_links(proposal, template, found + in_text)
    # an item whose text holds a labelled line of the same field is that line's: reported there, read once
    found = [m for m in found if not any(
        t.spec is m.spec and m.item.span.line < t.item.span.line <= m.item.span.end_line for t in in_text)]
    return tuple(sorted(found + in_text, key=lambda m: (m.item.span.line, m.item.span.column)))


def _only_upstream_links(text: str) -> bool:
    """Text that is nothing but upstream links (`<https://github.com/o/r/issues/1>`, `[#1](...)`)."""
    links = find_in_line(text)
    rest = text
    for link in reversed(links):
        rest = rest[:link.start] + rest[link.end:]
    return bool(links) and all(link.kind == "url" and is_upstream_link(link.text) for link in links) \
        and not rest.strip(" \t<>[]()#,;0-9")


def _upstream_links(proposal: Proposal, template: TemplateSpec, found: list[Misplaced]) -> list[Misplaced]:
    """Upstream links that stand under an unknown label or in loose items, when the proposal has
    no field of the template's upstream-issue kind (nor one misplaced elsewhere)."""
    spec = next((f for f in template.fields if f.kind == "issue-url"), None)
    if spec is None or any(f.name == spec.name for f in proposal.fields) or any(m.spec is spec for m in found):
        return []
    strays = [Misplaced(Item(f.value, f.label_span._replace(end_line=f.span.end_line, end_column=f.span.end_column),
                             label=f.label), None, spec, own_label=True)
              for f in proposal.fields if f.name is None and f.value and _only_upstream_links(f.value)]
    strays += [Misplaced(item, None, spec) for item in _walk(proposal.loose_items)
               if item.label is None and _only_upstream_links(item.text)]
    return strays[:1]  # the first stands for the others: one finding per proposal


@per_document
def misplaced_by_proposal(document: Document) -> tuple[tuple[Misplaced, ...], ...]:
    """For each proposal of the document, in order: items that belong to another field than theirs."""
    return tuple(_misplaced(proposal, document.lines, document.template) for proposal in document.proposals)
