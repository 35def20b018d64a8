"""Split one mentor text into entries and fill them in: the template form at once, any other
shape (labels, several mentors on a line, `Name | @h | email | LFID`, ...) token by token."""

from __future__ import annotations

import re

from .classification import (AND, HANDLE_LABELS, IDENTITY, NOT_NAMES, PART_LABELS, ROLES, SPECIAL_WORDS, Part,
                             PartKind, classify)
from .entry import Entry, Extent, Written, Separator, apply, fill_from_group, has_identity
from .handles import GITHUB_HANDLE, HANDLE_LIKE_WORD
from .tokens import Token, TokenKind, merge_obfuscated, tokens

_LABEL = re.compile(r"[*_]{0,2}(?P<label>[A-Za-z][A-Za-z() -]{0,30}):[*_]{0,2}(?=\s|$)")  # also at a line's end
# The template form exactly, `Jane Doe (@jane-doe, jane@example.org)`: most entries, read without tokens.
# Name words hold nothing another reading could take (no `@`, links, quotes, emphasis or separators).
_TEMPLATE_FORM = re.compile(
    r"(?P<name>[^\s,;:()\[\]{}<>|@*_`\"'/\\#&+]+(?: [^\s,;:()\[\]{}<>|@*_`\"'/\\#&+]+)*)"
    rf" ?\((?P<handle>@{GITHUB_HANDLE.pattern}), "
    r"(?P<email>[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)\)"
    r"(?: - (?P<role>[A-Za-z-]+))?"
)


def template_form(text: str, start: int, end: int) -> Entry | None:
    """The entry when text[start:end] is exactly the template form and no word in its name
    means something else (a role, `and`, `at`, `TBD`); None sends the text to the full reading."""
    match = _TEMPLATE_FORM.fullmatch(text, start, end)
    if match is None or any(word.casefold() in SPECIAL_WORDS for word in match.group("name").split(" ")):
        return None
    role = match.group("role")
    if role is not None and role.casefold() not in ROLES:
        return None
    entry = Entry(start, end=match.end(), name=Extent(*match.span("name")), role=role and ROLES[role.casefold()],
                  closed=True)
    entry.handle = Written(match.group("handle")[1:], *match.span("handle"), "mention")
    entry.email = Written(match.group("email"), *match.span("email"), "plain")
    return entry


