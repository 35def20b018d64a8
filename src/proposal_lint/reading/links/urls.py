"""Find URLs in a field's text (bare, `<autolink>`, `[text](target)`, `org/repo#123`), and
classify and normalise them. Markdown structure comes from mistletoe; this module only locates
what mistletoe found inside the source text, so every finding keeps its exact columns."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import SplitResult, urlsplit

from mistletoe import block_token
from mistletoe.span_token import AutoLink, Link, RawText

from ..nesting import MAX_NESTING, line_depth

GITHUB_HOSTS = ("github.com", "www.github.com")

# A comma glued to the next scheme (`.../1,https://...`) separates two URLs, as cncf's validator reads it.
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{0,15}://(?:[^\s<>\[\]()\"'`,]|,(?![A-Za-z][A-Za-z0-9+.-]{0,15}://))*"
                  r"[^\s<>\[\]()\"'`.,;:!?*_]")
_SCHEMELESS_GITHUB = re.compile(r"(?<![\w/.@-])(?:www\.)?github\.com/[^\s<>\[\]()\"'`]*[^\s<>\[\]()\"'`.,;:!?*_]", re.I)
_SHORTHAND = re.compile(r"(?<![\w/.#@-])([A-Za-z0-9][A-Za-z0-9-]{0,38})/([A-Za-z0-9._-]{1,100})#([0-9]+)\b")
_URL_LIKE_TEXT = re.compile(r"\s*(?:[A-Za-z][A-Za-z0-9+.-]*://|www\.|github\.com/)", re.I)
_TRAILING = ".,;:!?*_'\""


class Found(NamedTuple):
    """A URL or shorthand found in one line: its text, 0-based start/end (exclusive) in the line."""

    kind: str  # "url", "shorthand" or "schemeless"
    text: str
    start: int
    end: int
    link_text: str | None = None
    link_text_start: int = -1
    link_text_end: int = -1


class GitHubRef(NamedTuple):
    """What a github.com URL points at: kind (issue, pull, discussion, repo, issues-list, file,
    search, project, owner, other), owner, repo and number where there are some."""

    kind: str
    owner: str = ""
    repo: str = ""
    number: int | None = None


GITHUB_KIND_WORDS = {
    "pull": "a pull request",
    "discussion": "a discussion",
    "repo": "a repository",
    "issues-list": "the issue list of a repository",
    "file": "a file or folder",
    "search": "a search",
    "project": "a project board",
    "owner": "an organization or user page",
    "milestone": "a milestone",
    "other": "a GitHub page of another kind",
}


def _plain(token) -> str:
    if isinstance(token, RawText):
        return token.content
    return "".join(_plain(child) for child in (token.children or ()))


def _strip_trailing(url: str) -> str:
    """Drop trailing punctuation, and a closing parenthesis that has no opening one."""
    while url and (url[-1] in _TRAILING or (url[-1] == ")" and url.count("(") < url.count(")"))):
        url = url[:-1]
    return url


class _Scanner:
    """Walks mistletoe's span tokens of one line and finds each one's columns in the line."""

    def __init__(self, line: str):
        self.line = line
        self.cursor = 0
        self.found: list[Found] = []

    def walk(self, tokens) -> None:
        for token in tokens:
            if isinstance(token, Link):
                self._link(token)
            elif isinstance(token, AutoLink):
                self._url(token.target, mailto=token.mailto)
            elif isinstance(token, RawText):
                self._raw(token.content)
            elif token.children:
                self.walk(token.children)

    def _link(self, token: Link) -> None:
        target = _strip_trailing(token.target.strip())
        place = re.compile(r"\]\(\s*<?" + re.escape(target)).search(self.line, self.cursor) if target else None
        if place is None:
            return
        at = place.end() - len(target)
        bracket = self.line.rfind("[", self.cursor, at)
        close = self.line.rfind("]", bracket, at)
        text_start, text_end = (bracket + 1, close) if 0 <= bracket < close else (at, at)
        kind = "url" if _URL.fullmatch(target) else "schemeless"
        self.found.append(Found(kind, target, at, at + len(target), _plain(token).strip(), text_start, text_end))
        self.cursor = at + len(target)

    def _url(self, target: str, mailto: bool = False) -> None:
        at = self.line.find(target, self.cursor)
        if at < 0 or mailto:
            return
        self.found.append(Found("url", target, at, at + len(target)))
        self.cursor = at + len(target)

    def _raw(self, content: str) -> None:
        base = self.line.find(content, self.cursor)
        if base < 0:
            return
        hits: list[Found] = []

        def taking(kind: str):
            """A re.sub callback that records a hit and blanks it out for the next pattern."""

            def take(match: re.Match) -> str:
                text = _strip_trailing(match.group()) if kind != "shorthand" else match.group()
                hits.append(Found(kind, text, base + match.start(), base + match.start() + len(text)))
                return " " * len(match.group())

            return take

        masked = _URL.sub(taking("url"), content)
        masked = _SCHEMELESS_GITHUB.sub(taking("schemeless"), masked)
        _SHORTHAND.sub(taking("shorthand"), masked)
        self.found.extend(sorted(hits, key=lambda f: f.start))
        self.cursor = base + len(content)


# Inline Markdown parsing is quadratic on adversarial text (`[a](` repeated); longer values are scanned
# as plain text. At 500 characters (twice the longest value in the real files) the worst line costs
# about 40 us a character; at 4000 it cost 330.
MAX_INLINE_PARSE = 500
# Text mistletoe would read as one plain paragraph: no block marker first, no inline markup at all.
PLAIN_TEXT = re.compile(r"[A-Za-z][^*_`\[\]<>\\&~]*")


def scan_markdown(segment: str) -> list[Found]:
    """The findings in `segment` as mistletoe reads its Markdown (links, autolinks, plain text)."""
    scanner = _Scanner(segment)
    for block in block_token.Document(segment.strip()).children:
        if block.children:
            scanner.walk(block.children)
    return scanner.found


def scan_plain(segment: str) -> list[Found]:
    """The findings in `segment` read as plain text."""
    scanner = _Scanner(segment)
    scanner._raw(segment.strip())
    return scanner.found


@lru_cache(maxsize=8192)
def find_in_line(line: str, start: int = 0) -> tuple[Found, ...]:
    """Every URL, scheme-less github.com address and `org/repo#N` in `line[start:]` (columns in `line`)."""
    segment = line[start:]
    stripped = segment.strip()
    if not stripped:
        return ()
    plain = len(segment) > MAX_INLINE_PARSE or PLAIN_TEXT.fullmatch(stripped) or line_depth(stripped) > MAX_NESTING
    found = scan_plain(segment) if plain else scan_markdown(segment)
    return tuple(
        Found(f.kind, f.text, f.start + start, f.end + start, f.link_text,
              f.link_text_start + start if f.link_text is not None else -1,
              f.link_text_end + start if f.link_text is not None else -1)
        for f in found
    )


def is_url_like(text: str) -> bool:
    """Link text that reads as an address (so it must match the link's target)."""
    return bool(_URL_LIKE_TEXT.match(text))


def is_http(url: str) -> bool:
    return url.partition(":")[0].lower() in ("http", "https")


def unparseable_reason(url: str) -> str | None:
    """Why `url` cannot be parsed (urllib's words: a bad host, port or IPv6 literal), or None when it can."""
    try:
        urlsplit(url).port  # noqa: B018 -- the port is checked only when asked for
    except ValueError as error:
        return str(error)
    return None


def split_url(url: str) -> SplitResult | None:
    """`urlsplit(url)`, or None when the URL cannot be parsed."""
    return urlsplit(url) if unparseable_reason(url) is None else None


# Characters that make a host unparseable and what the writer most likely meant instead.
_HOST_SLIPS = (("\uff1a", ""), ("\uff0e", "."), ("\uff0f", "/"), ("]", ""), ("[", ""))


def parseable_guess(url: str) -> str | None:
    """A parseable URL `url` most likely meant: fullwidth punctuation (typed on a CJK keyboard) and
    stray brackets taken out of the address; None when there is no such guess."""
    scheme, sep, rest = url.partition("://")
    host, slash, path = rest.partition("/")
    for slip, meant in _HOST_SLIPS:
        host = host.replace(slip, meant)
    guess = unicodedata.normalize("NFKC", f"{scheme}{sep}{host}{slash}{path}")
    parts = split_url(guess)
    return guess if guess != url and parts is not None and parts.hostname else None


def identity(url: str) -> str:
    """The key two mentions of one issue share: no scheme, `www.`, fragment or trailing slash;
    host and path lower-cased; the query kept."""
    if "://" not in url:
        url = "https://" + url
    parts = split_url(url)
    if parts is None:
        return url.lower()
    host = parts.netloc.lower()
    if host.startswith("www."):
        host = host[4:]
    path = parts.path.rstrip("/").lower()
    return host + path + (f"?{parts.query}" if parts.query else "")


# Top-level domains a project's site is written under that are not also the ending of a file a page
# links beside it (`README.md`, `setup.sh`, `main.rs`, `main.tf`, `approvers.yml`, `lib.so`).
WEB_TLDS = frozenset({
    "com", "org", "net", "io", "dev", "ai", "app", "cloud", "co", "edu", "gov", "info", "me", "tech", "land",
    "community", "social", "network", "build", "site", "page", "run", "xyz", "tv", "gg", "ly", "eu", "us", "uk",
    "de", "fr", "nl", "be", "ch", "se", "cn", "jp", "kr", "ca", "br", "nz", "au",
})
_DOMAIN_FIRST = re.compile(r"((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+([A-Za-z]{2,24}))(?=[/?#:]|$)")


def schemeless_web_url(target: str) -> str | None:
    """The https:// URL a link target without a scheme stands for when it starts with a domain
    (`cilium.io`, `www.grpc.io/docs`, `podman.io/`); None for anything else (`README.md`, `docs/x`)."""
    match = _DOMAIN_FIRST.match(target)
    if match is None:
        return None
    host, tld = match.group(1).lower(), match.group(2).lower()
    if tld not in WEB_TLDS and not host.startswith("www."):
        return None
    return "https://" + target


def shorthand_url(text: str) -> str:
    """`org/repo#12` as the issue URL it stands for."""
    match = _SHORTHAND.fullmatch(text)
    return f"https://github.com/{match.group(1)}/{match.group(2)}/issues/{match.group(3)}"


MAX_ISSUE_NUMBER = 2**31 - 1  # GitHub's GraphQL Int


def issue_number(segment: str) -> int | None:
    """A path segment as an issue number: ASCII digits up to MAX_ISSUE_NUMBER; None for anything else, such
    as `²` (a digit to str.isdigit, not to int) or thousands of digits (over int()'s limit)."""
    if not (segment.isascii() and segment.isdigit() and len(segment) <= 10):
        return None
    number = int(segment)
    return number if number <= MAX_ISSUE_NUMBER else None


# A document in a repository that proposes a design: `designs/x.md`, `rfcs/text/0025-x.md`, `keps/...`.
_DESIGN_WORDS = re.compile(r"design|rfc|proposal|kep|enhancement", re.I)
_DOCUMENT_ENDINGS = (".md", ".markdown", ".rst", ".adoc", ".txt", ".pdf")


def is_design_document(url: str) -> bool:
    """Whether a github.com file URL is a design document (a proposal, an RFC, a KEP) by its path."""
    parts = split_url(url if "://" in url else "https://" + url)
    if parts is None:
        return False
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) < 5 or segments[2] not in ("blob", "tree"):
        return False
    place = "/".join([segments[1], *segments[4:]])
    return segments[-1].lower().endswith(_DOCUMENT_ENDINGS) and bool(_DESIGN_WORDS.search(place))


