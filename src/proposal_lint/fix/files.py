"""Fixing files: read as written (BOM, line endings kept), write back atomically, or show a diff."""

from __future__ import annotations

import codecs
import difflib
import os
import stat
import tempfile
from dataclasses import dataclass

from ..rules.context import Options
from ..reading.source import InputFailure, decode, read_bytes
from .apply import FixOutcome, fix_text, normalize


class FixRefused(Exception):
    """A file --fix will not write; the message says why and what to do."""


@dataclass(frozen=True)
class FileFix:
    """A file's text before and after fixing, whether it began with a UTF-8 BOM, and the bytes read."""

    path: str
    before: str
    outcome: FixOutcome
    bom: bool
    data: bytes = b""

    @property
    def changed(self) -> bool:
        return self.outcome.text != self.before

    def diff(self) -> str:
        """A unified diff of the change (line endings shown as "\\n")."""
        before = normalize(self.before).splitlines(keepends=True)
        after = normalize(self.outcome.text).splitlines(keepends=True)
        lines = difflib.unified_diff(before, after, self.path, self.path)
        return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def fix_file(path: str, options: Options, changed: frozenset[int] | None = None) -> FileFix | None:
    """Compute the fixes of one file (with `changed`, of the proposals those lines touch: see `fix_text`); None
    when it cannot be read as UTF-8 text of at most 16 MiB, or nests too deeply to parse (the lint reports why)."""
    from ..reading.nesting import too_deep

    data = read_bytes(path)
    if isinstance(data, InputFailure) or isinstance(decode(path, data), InputFailure):
        return None
    text = data.decode("utf-8-sig")
    if too_deep(text) is not None:
        return None
    try:
        outcome = fix_text(text, path, options, changed)
    except RecursionError:
        return None
    return FileFix(path, text, outcome, data.startswith(codecs.BOM_UTF8), data)


def _writable_target(fixed: FileFix) -> tuple[str, os.stat_result]:
    """The file to replace (a symlink's target, so the link stays) and its status; FixRefused when
    replacing it would break a hard link or a read-only mode, or it changed since it was read."""
    target = os.path.realpath(fixed.path)
    info = os.stat(target)
    if info.st_nlink > 1:
        raise FixRefused(f"{fixed.path}: not fixed: it has {info.st_nlink} hard links, which replacing it would "
                         "break; fix it by hand (`check --diff` shows the changes)")
    if not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise FixRefused(f"{fixed.path}: not fixed: the file is read-only; make it writable to fix it")
    _refuse_if_changed(fixed, target)
    return target, info


def _refuse_if_changed(fixed: FileFix, target: str) -> None:
    with open(target, "rb") as handle:
        if handle.read(len(fixed.data) + 1) != fixed.data:
            raise FixRefused(f"{fixed.path}: not fixed: the file changed while it was being fixed; run --fix again")


def write_atomically(fixed: FileFix) -> None:
    """Write the fixed text next to the file (a symlink's target), with its mode and owner, then rename it
    over the file unless the file changed since it was read."""
    target, info = _writable_target(fixed)
    data = (codecs.BOM_UTF8 if fixed.bom else b"") + fixed.outcome.text.encode("utf-8")
    handle, temp = tempfile.mkstemp(prefix=".proposal-lint-", suffix=".tmp", dir=os.path.dirname(target))
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, stat.S_IMODE(info.st_mode))
        if hasattr(os, "chown") and (info.st_uid, info.st_gid) != (os.getuid(), os.getgid()):
            try:
                os.chown(temp, info.st_uid, info.st_gid)
            except PermissionError:
                raise FixRefused(f"{fixed.path}: not fixed: it belongs to another user, whom the fixed file "
                                 "could not keep as owner") from None
        _refuse_if_changed(fixed, target)
        os.replace(temp, target)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise
