"""Reading a file the user names (a config, template, registry, baseline, project list, quotas file) without
trusting it: a regular file only (a FIFO would block, a device such as /dev/zero never ends) and a bounded
number of bytes."""

from __future__ import annotations

import os
import stat

MAX_FILE_BYTES = 16 * 1024 * 1024


class RefusedFile(OSError):
    """A file that is not read: not a regular file, too large, or not text; str() says why and what to do."""


def read_bytes(path: str, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of the regular file at `path`, at most `max_bytes`; RefusedFile (or another OSError) if not."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO opens without a writer
    with os.fdopen(descriptor, "rb") as handle:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise RefusedFile("is a directory; name a file")
        if not stat.S_ISREG(mode):
            raise RefusedFile("is not a regular file (a FIFO, device or socket); name a file")
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise RefusedFile(f"is over the limit of {max_bytes / 2**20:.0f} MiB")
    return data


def read_text(path: str, encoding: str = "utf-8", universal_newlines: bool = True,
              max_bytes: int = MAX_FILE_BYTES) -> str:
    """The text of the regular file at `path` (see read_bytes), decoded; CRLF and CR become LF unless
    `universal_newlines` is False (for CSV). RefusedFile says where a byte is not `encoding`."""
    data = read_bytes(path, max_bytes)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise RefusedFile(f"byte 0x{data[error.start]:02x} at offset {error.start} is not valid UTF-8; "
                          "save the file as UTF-8") from None
    return text.replace("\r\n", "\n").replace("\r", "\n") if universal_newlines else text
