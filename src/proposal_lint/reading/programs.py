"""A proposal as an LFX program: the fields of cncf's `lfx-export.json`, read off the parsed model
of any input shape (issue-form body, generated term README, Markdown term file, GSoC ideas).

What an input does not say is None (a README has no issue number, no LFIDs, no prerequisites);
the export, the summary and the term-files check all read programs from here. cncf's automation
adds `prerequisites.standard_courses` (the same course for every program) itself: no proposal says
it, so it is not exported.
"""

from __future__ import annotations

import re
import textwrap
from typing import TYPE_CHECKING, NamedTuple

from ..core.model import Document, Field, Mentor, Proposal

if TYPE_CHECKING:
    from ..cncf.projects import ProjectList

LFX_PROGRAM_PREFIX = "CNCF - "
_QUOTED = re.compile(r"^ {0,3}> ?", re.M)
PREREQUISITE_KEYS = {"Resume": "resume", "Cover Letter": "cover_letter",
                     "School Enrollment Verification": "school_enrollment",
                     "Participation Permission from school or employer": "participation_permission",
                     "Coding Challenge": "coding_challenge"}


class ProgramMentor(NamedTuple):
    name: str | None
    github_handle: str | None
    email: str | None
    lfid: str | None
    role: str
    mentor: Mentor

    def to_json(self) -> dict:
        return {"name": self.name, "github_handle": self.github_handle, "email": self.email,
                "lfid": self.lfid, "role": self.role}


class Program(NamedTuple):
    """One proposal in the shape of an `lfx-export.json` program, and where it came from."""

    document: Document
    proposal: Proposal
    project: str | None
    name: str  # program_name_short
    term: str | None
    description: str
    technologies: str | None
    skills: str | None
    mentors: tuple[ProgramMentor, ...]
    upstream_issue_url: str | None
    lfx_url: str | None
    issue_number: int | None = None
    prerequisites: dict | None = None
    slug: str | None = None
    maturity: str | None = None

    @property
    def full_name(self) -> str:
        """`CNCF - <project>: <program> (<year> Term <n>)`, as the LFX platform and cncf's files name it."""
        term = re.sub(r"\s*\(.*$", "", self.term or "", flags=re.S)
        return f"{LFX_PROGRAM_PREFIX}{self.project or '?'}: {self.name}" + (f" ({term})" if term else "")

    def to_json(self) -> dict:
        """The program with the keys, in the order, of cncf's `lfx-export.json`."""
        return {
            "issue_number": self.issue_number,
            "issue_url": f"https://github.com/cncf/mentoring/issues/{self.issue_number}" if self.issue_number else None,
            "cncf_project": self.project,
            "cncf_project_slug": self.slug,
            "cncf_project_maturity": self.maturity,
            "term": self.term,
            "program_name_full": self.full_name,
            "program_name_short": self.name,
            "description": self.description,
            "technologies": self.technologies,
            "skills": self.skills,
            "mentors": [m.to_json() for m in self.mentors],
            "upstream_issue_url": self.upstream_issue_url,
            "lfx_url": self.lfx_url,
            "prerequisites": self.prerequisites,
        }


def _field_text(document: Document, proposal: Proposal, found: Field | None) -> str:
    """A field's whole text: its value and the blocks under it (a quoted description), unquoted."""
    if found is None:
        return ""
    if not found.has_body and not found.items:
        return found.value.strip()
    later = [f.span.line for f in proposal.fields if f.span.line > found.span.line]
    last = min(later, default=proposal.end_line + 1) - 1
    first = document.lines[found.value_span.line - 1][found.value_span.column - 1:] if found.value else ""
    body = textwrap.dedent("\n".join(document.lines[found.span.line:last]))
    if body.strip() and all(_QUOTED.match(line) for line in body.split("\n") if line.strip()):
        body = _QUOTED.sub("", body)
    return "\n".join(part for part in (first.strip(), body.strip()) if part)


def field_of_kind(document: Document, proposal: Proposal, kind: str) -> Field | None:
    """The proposal's field of a template kind (`issue-url`, `lfx-url`), if it has one."""
    names = {spec.name for spec in document.template.fields if spec.kind == kind}
    return next((f for f in proposal.fields if f.name in names), None)


def _named(proposal: Proposal, name: str) -> Field | None:
    return next(iter(proposal.fields_named(name)), None)


def _mentors(field: Field | None) -> tuple[ProgramMentor, ...]:
    """The mentors in order; the first is the primary unless the file marks one (GSoC's `- primary`)."""
    mentors = field.mentors if field is not None else ()
    marked = any(m.role == "primary" for m in mentors)
    return tuple(
        ProgramMentor(m.name, m.handle, m.email, m.lfid or None,
                      "primary" if (m.role == "primary" if marked else i == 0) else "co-mentor", m)
        for i, m in enumerate(mentors))


def _value(found: Field | None) -> str | None:
    return found.value.strip() or None if found is not None else None


def _form_program(document: Document, proposal: Proposal) -> Program:
    from .issue_form.values import checkboxes, checked, field_of, value_of

    def value(element: str) -> str:
        return value_of(document, proposal, element).strip()

    boxes = field_of(document, proposal, "application_prerequisites")
    prerequisites: dict = {key: checked(boxes, label) is not None for label, key in PREREQUISITE_KEYS.items()}
    prerequisites["coding_challenge_url"] = value("coding_challenge_url") or None
    prerequisites["custom"] = None
    custom = field_of(document, proposal, "custom_prerequisites")
    if custom is not None and any(box.checked for box in checkboxes(custom)):
        upload = field_of(document, proposal, "custom_prerequisite_file_upload")
        prerequisites["custom"] = {"name": value("custom_prerequisite_name"),
                                   "description": value("custom_prerequisite_description"),
                                   "file_upload": any(box.checked for box in checkboxes(upload))}
    technologies = value("technologies")
    skills_same = any(box.checked for box in checkboxes(field_of(document, proposal, "skills_same")))
    lfx_url = _bot_lfx_url(document)
    return Program(
        document, proposal, proposal.project.name if proposal.project else None, proposal.title, proposal.term,
        value("program_description"), technologies or None, (technologies if skills_same else value("skills")) or None,
        _mentors(field_of(document, proposal, "mentors")),
        value("upstream_issue_url") or None, lfx_url, _issue_number(document.path),
        prerequisites,
    )


def _issue_number(path: str) -> int | None:
    """A body saved as `<number>.md` (or `issue-<number>.md`) is that issue of cncf/mentoring."""
    match = re.fullmatch(r"(?:issue[-_]?)?(\d+)\.(?:md|markdown|txt)", path.replace("\\", "/").rsplit("/", 1)[-1])
    return int(match.group(1)) if match else None


_BOT_LFX = re.compile(r"\]\((https://mentorship\.lfx\.linuxfoundation\.org/project/[^)\s]+)\)")


def _bot_lfx_url(document: Document) -> str | None:
    """The LFX URL cncf's bot records in a body (between its `lfx-url` markers)."""
    for line in sorted(document.skipped_lines):
        match = _BOT_LFX.search(document.lines[line - 1])
        if match:
            return match.group(1)
    return None


def program_of(document: Document, proposal: Proposal, projects: ProjectList | None = None) -> Program:
    """The proposal as an LFX program; `projects` adds the project's slug and maturity."""
    from ..cncf.projects import plain_name
    from .issue_form import is_form

    if is_form(document):
        program = _form_program(document, proposal)
    else:
        description = _field_text(document, proposal, _named(proposal, "Description"))
        outcome = _field_text(document, proposal, _named(proposal, "Expected Outcome"))
        if outcome:
            description = f"## Description\n\n{description}\n\n## Expected outcomes\n\n{outcome}"
        mentor_spec = document.template.mentor_field
        program = Program(
            document, proposal, plain_name(proposal.project.name) if proposal.project else None, proposal.title,
            proposal.term,
            description, _value(_named(proposal, "Technologies")), _value(_named(proposal, "Recommended Skills")),
            _mentors(_named(proposal, mentor_spec.name) if mentor_spec else None),
            _value(field_of_kind(document, proposal, "issue-url")),
            _value(field_of_kind(document, proposal, "lfx-url")),
        )
    found = projects.match(program.project) if projects is not None and program.project else None
    if found is not None and not found.subproject:
        program = program._replace(slug=found.project.slug, maturity=found.project.maturity or None)
    return program
