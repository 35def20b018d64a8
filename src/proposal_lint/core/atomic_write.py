"""Writing a report, baseline or export file: atomically (a reader or an interrupted run never leaves half a
file), through a symlink to its target (the link stays), keeping an existing file's mode, and never over a
file the run read."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable


class OverwritesInput(OSError):
    """The file to write is one the run reads; str() names it and says what to do."""


def refuse_inputs(path: str, inputs: Iterable[str], what: str) -> None:
    """OverwritesInput when `path` is (the same file as) one of `inputs`."""
    if not os.path.exists(path):
        return
    for name in inputs:
        try:
            same = os.path.samefile(path, name)
        except (OSError, ValueError):
            continue
        if same:
            also = "" if os.path.abspath(name) == os.path.abspath(path) else f" (as {name})"
            raise OverwritesInput(f"{path} is a file this run reads{also}; write the {what} to another file")


def _new_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_text(path: str, text: str) -> None:
    """Write `text` (UTF-8, newlines as given) to `path`: a temporary file in the same directory (a
    symlink's target's), flushed, given the old file's mode (a new one gets 0666 less the umask), then
    renamed over it. A stream that is not a file (`/dev/stdout`, a FIFO) is written to as it is.
    OSError when it cannot be written; the old file is then left as it was."""
    target = os.path.realpath(path)
    try:
        info = os.stat(path)  # through every link: /dev/stdout is a stream, not a file
    except FileNotFoundError:
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        with open(path, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        return
    mode = stat.S_IMODE(info.st_mode) if info is not None else _new_file_mode()
    handle, temp = tempfile.mkstemp(prefix=".proposal-lint-", suffix=".tmp", dir=os.path.dirname(target))
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(text.encode("utf-8"))
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise
