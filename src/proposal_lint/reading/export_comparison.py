"""Whether a term README and the export files beside it (`lfx-export.json`, `lfx-tracking.csv`) name the
same programs, mentors, emails and LFX URLs: each difference, where it sits, in whichever file.

The README's proposals are the reference; each export file is compared with them. Programs match by
their full LFX name (`CNCF - <project>: <program> (<year> Term <n>)`), mentors by GitHub handle.
Only the term's README (the one cncf's automation generates) is compared, never another Markdown file
of the folder, and `LFX URL: TBD`, which the generator writes while a program has no LFX page yet,
is the export's empty `lfx_url`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from .issue_form import is_form
from .mentors.handles import login
from ..core.model import Document, Proposal, Span
from .programs import field_of_kind, program_of
from ..cncf.export_files import FileMentor, FileProgram, Located, TermFile

PROGRAM, MENTOR, EMAIL, LFX_URL, UNREADABLE = "program", "mentor", "email", "lfx-url", "unreadable"
NO_LFX_PAGE_YET = "tbd"  # what cncf's README generator writes where the export's lfx_url is empty


def is_term_readme(document: Document) -> bool:
    """The Markdown file the export files are generated with: a generated README, or a term's README.md."""
    return not is_form(document) and (document.template_source == "generated"
                                      or os.path.basename(document.path).casefold() == "readme.md")


def _lfx_url(value: str | None) -> str:
    url = (value or "").strip()
    return "" if url.casefold() == NO_LFX_PAGE_YET else url


class Difference(NamedTuple):
    kind: str
    span: Span
    message: str
    proposal: Proposal | None = None


class _Side(NamedTuple):
    """The README's programs, as the export files' are: FileProgram by key, and the proposal of each."""

    programs: dict[str, FileProgram]
    proposals: dict[str, Proposal]


def _key(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()


def _handle(mentor: FileMentor) -> str:
    return login((mentor.handle.value or "").strip()).casefold()


def _readme_side(documents: Sequence[Document]) -> _Side:
    programs, proposals = {}, {}
    for document in documents:
        for proposal in document.proposals:
            program = program_of(document, proposal)
            lfx = field_of_kind(document, proposal, "lfx-url")
            mentors = tuple(FileMentor(Located(m.name, m.mentor.span), Located(m.github_handle, m.mentor.handle_span
                                                                                  or m.mentor.span),
                                       Located(m.email, m.mentor.email_span or m.mentor.span), m.mentor.span)
                            for m in program.mentors)
            key = _key(program.full_name)
            programs[key] = FileProgram(Located(program.full_name, proposal.heading.span), mentors,
                                        Located(program.lfx_url, lfx.value_span if lfx else proposal.heading.span))
            proposals[key] = proposal
    return _Side(programs, proposals)


def _mentor_differences(readme: FileProgram, other: FileProgram, name: str, proposal: Proposal,
                        readme_name: str) -> Iterator[Difference]:
    theirs = {_handle(m): m for m in other.mentors}
    ours = {_handle(m): m for m in readme.mentors}
    title = readme.full_name.value
    for handle, mentor in ours.items():
        match = theirs.get(handle)
        if match is None:
            yield Difference(MENTOR, mentor.span, f"mentor @{mentor.handle.value} of {title!r} is not among its "
                             f"mentors in {name}; regenerate the export files or correct the README", proposal)
            continue
        if (mentor.email.value or "").strip().casefold() != (match.email.value or "").strip().casefold():
            yield Difference(EMAIL, match.email.span, f"@{mentor.handle.value}'s email is {match.email.value!r} here "
                             f"but {mentor.email.value!r} in {readme_name} (line {mentor.email.span.line}); make "
                             "them the same", proposal)
    for handle, mentor in theirs.items():
        if handle not in ours:
            yield Difference(MENTOR, mentor.span, f"mentor {mentor.name.value or ''} (@{mentor.handle.value}) of "
                             f"{title!r} is not among its mentors in {readme_name}; regenerate the export files "
                             "or correct the README", proposal)


def _file_differences(side: _Side, readme_name: str, term_file: TermFile) -> Iterator[Difference]:
    name = os.path.basename(term_file.path)
    theirs = {_key(p.full_name.value): p for p in term_file.programs}
    for key, program in side.programs.items():
        proposal = side.proposals[key]
        other = theirs.get(key)
        if other is None:
            yield Difference(PROGRAM, program.full_name.span, f"program {program.full_name.value!r} is not in "
                             f"{name}; regenerate the export files or remove the program", proposal)
            continue
        yield from _mentor_differences(program, other, name, proposal, readme_name)
        if _lfx_url(program.lfx_url.value) != _lfx_url(other.lfx_url.value):
            yield Difference(LFX_URL, other.lfx_url.span, f"LFX URL of {program.full_name.value!r} is "
                             f"{other.lfx_url.value or 'empty'} here but {program.lfx_url.value or 'empty'} in "
                             f"{readme_name} (line {program.lfx_url.span.line}); make them the same", proposal)
    for key, other in theirs.items():
        if key not in side.programs:
            yield Difference(PROGRAM, other.full_name.span, f"program {other.full_name.value!r} is not in "
                             f"{readme_name}; regenerate the README or remove the program from {name}")


def term_differences(documents: Sequence[Document], term_files: Sequence[TermFile]) -> Iterator[Difference]:
    """Every difference between the term's Markdown proposals (one directory's) and its export files."""
    with_proposals = [d for d in documents if d.proposals]
    if not with_proposals:
        return
    side = _readme_side(with_proposals)
    readme_name = os.path.basename(with_proposals[0].path)
    for term_file in term_files:
        if term_file.problem is not None:
            yield Difference(UNREADABLE, term_file.problem.span, f"{os.path.basename(term_file.path)}: "
                             f"{term_file.problem.value}; the term's files were not compared with it")
        else:
            yield from _file_differences(side, readme_name, term_file)


def run_differences(documents: Sequence[Document], term_files: dict[str, tuple[TermFile, ...]]) -> Iterator[Difference]:
    """term_differences for each term directory of the run that holds export files (its README's)."""
    by_directory: dict[str, list[Document]] = {}
    for document in documents:
        if is_term_readme(document):
            by_directory.setdefault(os.path.dirname(document.path), []).append(document)
    for directory, files in term_files.items():
        yield from term_differences(by_directory.get(directory, ()), files)
