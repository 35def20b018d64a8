"""Gather the facts about mentors before the rules run: load the LFX mentor registry, ask DNS about email domains."""

from __future__ import annotations

import json
import re

from ..core.bounded_read import read_text
from ..core.facts import MentorFacts, MentorRegistry, MentorRegistryEntry, MentorRegistryError
from ..reading.mentors.handles import handle_in_cell
from .email_dns import check_email_domains

_CSV_COLUMN = re.compile(r"mentor\s*(?P<n>\d+)(?:\s+(?P<what>github|email address|email|lfid))?", re.I)


def _from_csv(path: str, text: str) -> list[MentorRegistryEntry]:
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
                entries.append(MentorRegistryEntry(cells.get("name", ""), handle_in_cell(cells.get("github", "")),
                                                   cells.get("email", ""), cells.get("lfid", ""), f"{path}:{row_no}"))
    return entries


def _from_json(path: str, text: str) -> list[MentorRegistryEntry]:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise MentorRegistryError(f"{path}: not valid JSON ({error})") from None
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise MentorRegistryError(f"{path}: expected a JSON list of {{name, github_handle, email, lfid}} objects")
    entries = []
    for index, item in enumerate(data):
        values = {key: item.get(key) or "" for key in ("name", "github_handle", "email", "lfid")}
        if not all(isinstance(value, str) for value in values.values()):
            raise MentorRegistryError(f"{path}: entry {index} has a value that is not a string")
        entries.append(MentorRegistryEntry(values["name"], handle_in_cell(values["github_handle"]), values["email"].strip(),
                                           values["lfid"], f"{path}[{index}]"))
    return entries


def load_mentor_registry(path: str) -> MentorRegistry:
    """Read a mentor registry: JSON when the file starts with `[`, else the LFX CSV export."""
    import csv

    try:
        text = read_text(path, "utf-8-sig", universal_newlines=False)
    except OSError as error:
        raise MentorRegistryError(f"cannot read mentor registry {path}: {error}") from None
    try:
        entries = _from_json(path, text) if text.lstrip().startswith("[") else _from_csv(path, text)
    except csv.Error as error:
        raise MentorRegistryError(f"{path}: not a readable CSV file ({error})") from None
    return MentorRegistry(path, tuple(entries))


def gather_mentor_facts(documents, registry: str | None, check_dns: bool, dns_timeout: float,
                        dns_server: tuple[str, int] | None) -> MentorFacts:
    """Load the mentor `registry` file, if any; with `check_dns`, ask DNS (`dns_server`, else the
    system resolver) about every mentor email domain. Raises MentorRegistryError for a bad registry file."""
    facts = MentorFacts()
    if registry:
        facts.registry = load_mentor_registry(registry)
    if check_dns:
        from ..reading.mentor_emails import email_error, is_placeholder
        from ..reading.mentor_walk import run_mentors

        emails = [p.mentor.email for p in run_mentors(documents) if p.mentor.email]
        emails = [e for e in emails if not is_placeholder(e) and email_error(e) is None]
        if emails:
            facts.domains, facts.dns_unavailable = check_email_domains(emails, dns_timeout, dns_server)
    return facts
