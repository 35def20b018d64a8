"""How the online link checks run: limits, timeouts, cache and token source (no network here)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class LinkSettings:
    """Knobs for the online checks. The token itself is never stored here, only where to read it."""

    allow_private_hosts: bool = False
    use_cache: bool = True
    cache_dir: str | None = None
    token_env: str = "GITHUB_TOKEN"
    timeout: float = 10.0
    budget: float = 60.0
    concurrency: int = 128
    per_host: int = 128
    attempts: int = 2  # a 5xx or a timeout gets one more try after the backoff: no longer than a 429 wait
    backoff: float = 0.5
    max_retry_after: float = 30.0
    max_redirects: int = 10
    progress: bool = False
    allow_hosts: tuple[str, ...] = ()
    exclude_urls: tuple[str, ...] = ()
    accept_status: tuple[int, ...] = ()

    @classmethod
    def from_options(cls, options) -> "LinkSettings":
        """The link settings of a run's Options; the run's network deadline is 6 x the timeout (60 s by default)."""
        return cls(
            allow_private_hosts=options.allow_private_hosts,
            use_cache=options.use_cache,
            cache_dir=options.cache_dir,
            token_env=options.github_token_env,
            timeout=options.timeout,
            budget=6 * options.timeout,
            concurrency=options.concurrency,
            per_host=options.per_host_concurrency,
            progress=options.progress,
            allow_hosts=options.allow_hosts,
            exclude_urls=options.exclude_urls,
            accept_status=options.accept_status,
        )

    @property
    def connect_timeout(self) -> float:
        return min(self.timeout, 5.0)

    def resolved_cache_dir(self) -> Path:
        """--cache-dir, else $XDG_CACHE_HOME/proposal-lint, else ~/.cache/proposal-lint."""
        if self.cache_dir:
            return Path(self.cache_dir)
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        return Path(base) / "proposal-lint"
