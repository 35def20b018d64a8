"""Check URLs over HTTP: one pooled session, a global and a per-host concurrency limit, HEAD then GET
without reading bodies, redirects followed by hand (address guard on every hop, loop guard),
429 Retry-After and 5xx/timeout retries with backoff, and one time budget for the whole run."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from concurrent.futures import TimeoutError as FuturesTimeout
from contextlib import contextmanager
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import requests

from ..core.facts import ALIVE, DEAD, UNVERIFIED, LinkVerdict
from ..core.link_settings import LinkSettings
from ..reading.links.urls import tracker_ref
from ..version import __version__
from .netguard import Refused, Unresolvable, check_url
from .transport import GuardedAdapter, Pins, Sockets

USER_AGENT = f"proposal-lint/{__version__} (+https://github.com/proposal-lint/proposal-lint)"
REDIRECTS = (301, 302, 303, 307, 308)
MAX_RATE_LIMIT_RETRIES = 2
MAX_THREADS = 256  # checks run side by side; requests in flight are limited separately


@dataclass(frozen=True)
class Outcome:
    """A URL's verdict, and whether requests were made and all of them failed to connect."""

    verdict: LinkVerdict
    requested: bool = True
    connect_failed: bool = False


NETWORK_DOWN_HOSTS = 2  # failed connections to this many hosts, and no answer: no more retries


class _Transient(Exception):
    """Worth another try: a timeout, a 5xx or a failed connection."""

    def __init__(self, reason: str, connect: bool = False):
        super().__init__(reason)
        self.connect = connect


class _RedirectLoop(Exception):
    pass


