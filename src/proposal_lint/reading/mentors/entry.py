"""One mentor entry while it is read, and how each token and parenthesised group fills it in."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import NamedTuple

from .classification import IDENTITY, Part, PartKind, classify, looks_like_handle
from .handles import HANDLE_LIKE_WORD
from .tokens import WRAPPING, Token, TokenKind, merge_obfuscated


class Extent(NamedTuple):
    """[start, end) offsets of a piece of the entry text."""

    start: int
    end: int


class Written(NamedTuple):
    """A handle or email read from the entry: its value, [start, end) offsets and how it was written."""

    value: str
    start: int
    end: int
    source: str


class Separator(Enum):
    """What separated an entry from the one before it."""

    NONE = ""
    COMMA = ","
    SEMICOLON = ";"
    AND = "and"
    LINE = "\n"


@dataclass
class Entry:
    """A mentor entry while it is being built."""

    start: int
    end: int = -1
    name: Extent | None = None
    name_text: str | None = None  # the name when it is not the text at `name` (a link's label)
    handle: Written | None = None
    email: Written | None = None
    role: str | None = None
    profile_url: str | None = None
    issues: list[str] = field(default_factory=list)
    closed: bool = False  # its parentheses are done: a word now starts the next mentor's name
    after: Separator = Separator.NONE
    name_after_handle: bool = False  # `@jane - Jane Doe`: the name is being written after the handle
    labelled: bool = False  # a part of it is written after its label: `GitHub: @jane`, `Email: jane@x.org`
    stopped: bool = False  # its handle or email ends a sentence: `jane@x.org. Bob Li, ...`

    @property
    def awaits_name(self) -> bool:
        """`@jane - Jane Doe (...)`: a handle written first, its name still to come."""
        return ((self.name is None or self.name_after_handle) and self.handle is not None
                and self.handle.source == "mention" and self.email is None and self.profile_url is None
                and not self.closed)

    @property
    def has_identity(self) -> bool:
        return self.handle is not None or self.email is not None or self.profile_url is not None

    def extend(self, tok: Token) -> None:
        self.end = max(self.end, tok.end)

    def add_name(self, start: int, end: int) -> None:
        self.name = Extent(self.name.start, end) if self.name else Extent(start, end)

    def flag(self, issue: str) -> None:
        if issue not in self.issues:
            self.issues.append(issue)

    def name_follows_handle(self) -> None:
        self.name_after_handle = True
        self.flag("handle-first")

    def absorb_issues(self, other: Entry) -> None:
        """The issues (and so the state) of `other`, an entry merged into this one."""
        for issue in other.issues:
            self.flag(issue)
        self.name_after_handle = self.name_after_handle or other.name_after_handle


def apply(entry: Entry, tok: Token, part: Part, inside: bool) -> None:
    """Fill `entry` with what `tok` says; `inside`: the token stands in the entry's parentheses."""
    kind = part.kind
    if kind is PartKind.SKIP:
        entry.labelled = entry.labelled or part.source == "label"
        entry.extend(tok)
        return
    entry.stopped = kind in (PartKind.HANDLE, PartKind.EMAIL) and tok.text.rstrip(WRAPPING).endswith(".")
    if kind is PartKind.ROLE:
        entry.role = entry.role or part.value
    elif kind is PartKind.WORD:
        if entry.awaits_name and not inside:
            entry.add_name(tok.start, tok.end)
            entry.name_follows_handle()
        elif entry.has_identity:
            entry.closed = True
        elif not inside:
            entry.add_name(tok.start, tok.end)
    elif kind is PartKind.NAME_LINK:
        entry.name, entry.name_text = Extent(tok.start, tok.end), part.name
        if entry.handle is None:
            entry.handle = Written(part.value, tok.start, tok.end, "link")
        if part.email and entry.email is None:
            entry.email = Written(part.email, tok.start, tok.end, part.email_source)
        entry.flag("name-link")
    elif kind is PartKind.PROFILE:
        entry.profile_url = entry.profile_url or part.value
        if part.name and not part.name.startswith("@") and entry.name is None:
            entry.name, entry.name_text = Extent(tok.start, tok.end), part.name
    elif kind is PartKind.HANDLE:
        entry.handle = Written(part.value, tok.start, tok.end, part.source)
        if part.source == "link":
            entry.flag("handle-link")
            if part.name and part.name.casefold() != part.value.casefold():
                entry.flag("handle-link-mismatch")
        if not inside and entry.name is not None:
            entry.flag("no-parentheses")
    elif kind is PartKind.EMAIL:
        entry.email = Written(part.value, tok.start, tok.end, part.source)
        if part.source in ("angle", "link", "mailto"):
            entry.flag(f"email-{part.source}")
        if not inside and (entry.name is not None or entry.handle is not None):
            entry.flag("no-parentheses")
    entry.extend(tok)


def has_identity(tok: Token, text: str) -> bool:
    """Whether `tok` (or a token of its group) names a handle, an email or a profile."""
    if tok.kind is TokenKind.GROUP:
        return any(has_identity(c, text) for c in merge_obfuscated(tok.children, text))
    return classify(tok).kind in IDENTITY


def fill_from_group(entry: Entry, group: Token, text: str) -> bool:
    """Fill `entry` from a parenthesised group; False (and `entry` untouched) when the group
    starts another mentor."""
    parts = [(c, classify(c)) for c in merge_obfuscated(group.children, text)]
    kinds = {p.kind for _, p in parts}
    if not kinds & IDENTITY:
        _plain_group(entry, group, parts)
        return True
    if entry.closed and ((entry.handle and PartKind.HANDLE in kinds) or (entry.email and PartKind.EMAIL in kinds)):
        return False
    if entry.closed and entry.has_identity:
        entry.flag("separate-groups")
    if group.unclosed:
        entry.flag("unclosed-parenthesis")
    if group.cut:
        entry.flag("parenthesis-cut")
    _name_inside(entry, parts)
    taken = _bare_handle(entry, parts) or _spaced_handle(entry, parts, text)
    pieces: list[list[PartKind]] = [[]]
    for child, part in parts:
        if child.kind is TokenKind.SEP:
            pieces.append([])
        else:
            pieces[-1].append(part.kind)
    for piece in pieces:
        if PartKind.HANDLE in piece and PartKind.EMAIL in piece:
            entry.flag("no-comma")
    order = [p.kind for _, p in parts if p.kind in (PartKind.HANDLE, PartKind.EMAIL)]
    if order[:1] == [PartKind.EMAIL] and PartKind.HANDLE in order:
        entry.flag("email-first")
    for child, part in parts:
        if child not in taken:
            apply(entry, child, part, inside=True)
    entry.extend(group)
    entry.closed = True
    return True


def _name_inside(entry: Entry, parts: list[tuple[Token, Part]]) -> None:
    """`(Jane Doe, @jane)`: words before the first comma of a group that opens the entry are its name."""
    if entry.name is not None or entry.has_identity:
        return
    lead = []
    for child, part in parts:
        if child.kind is TokenKind.SEP or part.kind is not PartKind.WORD:
            break
        lead.append(child)
    if len(lead) >= 2 and len(lead) < len(parts):  # one word may be a bare handle: `(jane, jane@x.org)`
        entry.name = Extent(lead[0].start, lead[-1].end)
        entry.flag("name-inside")


def _bare_handle(entry: Entry, parts: list[tuple[Token, Part]]) -> tuple[Token, ...]:
    """`(handle, email)` without `@`: a lone word next to the email is the handle; its token, taken."""
    if entry.handle is not None or any(p.kind is PartKind.HANDLE for _, p in parts):
        return ()
    if not any(p.kind is PartKind.EMAIL for _, p in parts):
        return ()
    words = [(c, p) for c, p in parts if p.kind is PartKind.WORD]
    if len(words) == 1 and HANDLE_LIKE_WORD.fullmatch(words[0][1].value):
        child, part = words[0]
        entry.handle = Written(part.value, child.start, child.end, "bare")
        return (child,)
    return ()


def _spaced_handle(entry: Entry, parts: list[tuple[Token, Part]], text: str) -> tuple[Token, ...]:
    """`Mike Spreitzer (@Mike Spreitzer, email)`: the name typed where the handle belongs, words and all,
    is the handle as written (PL306 then reports it); its tokens, taken. Only when the words after the
    `@` are the entry's name exactly, so `(@jane Acme, ...)` keeps `@jane`."""
    if entry.name is None or entry.name_text is not None:
        return ()
    name = text[entry.name.start:entry.name.end].split()
    for index, (child, part) in enumerate(parts):
        if part.kind is not PartKind.HANDLE or part.source != "mention":
            continue
        words = []
        for follower, follows in parts[index + 1:]:
            if follower.kind is TokenKind.SEP:
                break
            words.append((follower, follows))
        if not words or any(p.kind is not PartKind.WORD for _, p in words) \
                or [part.value, *(p.value for _, p in words)] != name:
            return ()
        entry.handle = Written(" ".join(name), child.start, words[-1][0].end, "mention")
        return (child, *(w for w, _ in words))
    return ()


def _plain_group(entry: Entry, group: Token, parts: list[tuple[Token, Part]]) -> None:
    """A group without handle or email: a role `(primary)`, or part of the name `(Tony)`."""
    roles = [p.value for _, p in parts if p.kind is PartKind.ROLE]
    words = [(c, p) for c, p in parts if p.kind is PartKind.WORD]
    if roles and not words:
        entry.role = entry.role or roles[0]
    elif not entry.has_identity and entry.name is not None and len(words) == 1 and looks_like_handle(words[0][1].value):
        child, part = words[0]
        entry.handle = Written(part.value, child.start, child.end, "bare")
        entry.closed = True
    elif not entry.has_identity and entry.name is not None:
        entry.add_name(group.start, group.end)
    entry.extend(group)
