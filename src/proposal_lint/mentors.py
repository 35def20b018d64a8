"""Mentor entries, as people really write them, to `Mentor` records with exact spans.

The template form is `Name (@handle, email)`; every other shape seen in real files
(GitHub links for names, `<email>`, obfuscated `a AT b DOT org`, several mentors on a
line, `Name | @h | email | LFID`, ...) parses too, with its departures listed in
`Mentor.issues` for the rules to judge. Every regex here is linear: no nested quantifiers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from .model import Field, Item, Mentor, Span

FORMAT_ISSUES = {
    "no-parentheses": "handle and email are not in parentheses after the name",
    "no-comma": "handle and email are not separated by a comma",
    "separate-groups": "handle and email stand in separate parentheses",
    "email-first": "the email comes before the handle",
    "name-link": "the name is a link instead of a name followed by `@handle`",
    "handle-link": "the handle is a link instead of a plain `@handle`",
    "email-angle": "the email is written as `<address>`",
    "email-link": "the email is written as a `mailto:` link",
    "email-mailto": "the email is prefixed with `mailto:`",
    "pipe-form": "the entry is written as `Name | @handle | email | LFID`",
    "no-name": "the entry has no name",
    "handle-first": "the handle comes before the name",
    "name-inside": "the name is inside the parentheses",
}

_SAME_WIDTH = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u3000": " ", "\t": " ",
    "\uff0c": ",", "\uff1b": ";", "\uff08": "(", "\uff09": ")", "\uff20": "@", "\uff1a": ":", "\uff5c": "|",
})
_TOKEN = re.compile(
    r"(?P<link>\[(?P<ltext>[^\[\]\n]*)\]\((?P<lurl>[^()\s]*)\))"
    r"|(?P<angle><(?P<atext>[^<>\s]+)>)"
    r"|(?P<open>\()|(?P<close>\))|(?P<pipe>\|)|(?P<sep>[,;])|(?P<newline>\n)"
    r"|(?P<word>(?:[^\s,;()\[\]<>|]|\[(?:at|dot)\]|\((?:at|dot)\))+)"
    r"|(?P<other>\S)",
    re.I,
)
_LABEL = re.compile(r"[*_]{0,2}(?P<label>[A-Za-z][A-Za-z() -]{0,30}):[*_]{0,2} ")
_GITHUB_USER = re.compile(r"(?:https?://)?(?:www\.)?github\.com/(?P<handle>[A-Za-z0-9_.-]+)/?", re.I)
_PROFILE_SITE = re.compile(r"(?:https?://)?(?:www\.)?(?P<site>twitter\.com|x\.com|linkedin\.com|gitlab\.com)/", re.I)
_EMAIL_WORD = re.compile(r"(?P<mailto>mailto:)?(?P<addr>[^@\s]+@[^@\s]+(?:@[^@\s]+)*)", re.I)  # `a@b@c` too: PL308 judges it
_HANDLE_WORD = re.compile(r"@(?P<handle>[A-Za-z0-9_.-]+)")
_BARE_HANDLE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,38}")
_OBFUSCATED_AT = re.compile(r"\s*[\[({]at[\])}]\s*", re.I)
_OBFUSCATED_DOT = re.compile(r"\s*[\[({]dot[\])}]\s*", re.I)
_ADDRESS_PART = re.compile(r"[\w.+-]+")
# The template form exactly, `Jane Doe (@jane-doe, jane@example.org)`: most entries, read without tokens.
# Name words hold nothing another reading could take (no `@`, links, quotes, emphasis or separators).
_TEMPLATE_FORM = re.compile(
    r"(?P<name>[^\s,;:()\[\]{}<>|@*_`\"'/\\#&+]+(?: [^\s,;:()\[\]{}<>|@*_`\"'/\\#&+]+)*)"
    r" ?\((?P<handle>@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?), "
    r"(?P<email>[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)\)"
    r"(?: - (?P<role>[A-Za-z-]+))?"
)
_WRAPPING = "`*_\"'"
_TRAILING = ".,:;!?"
_ROLES = {"primary": "primary", "secondary": "secondary", "co-mentor": "co-mentor", "comentor": "co-mentor",
          "co": "co-mentor", "backup": "secondary", "adjunct": "secondary"}
_FILLER = {"-", "\u2013", "\u2014", ":", "mentor", "mentors", "mentor)", "(", ")"}
_AND = {"and", "&", "/", "+"}
_AT_WORDS = {"at", "[at]", "(at)", "{at}"}
_DOT_WORDS = {"dot", "[dot]", "(dot)", "{dot}"}
_NOT_NAMES = {"tbd", "tba", "n/a", "na", "none", "todo", "-", "?"}
_SPECIAL_WORDS = frozenset(_ROLES) | _FILLER | _AND | _AT_WORDS | _DOT_WORDS | _NOT_NAMES
_PART_LABELS = {"email", "e-mail", "mail", "github", "gh", "handle"}  # `(email: a@b.org, github: jane)`


@dataclass
class _Tok:
    """A token of an entry line: kind, text, [start, end) offsets, and its parsed meaning."""

    kind: str
    text: str
    start: int
    end: int
    url: str = ""
    label: str = ""
    children: list = field(default_factory=list)


@dataclass
class _Entry:
    """A mentor entry while it is being built."""

    start: int
    end: int = -1
    name: tuple[int, int] | None = None
    name_text: str | None = None
    handle: tuple[str, int, int, str] | None = None
    email: tuple[str, int, int, str] | None = None
    role: str | None = None
    profile_url: str | None = None
    issues: list[str] = field(default_factory=list)
    closed: bool = False
    after: str = ""  # what separated it from the entry before: `,`, `;`, `and`, a line break

    @property
    def awaits_name(self) -> bool:
        """`@jane - Jane Doe (...)`: a handle written first, its name still to come."""
        return ((self.name is None or "handle-first" in self.issues) and self.handle is not None
                and self.handle[3] == "mention" and self.email is None and self.profile_url is None
                and not self.closed)

    @property
    def has_identity(self) -> bool:
        return self.handle is not None or self.email is not None or self.profile_url is not None

    def extend(self, tok: _Tok) -> None:
        self.end = max(self.end, tok.end)

    def add_name(self, start: int, end: int) -> None:
        self.name = (self.name[0], end) if self.name else (start, end)

    def flag(self, issue: str) -> None:
        if issue not in self.issues:
            self.issues.append(issue)


def _positions(text: str, span: Span, lines: Sequence[str] | None) -> list[tuple[int, int]] | None:
    """(line, column) of each offset of a multi-line `text`, rebuilt the way the parser joined
    lines; None when `text` is on one line or does not map back."""
    if lines is not None and span.end_line > span.line and span.end_line <= len(lines):
        positions: list[tuple[int, int]] = []
        for line_no in range(span.line, span.end_line + 1):
            line = lines[line_no - 1]
            start = span.column - 1 if line_no == span.line else 0
            stripped = line[start:].strip()
            if not stripped:
                continue
            offset = start + len(line[start:]) - len(line[start:].lstrip())
            if positions:
                positions.append((positions[-1][0], positions[-1][1] + 1))
            positions.extend((line_no, offset + i + 1) for i in range(len(stripped)))
        if len(positions) == len(text):
            return positions
    return None


def _with_line_breaks(text: str, positions: list[tuple[int, int]] | None) -> str:
    """`text` with the spaces that joined its source lines written back as line breaks."""
    if positions is None:
        return text
    chars = list(text)
    for offset in range(len(text) - 1):
        if positions[offset + 1][0] != positions[offset][0] and chars[offset] == " ":
            chars[offset] = "\n"
    return "".join(chars)


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    """Tokens of text[start:end], parenthesised groups nested one level as `group` tokens."""
    top: list[_Tok] = []
    group: _Tok | None = None
    depth = 0
    for match in _TOKEN.finditer(text, start, end):
        kind = match.lastgroup
        if kind == "link":
            tok = _Tok(kind, match.group(), match.start(), match.end(), url=match.group("lurl"), label=match.group("ltext"))
        elif kind == "angle":
            tok = _Tok(kind, match.group(), match.start(), match.end(), label=match.group("atext"))
        else:
            tok = _Tok(kind, match.group(), match.start(), match.end())
        if kind == "open":
            if group is None:
                group = _Tok("group", "(", tok.start, tok.end)
            else:
                depth += 1
                group.children.append(_Tok("word", "(", tok.start, tok.end))
            continue
        if kind == "close" and group is not None:
            if depth:
                depth -= 1
                group.children.append(_Tok("word", ")", tok.start, tok.end))
                continue
            group.end, group.text = tok.end, text[group.start:tok.end]
            top.append(group)
            group = None
            continue
        if kind == "close":
            continue
        (group.children if group is not None else top).append(tok)
    if group is not None:
        group.end = group.children[-1].end if group.children else group.end
        group.text = text[group.start:group.end]
        top.append(group)
    return top


def _clean(word: str) -> str:
    return word.strip(_WRAPPING).rstrip(_TRAILING).strip(_WRAPPING)


def _deobfuscate(text: str) -> str:
    text = _OBFUSCATED_AT.sub("@", text)
    text = _OBFUSCATED_DOT.sub(".", text)
    return re.sub(r"\s+", "", text)


def _merge_obfuscated(toks: list[_Tok], text: str) -> list[_Tok]:
    """Join `a AT b DOT org` (and `a[at]b.org`) into one `obfuscated` token, `@[h](url)` into one link."""
    out: list[_Tok] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        word = _clean(tok.text).casefold() if tok.kind == "word" else ""
        if tok.kind == "word" and ("[at]" in word or "(at)" in word or "{at}" in word):
            out.append(_Tok("obfuscated", tok.text, tok.start, tok.end, label=_deobfuscate(_clean(tok.text))))
            i += 1
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        after = toks[i + 2] if i + 2 < len(toks) else None
        if tok.kind == "word" and tok.text == "@" and nxt is not None and nxt.kind == "link" and nxt.start == tok.end:
            out.append(replace(nxt, start=tok.start, label="@" + nxt.label.lstrip("@")))
            i += 2
            continue
        if (tok.kind == "word" and nxt is not None and after is not None and nxt.kind == "word" and after.kind == "word"
                and nxt.text.casefold() in _AT_WORDS and _ADDRESS_PART.fullmatch(_clean(tok.text))
                and _ADDRESS_PART.fullmatch(_clean(after.text))):
            j = i + 3
            while j + 1 < len(toks) and toks[j].kind == "word" and toks[j].text.casefold() in _DOT_WORDS and toks[j + 1].kind == "word":
                j += 2
            loud = nxt.text != "at"
            domain_dotted = j > i + 3 or "." in after.text.strip(_TRAILING)
            if loud or domain_dotted:
                parts = [_clean(toks[i].text), "@", _clean(toks[i + 2].text)]
                parts += ["." + _clean(toks[k + 1].text) for k in range(i + 3, j, 2)]
                out.append(_Tok("obfuscated", text[tok.start:toks[j - 1].end], tok.start, toks[j - 1].end, label="".join(parts)))
                i = j
                continue
        out.append(tok)
        i += 1
    return out


@dataclass
class _Part:
    """What one token says about a mentor."""

    kind: str  # handle, email, name-link, profile, role, word, skip
    value: str = ""
    source: str = ""
    name: str = ""


def _classify(tok: _Tok) -> _Part:
    if tok.kind == "obfuscated":
        return _Part("email", tok.label, "obfuscated")
    if tok.kind == "link":
        url, label = tok.url, tok.label.strip().strip(_WRAPPING)
        if url.casefold().startswith("mailto:"):
            return _Part("email", url[7:], "link")
        github = _GITHUB_USER.fullmatch(url)
        if github:
            if label.startswith("@") and " " not in label.strip():
                return _Part("handle", github.group("handle"), "link")
            return _Part("name-link", github.group("handle"), "link", name=label.lstrip("@"))
        site = _PROFILE_SITE.match(url)
        if site:
            return _Part("profile", url, site.group("site").casefold(), name=label)
        return _Part("skip")
    if tok.kind == "angle":
        inner = tok.label
        if "@" in inner and not inner.startswith("@"):
            return _Part("email", inner.removeprefix("mailto:"), "angle")
        github = _GITHUB_USER.fullmatch(inner)
        return _Part("handle", github.group("handle"), "url") if github else _Part("skip")
    if tok.kind != "word":
        return _Part("skip")
    word = _clean(tok.text)
    folded = word.casefold()
    if folded in _ROLES:
        return _Part("role", _ROLES[folded])
    if folded in _FILLER or not word or (tok.text.endswith(":") and folded in _PART_LABELS):
        return _Part("skip")
    handle = _HANDLE_WORD.fullmatch(word)
    if handle:
        return _Part("handle", handle.group("handle"), "mention")
    email = _EMAIL_WORD.fullmatch(word)
    if email:
        return _Part("email", email.group("addr"), "mailto" if email.group("mailto") else "plain")
    github = _GITHUB_USER.fullmatch(word)
    if github:
        return _Part("handle", github.group("handle"), "url")
    site = _PROFILE_SITE.match(word)
    if site:
        return _Part("profile", word, site.group("site").casefold())
    return _Part("word", word)


def _looks_like_handle(word: str) -> bool:
    """`npolshakova`, `jmcguire98` in `Name (word)`; not `(Tony)`, `(CD)` or a role."""
    return (bool(_BARE_HANDLE.fullmatch(word)) and word.casefold() not in _SPECIAL_WORDS
            and (word.islower() or any(c.isdigit() for c in word)))


def _template_form(text: str, start: int, end: int) -> _Entry | None:
    """The entry when text[start:end] is exactly the template form and no word in its name
    means something else (a role, `and`, `at`, `TBD`); None sends the text to the full reading."""
    match = _TEMPLATE_FORM.fullmatch(text, start, end)
    if match is None or any(word.casefold() in _SPECIAL_WORDS for word in match.group("name").split(" ")):
        return None
    role = match.group("role")
    if role is not None and role.casefold() not in _ROLES:
        return None
    entry = _Entry(start, end=match.end(), name=match.span("name"), role=role and _ROLES[role.casefold()], closed=True)
    entry.handle = (match.group("handle")[1:], *match.span("handle"), "mention")
    entry.email = (match.group("email"), *match.span("email"), "plain")
    return entry


class _EntryParser:
    """Splits one text into mentor entries and fills them in."""

    def __init__(self, text: str):
        self.text = text

    def entries(self, start: int, end: int) -> list[_Entry]:
        exact = _template_form(self.text, start, end)
        return [exact] if exact is not None else self.any_form(start, end)

    def any_form(self, start: int, end: int) -> list[_Entry]:
        """The entries of text[start:end] in whatever shape they are written."""
        if self.text.count("|", start, end) >= 2:
            return [self._pipe_entry(start, end)]
        role, start = self._label_role(start, end)
        end = self._before_next_label(start, end)
        toks = _merge_obfuscated(_tokens(self.text, start, end), self.text)
        result: list[_Entry] = []
        for after, chunk in self._chunks(toks):
            for index, entry in enumerate(self._chunk_entries(chunk)):
                entry.after = after if index == 0 else ""
                if result and self._continues(result[-1], entry):
                    self._merge(result[-1], entry)
                else:
                    result.append(entry)
        result = [e for e in self._bare_handles_between_commas(result) if e.has_identity or self._real_name(e)]
        if role:
            for entry in result:
                entry.role = entry.role or role
        return result

    def _label_role(self, start: int, end: int) -> tuple[str | None, int]:
        """The role a leading `Primary mentor:` label gives, and where the entries start; text
        before a line that starts with a mentor label (an outcome bullet running on into a
        `Mentor(s):` line) is not an entry."""
        label = None
        for line_start in (start, *(i + 1 for i in range(start, end) if self.text[i] == "\n")):
            found = _LABEL.match(self.text, line_start, end)
            if found is not None and "mentor" in found.group("label").casefold():
                label = found
                break
        if label is None:
            return None, start
        words = re.split(r"[\s()-]+", label.group("label").casefold())
        return next((_ROLES[w] for w in words if w in _ROLES), None), label.end()

    def _before_next_label(self, start: int, end: int) -> int:
        """Where a later line starting with another field's label (`Issue: ...`) cuts the entries off."""
        for i in range(start, end):
            if self.text[i] == "\n":
                found = _LABEL.match(self.text, i + 1, end)
                if found is not None and "mentor" not in found.group("label").casefold():
                    return i
        return end

    @staticmethod
    def _chunks(toks: list[_Tok]) -> list[tuple[str, list[_Tok]]]:
        """The tokens between separators, each with the separator before it ("" for the first)."""
        chunks: list[tuple[str, list[_Tok]]] = [("", [])]
        for tok in toks:
            if tok.kind in ("sep", "newline"):
                chunks.append((tok.text, []))
            elif tok.kind == "word" and tok.text.casefold() in _AND:
                chunks.append(("and", []))
            else:
                chunks[-1][1].append(tok)
        return [(after, chunk) for after, chunk in chunks if chunk]

    def _chunk_entries(self, chunk: list[_Tok]) -> list[_Entry]:
        identity_after = [False] * (len(chunk) + 1)
        for i in range(len(chunk) - 1, -1, -1):
            identity_after[i] = identity_after[i + 1] or self._has_identity(chunk[i])
        entries = [_Entry(chunk[0].start)]
        for i, tok in enumerate(chunk):
            entry = entries[-1]
            if tok.kind == "group":
                if self._group(entry, tok) == "new":
                    entries.append(_Entry(tok.start))
                    self._group(entries[-1], tok)
                continue
            part = _classify(tok)
            starts_new = (
                (part.kind == "word" and entry.has_identity and identity_after[i] and not entry.awaits_name)
                or (part.kind == "name-link" and (entry.name is not None or entry.has_identity))
                or (part.kind == "handle" and entry.handle is not None)
                or (part.kind == "email" and entry.email is not None)
            )
            if starts_new:
                entries.append(_Entry(tok.start))
                entry = entries[-1]
            self._apply(entry, tok, part, inside=False)
        return [e for e in entries if e.end >= 0]

    def _has_identity(self, tok: _Tok) -> bool:
        if tok.kind == "group":
            return any(self._has_identity(c) for c in _merge_obfuscated(tok.children, self.text))
        return _classify(tok).kind in ("handle", "email", "name-link", "profile")

    def _apply(self, entry: _Entry, tok: _Tok, part: _Part, inside: bool) -> None:
        kind = part.kind
        if kind == "skip":
            entry.extend(tok)
            return
        if kind == "role":
            entry.role = entry.role or part.value
        elif kind == "word":
            if entry.awaits_name and not inside:
                entry.add_name(tok.start, tok.end)
                entry.flag("handle-first")
            elif entry.has_identity:
                entry.closed = True
            elif not inside:
                entry.add_name(tok.start, tok.end)
        elif kind == "name-link":
            entry.name, entry.name_text = (tok.start, tok.end), part.name
            if entry.handle is None:
                entry.handle = (part.value, tok.start, tok.end, "link")
            entry.flag("name-link")
        elif kind == "profile":
            entry.profile_url = entry.profile_url or part.value
            if part.name and not part.name.startswith("@") and entry.name is None:
                entry.name, entry.name_text = (tok.start, tok.end), part.name
        elif kind == "handle":
            entry.handle = (part.value, tok.start, tok.end, part.source)
            if part.source == "link":
                entry.flag("handle-link")
            if not inside and entry.name is not None:
                entry.flag("no-parentheses")
        elif kind == "email":
            entry.email = (part.value, tok.start, tok.end, part.source)
            if part.source in ("angle", "link", "mailto"):
                entry.flag(f"email-{part.source}")
            if not inside and (entry.name is not None or entry.handle is not None):
                entry.flag("no-parentheses")
        entry.extend(tok)

    def _group(self, entry: _Entry, group: _Tok) -> str | None:
        """Fill `entry` from a parenthesised group; "new" when the group starts another mentor."""
        children = _merge_obfuscated(group.children, self.text)
        parts = [(c, _classify(c)) for c in children]
        kinds = {p.kind for _, p in parts}
        if not kinds & {"handle", "email", "profile", "name-link"}:
            return self._plain_group(entry, group, parts)
        if entry.closed and ((entry.handle and "handle" in kinds) or (entry.email and "email" in kinds)):
            return "new"
        if entry.closed and entry.has_identity:
            entry.flag("separate-groups")
        self._name_inside(entry, parts)
        self._bare_handle(entry, parts)
        pieces = [[]]
        for child, part in parts:
            if child.kind == "sep":
                pieces.append([])
            else:
                pieces[-1].append(part.kind)
        for piece in pieces:
            if "handle" in piece and "email" in piece:
                entry.flag("no-comma")
        order = [p.kind for _, p in parts if p.kind in ("handle", "email")]
        if order[:1] == ["email"] and "handle" in order:
            entry.flag("email-first")
        for child, part in parts:
            if part.kind == "word" and part.source == "bare-handle":
                continue
            self._apply(entry, child, part, inside=True)
        entry.extend(group)
        entry.closed = True
        return None

    @staticmethod
    def _name_inside(entry: _Entry, parts: list[tuple[_Tok, _Part]]) -> None:
        """`(Jane Doe, @jane)`: words before the first comma of a group that opens the entry are its name."""
        if entry.name is not None or entry.has_identity:
            return
        lead = []
        for child, part in parts:
            if child.kind == "sep" or part.kind != "word":
                break
            lead.append(child)
        if len(lead) >= 2 and len(lead) < len(parts):  # one word may be a bare handle: `(jane, jane@x.org)`
            entry.name = (lead[0].start, lead[-1].end)
            entry.flag("name-inside")

    def _bare_handle(self, entry: _Entry, parts: list[tuple[_Tok, _Part]]) -> None:
        """`(handle, email)` without `@`: a lone word next to the email is the handle."""
        if entry.handle is not None or any(p.kind == "handle" for _, p in parts):
            return
        if not any(p.kind == "email" for _, p in parts):
            return
        words = [(c, p) for c, p in parts if p.kind == "word"]
        if len(words) == 1 and _BARE_HANDLE.fullmatch(words[0][1].value):
            child, part = words[0]
            entry.handle = (part.value, child.start, child.end, "bare")
            part.source = "bare-handle"

    def _plain_group(self, entry: _Entry, group: _Tok, parts: list[tuple[_Tok, _Part]]) -> None:
        """A group without handle or email: a role `(primary)`, or part of the name `(Tony)`."""
        roles = [p.value for _, p in parts if p.kind == "role"]
        words = [(c, p) for c, p in parts if p.kind == "word"]
        if roles and not words:
            entry.role = entry.role or roles[0]
        elif not entry.has_identity and entry.name is not None and len(words) == 1 and _looks_like_handle(words[0][1].value):
            child, part = words[0]
            entry.handle = (part.value, child.start, child.end, "bare")
            entry.closed = True
        elif not entry.has_identity and entry.name is not None:
            entry.add_name(group.start, group.end)
        entry.extend(group)

    def _continues(self, previous: _Entry, entry: _Entry) -> bool:
        """`Jane, @jane, jane@x.org` and `Hung-Ying, Tai (...)`: one mentor split by commas (or by
        a line break before its handle and email); `;` and `and` always separate people."""
        if entry.after in (";", "and"):
            return False
        if entry.after == "\n":
            return entry.name is None and entry.has_identity and not (previous.has_identity or previous.closed)
        if previous.awaits_name and previous.name is None and entry.handle is None and entry.name is not None:
            return True  # `@jane, Jane Doe jane@example.org`
        if entry.name is None and entry.has_identity:
            return not ((entry.handle and previous.handle) or (entry.email and previous.email))
        return (not previous.has_identity and entry.has_identity and entry.name_text is None
                and self._one_word(previous.name) and self._one_word(entry.name))

    def _one_word(self, name: tuple[int, int] | None) -> bool:
        return name is not None and " " not in self.text[name[0]:name[1]].strip()

    def _bare_handles_between_commas(self, entries: list[_Entry]) -> list[_Entry]:
        """`Peter Hunt, haircommander, pehunt@example.org`: the lone word between a name and an
        email is the name's handle, written without `@`."""
        out: list[_Entry] = []
        for entry in entries:
            previous = out[-1] if out else None
            if (previous is not None and not previous.has_identity and previous.name is not None
                    and entry.after == "," and entry.handle is None and entry.email is not None
                    and entry.name is not None and entry.name_text is None and entry.profile_url is None
                    and _BARE_HANDLE.fullmatch(self.text[entry.name[0]:entry.name[1]])):
                previous.handle = (self.text[entry.name[0]:entry.name[1]], *entry.name, "bare")
                previous.email, previous.end, previous.role = entry.email, entry.end, previous.role or entry.role
                for issue in ("no-parentheses", *entry.issues):
                    previous.flag(issue)
                continue
            out.append(entry)
        return out

    @staticmethod
    def _merge(previous: _Entry, entry: _Entry) -> None:
        if entry.name is not None and previous.name is None:
            previous.name, previous.name_text = entry.name, entry.name_text
            previous.flag("handle-first")
        elif entry.name is not None:
            previous.name = (previous.name[0], entry.name[1])
        elif entry.after != "\n":
            previous.flag("no-parentheses")
        previous.end = entry.end
        previous.handle = previous.handle or entry.handle
        previous.email = previous.email or entry.email
        previous.role = previous.role or entry.role
        previous.profile_url = previous.profile_url or entry.profile_url
        previous.closed = entry.closed
        for issue in entry.issues:
            previous.flag(issue)

    def _real_name(self, entry: _Entry) -> bool:
        if entry.name is None:
            return False
        name = self.text[entry.name[0]:entry.name[1]].strip(" -:*_").casefold()
        return bool(name) and name not in _NOT_NAMES

    def _pipe_entry(self, start: int, end: int) -> _Entry:
        """`Full Name | @handle | email | LFID` (the issue-form line)."""
        entry = _Entry(start)
        entry.flag("pipe-form")
        cell_start = start
        for offset in range(start, end + 1):
            if offset < end and self.text[offset] != "|":
                continue
            cell = self.text[cell_start:offset]
            left = cell_start + len(cell) - len(cell.lstrip())
            right = cell_start + len(cell.rstrip())
            cell_start = offset + 1
            if left >= right:
                continue
            toks = _merge_obfuscated(_tokens(self.text, left, right), self.text)
            parts = [(t, _classify(t)) for t in toks]
            kinds = {p.kind for _, p in parts}
            if kinds & {"handle", "email", "name-link", "profile"}:
                for tok, part in parts:
                    if part.kind != "word":
                        self._apply(entry, tok, part, inside=True)
            elif entry.name is None:
                entry.add_name(left, right)
            entry.end = max(entry.end, right)
        if entry.name is None:
            entry.flag("no-name")
        return entry


