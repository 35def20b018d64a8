"""The tokens of a mentor text: words, links, `<...>`, parenthesised groups, separators.

Full-width and other same-width characters are folded first, and the line breaks the parser
joined are written back, so an entry's offsets map to (line, column). Every regex is linear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import Enum

from ...core.model import Span

SAME_WIDTH = str.maketrans({
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
_OBFUSCATED_AT = re.compile(r"\s*[\[({]at[\])}]\s*", re.I)
_OBFUSCATED_DOT = re.compile(r"\s*[\[({]dot[\])}]\s*", re.I)
_ADDRESS_PART = re.compile(r"[\w.+-]+")
WRAPPING = "`*_\"'"
TRAILING = ".,:;!?"
AT_WORDS = {"at", "[at]", "(at)", "{at}"}
DOT_WORDS = {"dot", "[dot]", "(dot)", "{dot}"}


class TokenKind(Enum):
    """What a token is; the first ones are the groups of `_TOKEN`."""

    LINK = "link"  # `[text](url)`
    ANGLE = "angle"  # `<text>`
    OPEN = "open"
    CLOSE = "close"
    PIPE = "pipe"
    SEP = "sep"  # `,` or `;`
    NEWLINE = "newline"
    WORD = "word"
    OTHER = "other"
    GROUP = "group"  # a parenthesised group, its tokens in `children`
    OBFUSCATED = "obfuscated"  # `a AT b DOT org`, the address in `label`


@dataclass
class Token:
    """A token of an entry line: kind, text, [start, end) offsets, and its parsed meaning."""

    kind: TokenKind
    text: str
    start: int
    end: int
    url: str = ""
    label: str = ""
    children: list[Token] = field(default_factory=list)
    unclosed: bool = False  # a group whose `)` never comes (it runs to the end, or another `(` cuts it)
    cut: bool = False  # an unclosed group cut where another mentor's `(` opens

    @property
    def separates(self) -> bool:
        return self.kind in (TokenKind.SEP, TokenKind.NEWLINE)


def positions(text: str, span: Span, lines: Sequence[str] | None) -> list[tuple[int, int]] | None:
    """(line, column) of each offset of a multi-line `text`, rebuilt the way the parser joined
    lines; None when `text` is on one line or does not map back."""
    if lines is not None and span.end_line > span.line and span.end_line <= len(lines):
        found: list[tuple[int, int]] = []
        for line_no in range(span.line, span.end_line + 1):
            line = lines[line_no - 1]
            start = span.column - 1 if line_no == span.line else 0
            stripped = line[start:].strip()
            if not stripped:
                continue
            offset = start + len(line[start:]) - len(line[start:].lstrip())
            if found:
                found.append((found[-1][0], found[-1][1] + 1))
            found.extend((line_no, offset + i + 1) for i in range(len(stripped)))
        if len(found) == len(text):
            return found
    return None


def with_line_breaks(text: str, where: list[tuple[int, int]] | None) -> str:
    """`text` with the spaces that joined its source lines written back as line breaks."""
    if where is None:
        return text
    chars = list(text)
    for offset in range(len(text) - 1):
        if where[offset + 1][0] != where[offset][0] and chars[offset] == " ":
            chars[offset] = "\n"
    return "".join(chars)


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Tokens of text[start:end], parenthesised groups nested one level as `group` tokens."""
    top: list[Token] = []
    group: Token | None = None
    depth = 0
    for match in _TOKEN.finditer(text, start, end):
        kind = TokenKind(match.lastgroup)
        if kind is TokenKind.LINK:
            tok = Token(kind, match.group(), match.start(), match.end(), url=match.group("lurl"), label=match.group("ltext"))
        elif kind is TokenKind.ANGLE:
            tok = Token(kind, match.group(), match.start(), match.end(), label=match.group("atext"))
        else:
            tok = Token(kind, match.group(), match.start(), match.end())
        if kind is TokenKind.OPEN:
            cut = _cut_unclosed(group, text) if group is not None and not depth else None
            if cut is not None:
                top.extend(cut)
                group = None
            if group is None:
                group = Token(TokenKind.GROUP, "(", tok.start, tok.end)
            else:
                depth += 1
                group.children.append(Token(TokenKind.WORD, "(", tok.start, tok.end))
            continue
        if kind is TokenKind.CLOSE and group is not None:
            if depth:
                depth -= 1
                group.children.append(Token(TokenKind.WORD, ")", tok.start, tok.end))
                continue
            group.end, group.text = tok.end, text[group.start:tok.end]
            top.append(group)
            group = None
            continue
        if kind is TokenKind.CLOSE:
            continue
        (group.children if group is not None else top).append(tok)
    if group is not None:
        group.end = group.children[-1].end if group.children else group.end
        group.text = text[group.start:group.end]
        group.unclosed = True
        top.append(group)
    return top


