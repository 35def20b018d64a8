"""`check --fix` / `--diff` over the planned runs: fix each file, write it or show its diff, and say what changed."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from .files import FileFix, FixRefused, fix_file, write_atomically


@dataclass
class FixRun:
    """The files fixed in one command."""

    files: list[FileFix] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # why a file was not written, one message each

    @property
    def files_changed(self) -> int:
        return sum(1 for f in self.files if f.changed)

    def lines(self, diff: bool) -> Iterator[str]:
        """The diffs (`--diff`), or one line per applied fix and a summary (`--fix`)."""
        changed = [f for f in self.files if f.changed]
        if diff:
            yield from (f.diff() for f in changed)
            return
        for fixed in changed:
            for fix in fixed.outcome.logged:
                yield f"{fixed.path}:{fix.line}:{fix.column}: fixed {fix.code} {fix.description}\n"
        yield from (f"{reason}\n" for reason in self.refused)
        count = sum(len(f.outcome.applied) for f in changed)
        yield f"Fixed {count} problem(s) in {len(changed)} file(s).\n"


def fix_runs(runs: Iterable, write: bool, changed: Mapping[str, frozenset[int]] | None = None) -> FixRun:
    """Fix every file of every run with that run's options; write the changed ones when `write`. A file that
    cannot be written is left as it was and named in `refused`; the others are still fixed.

    With `changed` (real paths to the lines a change touched), fix only the proposals the change touched."""
    result = FixRun()
    for run in runs:
        for path in run.paths:
            if not isinstance(path, str) or not os.path.isfile(path):
                continue
            lines = None if changed is None else changed.get(os.path.realpath(path), frozenset())
            fixed = fix_file(path, run.options, lines)
            if fixed is None:
                continue
            if write and fixed.changed:
                try:
                    write_atomically(fixed)
                except FixRefused as refused:
                    result.refused.append(str(refused))
                    continue
                except OSError as error:  # a full disk, a read-only folder: the file is left as it was
                    result.refused.append(f"{path}: not fixed: cannot write it ({error.strerror or error}); "
                                          "the file is unchanged")
                    continue
            result.files.append(fixed)
    return result
