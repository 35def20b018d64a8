"""A small on-disk JSON cache of verdicts: alive answers live a day, dead ones an hour;
unverified answers (429, timeouts, 5xx) are never stored."""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

from .facts import ALIVE, DEAD, LinkVerdict

ALIVE_SECONDS = 24 * 3600
DEAD_SECONDS = 3600
_FILE = "links-v1.json"
_LIFETIME = {ALIVE: ALIVE_SECONDS, DEAD: DEAD_SECONDS}


class VerdictCache:
    """Verdicts by key (`http:URL`, `github:URL`, `handle:login`); load once, save once."""

    def __init__(self, directory: Path | None):
        self.path = directory / _FILE if directory is not None else None
        self.entries: dict[str, dict] = {}
        self.changed = False
        if self.path is not None:
            try:
                data = json.loads(self.path.read_text("utf-8"))
                self.entries = data if isinstance(data, dict) else {}
            except (OSError, ValueError):
                self.entries = {}

    def get(self, key: str) -> LinkVerdict | None:
        entry = self.entries.get(key)
        if not isinstance(entry, dict):
            return None
        try:
            verdict = LinkVerdict.from_json(entry["verdict"])
            fresh = time.time() - float(entry["at"]) < _LIFETIME.get(verdict.status, -1)
        except (KeyError, TypeError, ValueError):
            return None
        return verdict if fresh else None

    def put(self, key: str, verdict: LinkVerdict) -> None:
        if self.path is None or verdict.status not in _LIFETIME:
            return
        self.entries[key] = {"at": time.time(), "verdict": verdict.to_json()}
        self.changed = True

    def save(self) -> None:
        """Write atomically; a cache that cannot be written is silently skipped."""
        if self.path is None or not self.changed:
            return
        now = time.time()
        live = {k: v for k, v in self.entries.items()
                if isinstance(v, dict) and now - float(v.get("at", 0)) < ALIVE_SECONDS}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
        except OSError:
            return
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(live, out)
            os.replace(temp, self.path)
        except OSError:
            Path(temp).unlink(missing_ok=True)
