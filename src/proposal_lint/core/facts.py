"""What a run learns from outside its files, as plain data the rules read: link verdicts and GitHub's
answers about handles, the LFX mentor registry, and DNS verdicts on mentor email domains.

The online stage (`online/`) fills these in; the engine hands them to the rules in the run context.
Nothing here imports from the package.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

ALIVE = "alive"
DEAD = "dead"
UNVERIFIED = "unverified"


class LinkVerdict(NamedTuple):
    """The answer for one URL: alive, dead or unverified, plus what GitHub told about it."""

    status: str
    detail: str = ""
    moved_to: str | None = None
    pull_request: bool = False
    closed: bool = False

    def to_json(self) -> dict:
        return {"status": self.status, "detail": self.detail, "moved_to": self.moved_to,
                "pull_request": self.pull_request, "closed": self.closed}

    @classmethod
    def from_json(cls, data: dict) -> "LinkVerdict":
        return cls(str(data["status"]), str(data.get("detail", "")), data.get("moved_to"),
                   bool(data.get("pull_request")), bool(data.get("closed")))


@dataclass(frozen=True)
class LinkFacts:
    """Verdicts by URL (as written, normalised for fetching), handle existence by lower-case login,
    and, when the network was down, how many links went unverified (then `verdicts` holds none of them)."""

    verdicts: dict[str, LinkVerdict] = field(default_factory=dict)
    handles: dict[str, bool] = field(default_factory=dict)
    network_down: int = 0


class MentorRegistryError(ValueError):
    """The mentor registry file cannot be read or has the wrong shape."""


class MentorRegistryEntry(NamedTuple):
    """One mentor as the LFX platform knows them, and where the mentor registry says so."""

    name: str
    handle: str
    email: str
    lfid: str
    where: str


class MentorRegistry(NamedTuple):
    """The mentors of an LFX export, looked up by GitHub handle or email (case-insensitive)."""

    path: str
    entries: tuple[MentorRegistryEntry, ...]

    def with_handle(self, handle: str) -> tuple[MentorRegistryEntry, ...]:
        key = handle.casefold()
        return tuple(e for e in self.entries if e.handle.casefold() == key)

    def with_email(self, email: str) -> tuple[MentorRegistryEntry, ...]:
        key = email.casefold()
        return tuple(e for e in self.entries if e.email.casefold() == key)


class DomainVerdict(NamedTuple):
    """What DNS said about an email domain: deliverable or not, and why."""

    domain: str
    deliverable: bool
    reason: str = ""


@dataclass
class MentorFacts:
    """The mentor registry (None without `--mentor-registry`) and DNS verdicts per lower-case domain.

    `dns_unavailable` is set (to the reason) when the resolver gave no answer; the domains
    not asked by then have no verdict, so no rule claims they are undeliverable.
    """

    registry: MentorRegistry | None = None
    domains: dict[str, DomainVerdict] = field(default_factory=dict)
    dns_unavailable: str | None = None
