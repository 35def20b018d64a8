"""mistletoe, as the parser uses it: block structure only, read in linear time."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from mistletoe import block_token, block_tokenizer, span_token, token
from mistletoe.block_token import Heading, List

CONTAINERS = (block_token.Document, List, block_token.ListItem, block_token.Quote)


class _HtmlBlock(block_token.HtmlBlock):
    """mistletoe's HTML block, with a quick refusal of the many lines that do not start with `<`."""

    @classmethod
    def start(cls, line: str):
        return line.lstrip()[:1] == "<" and super().start(line)


class _Heading(Heading):
    """mistletoe's ATX heading, read in linear time: its pattern backtracks quadratically on a long
    run of blanks (`# a` + 100,000 spaces + `x`)."""

    _opening = re.compile(r" {0,3}(#{1,6})(?=\s)")

    @classmethod
    def start(cls, line: str):
        match = cls._opening.match(line)
        if match is None:
            return False
        rest = line[match.end() :]
        body = rest.strip()
        stem = body.rstrip("#")
        # A closing run needs a blank before it; a body of `#`s alone takes the opening's blank too.
        closed = stem[-1].isspace() if stem else len(rest) - len(rest.lstrip()) > 1
        cls.level = len(match.group(1))
        content = stem.strip() if closed or not stem else body
        cls.content = "" if set(content) == {"#"} else content
        cls.closing_sequence = body[len(stem) :] if closed else ""
        return True


class _Footnote(block_token.Footnote):
    """mistletoe's link reference definitions, read in linear time. mistletoe matches each definition of
    a paragraph against the rest of it copied (`string[offset:]` in `match_link_label`, `shift_whitespace`
    and the others), so a run of 60,000 definitions takes quadratic time. This hands its own matching the
    paragraph in pieces: from one line that may open a definition (`[` after up to three spaces) to the
    next, widened (doubling) while a piece is not matched whole, so a definition whose title runs on over
    such lines reads as mistletoe reads it."""

    _opens = re.compile(r" {0,3}\[")

    @classmethod
    def read(cls, lines):
        buffer = []
        while lines.peek() is not None and lines.peek().strip() != "":
            buffer.append(next(lines))
        starts = [i for i, line in enumerate(buffer) if cls._opens.match(line)] + [len(buffer)]
        matches, first, next_start = [], 0, 0
        while first < len(buffer):
            while starts[next_start] <= first:
                next_start += 1
            end = starts[next_start]
            while True:
                found, consumed = cls._match_all("".join(buffer[first:end]))
                if consumed == end - first or end == len(buffer):
                    break
                end = min(len(buffer), first + 2 * (end - first))
            matches += found
            if consumed < end - first:
                lines._index -= len(buffer) - first - consumed  # give back what is not a definition
                break
            first = end
        cls.append_footnotes(matches, token._root_node)  # the document being read
        return matches or None

    @classmethod
    def _match_all(cls, string: str) -> tuple[list, int]:
        """mistletoe's loop over one piece: its definitions, and how many of its lines they take."""
        offset, found = 0, []
        while offset < len(string) - 1:
            match_info = cls.match_reference(string, offset)
            if match_info is None:
                break
            offset, match = match_info
            found.append(match)
        return found, string[:offset].count("\n")


@contextmanager
def blocks_only() -> Iterator[None]:
    """Tokenize block structure (HTML blocks included, as GitHub renders them) with no inline
    parsing: a paragraph's text stays one raw string, line ends included.

    The model needs blocks, their lines and how many lines a paragraph spans; mistletoe's
    emphasis and link parsing is superlinear on adversarial lines (`[a](` x 25,000 takes
    minutes), so it is switched off while the document is tokenized.
    """
    saved_spans, saved_blocks = list(span_token._token_types), list(block_token._token_types)
    span_token._token_types[:] = [span_token.RawText]
    replaced = {Heading: _Heading, block_token.Footnote: _Footnote}
    block_token._token_types[:] = [
        _HtmlBlock, *(replaced.get(t, t) for t in saved_blocks if not issubclass(t, block_token.HtmlBlock))
    ]
    try:
        yield
    finally:
        span_token._token_types[:] = saved_spans
        block_token._token_types[:] = saved_blocks


def tokenize(text: str) -> block_token.Document:
    """Tokenize with lines split on `\n` only, as the model counts them (not str.splitlines)."""
    with blocks_only():
        return block_token.Document([line + "\n" for line in text.split("\n")])


def tokenize_in_two(lines: tuple[str, ...], second: int) -> block_token.Document:
    """Tokenize `lines[:second - 1]` and then, as if a block had ended there, the lines from `second` on,
    with their own line numbers: one document whose first part's open blocks end before `second`."""
    root = tokenize("\n".join(lines[: second - 1]))
    with blocks_only():
        token._root_node = root  # where link reference definitions go
        try:
            tail = block_tokenizer.tokenize_block([line + "\n" for line in lines[second - 1 :]],
                                                  block_token._token_types, start_line=second)
            root.children = [*root.children, *block_tokenizer.make_tokens(tail)]
        finally:
            token._root_node = None
    return root


def html_blocks(root: block_token.Document) -> tuple[tuple[int, int], ...]:
    """First and last line of every HTML block, at any depth outside code."""
    return _lines_of(root, block_token.HtmlBlock)


def code_blocks(root: block_token.Document) -> tuple[tuple[int, int], ...]:
    """First and last line of every code block (fenced, fences included, or indented), at any depth."""
    return _lines_of(root, (block_token.CodeFence, block_token.BlockCode))


def _lines_of(root: block_token.Document, kinds) -> tuple[tuple[int, int], ...]:
    found, stack = [], [root]
    while stack:
        token = stack.pop()
        if isinstance(token, kinds):
            fences = 1 if isinstance(token, block_token.CodeFence) else 0
            found.append((token.line_number, token.line_number + token.content.rstrip("\n").count("\n") + fences))
        elif isinstance(token, CONTAINERS):
            stack.extend(token.children)
    return tuple(sorted(found))
