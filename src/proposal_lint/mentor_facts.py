"""Facts about mentors gathered before the rules run: the LFX mentor registry and DNS answers."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from .email_dns import DomainVerdict, check_email_domains
from .mentors.handles import handle_in_cell

_CSV_COLUMN = re.compile(r"mentor\s*(?P<n>\d+)(?:\s+(?P<what>github|email address|email|lfid))?", re.I)


class MentorRegistryError(ValueError):
    """The registry file cannot be read or has the wrong shape."""


class RegistryEntry(NamedTuple):
    """One mentor as the LFX platform knows them, and where the registry says so."""

    name: str
    handle: str
    email: str
    lfid: str
    where: str


class MentorRegistry(NamedTuple):
    """The mentors of an LFX export, looked up by GitHub handle or email (case-insensitive)."""

    path: str
    entries: tuple[RegistryEntry, ...]

    def with_handle(self, handle: str) -> tuple[RegistryEntry, ...]:
        key = handle.casefold()
        return tuple(e for e in self.entries if e.handle.casefold() == key)

    def with_email(self, email: str) -> tuple[RegistryEntry, ...]:
        key = email.casefold()
        return tuple(e for e in self.entries if e.email.casefold() == key)


@dataclass
class MentorFacts:
    """The registry (None without `--mentor-registry`) and DNS verdicts per lower-case domain.

    `dns_unavailable` is set (to the reason) when the resolver gave no answer; the domains
    not asked by then have no verdict, so no rule claims they are undeliverable.
    """

    registry: MentorRegistry | None = None
    domains: dict[str, DomainVerdict] = field(default_factory=dict)
    dns_unavailable: str | None = None


def _from_csv(path: str, text: str) -> list[RegistryEntry]:
    import csv

    reader = csv.DictReader(text.splitlines())
    columns: dict[str, dict[str, str]] = {}
    for column in reader.fieldnames or ():
        match = _CSV_COLUMN.fullmatch(column.strip())
        if match:
            what = (match.group("what") or "name").casefold().replace("email address", "email")
            columns.setdefault(match.group("n"), {})[what] = column
    if not any("github" in c or "email" in c for c in columns.values()):
        raise MentorRegistryError(
            f"{path}: no `Mentor N GitHub` or `Mentor N email address` columns; "
            "use the LFX tracking export or a JSON list of {name, github_handle, email, lfid}"
        )
    entries = []
    for row_no, row in enumerate(reader, start=2):
        for number in sorted(columns, key=int):
            cells = {what: (row.get(column) or "").strip() for what, column in columns[number].items()}
            if cells.get("github") or cells.get("email"):
                entries.append(RegistryEntry(cells.get("name", ""), handle_in_cell(cells.get("github", "")),
                                             cells.get("email", ""), cells.get("lfid", ""), f"{path}:{row_no}"))
    return entries


def _from_json(path: str, text: str) -> list[RegistryEntry]:
    try:
        data = json.loads(text)
    except ValueError as error:
        raise MentorRegistryError(f"{path}: not valid JSON ({error})") from None
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise MentorRegistryError(f"{path}: expected a JSON list of {{name, github_handle, email, lfid}} objects")
    entries = []
    for index, item in enumerate(data):
        values = {key: item.get(key) or "" for key in ("name", "github_handle", "email", "lfid")}
        if not all(isinstance(value, str) for value in values.values()):
            raise MentorRegistryError(f"{path}: entry {index} has a value that is not a string")
        entries.append(RegistryEntry(values["name"], handle_in_cell(values["github_handle"]), values["email"].strip(),
                                     values["lfid"], f"{path}[{index}]"))
    return entries


def load_mentor_registry(path: str) -> MentorRegistry:
    """Read a registry: JSON when the file starts with `[`, else the LFX CSV export."""
    import csv

    try:
        with open(path, encoding="utf-8-sig") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as error:
        raise MentorRegistryError(f"cannot read mentor registry {path}: {error}") from None
    try:
        entries = _from_json(path, text) if text.lstrip().startswith("[") else _from_csv(path, text)
    except csv.Error as error:
        raise MentorRegistryError(f"{path}: not a readable CSV file ({error})") from None
    return MentorRegistry(path, tuple(entries))


def gather_mentor_facts(documents, options) -> MentorFacts:
    """Load `options.mentor_registry`; with `options.check_email_dns` (and not offline) ask DNS
    about every mentor email domain. Raises MentorRegistryError for a bad registry file."""
    facts = MentorFacts()
    if options.mentor_registry:
        facts.registry = load_mentor_registry(options.mentor_registry)
    if options.check_email_dns and not options.offline:
        from .mentor_emails import email_error, is_placeholder
        from .mentors.walk import run_mentors

        emails = [p.mentor.email for p in run_mentors(documents) if p.mentor.email]
        emails = [e for e in emails if not is_placeholder(e) and email_error(e) is None]
        if emails:
            facts.domains, facts.dns_unavailable = check_email_domains(
                emails, options.email_dns_timeout, options.email_dns_server)
    return facts
