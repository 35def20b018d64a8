"""The online stage: collect the URLs and handles of a run, answer them from the cache, GitHub's API
(when a token is set) and plain HTTP, and detect a network that is down altogether."""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from urllib.parse import urlsplit

from ..core.facts import ALIVE, DEAD, LinkFacts, LinkVerdict
from ..core.link_settings import LinkSettings
from ..reading.links.fields import link_fields
from ..reading.links.urls import github_ref
from ..reading.mentors.handles import is_github_handle
from ..reading.mentor_walk import run_mentors
from ..core.model import Document
from ..core.user_patterns import matches
from .cache import VerdictCache
from .progress import progress_bar


def run_urls(documents: Sequence[Document], settings: LinkSettings) -> list[str]:
    """Every fetchable URL in the URL fields of the run, once, minus those matching `exclude_urls`."""
    urls = (link.url for document in documents for entry in link_fields(document) for link in entry.links
            if link.fetchable)
    return [url for url in dict.fromkeys(urls) if not any(matches(p, url) for p in settings.exclude_urls)]


def _host_allowed(url: str, settings: LinkSettings) -> bool:
    """Plain HTTP goes only to hosts matching `allow_hosts`, when that is set (the API is asked regardless)."""
    host = (urlsplit(url).hostname or "").lower()
    return not settings.allow_hosts or any(matches(pattern, host, whole=True) for pattern in settings.allow_hosts)


def run_handles(documents: Sequence[Document]) -> list[str]:
    """Every valid GitHub handle of the run's mentors (wherever the rules see them), lower-cased, once."""
    handles = (placed.login.casefold() for placed in run_mentors(documents) if is_github_handle(placed.login))
    return list(dict.fromkeys(handles))


def gather_link_facts(documents: Sequence[Document], settings: LinkSettings) -> LinkFacts:
    token = os.environ.get(settings.github_token_env, "").strip() if settings.github_token_env else ""
    urls = run_urls(documents, settings)
    handles = run_handles(documents) if token else []
    if not urls and not handles:
        return LinkFacts()
    cache = VerdictCache(settings.resolved_cache_dir() if settings.use_cache else None)
    api_refs = {}
    if token:
        api_refs = {url: ref for url in urls
                    if (ref := github_ref(url)) is not None and ref.kind in ("issue", "pull") and ref.number}
    verdicts: dict[str, LinkVerdict] = {}
    for url in urls:
        cached = cache.get(("github:" if url in api_refs else "http:") + url)
        if cached is not None:
            verdicts[url] = cached
    known: dict[str, bool] = {}
    for handle in handles:
        cached = cache.get("handle:" + handle)
        if cached is not None:
            known[handle] = cached.status == ALIVE
    todo_api = [(url, ref) for url, ref in api_refs.items() if url not in verdicts]
    todo_handles = [h for h in handles if h not in known]
    if not todo_api and not todo_handles and all(url in verdicts or not _host_allowed(url, settings) for url in urls):
        return LinkFacts(verdicts, known)

    from .checker import LinkChecker
    from .github import ask_github

    deadline = time.monotonic() + settings.time_budget
    checker = LinkChecker(settings, deadline)
    tries: list[bool] = []  # one entry per answer that needed the network: did it fail to connect?
    try:
        if todo_api or todo_handles:
            answers = ask_github(checker.api_session, token, todo_api, todo_handles, deadline, settings.timeout)
            if answers.requested:
                tries.append(answers.connect_failed)
            for url, verdict in answers.verdicts.items():
                verdicts[url] = verdict
                cache.put("github:" + url, verdict)
            for handle, exists in answers.handles.items():
                known[handle] = exists
                cache.put("handle:" + handle, LinkVerdict(ALIVE if exists else DEAD))
        todo_http = [url for url in urls if url not in verdicts and _host_allowed(url, settings)]
        with progress_bar(len(todo_http), settings.progress) as advance:
            outcomes = checker.check_all(todo_http, advance)
    finally:
        checker.close()
    tries += [outcome.connect_failed for outcome in outcomes.values() if outcome.requested]
    if tries and all(tries):
        verdicts.update((url, o.verdict) for url, o in outcomes.items() if not o.requested)
        cache.save()
        return LinkFacts(verdicts, known, network_down=sum(1 for o in outcomes.values() if o.requested))
    for url, outcome in outcomes.items():
        verdicts[url] = outcome.verdict
        cache.put("http:" + url, outcome.verdict)
    cache.save()
    return LinkFacts(verdicts, known)
