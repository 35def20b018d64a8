"""Mentor fixes, declared by PL304 and PL305, from the mentor walk's entries in mentor fields (never by re-reading the entry text).

PL305: mentors written on one line become one nested item each (entries kept as written), a fix
PL305's check computes with its problem.
PL304: an entry in a recognised non-canonical shape becomes `Name (@handle, email)` when name,
handle and email are all known and nothing else in it would be lost; otherwise an email written
as `<e>`, `mailto:e` or `[e](mailto:e)` is at least unwrapped. Nothing is ever invented.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..api import Document, Edit, Field, Fix, Mentor, PlacedMentor, RunContext, document_mentors, inline_runs
from ...reading.mentors import FORMAT_ISSUES, canonical
from ...reading.mentors.handles import GITHUB_URL_PREFIX
from ...reading.parser.labels import BULLET
from .._labels import label_text

SEPARATOR = re.compile(r"[\s,;&/+]*(?:and[\s,;][\s,;&/+]*)?", re.I)  # no two adjacent stars: linear
_WRAPPED_EMAIL = ("<{0}>", "mailto:{0}", "[{0}](mailto:{0})")
_KNOWN_WRAPPERS = re.compile(GITHUB_URL_PREFIX + r"?|mailto:", re.I)
_PUNCTUATION = " \t[]()<>@,;:|-/"
_UNSAFE = {"pipe-form", "no-name", "name-is-handle", "parenthesis-cut"}  # the fix would guess


def _in_mentor_fields(document: Document) -> Iterator[PlacedMentor]:
    """The mentors of the document's mentor fields (misplaced ones are left where they stand)."""
    return (placed for placed in document_mentors(document) if not placed.misplaced)


def _written(document: Document, mentor: Mentor) -> str | None:
    span = mentor.span
    if span.line != span.end_line:
        return None
    return document.lines[span.line - 1][span.column - 1 : span.end_column]


def _split(document: Document, field: Field, group: tuple[Mentor, ...]) -> Fix | None:
    line_no = group[0].span.line
    line = document.lines[line_no - 1]
    if any(m.span.line != line_no or m.span.end_line != line_no for m in group):
        return None
    starts = [m.span.column - 1 for m in group]
    ends = [m.span.end_column for m in group]
    gaps = [line[ends[k] : starts[k + 1]] for k in range(len(group) - 1)] + [line[ends[-1] :]]
    if not all(SEPARATOR.fullmatch(gap) for gap in gaps):
        return None
    entries = [line[s:e] for s, e in zip(starts, ends)]
    label = label_text(document, field)
    if line_no == field.label_span.line:
        if label is None or not BULLET.fullmatch(label.prefix) or "\t" in label.prefix:
            return None
        nested = _nested_prefix(document, field, " " * len(label.prefix) + "- ")
        start = label.start + len(label.text.rstrip())
        text = "".join(f"\n{nested}{entry}" for entry in entries)
    else:
        prefix = line[: starts[0]]
        if not BULLET.fullmatch(prefix):
            return None
        start = starts[0]
        text = entries[0] + "".join(f"\n{prefix}{entry}" for entry in entries[1:])
    end = len(line.rstrip()) + 1
    return Fix(
        "PL305",
        f"{len(group)} inline mentors -> one nested item each",
        (Edit(line_no, start + 1, line_no, end, text),),
        line_no,
        group[0].span.column,
    )


def _nested_prefix(document: Document, field: Field, default: str) -> str:
    """The indentation and marker of the field's nested items, or `default` when it has none."""
    if not field.items:
        return default
    first = field.items[0].span
    prefix = document.lines[first.line - 1][: first.column - 1]
    return prefix if BULLET.fullmatch(prefix) else default


def split_fix(document: Document, run: tuple[PlacedMentor, ...]) -> Fix | None:
    """One nested item per mentor of a run that shares one line of a mentor field; None where the
    run stands elsewhere (misplaced), spans fields, or its line holds more than entries and separators."""
    if len(run) < 2 or any(p.misplaced or p.field is not run[0].field for p in run):
        return None
    return _split(document, run[0].field, tuple(p.mentor for p in run))


def _loses_nothing(written: str, mentor: Mentor) -> bool:
    """Whether the entry holds nothing but its name, handle, email, role and known markup."""
    rest = written
    for part in filter(None, (mentor.email, mentor.name, mentor.role, mentor.handle)):
        rest = re.sub(re.escape(part), " ", rest, flags=re.I)
    rest = _KNOWN_WRAPPERS.sub(" ", rest)
    return not rest.strip(_PUNCTUATION)


def _canonical_fix(document: Document, mentor: Mentor) -> Fix | None:
    written = _written(document, mentor)
    if written is None or not (mentor.name and mentor.handle and mentor.email) or mentor.profile_url:
        return None
    if mentor.email_form == "obfuscated" or set(mentor.issues) & _UNSAFE or not _loses_nothing(written, mentor):
        return None
    if mentor.role and mentor.role.casefold() not in written.casefold():
        return None  # the role stands outside the entry (`Primary Mentor: ...`): keep it there
    wanted = canonical(mentor)
    if wanted == written:
        return None
    return Fix("PL304", f"`{written}` -> `{wanted}`", (Edit.replace(mentor.span, wanted),), mentor.span.line, mentor.span.column)


def _unwrap_fix(document: Document, mentor: Mentor) -> Fix | None:
    span = mentor.email_span
    if span is None or not mentor.email or span.line != span.end_line:
        return None
    written = document.lines[span.line - 1][span.column - 1 : span.end_column]
    if written not in {form.format(mentor.email) for form in _WRAPPED_EMAIL}:
        return None
    return Fix("PL304", f"`{written}` -> `{mentor.email}`", (Edit.replace(span, mentor.email),), span.line, span.column)


def canonical_fixes(document: Document, context: RunContext) -> Iterator[Fix]:
    if not document.template.mentor_format:
        return  # the template in force writes no form for an entry: PL304 reports none
    for placed in _in_mentor_fields(document):
        if not FORMAT_ISSUES.keys() & set(placed.mentor.issues):
            continue  # in the form already: nothing PL304 reports
        fix = _canonical_fix(document, placed.mentor) or _unwrap_fix(document, placed.mentor)
        if fix is not None:
            yield fix
