"""Text fitted to a terminal: control characters escaped, display widths, word wrapping, and a source line
cropped around a finding with its carets kept under the offending text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..sinks.terminal import printable

CUT = "…"
TAB_STOP = 4  # CommonMark's tab stop
HANGING = 4  # a continuation line is indented this much more than the line it continues
MIN_ROOM = 10  # below this many cells a line is not worth fitting

_UNIT = re.compile(r"( *)((?:`[^`]*`|[^ `]+|`)+)")  # a code span is one unit with the text it touches
_WORD = re.compile(r"( *)([^ ]+)")

Word = tuple[str, str, str]  # (kind, the spaces before it, text)


def cell_width(text: str) -> int:
    """The terminal cells `text` takes, as rich measures them (grapheme by grapheme: an emoji built of
    several code points, such as `❤️` or `👩‍💻`, takes the 2 cells a terminal draws). Printable ASCII is
    measured without rich, which a run on such text never imports."""
    if text.isascii() and text.isprintable():
        return len(text)
    from rich.cells import cell_len

    return cell_len(text)


def graphemes(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each grapheme of `text` (rich's split), every control character (a tab) one of its own."""
    if text.isascii():
        yield from ((index, index + 1) for index in range(len(text)))
        return
    from rich.cells import split_graphemes

    run = 0
    for index, char in enumerate(text):
        if char == "\t" or printable(char) != char:
            yield from ((run + start, run + end) for start, end, _ in split_graphemes(text[run:index])[0])
            yield index, index + 1
            run = index + 1
    yield from ((run + start, run + end) for start, end, _ in split_graphemes(text[run:])[0])


def words(kind: str, text: str, gap: str = " ") -> list[Word]:
    """`text` cut into words at runs of spaces outside `code spans`; `gap` comes before the first."""
    found = [(kind, match[1], match[2]) for match in _UNIT.finditer(text)]
    return [(kind, gap, found[0][2]), *found[1:]] if found else []


def wrap(line: list[Word], indent: int, width: int) -> list[tuple[int, list[Word]]]:
    """`line` (to be written after `indent` spaces) as (indent, words) lines no wider than `width`, the
    continuation lines indented HANGING more. A code span too wide for a line is cut at its spaces; a
    single word wider than a line (a path, a URL) gets a line of its own, whole."""
    room = max(width - indent - HANGING, MIN_ROOM)
    lines: list[tuple[int, list[Word]]] = [(indent, [])]
    used = indent
    for kind, gap, text in _spans_cut_to_fit(line, room):
        text_width = cell_width(text)
        if lines[-1][1] and used + len(gap) + text_width > max(width, indent + MIN_ROOM):
            lines.append((indent + HANGING, []))
            used = indent + HANGING
        if not lines[-1][1]:
            gap = ""
        lines[-1][1].append((kind, gap, text))
        used += len(gap) + text_width
    return lines


def _spans_cut_to_fit(line: list[Word], room: int) -> list[Word]:
    """`line` with each word wider than `room` cut at the spaces it has (a long code span's)."""
    out: list[Word] = []
    for kind, gap, text in line:
        if cell_width(text) <= room or " " not in text:
            out.append((kind, gap, text))
        else:
            parts = [(kind, match[1], match[2]) for match in _WORD.finditer(text)]
            out += [(kind, gap, parts[0][2]), *parts[1:]]
    return out


def crop(text: str, first: int, count: int, room: int) -> tuple[list[tuple[str, str]], str]:
    """Source line `text` as it shows on a terminal, its characters `first`..`first + count` underlined.

    Returns the line as ("source" | "cut", text) pieces no wider than `room` cells (when wider, a window
    around the underlined text with CUT marking each cut) and the caret line under it. Tabs become
    spaces (tab stops of TAB_STOP cells), control characters are escaped, carets span wide characters.
    A line far wider than `room` is first cut to the neighbourhood of the finding (`room` characters each
    side), so each finding costs time in proportion to `room`, not to the line (tab stops then count from
    the cut).
    """
    first = min(max(first, 0), len(text))
    if len(text) > 4 * max(room, MIN_ROOM):
        return _crop_neighbourhood(text, first, count, max(room, MIN_ROOM))
    cells = _cells(text, first, count)
    total = sum(width for _, width, _ in cells)
    start = sum(width for _, width, marked in cells[: next((i for i, c in enumerate(cells) if c[2]), len(cells))])
    end = start + max(1, sum(width for _, width, marked in cells if marked))
    low, high = _window(total, start, end, max(room, MIN_ROOM))
    pieces: list[tuple[str, str]] = [("cut", CUT)] if low > 0 else []
    carets = " " if low > 0 else ""
    shown, position, kept = [], 0, low == 0
    for char, width, marked in cells:
        kept = (kept if width == 0 else low <= position and position + width <= high)
        position += width
        if kept:
            shown.append(char)
            if marked or position <= start:
                carets += ("^" if marked else " ") * width
    pieces.append(("source", "".join(shown)))
    if high < total:
        pieces.append(("cut", CUT))
    return pieces, carets if "^" in carets else carets + "^"  # a zero-width character still gets a caret


def _crop_neighbourhood(text: str, first: int, count: int, room: int) -> tuple[list[tuple[str, str]], str]:
    low, high = max(0, first - room), min(len(text), first + min(count, room) + room)
    pieces, carets = crop(text[low:high], first - low, min(count, high - first), room)
    if low > 0 and pieces[0][0] != "cut":
        pieces, carets = [("cut", CUT), *pieces], " " + carets
    if high < len(text) and pieces[-1][0] != "cut":
        pieces.append(("cut", CUT))
    return pieces, carets


def _cells(text: str, first: int, count: int) -> list[tuple[str, int, bool]]:
    """(shown text, width, underlined) per grapheme; one empty cell after the end when `first` is there."""
    cells, column = [], 0
    for start, end in graphemes(text):
        piece = text[start:end]
        shown = " " * (TAB_STOP - column % TAB_STOP) if piece == "\t" else printable(piece)
        width = cell_width(shown)
        cells.append((shown, width, start < first + count and end > first))
        column += width
    if first >= len(text):
        cells.append(("", 1, True))
    return cells


def _window(total: int, start: int, end: int, room: int) -> tuple[int, int]:
    """The cells [low, high) to show of a line `total` cells wide, underlined over [start, end)."""
    if total <= room:
        return 0, total
    if end <= room - 1:  # near the start: cut the end only
        return 0, room - 1
    if total - start <= room - 1:  # near the end: cut the start only
        return total - room + 1, total
    if end - start >= room - 2:  # wider than the window: its start, after the line's start if that is near
        return (0, room - 1) if start <= room // 4 else (start, start + room - 2)
    low = start - (room - 2 - (end - start)) // 2  # in the middle: centred
    return low, low + room - 2
