"""What the online stage found out about links and handles: plain data that rules read."""

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
