"""A baseline: the findings a repository already had when it adopted the linter, not reported again.

A finding is known by its file (relative to the baseline's folder), its rule code and the text
of the line it sits on, never by its line number, so edits elsewhere in the file keep it matched.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import replace

from ..core.atomic_write import refuse_inputs, write_text
from ..core.bounded_read import read_text
from ..core.diagnostics import Diagnostic
from ..engine.report import Report

VERSION = 1


class BaselineError(Exception):
    """A baseline file that cannot be read or written; the CLI exits 2."""


def _key(d: Diagnostic, lines: dict[str, tuple[str, ...]], top: str) -> tuple[str, str, str]:
    path = os.path.relpath(os.path.abspath(d.path), top).replace(os.sep, "/")
    text = lines.get(d.path, ())
    return path, d.code, text[d.line - 1].strip() if 0 < d.line <= len(text) else ""


def _keys(report: Report, baseline_path: str) -> list[tuple[tuple[str, str, str], Diagnostic]]:
    top = os.path.dirname(os.path.abspath(baseline_path))
    lines = {document.path: document.lines for document in report.documents}
    return [(_key(d, lines, top), d) for d in report.diagnostics if not d.code.startswith("PL0")]


def write_baseline(report: Report, path: str) -> int:
    """Write every finding of `report` (input problems aside) to `path`; returns how many."""
    counts = Counter(key for key, _ in _keys(report, path))
    findings = [{"path": p, "code": c, "text": t, "count": n} for (p, c, t), n in sorted(counts.items())]
    try:
        refuse_inputs(path, report.files_read(), "baseline")
        write_text(path, json.dumps({"version": VERSION, "findings": findings}, indent=1, ensure_ascii=False) + "\n")
    except OSError as error:
        raise BaselineError(f"cannot write {path}: {error.strerror or error}") from None
    return sum(counts.values())


def read_baseline(path: str) -> Counter:
    """(path, code, text) -> how many such findings the baseline accepts."""
    try:
        data = json.loads(read_text(path))
        return Counter({(f["path"], f["code"], f["text"]): int(f.get("count", 1)) for f in data["findings"]})
    except OSError as error:
        raise BaselineError(f"cannot read {path}: {error.strerror or error}") from None
    except (ValueError, KeyError, TypeError, RecursionError) as error:
        raise BaselineError(
            f"{path} is not a proposal-lint baseline ({error}); write one with --write-baseline") from None


def without_baselined(report: Report, path: str) -> Report:
    """Drop the findings the baseline at `path` already holds (each baseline entry absorbs as many as it counts)."""
    known = read_baseline(path)
    baselined = set()
    for key, d in _keys(report, path):
        if known[key] > 0:
            known[key] -= 1
            baselined.add(id(d))
    return replace(report, diagnostics=[d for d in report.diagnostics if id(d) not in baselined])