def _cut_unclosed(group: Token, text: str) -> list[Token] | None:
    """`Sangram Rath (@s, s@x.org, Mia Grenell (@m, ...)`: a `(` that opens while a group holds an
    address and, after its last comma, only capitalised words (the next mentor's name): the open group
    ends at that comma. The tokens to add to the top level (the group, the comma, the name), or None."""
    seps = [i for i, child in enumerate(group.children) if child.kind is TokenKind.SEP]
    if not seps or not any("@" in child.text for child in group.children[:seps[-1]]):
        return None
    last = seps[-1]
    name = group.children[last + 1:]
    if not name or not all(child.kind is TokenKind.WORD and child.text[:1].isupper() for child in name):
        return None
    rest = group.children[last:]
    group.children = group.children[:last]
    group.end = group.children[-1].end
    group.text = text[group.start:group.end]
    group.unclosed = group.cut = True
    return [group, *rest]


def clean(word: str) -> str:
    """A word without the emphasis and quotes around it and its trailing punctuation."""
    return word.strip(WRAPPING).rstrip(TRAILING).strip(WRAPPING)


def _deobfuscate(text: str) -> str:
    text = _OBFUSCATED_AT.sub("@", text)
    text = _OBFUSCATED_DOT.sub(".", text)
    return re.sub(r"\s+", "", text)


def _is_word(tok: Token | None) -> bool:
    return tok is not None and tok.kind is TokenKind.WORD


def _dotted_end(toks: list[Token], i: int) -> int:
    """Where the run `w DOT w DOT w` that starts with the word at `i` ends (the index after it)."""
    j = i + 1
    while (j + 1 < len(toks) and _is_word(toks[j]) and toks[j].text.casefold() in DOT_WORDS
           and _is_word(toks[j + 1]) and _ADDRESS_PART.fullmatch(clean(toks[j + 1].text))):
        j += 2
    return j


def merge_obfuscated(toks: list[Token], text: str) -> list[Token]:
    """Join `a AT b DOT org` (and `a[at]b.org`) into one `obfuscated` token, `@[h](url)` into one link."""
    out: list[Token] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        word = clean(tok.text).casefold() if _is_word(tok) else ""
        if _is_word(tok) and ("[at]" in word or "(at)" in word or "{at}" in word):
            out.append(Token(TokenKind.OBFUSCATED, tok.text, tok.start, tok.end, label=_deobfuscate(clean(tok.text))))
            i += 1
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if _is_word(tok) and tok.text == "@" and nxt is not None and nxt.kind is TokenKind.LINK and nxt.start == tok.end:
            out.append(replace(nxt, start=tok.start, label="@" + nxt.label.lstrip("@")))
            i += 2
            continue
        if _is_word(tok) and _ADDRESS_PART.fullmatch(clean(tok.text)):
            at = _dotted_end(toks, i)  # `ankur DOT kothiwal99 AT ...`: the local part may be dotted too
            nxt = toks[at] if at < len(toks) else None
            after = toks[at + 1] if at + 1 < len(toks) else None
            if (_is_word(nxt) and _is_word(after) and nxt.text.casefold() in AT_WORDS
                    and _ADDRESS_PART.fullmatch(clean(after.text))):
                j = _dotted_end(toks, at + 1)
                loud = nxt.text != "at"
                domain_dotted = j > at + 2 or "." in after.text.strip(TRAILING)
                if loud or domain_dotted:
                    local = [clean(toks[k].text) for k in range(i, at, 2)]
                    domain = [clean(toks[k].text) for k in range(at + 1, j, 2)]
                    out.append(Token(TokenKind.OBFUSCATED, text[tok.start:toks[j - 1].end], tok.start, toks[j - 1].end,
                                     label=".".join(local) + "@" + ".".join(domain)))
                    i = j
                    continue
        out.append(tok)
        i += 1
    return out