class EntryReader:
    """Splits one text into mentor entries and fills them in."""

    def __init__(self, text: str):
        self.text = text

    def entries(self, start: int, end: int) -> list[Entry]:
        exact = template_form(self.text, start, end)
        return [exact] if exact is not None else self.any_form(start, end)

    def any_form(self, start: int, end: int) -> list[Entry]:
        """The entries of text[start:end] in whatever shape they are written."""
        if self.text.count("|", start, end) >= 2:
            return [self._pipe_entry(start, end)]
        role, start = self._label_role(start, end)
        end = self._before_next_label(start, end)
        toks = merge_obfuscated(tokens(self.text, start, end), self.text)
        result: list[Entry] = []
        chunks = self._chunks(toks)
        later = [False] * len(chunks)  # whether a handle, email or profile comes in a later chunk
        for k in range(len(chunks) - 2, -1, -1):
            later[k] = later[k + 1] or any(has_identity(tok, self.text) for tok in chunks[k + 1][1])
        for (after, chunk), identity_later in zip(chunks, later):
            for index, entry in enumerate(self._chunk_entries(chunk, identity_later)):
                entry.after = after if index == 0 else Separator.NONE
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
        return next((ROLES[w] for w in words if w in ROLES), None), label.end()

    def _before_next_label(self, start: int, end: int) -> int:
        """Where a later line starting with another field's label (`Issue: ...`) cuts the entries off."""
        for i in range(start, end):
            if self.text[i] == "\n":
                found = _LABEL.match(self.text, i + 1, end)
                if found is not None and "mentor" not in found.group("label").casefold() \
                        and found.group("label").casefold() not in PART_LABELS:
                    return i
        return end

    @staticmethod
    def _chunks(toks: list[Token]) -> list[tuple[Separator, list[Token]]]:
        """The tokens between separators, each with the separator before it (none for the first)."""
        chunks: list[tuple[Separator, list[Token]]] = [(Separator.NONE, [])]
        for tok in toks:
            if tok.separates:
                chunks.append((Separator(tok.text), []))
            elif tok.kind is TokenKind.WORD and tok.text.casefold() in AND:
                chunks.append((Separator.AND, []))
            else:
                chunks[-1][1].append(tok)
        return [(after, chunk) for after, chunk in chunks if chunk]

    def _chunk_entries(self, chunk: list[Token], identity_later: bool) -> list[Entry]:
        identity_after = [False] * (len(chunk) + 1)
        for i in range(len(chunk) - 1, -1, -1):
            identity_after[i] = identity_after[i + 1] or has_identity(chunk[i], self.text)
        entries = [Entry(chunk[0].start)]
        label = ""
        for i, tok in enumerate(chunk):
            entry = entries[-1]
            if tok.kind is TokenKind.GROUP:
                if not fill_from_group(entry, tok, self.text):
                    entries.append(Entry(tok.start))
                    fill_from_group(entries[-1], tok, self.text)
                continue
            part = classify(tok)
            if part.kind is PartKind.WORD and label in HANDLE_LABELS and HANDLE_LIKE_WORD.fullmatch(part.value):
                part = Part(PartKind.HANDLE, part.value, "bare")  # `GitHub: jane`
            label = part.value if part.source == "label" else ""
            starts_new = (
                (part.kind is PartKind.WORD and entry.has_identity and identity_after[i] and not entry.awaits_name)
                or (part.kind is PartKind.WORD and entry.stopped and (identity_after[i] or identity_later))
                or (part.kind is PartKind.NAME_LINK and (entry.name is not None or entry.has_identity))
                or (part.kind is PartKind.HANDLE and entry.handle is not None)
                or (part.kind is PartKind.EMAIL and entry.email is not None)
            )
            if starts_new:
                entries.append(Entry(tok.start))
                entry = entries[-1]
            apply(entry, tok, part, inside=False)
        return [e for e in entries if e.end >= 0]

    def _continues(self, previous: Entry, entry: Entry) -> bool:
        """`Jane, @jane, jane@x.org` and `Hung-Ying, Tai (...)`: one mentor split by commas (or by
        a line break before its handle and email); `;` and `and` always separate people."""
        if entry.after in (Separator.SEMICOLON, Separator.AND):
            return False
        if entry.after is Separator.LINE and entry.labelled and entry.name is None and entry.has_identity:
            return not ((entry.handle and previous.handle) or (entry.email and previous.email))  # `GitHub: @jane`
        if entry.after is Separator.LINE:
            return entry.name is None and entry.has_identity and not (previous.has_identity or previous.closed)
        if previous.awaits_name and previous.name is None and entry.handle is None and entry.name is not None:
            return True  # `@jane, Jane Doe jane@example.org`
        if entry.name is None and entry.has_identity:
            return not ((entry.handle and previous.handle) or (entry.email and previous.email))
        return (not previous.has_identity and entry.has_identity and entry.name_text is None
                and self._one_word(previous.name) and self._one_word(entry.name))

    def _one_word(self, name: Extent | None) -> bool:
        return name is not None and " " not in self.text[name.start:name.end].strip()

    def _bare_handles_between_commas(self, entries: list[Entry]) -> list[Entry]:
        """`Peter Hunt, haircommander, pehunt@example.org`: the lone word between a name and an
        email is the name's handle, written without `@`."""
        out: list[Entry] = []
        for entry in entries:
            previous = out[-1] if out else None
            if (previous is not None and not previous.has_identity and previous.name is not None
                    and entry.after is Separator.COMMA and entry.handle is None and entry.email is not None
                    and entry.name is not None and entry.name_text is None and entry.profile_url is None
                    and HANDLE_LIKE_WORD.fullmatch(self.text[entry.name.start:entry.name.end])):
                previous.handle = Written(self.text[entry.name.start:entry.name.end], *entry.name, "bare")
                previous.email, previous.end, previous.role = entry.email, entry.end, previous.role or entry.role
                previous.flag("no-parentheses")
                previous.absorb_issues(entry)
                continue
            out.append(entry)
        return out

    @staticmethod
    def _merge(previous: Entry, entry: Entry) -> None:
        if entry.name is not None and previous.name is None:
            previous.name, previous.name_text = entry.name, entry.name_text
            previous.name_follows_handle()
        elif entry.name is not None:
            previous.name = Extent(previous.name.start, entry.name.end)
        elif entry.after is not Separator.LINE or entry.labelled:
            previous.flag("no-parentheses")
        previous.end = entry.end
        previous.handle = previous.handle or entry.handle
        previous.email = previous.email or entry.email
        previous.role = previous.role or entry.role
        previous.profile_url = previous.profile_url or entry.profile_url
        previous.closed = entry.closed
        previous.absorb_issues(entry)

    def _real_name(self, entry: Entry) -> bool:
        if entry.name is None:
            return False
        name = self.text[entry.name.start:entry.name.end].strip(" -:*_").casefold()
        return bool(name) and name not in NOT_NAMES

    def _pipe_entry(self, start: int, end: int) -> Entry:
        """`Full Name | @handle | email | LFID` (the issue-form line)."""
        entry = Entry(start)
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
            parts = [(t, classify(t)) for t in merge_obfuscated(tokens(self.text, left, right), self.text)]
            if {p.kind for _, p in parts} & IDENTITY:
                for tok, part in parts:
                    if part.kind is not PartKind.WORD:
                        apply(entry, tok, part, inside=True)
            elif entry.name is None:
                entry.add_name(left, right)
            entry.end = max(entry.end, right)
        if entry.name is None:
            entry.flag("no-name")
        return entry
