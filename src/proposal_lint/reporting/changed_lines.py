"""Which lines a change touched: from the merge base of REF and HEAD to the working tree (as `git diff
$(git merge-base REF HEAD)`, so uncommitted edits count), plus untracked files, as real paths and line numbers."""

from __future__ import annotations

import codecs
import os
import re
import subprocess
from collections.abc import Iterable

from ..core.bounded_read import read_bytes

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")


class DiffError(Exception):
    """The change cannot be computed: not a git work tree, unknown revision, no merge base."""


def _git(cwd: str, *args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, encoding="utf-8")
    except FileNotFoundError:
        raise DiffError("git is not installed; install git or drop --diff-base") from None
    if done.returncode != 0:
        raise DiffError(done.stderr.strip() or f"git {args[0]} failed")
    return done.stdout


def work_tree(path: str) -> str:
    """The top directory of the git work tree holding `path`."""
    directory = path if os.path.isdir(path) else os.path.dirname(os.path.abspath(path))
    try:
        return os.path.realpath(_git(directory, "rev-parse", "--show-toplevel").strip())
    except DiffError:
        raise DiffError(f"{path} is not in a git work tree; --diff-base needs one") from None


def _unquote(name: str) -> str:
    """A path as git prints it, C-quoted when it holds unusual characters."""
    if name.startswith('"') and name.endswith('"'):
        return codecs.escape_decode(name[1:-1].encode())[0].decode("utf-8")
    return name


def parse_diff(diff: str, top: str) -> dict[str, frozenset[int]]:
    """Real path -> new-side line numbers added or changed (a deletion touches the line before it)."""
    changed: dict[str, set[int]] = {}
    lines: set[int] | None = None
    for text in diff.splitlines():
        if text.startswith("+++ "):
            name = _unquote(text[4:].rstrip("\t"))
            lines = None if name == "/dev/null" else changed.setdefault(os.path.join(top, name[2:]), set())
        elif lines is not None and (match := _HUNK.match(text)):
            start, count = int(match[1]), int(match[2] if match[2] is not None else 1)
            lines.update(range(start, start + count) if count else [max(start, 1)])
    return {path: frozenset(found) for path, found in changed.items()}


def changed_lines(base: str, paths: Iterable[str]) -> dict[str, frozenset[int]]:
    """Lines touched since the merge base of `base` and HEAD (the working tree included), for the work trees holding `paths`."""
    changed: dict[str, frozenset[int]] = {}
    for top in sorted({work_tree(path) for path in paths}):
        start = _start(top, base)
        try:
            merge_base = start if start is not None else _git(top, "merge-base", base, "HEAD").strip()
            diff = _git(
                top, "-c", "core.quotePath=true", "diff", "--unified=0", "--no-color", "--no-ext-diff",
                "--src-prefix=a/", "--dst-prefix=b/", merge_base, "--",
            )
        except DiffError as error:
            raise DiffError(
                f"cannot diff {base}...HEAD in {top} ({error}); a shallow clone needs more history: "
                "`git fetch --unshallow` or checkout with fetch-depth: 0"
            ) from None
        changed.update(parse_diff(diff, top))
        changed.update(_untracked(top))
    return changed


def _start(top: str, base: str) -> str | None:
    """None when `base` is a commit (the diff starts at its merge base with HEAD); the empty tree for `HEAD` on a
    branch with no commit yet (all is new, as before a first commit)."""
    try:
        _git(top, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{base}^{{commit}}")
    except DiffError:
        if base == "HEAD":  # in a work tree, HEAD fails to name a commit only before the first commit
            return _git(top, "hash-object", "-t", "tree", os.devnull).strip()
        raise DiffError(
            f"unknown git revision {base!r} in {top}; fetch it first (e.g. `git fetch origin {base}`)"
        ) from None
    return None


def _untracked(top: str) -> dict[str, frozenset[int]]:
    """New files git does not track yet (and does not ignore): every line of them is new."""
    listed = _git(top, "ls-files", "-z", "--others", "--exclude-standard")
    found = {}
    for name in filter(None, listed.split("\0")):
        path = os.path.join(top, name)
        try:
            count = read_bytes(path).count(b"\n") + 1
        except OSError:  # unreadable, not a regular file (a FIFO would block), or too large: not linted either
            continue
        found[path] = frozenset(range(1, count + 1))
    return found
