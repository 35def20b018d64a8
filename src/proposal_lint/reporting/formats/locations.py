"""Paths as CI services want them: relative to the working directory, with forward slashes."""

from __future__ import annotations

import os
from pathlib import PurePath


def relative_path(path: str) -> str:
    """`path` relative to the current directory when it lies under it, always with `/` separators."""
    if os.path.isabs(path):
        try:
            candidate = os.path.relpath(path)
        except ValueError:  # another drive on Windows
            candidate = path
        if not candidate.startswith(os.pardir):
            path = candidate
    return PurePath(path).as_posix()
