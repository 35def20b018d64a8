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
    """git's output as text; bytes that are not UTF-8 (a changed file in another encoding) kept as
    surrogate escapes, which only the diff's content lines can hold and nothing here reads."""
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True)
    except FileNotFoundError:
        raise DiffError("git is not installed; install git or drop --diff-base") from None
    if done.returncode != 0:
        stderr = done.stderr.decode("utf-8", "replace").strip()
        raise DiffError(stderr or f"git {args[0]} failed")
    return done.stdout.decode("utf-8", "surrogateescape")


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
        return codecs.escape_decode(name[1:-1].encode())[0].decode("utf-8", "surrogateescape")
    return name


def parse_diff(diff: str, top: str) -> dict[str, frozenset[int]]:
    """Real path -> new-side line numbers added or changed (a deletion touches the line before it)."""
    changed: dict[str, set[int]] = {}
    lines: set[int] | None = None
    in_header = False  # between `diff --git` and the first hunk: an added line `++ x` is not a header
    for text in diff.split("\n"):
        if text.startswith("diff "):
            in_header, lines = True, None
        elif in_header and text.startswith("+++ "):
            name = _unquote(text[4:].rstrip("\t"))
            lines = None if name == "/dev/null" else changed.setdefault(os.path.join(top, name[2:]), set())
        elif lines is not None and (match := _HUNK.match(text)):
            in_header = False
            start, count = int(match[1]), int(match[2] if match[2] is not None else 1)
            lines.update(range(start, start + count) if count else [max(start, 1)])
    return {path: frozenset(found) for path, found in changed.items()}


def changed_lines(base: str, paths: Iterable[str]) -> dict[str, frozenset[int]]:
    """Lines touched since the merge base of `base` and HEAD (the working tree included), for the work trees holding `paths`."""
    changed: dict[str, frozenset[int]] = {}
    by_top: dict[str, list[str]] = {}
    for path in paths:
        by_top.setdefault(work_tree(path), []).append(os.path.realpath(path))
    for top, under in sorted(by_top.items()):
        start = _start(top, base)
        try:
            merge_base = start if start is not None else _git(top, "merge-base", base, "HEAD").strip()
            diff = _git(
                top, "--literal-pathspecs", "-c", "core.quotePath=true", "diff", "--unified=0", "--no-color", "--no-ext-diff",
                "--no-textconv", "--src-prefix=a/", "--dst-prefix=b/", merge_base, "--", *under,
            )
        except DiffError as error:
            raise DiffError(
                f"cannot diff {base}...HEAD in {top} ({error}); a shallow clone needs more history: "
                "`git fetch --unshallow` or checkout with fetch-depth: 0"
            ) from None
        changed.update(parse_diff(diff, top))
        changed.update(_untracked(top, under))
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
            f"unknown git revision {base!r} in {top}; fetch it first (e.g. `{_fetch_command(top, base)}`)"
        ) from None
    return None


def _fetch_command(top: str, base: str) -> str:
    """The fetch that brings `base`: `origin/main` is branch `main` of remote `origin`."""
    try:
        remotes = _git(top, "remote").split()
    except DiffError:
        remotes = []
    remote, slash, branch = base.partition("/")
    if slash and branch and remote in remotes:
        return f"git fetch {remote} {branch}"
    return f"git fetch origin {base}"


def _untracked(top: str, under: list[str]) -> dict[str, frozenset[int]]:
    """New files under `under` git does not track yet (and does not ignore): every line of them is new."""
    listed = _git(top, "--literal-pathspecs", "ls-files", "-z", "--others", "--exclude-standard", "--full-name", "--", *under)
    found = {}
    for name in filter(None, listed.split("\0")):
        path = os.path.join(top, name)
        try:
            count = read_bytes(path).count(b"\n") + 1
        except OSError:  # unreadable, not a regular file (a FIFO would block), or too large: not linted either
            continue
        found[path] = frozenset(range(1, count + 1))
    return found