def is_upstream_link(url: str) -> bool:
    """Whether a URL names the upstream piece of work a proposal is about: an issue or pull request
    (GitHub's shape, on any host), a tracking page, or a design folder or document
    (`kubernetes/enhancements/tree/master/keps/...`)."""
    if tracker_ref(url) is not None or is_tracking_page(url):
        return True
    ref = github_ref(url)
    parts = split_url(url if "://" in url else "https://" + url)
    segments = [s for s in parts.path.split("/") if s] if parts is not None else []
    return ref is not None and len(segments) >= 5 and segments[2] in ("blob", "tree") \
        and bool(_DESIGN_WORDS.search("/".join([segments[1], *segments[4:]])))


def is_tracking_page(url: str) -> bool:
    """Whether a github.com URL that is not an issue is still one page where a piece of work is
    tracked and discussed: a pull request, a discussion, a project board or a milestone with its
    number, or a design document. Not: a repository, an issue list, a search, a user or org page."""
    ref = github_ref(url)
    if ref is None:
        return False
    if ref.kind in ("pull", "discussion", "project", "milestone"):
        return ref.number is not None
    return ref.kind == "file" and is_design_document(url)


def is_issue_list(url: str) -> bool:
    """Whether a github.com URL is a repository's issue list, filtered or not (`/issues`,
    `/issues?q=label:...`, `/labels/<name>`)."""
    ref = github_ref(url)
    if ref is None or not ref.repo:
        return False
    parts = split_url(url if "://" in url else "https://" + url)
    segments = [s for s in parts.path.split("/") if s] if parts is not None else []
    return ref.kind == "issues-list" or (len(segments) >= 3 and segments[2] in ("issues", "labels")
                                         and ref.kind in ("search", "other"))