def new_session(settings: LinkSettings, pins: Pins | None = None, sockets: Sockets | None = None,
                retries=0) -> requests.Session:
    """A session of the run: pooled connections, no .netrc or other settings from the environment, no
    auth; direct connections go only to the addresses in `pins` (when given), and every connection is
    shut down by `sockets`. Proxies are the exception, chosen per request by `proxies_for`."""
    session = requests.Session()
    session.trust_env = False
    session.headers.update({"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
    adapter = GuardedAdapter(pins, sockets or Sockets(), pool_connections=16,
                             pool_maxsize=max(settings.per_host_concurrency, 1), max_retries=retries)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def proxies_for(url: str) -> dict[str, str]:
    """The proxy the environment sets for `url` (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, unless NO_PROXY
    names its host); {} for none. A proxy is trusted configuration: the address guard checks the
    target host, never the proxy's."""
    return requests.utils.get_environ_proxies(url)


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds: a number, or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _tries(count: int) -> str:
    return "after 1 try" if count == 1 else f"after {count} tries"


def _unverified(detail: str, connect_failed: bool = False, requested: bool = True) -> Outcome:
    return Outcome(LinkVerdict(UNVERIFIED, detail), requested, connect_failed)


def _issue_moves(url: str, final: str) -> tuple[str | None, bool]:
    """For an issue URL that redirected on its host: (new URL if the issue moved, whether it is a PR)."""
    before, after = tracker_ref(url), tracker_ref(final)
    if before is None or after is None or before.kind != "issue" or urlsplit(url).netloc != urlsplit(final).netloc:
        return None, False
    same = (before.owner.casefold(), before.repo.casefold(), before.number) == (
        after.owner.casefold(), after.repo.casefold(), after.number)
    return (None if same else final), after.kind == "pull"


class LinkChecker:
    """Checks many URLs concurrently within a deadline (time.monotonic())."""

    def __init__(self, settings: LinkSettings, deadline: float):
        self.settings = settings
        self.deadline = deadline
        self.pins, self.sockets = Pins(), Sockets()
        self.session = new_session(settings, self.pins, self.sockets)
        from .github import api_retry

        # The configured GitHub API, not a linted URL; its batches are retried by urllib3 (see api_retry).
        self.api_session = new_session(settings, None, self.sockets, retries=api_retry(settings))
        self._alarm = threading.Timer(max(self.remaining(), 0.0), self.sockets.expire)
        self._alarm.daemon = True
        self._alarm.start()
        self._in_flight = threading.BoundedSemaphore(max(settings.concurrency, 1))
        self._hosts: dict[str, threading.BoundedSemaphore] = {}
        self._lock = threading.Lock()
        self._unreachable: set[str] = set()  # hosts a connection failed to
        self._connected = False  # whether any answer came back

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def close(self) -> None:
        self._alarm.cancel()
        self.session.close()
        self.api_session.close()

    def _host_slot(self, url: str) -> threading.BoundedSemaphore:
        host = urlsplit(url).netloc.lower()
        with self._lock:
            limit = max(self.settings.per_host_concurrency, 1)
            return self._hosts.setdefault(host, threading.BoundedSemaphore(limit))

    def _request(self, method: str, url: str) -> requests.Response:
        """One request, holding a slot of the global and of the per-host limit while it is in flight."""
        with self._slot(self._in_flight), self._slot(self._host_slot(url)):
            return self._send(method, url)

    @contextmanager
    def _slot(self, limit: threading.BoundedSemaphore) -> Iterator[None]:
        remaining = self.remaining()
        if remaining <= 0 or not limit.acquire(timeout=remaining):
            raise _Transient("the run's time budget ran out")
        try:
            yield
        finally:
            limit.release()

    def _send(self, method: str, url: str) -> requests.Response:
        try:
            remaining = max(self.remaining(), 0.01)
            timeout = (min(self.settings.connect_timeout, remaining), min(self.settings.timeout, remaining))
            response = self.session.request(method, url, allow_redirects=False, stream=True, timeout=timeout,
                                            proxies=proxies_for(url))
            response.close()
            if self.sockets.expired:  # cut short by the deadline: whatever arrived may be partial
                raise _Transient("the run's time budget ran out")
            return response
        except requests.exceptions.ConnectTimeout as error:
            raise _Transient("connection timed out", connect=True) from error
        except requests.exceptions.ReadTimeout as error:
            raise _Transient("timed out waiting for an answer") from error
        except requests.exceptions.ConnectionError as error:
            if self.sockets.expired:  # the deadline shut the socket down
                raise _Transient("the run's time budget ran out") from error
            raise _Transient("could not connect", connect=True) from error

    def _fetch(self, url: str) -> requests.Response:
        """HEAD, and GET when HEAD is refused; the body is never read."""
        response = self._request("HEAD", url)
        if 400 <= response.status_code < 500 and response.status_code != 429 or response.status_code == 501:
            response = self._request("GET", url)
        return response

    def _follow(self, url: str) -> tuple[requests.Response, str]:
        """Follow redirects by hand so that every hop passes the address guard; returns the last answer."""
        current, seen = url, {url}
        for _ in range(self.settings.max_redirects + 1):
            try:
                proxies = proxies_for(current)
                address = check_url(current, self.settings.allow_private_hosts, proxied=bool(proxies))
                if address is not None and not proxies:  # through a proxy, the proxy connects
                    self.pins.pin(urlsplit(current).hostname, address)
            except Unresolvable as error:
                raise _Transient(str(error), connect=True) from error
            response = self._fetch(current)
            location = response.headers.get("Location")
            if response.status_code not in REDIRECTS or not location:
                return response, current
            try:
                current = urljoin(current, location)
            except ValueError:
                raise Refused("it redirects to an address that cannot be parsed") from None
            if current in seen:
                raise _RedirectLoop(f"redirect loop at {current}")
            seen.add(current)
        raise _RedirectLoop(f"more than {self.settings.max_redirects} redirects")

    def _network_down(self, url: str) -> bool:
        """After a failed connection to `url`: whether the network looks down (nothing answered yet,
        and connections to NETWORK_DOWN_HOSTS hosts failed), so that no check waits to try again."""
        with self._lock:
            self._unreachable.add(urlsplit(url).netloc.lower())
            return not self._connected and len(self._unreachable) >= NETWORK_DOWN_HOSTS

    def _sleep(self, seconds: float) -> bool:
        """Sleep unless that would overrun the budget; False when it would."""
        if seconds >= self.remaining():
            return False
        time.sleep(max(seconds, 0.0))
        return True

    def check(self, url: str) -> Outcome:
        """One URL's verdict, with retries."""
        settings = self.settings
        tries, rate_limited, only_connect_failures = 0, 0, True
        while True:
            try:
                response, final = self._follow(url)
            except Refused as error:
                return _unverified(str(error), requested=False)
            except _RedirectLoop as error:
                return _unverified(str(error))
            except _Transient as error:
                only_connect_failures &= error.connect
                tries += 1
                if tries >= settings.attempts or (error.connect and self._network_down(url)) \
                        or not self._sleep(settings.backoff * 2 ** (tries - 1)):
                    return _unverified(f"{error}, {_tries(tries)}", connect_failed=only_connect_failures)
                continue
            except requests.exceptions.RequestException as error:
                return _unverified(f"request failed ({type(error).__name__})")
            self._connected = only_connect_failures = False
            status = response.status_code
            if 200 <= status < 300 or status in settings.accept_status:
                moved, pull = _issue_moves(url, final)
                return Outcome(LinkVerdict(ALIVE, f"HTTP {status}", moved_to=moved, pull_request=pull))
            if status in (404, 410):
                return Outcome(LinkVerdict(DEAD, f"HTTP {status}"))
            if status == 429:
                wait = retry_after_seconds(response.headers.get("Retry-After"))
                wait = settings.backoff * 2 ** rate_limited if wait is None else wait
                rate_limited += 1
                if rate_limited > MAX_RATE_LIMIT_RETRIES or wait > settings.max_retry_after or not self._sleep(wait):
                    return _unverified(f"rate limited: HTTP 429 with Retry-After {wait:g} s, {_tries(rate_limited)}")
                continue
            if status in (401, 403):
                return _unverified(f"HTTP {status}: the host refuses automated checks")
            if status >= 500:
                tries += 1
                if tries >= settings.attempts or not self._sleep(settings.backoff * 2 ** (tries - 1)):
                    return _unverified(f"HTTP {status}, {_tries(tries)}")
                continue
            return _unverified(f"HTTP {status}")

    def check_all(self, urls: Iterable[str], on_done: Callable[[], None] = lambda: None) -> dict[str, Outcome]:
        """Verdicts for every URL; those still running when the budget ends are unverified."""
        urls = list(dict.fromkeys(urls))
        if not urls:
            return {}
        pool = ThreadPoolExecutor(max_workers=min(MAX_THREADS, len(urls)),
                                  thread_name_prefix="proposal-lint-link")
        futures = {pool.submit(self.check, url): url for url in urls}
        results: dict[str, Outcome] = {}
        try:
            for future in as_completed(futures, timeout=max(self.remaining(), 0) + 0.5):
                url = futures[future]
                try:
                    results[url] = future.result()
                except Exception as error:  # a bug in one check must not lose the others
                    results[url] = _unverified(f"internal error ({type(error).__name__})")
                on_done()
        except FuturesTimeout:
            pass
        finally:
            pool.shutdown(wait=False, cancel_futures=True)
        budget = f"the run's time budget of {self.settings.time_budget:g} s ran out"
        return {url: results.get(url) or _unverified(budget) for url in urls}