def _span(path: str, position: Callable[[int], tuple[int, int]], start: int, end: int) -> Span:
    first, last = position(start), position(max(end - 1, start))
    return Span(path, first[0], first[1], last[0], last[1])


def _mentor(text: str, entry: _Entry, path: str, position: Callable[[int], tuple[int, int]]) -> Mentor:
    end = entry.end
    while end > entry.start and text[end - 1] in " ,;":
        end -= 1
    name = entry.name_text
    if name is None and entry.name is not None:
        name = text[entry.name[0]:entry.name[1]]
    name = name.replace("\n", " ").strip(" -:*_") or None if name else None
    issues = list(entry.issues)
    if name is None and "no-name" not in issues:
        issues.append("no-name")
    handle = entry.handle
    email = entry.email
    return Mentor(
        raw=text[entry.start:end].replace("\n", " "),
        span=_span(path, position, entry.start, end),
        name=name,
        handle=handle[0] if handle else None,
        email=email[0] if email else None,
        role=entry.role,
        handle_span=_span(path, position, handle[1], handle[2]) if handle else None,
        email_span=_span(path, position, email[1], email[2]) if email else None,
        handle_source=handle[3] if handle else None,
        email_form=email[3] if email else None,
        profile_url=entry.profile_url,
        issues=tuple(issues),
    )


