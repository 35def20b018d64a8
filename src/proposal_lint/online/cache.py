"""A small on-disk JSON cache of verdicts: alive answers live a day, dead ones an hour;
unverified answers (429, timeouts, 5xx) are never stored."""

from __future__ import annotations

import json
import math
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..core.facts import ALIVE, DEAD, LinkVerdict

ALIVE_SECONDS = 24 * 3600
DEAD_SECONDS = 3600
_FILE = "links-v1.json"
_LIFETIME = {ALIVE: ALIVE_SECONDS, DEAD: DEAD_SECONDS}


def _valid(entry) -> bool:
    at = entry.get("at") if isinstance(entry, dict) else None
    return isinstance(at, (int, float)) and not isinstance(at, bool) and math.isfinite(at) \
        and isinstance(entry.get("verdict"), dict)


def _load(path: Path) -> dict[str, dict]:
    """The valid entries of the cache file; nothing when it is missing, unreadable, not JSON, or not a
    regular file (a FIFO would block the run)."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return {}
    try:
        with os.fdopen(descriptor, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return {}
            data = json.loads(handle.read().decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return {key: entry for key, entry in data.items() if _valid(entry)} if isinstance(data, dict) else {}


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on `path` + `.lock` (where the platform has flock), so concurrent runs
    merge their verdicts one after another instead of the last writer's replacing the others'."""
    try:
        import fcntl
    except ImportError:  # Windows: no lock; the last writer wins
        yield
        return
    lock = os.open(path.with_name(path.name + ".lock"), os.O_WRONLY | os.O_CREAT | os.O_NONBLOCK, 0o644)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield
    finally:
        os.close(lock)  # releases the lock


class VerdictCache:
    """Verdicts by key (`http:URL`, `github:URL`, `handle:login`); load once, merge into the file once."""

    def __init__(self, directory: Path | None):
        self.path = directory / _FILE if directory is not None else None
        self.entries: dict[str, dict] = _load(self.path) if self.path is not None else {}
        self.added: dict[str, dict] = {}

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
        self.entries[key] = self.added[key] = {"at": time.time(), "verdict": verdict.to_json()}

    def save(self) -> None:
        """Merge this run's verdicts into the file as it is now, under a lock, and write it atomically;
        a cache that cannot be written (or is not a regular file) is silently skipped."""
        if self.path is None or not self.added:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with _locked(self.path):
                if self.path.exists() and not self.path.is_file():
                    return
                now = time.time()
                merged = {**_load(self.path), **self.added}
                live = {k: v for k, v in merged.items() if now - v["at"] < ALIVE_SECONDS}
                self._write(live)
        except OSError:
            return

    def _write(self, entries: dict[str, dict]) -> None:
        handle, temp = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(entries, out)
            os.replace(temp, self.path)
        except OSError:
            Path(temp).unlink(missing_ok=True)
