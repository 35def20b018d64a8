"""What one token of a mentor entry says: a handle, an email, a name link, a profile, a role, a word."""

from __future__ import annotations

import re
from enum import Enum
from typing import NamedTuple

from .handles import GITHUB_PROFILE_URL, HANDLE_LIKE_WORD, WRITTEN_MENTION
from .tokens import AT_WORDS, DOT_WORDS, WRAPPING, Token, TokenKind, clean, merge_obfuscated, tokens

_PROFILE_SITE = re.compile(r"(?:https?://)?(?:www\.)?(?P<site>twitter\.com|x\.com|linkedin\.com|gitlab\.com)/", re.I)
_EMAIL_WORD = re.compile(r"(?P<mailto>mailto:)?(?P<addr>[^@\s]+@[^@\s]+(?:@[^@\s]+)*)", re.I)  # `a@b@c` too: PL308 judges it
ROLES = {"primary": "primary", "secondary": "secondary", "co-mentor": "co-mentor", "comentor": "co-mentor",
         "co": "co-mentor", "backup": "secondary", "adjunct": "secondary"}
_FILLER = {"-", "\u2013", "\u2014", ":", "mentor", "mentors", "mentor)", "(", ")"}
AND = {"and", "&", "/", "+"}
NOT_NAMES = {"tbd", "tba", "n/a", "na", "none", "todo", "-", "?"}
SPECIAL_WORDS = frozenset(ROLES) | _FILLER | AND | AT_WORDS | DOT_WORDS | NOT_NAMES
PART_LABELS = {"email", "e-mail", "mail", "github", "gh", "handle"}  # `(email: a@b.org, github: jane)`
HANDLE_LABELS = {"github", "gh", "handle"}
_CO_MENTOR_LABEL = re.compile(r"co-?mentors?(?:\(s\))?|co mentors?", re.I)


def is_co_mentor_label(label: str | None) -> bool:
    """`Co-Mentor`, `Co-Mentors`, `Co-mentor(s)`: a label that continues the mentor field (2024 Term 3's KCL
    proposals list `- Co-Mentor:` under `- Mentor(s):`, 84ad07ff)."""
    return bool(label) and bool(_CO_MENTOR_LABEL.fullmatch(label.strip(" *_")))


class PartKind(Enum):
    HANDLE = "handle"
    EMAIL = "email"
    NAME_LINK = "name-link"  # `[Jane Doe](https://github.com/jane)`
    PROFILE = "profile"  # a Twitter, LinkedIn or GitLab profile
    ROLE = "role"
    WORD = "word"
    SKIP = "skip"  # says nothing about the mentor


IDENTITY = frozenset({PartKind.HANDLE, PartKind.EMAIL, PartKind.NAME_LINK, PartKind.PROFILE})


class Part(NamedTuple):
    """What one token says about a mentor: the value, and how it was written (`Mentor.handle_source`,
    `Mentor.email_form`, or a profile's site)."""

    kind: PartKind
    value: str = ""
    source: str = ""
    name: str = ""
    email: str = ""  # an address written in a link's text: `[Jane (jane at x dot net)](github.com/jane)`
    email_source: str = ""


SKIP = Part(PartKind.SKIP)


def _address_in(label: str) -> tuple[str, str, str]:
    """The address a link's text holds, plain or obfuscated (`adam at agardner dot net`), how it is
    written, and the text without it and its parentheses; empty strings when there is none."""
    flat = [child for tok in tokens(label, 0, len(label))
            for child in (tok.children if tok.kind is TokenKind.GROUP else [tok])]
    for tok in merge_obfuscated(flat, label):
        word = clean(tok.text)
        if tok.kind is TokenKind.OBFUSCATED or (tok.kind is TokenKind.WORD and _EMAIL_WORD.fullmatch(word)
                                                and not word.startswith("@")):
            address = tok.label if tok.kind is TokenKind.OBFUSCATED else _EMAIL_WORD.fullmatch(word).group("addr")
            rest = re.sub(r"\(\s*[,;]?\s*\)|\s+", " ", label[:tok.start] + label[tok.end:]).strip(" ,;-:()")
            return address, "obfuscated" if tok.kind is TokenKind.OBFUSCATED else "plain", rest
    return "", "", label


def _link(tok: Token) -> Part:
    url, label = tok.url, tok.label.strip().strip(WRAPPING)
    if url.casefold().startswith("mailto:"):
        address = url[7:].split("?")[0]
        if "@" not in address:  # `[jane at x dot net](mailto:)`: the text holds the address
            address = _address_in(label)[0] or address
        return Part(PartKind.EMAIL, address, "link")
    github = GITHUB_PROFILE_URL.fullmatch(url)
    if github:
        if label.startswith("@") and " " not in label.strip():  # `name`: the handle the text shows
            return Part(PartKind.HANDLE, github.group("handle"), "link", name=label[1:])
        address, written, name = _address_in(label)
        return Part(PartKind.NAME_LINK, github.group("handle"), "link", name=name.lstrip("@"), email=address,
                    email_source=written)
    site = _PROFILE_SITE.match(url)
    if site:
        return Part(PartKind.PROFILE, url, site.group("site").casefold(), name=label)
    return SKIP


def _angle(tok: Token) -> Part:
    inner = tok.label
    if "@" in inner and not inner.startswith("@"):
        return Part(PartKind.EMAIL, inner.removeprefix("mailto:"), "angle")
    github = GITHUB_PROFILE_URL.fullmatch(inner)
    return Part(PartKind.HANDLE, github.group("handle"), "url") if github else SKIP


def _word(tok: Token) -> Part:
    word = clean(tok.text)
    folded = word.casefold()
    if folded in ROLES:
        return Part(PartKind.ROLE, ROLES[folded])
    if tok.text.endswith(":") and folded in PART_LABELS:
        return Part(PartKind.SKIP, folded, "label")  # `GitHub:`, `Email:` before the part they name
    if folded in _FILLER or not word:
        return SKIP
    handle = WRITTEN_MENTION.fullmatch(word)
    if handle:
        return Part(PartKind.HANDLE, handle.group("handle"), "mention")
    email = _EMAIL_WORD.fullmatch(word)
    if email:
        return Part(PartKind.EMAIL, email.group("addr"), "mailto" if email.group("mailto") else "plain")
    github = GITHUB_PROFILE_URL.fullmatch(word)
    if github:
        return Part(PartKind.HANDLE, github.group("handle"), "url")
    site = _PROFILE_SITE.match(word)
    if site:
        return Part(PartKind.PROFILE, word, site.group("site").casefold())
    return Part(PartKind.WORD, word)


def classify(tok: Token) -> Part:
    """What `tok` (not a group) says about a mentor."""
    if tok.kind is TokenKind.OBFUSCATED:
        return Part(PartKind.EMAIL, tok.label, "obfuscated")
    if tok.kind is TokenKind.LINK:
        return _link(tok)
    if tok.kind is TokenKind.ANGLE:
        return _angle(tok)
    if tok.kind is TokenKind.WORD:
        return _word(tok)
    return SKIP


def looks_like_handle(word: str) -> bool:
    """`npolshakova`, `jmcguire98` in `Name (word)`; not `(Tony)`, `(CD)` or a role."""
    return (bool(HANDLE_LIKE_WORD.fullmatch(word)) and word.casefold() not in SPECIAL_WORDS
            and (word.islower() or any(c.isdigit() for c in word)))