def parse_mentors(text: str, span: Span, lines: Sequence[str] | None = None) -> tuple[Mentor, ...]:
    """Every mentor entry in `text`, which starts at `span` (lines let multi-line text map back)."""
    if not text.strip():
        return ()
    positions = _positions(text, span, lines)
    normal = _with_line_breaks(text.translate(_SAME_WIDTH), positions)
    position = positions.__getitem__ if positions else (lambda offset: (span.line, span.column + offset))
    entries = _EntryParser(normal).entries(0, len(normal))
    return _inline_by_line(tuple(_mentor(normal, e, span.path, position) for e in entries))


def _inline_by_line(mentors: tuple[Mentor, ...]) -> tuple[Mentor, ...]:
    """Each mentor with `inline` set to the number of entries that start on its line."""
    out: list[Mentor] = []
    i = 0
    while i < len(mentors):
        j = i
        while j < len(mentors) and mentors[j].span.line == mentors[i].span.line:
            j += 1
        out.extend(m._replace(inline=j - i) for m in mentors[i:j])
        i = j
    return tuple(out)


_GROUP_LABEL = re.compile(r"[*_]{0,2}(?P<role>[A-Za-z-]+)(?: mentors?)?[*_]{0,2}:?[*_]{0,2}", re.I)


def mentors_in_item(item: Item, lines: Sequence[str] | None = None) -> tuple[Mentor, ...]:
    """The mentors of one list item and of the items nested under it; an item that only names a
    role (`Primary`, `Adjunct mentors:`) gives that role to the mentors nested under it."""
    group = _GROUP_LABEL.fullmatch(item.text.strip())
    role = _ROLES.get(group.group("role").casefold()) if group and item.items else None
    found = () if role else parse_mentors(item.text, item.span, lines)
    for sub in item.items:
        nested = mentors_in_item(sub, lines)
        found += tuple(m._replace(role=m.role or role) for m in nested) if role else nested
    return found


def mentors_in_field(field_: Field, lines: Sequence[str] | None = None) -> tuple[Mentor, ...]:
    """The mentors of a mentor field: its nested items, and its value when that names someone.

    With nested items, a value without handle or email (`Mentor(s): #For GSoC, at least 2
    mentors...`) is a note, not a mentor.
    """
    found = parse_mentors(field_.value, field_.value_span, lines) if field_.value else ()
    if field_.items:
        found = _inline_by_line(tuple(m for m in found if m.handle or m.email))
        for item in field_.items:
            found += mentors_in_item(item, lines)
    return found


def canonical(mentor: Mentor) -> str:
    """The template form of an entry, with placeholders for what is missing (an issue form's line for its entries)."""
    if mentor.lfid is not None:
        return f"{mentor.name or 'Full Name'} | @{mentor.handle or 'github-handle'} | {mentor.email or 'email'} | " \
               f"{mentor.lfid or 'LFID'}"
    text = f"{mentor.name or 'Name'} (@{mentor.handle or 'github-handle'}, {mentor.email or 'email'})"
    return f"{text} - {mentor.role}" if mentor.role else text
