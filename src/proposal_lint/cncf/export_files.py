"""The files cncf's automation writes beside a term README for the LFX platform, read with real
positions: `lfx-export.json` (stdlib json) and `lfx-tracking.csv` (stdlib csv).

JSON positions come from walking the raw text with the json module's own scanners (the decoder's
`raw_decode` for each scalar, `scanstring` for each key), so every value's offsets are the ones
the parser read. CSV positions come from the reader's line count per record and a walk over the
record's raw text that follows the dialect's quoting (doubled quotes inside quoted fields).
"""

from __future__ import annotations

import bisect
import csv
import io
import json
import os
from json.decoder import WHITESPACE, scanstring
from typing import NamedTuple

from ..core.bounded_read import read_text
from ..core.model import Span
from .layout import EXPORT_JSON, TRACKING_CSV

_DECODER = json.JSONDecoder()
REQUIRED_COLUMNS = ("PROJECT", "LFX URL", "Mentor 1", "Mentor 1 GitHub", "Mentor 1 email address")


class Located(NamedTuple):
    """A mentor or program value and where it sits."""

    value: str | None
    span: Span


class FileMentor(NamedTuple):
    name: Located
    handle: Located
    email: Located
    span: Span


class FileProgram(NamedTuple):
    """One program as a term file names it: full LFX name, mentors, LFX URL."""

    full_name: Located
    mentors: tuple[FileMentor, ...]
    lfx_url: Located


class TermFile(NamedTuple):
    """One of the export files: its programs, or why it could not be read (and where)."""

    path: str
    programs: tuple[FileProgram, ...] = ()
    problem: Located | None = None


class _Lines:
    """Offsets of a text -> 1-based (line, column) spans."""

    def __init__(self, path: str, text: str):
        self.path, self.starts = path, [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]

    def span(self, start: int, end: int) -> Span:
        line = bisect.bisect_right(self.starts, start)
        end_line = bisect.bisect_right(self.starts, max(end - 1, start))
        return Span(self.path, line, start - self.starts[line - 1] + 1, end_line,
                    max(end - 1, start) - self.starts[end_line - 1] + 1)


def _skip(text: str, index: int) -> int:
    return WHITESPACE.match(text, index).end()


def _walk(text: str, index: int, where: tuple, found: dict[tuple, tuple[int, int]]) -> int:
    """Record the offsets of the value at `index` (and of everything inside it) under its path; return its end."""
    index = _skip(text, index)
    start = index
    if text[index] == "{":
        index = _skip(text, index + 1)
        while text[index] != "}":
            key, index = scanstring(text, index + 1)
            index = _walk(text, _skip(text, index) + 1, (*where, key), found)
            index = _skip(text, index)
            index = _skip(text, index + 1) if text[index] == "," else index
        end = index + 1
    elif text[index] == "[":
        index, count = _skip(text, index + 1), 0
        while text[index] != "]":
            index = _skip(text, _walk(text, index, (*where, count), found))
            index, count = (_skip(text, index + 1) if text[index] == "," else index), count + 1
        end = index + 1
    else:
        end = _DECODER.raw_decode(text, index)[1]
    found[where] = (start, end)
    return end


def _text(path: str) -> str | Located:
    try:
        return read_text(path, "utf-8-sig", universal_newlines=False)
    except OSError as error:
        return Located(f"cannot read it ({error})", Span(path, 1, 1, 1, 1))


