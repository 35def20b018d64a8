"""Reading input: paths to decoded text, or the input rule that explains why not."""

from __future__ import annotations

import codecs
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from ..core.bounded_read import MAX_FILE_BYTES
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


class StdinPath(str):
    """Standard input (`-` on the command line), under the name it is reported as and configured by.

    The name (`--stdin-filename`, else `<stdin>`) picks the config file, the per-file ignores and
    the input's shape, exactly as a file of that name would.
    """

    __slots__ = ()


STDIN_ARGUMENT = "-"
STDIN_DEFAULT_NAME = "<stdin>"


def _git_listed(directory: str) -> list[str] | None:
    """The files git does not ignore under `directory` (tracked, or untracked and not ignored);
    None outside a git work tree or without git."""
    import subprocess

    try:
        done = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                              cwd=directory, capture_output=True)
    except OSError:
        return None
    if done.returncode != 0:
        return None
    return [os.path.join(directory, name) for name in os.fsdecode(done.stdout).split("\0") if name]


def _walked(directory: str) -> Iterator[str]:
    for top, dirs, files in os.walk(directory):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        yield from (os.path.join(top, name) for name in files)


def _is_hidden_below(path: str, directory: str) -> bool:
    """Whether a folder between `directory` and the file `path` is hidden (its name starts with a dot)."""
    folders = Path(os.path.relpath(path, directory)).parts[:-1]
    return any(part.startswith(".") and part not in (".", "..") for part in folders)


def markdown_files_under(directory: str) -> list[str]:
    """The Markdown files under `directory`, sorted: hidden folders skipped and, in a git work
    tree, the files `.gitignore` ignores too."""
    listed = _git_listed(directory)
    candidates = _walked(directory) if listed is None else (p for p in listed if not _is_hidden_below(p, directory))
    return sorted(
        str(Path(path)) for path in candidates if os.path.splitext(path)[1].lower() in MARKDOWN_SUFFIXES and os.path.isfile(path)
    )


def expand_paths(paths: Iterable[str | InputFailure]) -> Iterator[str | InputFailure]:
    """Files as given (standard input too), and Markdown files found under directories (see
    markdown_files_under); failures pass through."""
    for path in paths:
        if isinstance(path, (InputFailure, StdinPath)):
            yield path
        elif os.path.isdir(path):
            found = markdown_files_under(path)
            if not found:
                yield InputFailure(path, "PL001", f"no Markdown files ({', '.join(MARKDOWN_SUFFIXES)}) under directory")
            root = os.path.realpath(path)
            for file in found:
                yield file if _inside(os.path.realpath(file), root) else InputFailure(
                    file, "PL010", "a symlink to a file outside the directory given; not followed "
                    "(pass the file itself to check it)")
        else:
            yield path


def _inside(path: str, root: str) -> bool:
    return os.path.commonpath([path, root]) == root


def read_bytes(path: str, max_bytes: int = MAX_FILE_BYTES) -> bytes | InputFailure:
    """A regular file's bytes, at most `max_bytes`; a FIFO, device or socket is refused without waiting on it."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        return InputFailure(path, "PL001", "no such file")
    except IsADirectoryError:
        return InputFailure(path, "PL001", "is a directory")
    except OSError as error:
        return InputFailure(path, "PL001", f"cannot read: {error.strerror or error}")
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            return InputFailure(path, "PL001", "is a directory")
        if not stat.S_ISREG(info.st_mode):
            return InputFailure(path, "PL001", "is not a regular file (a FIFO, device or socket); pass a file")
        if info.st_size > max_bytes:
            return InputFailure(path, "PL004", f"file is {info.st_size / 2**20:.1f} MiB; the limit is {max_bytes / 2**20:.0f} MiB")
        try:
            data = handle.read(max_bytes + 1)
        except OSError as error:
            return InputFailure(path, "PL001", f"cannot read: {error.strerror or error}")
    if len(data) > max_bytes:
        return InputFailure(path, "PL004", f"file is over the limit of {max_bytes / 2**20:.0f} MiB")
    return data


def read_source(path: str, max_bytes: int = MAX_FILE_BYTES) -> Source | InputFailure:
    """Read and decode one file (or standard input); a BOM is dropped and CRLF becomes LF."""
    if isinstance(path, StdinPath):
        return read_stdin(path, max_bytes)
    data = read_bytes(path, max_bytes)
    return data if isinstance(data, InputFailure) else decode(path, data)


def _looks_utf16(data: bytes) -> bool:
    """A UTF-16 BOM, or NUL bytes at even or odd offsets only, as mostly-ASCII UTF-16 text has."""
    head = data[:4096]
    nul_even, nul_odd = head[0::2].count(0), head[1::2].count(0)
    return data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or abs(nul_even - nul_odd) > len(head) // 4


def decode(path: str, data: bytes) -> Source | InputFailure:
    """Decode bytes as UTF-8, reporting the line and column of the first bad byte."""
    if _looks_utf16(data):
        return InputFailure(path, "PL002", "file is UTF-16; save it as UTF-8 (e.g. `iconv -f UTF-16 -t UTF-8`)")
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


def read_stdin(name: str, max_bytes: int = MAX_FILE_BYTES) -> Source | InputFailure:
    """Read standard input to its end, reported under `name`."""
    try:
        data = sys.stdin.buffer.read(max_bytes + 1)
    except (OSError, AttributeError, ValueError) as error:  # closed, or not a byte stream
        return InputFailure(name, "PL001", f"cannot read standard input: {error}")
    if len(data) > max_bytes:
        return InputFailure(name, "PL004", f"standard input is over the limit of {max_bytes / 2**20:.0f} MiB")
    return decode(name, data)
