"""Reading input: paths to decoded text, or the input rule that explains why not."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

MAX_FILE_BYTES = 16 * 1024 * 1024
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")


class Source(NamedTuple):
    """A file's decoded text."""

    path: str
    text: str


class InputFailure(NamedTuple):
    """A path that could not be read: the input rule's code, a message, and where."""

    path: str
    code: str
    message: str
    line: int = 1
    column: int = 1


def expand_paths(paths: Iterable[str]) -> Iterator[str | InputFailure]:
    """Files as given, and Markdown files found under directories, in sorted order."""
    for path in paths:
        if os.path.isdir(path):
            found = sorted(
                str(p) for p in Path(path).rglob("*") if p.suffix.lower() in MARKDOWN_SUFFIXES and p.is_file()
            )
            if not found:
                yield InputFailure(path, "PL001", f"no Markdown files ({', '.join(MARKDOWN_SUFFIXES)}) under directory")
            yield from found
        else:
            yield path


def read_source(path: str, max_bytes: int = MAX_FILE_BYTES) -> Source | InputFailure:
    """Read and decode one file; a BOM is dropped and CRLF becomes LF."""
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            return InputFailure(path, "PL004", f"file is {size / 2**20:.1f} MiB; the limit is {max_bytes / 2**20:.0f} MiB")
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        return InputFailure(path, "PL001", "no such file")
    except IsADirectoryError:
        return InputFailure(path, "PL001", "is a directory")
    except OSError as error:
        return InputFailure(path, "PL001", f"cannot read: {error.strerror or error}")
    return decode(path, data)


def decode(path: str, data: bytes) -> Source | InputFailure:
    """Decode bytes as UTF-8, reporting the line and column of the first bad byte."""
    if b"\x00" in data:
        return InputFailure(path, "PL003", "file contains NUL bytes; it is binary, not Markdown")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        head = data[: error.start]
        line = head.count(b"\n") + 1
        column = len(head[head.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        return InputFailure(
            path, "PL002", f"byte 0x{data[error.start]:02x} is not valid UTF-8; save the file as UTF-8", line, column
        )
    return Source(path, text.replace("\r\n", "\n").replace("\r", "\n"))