def read_export_json(path: str) -> TermFile:
    """The programs of an `lfx-export.json` (`{"programs": [{program_name_full, mentors, lfx_url}, ...]}`)."""
    text = _text(path)
    if isinstance(text, Located):
        return TermFile(path, problem=text)
    lines = _Lines(path, text)
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        return TermFile(path, problem=Located(f"not valid JSON ({error.msg})", lines.span(error.pos, error.pos + 1)))
    programs = data.get("programs") if isinstance(data, dict) else None
    if not isinstance(programs, list) or not all(isinstance(p, dict) for p in programs):
        return TermFile(path, problem=Located("expected an object with a `programs` list of objects",
                                              lines.span(0, 1)))
    found: dict[tuple, tuple[int, int]] = {}
    _walk(text, 0, (), found)
    for i, program in enumerate(programs):
        if not isinstance(program.get("program_name_full"), str):
            return TermFile(path, problem=Located("a program without a `program_name_full` string",
                                                  lines.span(*found[("programs", i)])))

    def at(*where) -> Span:
        for size in range(len(where), 0, -1):  # a missing key: where its object sits
            if where[:size] in found:
                return lines.span(*found[where[:size]])
        return lines.span(0, 1)

    def value(item: dict, key: str, *where) -> Located:
        raw = item.get(key)
        return Located(raw if isinstance(raw, str) else None, at(*where, key))

    result = []
    for i, program in enumerate(programs):
        mentors = program.get("mentors") if isinstance(program.get("mentors"), list) else []
        result.append(FileProgram(
            value(program, "program_name_full", "programs", i),
            tuple(FileMentor(value(m, "name", "programs", i, "mentors", j),
                             value(m, "github_handle", "programs", i, "mentors", j),
                             value(m, "email", "programs", i, "mentors", j), at("programs", i, "mentors", j))
                  for j, m in enumerate(mentors) if isinstance(m, dict)),
            value(program, "lfx_url", "programs", i),
        ))
    return TermFile(path, tuple(result))


def _field_offsets(record: str, dialect=csv.excel) -> list[int]:
    """Offset at which each field of one raw CSV record starts (quoted fields may hold delimiters,
    doubled quotes and newlines)."""
    starts, index, quoted = [0], 0, False
    while index < len(record):
        char = record[index]
        if quoted:
            if char == dialect.quotechar:
                if record[index + 1:index + 2] == dialect.quotechar:
                    index += 1
                else:
                    quoted = False
        elif char == dialect.quotechar:
            quoted = True
        elif char == dialect.delimiter:
            starts.append(index + 1)
        index += 1
    return starts


def read_tracking_csv(path: str) -> TermFile:
    """The programs of an `lfx-tracking.csv` (columns PROJECT, LFX URL, `Mentor N`, `Mentor N GitHub`,
    `Mentor N email address`)."""
    text = _text(path)
    if isinstance(text, Located):
        return TermFile(path, problem=text)
    physical = io.StringIO(text, newline="").readlines()
    lines = _Lines(path, text)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error as error:
        return TermFile(path, problem=Located(f"not valid CSV ({error})", Span(path, 1, 1, 1, 1)))
    missing = [name for name in REQUIRED_COLUMNS if name not in (header or ())]
    if missing:
        return TermFile(path, problem=Located(f"the header row lacks the column(s) {', '.join(missing)} of cncf's "
                                              "lfx-tracking.csv", Span(path, 1, 1, 1, 1)))
    columns = {name: i for i, name in reversed(list(enumerate(header)))}
    mentor_groups = [n for n in range(1, 100) if f"Mentor {n}" in columns]
    programs, previous = [], reader.line_num
    try:
        for row in reader:
            first, previous = previous, reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            record_start = sum(len(line) for line in physical[:first])
            record = "".join(physical[first:previous])
            offsets = _field_offsets(record)

            def cell(name: str) -> Located:
                i = columns.get(name)
                if i is None or i >= len(row):
                    return Located(None, lines.span(record_start, record_start + 1))
                start = record_start + offsets[i]
                end = record_start + (offsets[i + 1] - 1 if i + 1 < len(offsets) else len(record.rstrip("\r\n")))
                return Located(row[i], lines.span(start, max(end, start + 1)))

            mentors = tuple(FileMentor(cell(f"Mentor {n}"), cell(f"Mentor {n} GitHub"),
                                       cell(f"Mentor {n} email address"), cell(f"Mentor {n}").span)
                            for n in mentor_groups if any(
                                (row[columns[k]] if columns.get(k, len(row)) < len(row) else "").strip()
                                for k in (f"Mentor {n}", f"Mentor {n} GitHub", f"Mentor {n} email address")))
            programs.append(FileProgram(cell("PROJECT"), mentors, cell("LFX URL")))
    except csv.Error as error:
        return TermFile(path, problem=Located(f"not valid CSV ({error})", Span(path, reader.line_num, 1,
                                                                               reader.line_num, 1)))
    return TermFile(path, tuple(programs))


def read_term_files(directory: str) -> tuple[TermFile, ...]:
    """The export files a term directory holds (none, one or both)."""
    found = []
    for name, read in ((EXPORT_JSON, read_export_json), (TRACKING_CSV, read_tracking_csv)):
        path = os.path.join(directory, name)
        if os.path.isfile(path):
            found.append(read(path))
    return tuple(found)
