"""Fixing files: read as written (BOM, line endings kept), write back atomically, or show a diff."""

from __future__ import annotations

import codecs
import difflib
import os
import stat
import tempfile
from dataclasses import dataclass

from ..context import Options
from ..source import InputFailure, decode
from .apply import FixOutcome, fix_text, normalize


@dataclass(frozen=True)
class FileFix:
    """A file's text before and after fixing, and whether it began with a UTF-8 BOM."""

    path: str
    before: str
    outcome: FixOutcome
    bom: bool

    @property
    def changed(self) -> bool:
        return self.outcome.text != self.before

    def diff(self) -> str:
        """A unified diff of the change (line endings shown as "\\n")."""
        before = normalize(self.before).splitlines(keepends=True)
        after = normalize(self.outcome.text).splitlines(keepends=True)
        lines = difflib.unified_diff(before, after, self.path, self.path)
        return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def fix_file(path: str, options: Options) -> FileFix | None:
    """Compute the fixes of one file; None when it cannot be read as UTF-8 text (the lint reports why)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return None
    if isinstance(decode(path, data), InputFailure):
        return None
    bom = data.startswith(codecs.BOM_UTF8)
    text = data.decode("utf-8-sig")
    return FileFix(path, text, fix_text(text, path, options), bom)


def write_atomically(fixed: FileFix) -> None:
    """Write the fixed text next to the file, then rename it over the file; keep its permissions."""
    directory = os.path.dirname(os.path.abspath(fixed.path))
    mode = stat.S_IMODE(os.stat(fixed.path).st_mode)
    data = (codecs.BOM_UTF8 if fixed.bom else b"") + fixed.outcome.text.encode("utf-8")
    handle, temp = tempfile.mkstemp(prefix=".proposal-lint-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, mode)
        os.replace(temp, fixed.path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise
