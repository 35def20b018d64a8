"""The typed, immutable model of a proposal file: document, project, proposal, field, mentor.

Records are named tuples: immutable, and cheap to build by the hundred thousand.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

from .document_cache import per_document


class Span(NamedTuple):
    """Where a piece of text sits: 1-based line and column, end inclusive of the last character."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int


class Item(NamedTuple):
    """A list item nested under a field, with its own nested items."""

    text: str
    span: Span
    items: tuple[Item, ...] = ()
    label: str | None = None


class Mentor(NamedTuple):
    """One mentor entry as written: name, GitHub handle, email, role, and where it stands.

    `handle_source` says how the handle was written (mention `@h`, link `[..](github.com/h)`,
    url, bare word without `@`); `email_form` how the email was (plain, angle `<e>`, link
    `[e](mailto:e)`, mailto `mailto:e`, obfuscated `e AT x DOT org`, `email` then holds the
    de-obfuscated address); `profile_url` a non-GitHub profile link written where the handle
    belongs; `issues` the departures from `Name (@handle, email)` (see mentors.FORMAT_ISSUES);
    `inline` how many entries share the text this one was written in; `lfid` the LF Username
    of an issue-form entry (`Name | @handle | email | LFID`; "" when the line has none, None
    outside issue forms), `fields` how many `|`-separated fields that line has.
    """

    raw: str
    span: Span
    name: str | None = None
    handle: str | None = None
    email: str | None = None
    role: str | None = None
    handle_span: Span | None = None
    email_span: Span | None = None
    handle_source: str | None = None
    email_form: str | None = None
    profile_url: str | None = None
    issues: tuple[str, ...] = ()
    inline: int = 1
    lfid: str | None = None
    lfid_span: Span | None = None
    fields: int = 0


class Field(NamedTuple):
    """A `Label: value` entry of a proposal.

    `label` is as written; `name` is the template's canonical name (None when unknown);
    `match` says how the label matched: exact, alias, near or unknown; `in_list` is False
    for a field written as a plain line; `has_body` is True when blocks other than lists
    (a code block, more paragraphs) follow the label inside the item.
    """

    label: str
    name: str | None
    match: str
    value: str
    span: Span
    label_span: Span
    value_span: Span
    items: tuple[Item, ...] = ()
    in_list: bool = True
    has_body: bool = False
    mentors: tuple[Mentor, ...] = ()


class Heading(NamedTuple):
    """A Markdown heading: level, text, span of the text."""

    level: int
    text: str
    span: Span


class Project(NamedTuple):
    """A project heading (e.g. `### Karmada`) that groups proposals; `within` is the heading it sits
    under when it is deeper than the template's project level (`#### Kubespray` under `### Kubernetes`)."""

    heading: Heading
    within: Heading | None = None

    @property
    def name(self) -> str:
        return self.heading.text


class Proposal(NamedTuple):
    """One mentorship project idea: its title heading, its project, its fields, and its term when known."""

    heading: Heading
    project: Project | None
    fields: tuple[Field, ...]
    loose_items: tuple[Item, ...]
    has_content: bool
    end_line: int
    term: str | None = None

    @property
    def title(self) -> str:
        return self.heading.text

    def fields_named(self, name: str) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.name == name)


class Document(NamedTuple):
    """A parsed proposal file and the template it is checked against.

    `evidence` says what marks a Markdown file as one that holds proposals (see
    reading.parser.evidence): its place in cncf/mentoring, a Template block, a generated README,
    the template's labels under its headings, or `form` for an issue body. A file with none has no
    proposals: the heading pairs read as proposals stand in `look_alikes`, which no rule checks.
    """

    path: str
    lines: tuple[str, ...]
    template: "TemplateSpec"  # noqa: F821 - defined in template.py
    template_source: str
    proposals: tuple[Proposal, ...]
    skipped_lines: frozenset[int] = frozenset()
    html_blocks: tuple[tuple[int, int], ...] = ()  # first and last line of each HTML block (comments)
    code_blocks: tuple[tuple[int, int], ...] = ()  # the same of each code block, when the text names proposal-lint
    evidence: tuple[str, ...] = ()
    look_alikes: tuple[Proposal, ...] = ()

    def proposal_at(self, line: int) -> Proposal | None:
        """The proposal whose lines include `line`, if any (a bisection: the proposals are in line order)."""
        index = bisect.bisect_right(_heading_lines(self), line) - 1
        if index >= 0 and line <= self.proposals[index].end_line:
            return self.proposals[index]
        return None


@per_document
def _heading_lines(document: Document) -> list[int]:
    return [proposal.heading.span.line for proposal in document.proposals]