@lru_cache(maxsize=4096)
def tracker_ref(url: str) -> GitHubRef | None:
    """`/owner/repo/issues/N` or `/owner/repo/pull/N` on any host (GitHub's shape, shared by Gitea and
    Forgejo), as kind "issue" or "pull"; None for any other path."""
    parts = split_url(url)
    segments = [s for s in parts.path.split("/") if s] if parts is not None else []
    number = issue_number(segments[3]) if len(segments) >= 4 else None
    if number is None or segments[2] not in ("issues", "pull"):
        return None
    kind = "issue" if segments[2] == "issues" else "pull"
    return GitHubRef(kind, segments[0], segments[1], number)


@lru_cache(maxsize=4096)
def github_ref(url: str) -> GitHubRef | None:
    """Classify a github.com URL; None for any other host."""
    if "://" not in url:
        url = "https://" + url
    parts = split_url(url)
    if parts is None or (parts.hostname or "").lower() not in GITHUB_HOSTS:
        return None
    segments = [s for s in parts.path.split("/") if s]
    searching = "q=" in parts.query
    if not segments:
        return GitHubRef("other")
    if segments[0] == "search":
        return GitHubRef("search")
    if segments[0] in ("orgs", "users") and len(segments) >= 3 and segments[2] == "projects":
        board = int(segments[3]) if len(segments) >= 4 and segments[3].isdigit() else None
        return GitHubRef("project", segments[1], number=board)
    if len(segments) == 1:
        return GitHubRef("owner", segments[0])
    owner, repo, rest = segments[0], segments[1], segments[2:]
    if not rest:
        return GitHubRef("repo", owner, repo)
    number = issue_number(rest[1]) if len(rest) >= 2 else None
    section = rest[0]
    if section == "issues":
        if number is not None:
            return GitHubRef("issue", owner, repo, number)
        return GitHubRef("search" if searching else "issues-list", owner, repo)
    if section in ("pull", "pulls"):
        return GitHubRef("search" if searching and number is None else "pull", owner, repo, number)
    if section == "discussions":
        return GitHubRef("discussion", owner, repo, number)
    if section in ("blob", "tree", "raw", "edit"):
        return GitHubRef("file", owner, repo)
    if section == "projects":
        return GitHubRef("project", owner, repo, number)
    if section == "search":
        return GitHubRef("search", owner, repo)
    if section in ("milestone", "milestones"):
        return GitHubRef("milestone", owner, repo, number if section == "milestone" else None)
    return GitHubRef("other", owner, repo)
