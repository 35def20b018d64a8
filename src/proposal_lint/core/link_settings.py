"""How the online link checks run: limits, timeouts, cache and token source, declared once (no network here).

A run's `Options.links` is one of these, handed to the link stage as it is; the config keys of the
same names (`timeout`, `concurrency`, `per-host-concurrency`, `cache-dir`, `allow-hosts`,
`exclude-urls`, `accept-status`) fill them in.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple


class LinkSettings(NamedTuple):
    """Knobs for the online checks. The token itself is never stored here, only where to read it."""

    timeout: float = 10.0  # seconds to wait for one HTTP answer
    concurrency: int = 128  # requests in flight at once; a check waiting out Retry-After or backoff holds none
    per_host_concurrency: int = 128  # requests in flight to one host
    cache_dir: str | None = None  # None: $XDG_CACHE_HOME/proposal-lint, else ~/.cache/proposal-lint
    allow_hosts: tuple[str, ...] = ()  # regexes; when set, only matching hosts are fetched
    exclude_urls: tuple[str, ...] = ()  # regexes of URLs never fetched
    accept_status: tuple[int, ...] = ()  # HTTP statuses counted as success besides 2xx
    allow_private_hosts: bool = False  # fetch loopback/private/link-local addresses too (tests, benchmarks)
    use_cache: bool = True  # read and write the on-disk cache of link verdicts
    github_token_env: str = "GITHUB_TOKEN"  # environment variable holding the GitHub token (never the token)
    progress: bool = False  # draw a progress bar on stderr while links are checked
    budget: float | None = None  # seconds for the whole stage; None: 6 x the timeout (60 s by default)
    attempts: int = 2  # a 5xx or a timeout gets one more try after the backoff: no longer than a 429 wait
    backoff: float = 0.5
    max_retry_after: float = 30.0
    max_redirects: int = 10

    @property
    def time_budget(self) -> float:
        """Seconds the whole link stage may take: `budget`, else 6 x the timeout."""
        return self.budget if self.budget is not None else 6 * self.timeout

    @property
    def connect_timeout(self) -> float:
        return min(self.timeout, 5.0)

    def resolved_cache_dir(self) -> Path:
        """--cache-dir, else $XDG_CACHE_HOME/proposal-lint, else ~/.cache/proposal-lint."""
        if self.cache_dir:
            return Path(self.cache_dir)
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        return Path(base) / "proposal-lint"
