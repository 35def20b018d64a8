"""The `export` command's output: programs in the shapes cncf's automation hands to the LFX platform
(`lfx-export.json`, the mentor columns of `lfx-tracking.csv`) and a flat CSV of the same fields."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import datetime, timezone

from ...reading.programs import Program
from ..sinks.csv_cells import cell

TRACKING_MENTORS = 4  # lfx-tracking.csv's mentor column groups (one primary, up to three co-mentors)
FLAT_COLUMNS = ("issue_number", "issue_url", "cncf_project", "cncf_project_slug", "cncf_project_maturity", "term",
                "program_name_full", "program_name_short", "technologies", "skills", "mentors",
                "upstream_issue_url", "lfx_url", "description", "path", "line")


def to_lfx_json(programs: Sequence[Program]) -> str:
    """`{"_generated", "_term", "_count", "programs": [...]}` as cncf's lfx-export.json has it."""
    terms = {p.term for p in programs}
    document = {
        "_generated": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + "000Z",
        "_term": terms.pop() if len(terms) == 1 else None,
        "_count": len(programs),
        "programs": [p.to_json() for p in programs],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _csv(header: Sequence[str], rows) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([cell(value) for value in row] for row in rows)
    return out.getvalue()


def tracking_header(mentors: int = TRACKING_MENTORS) -> list[str]:
    header = ["PROJECT", "LFX URL", "Upstream issue", "", "mentor count"]
    for n in range(1, mentors + 1):
        header += [f"Mentor {n}", f"Mentor {n} GitHub", f"Mentor {n} email address", f"Mentor {n} LFID"]
    return header


def to_lfx_csv(programs: Sequence[Program]) -> str:
    """The columns of cncf's lfx-tracking.csv: program, LFX URL, upstream issue, and each mentor's four."""
    width = max([TRACKING_MENTORS, *(len(p.mentors) for p in programs)])
    rows = []
    for program in programs:
        row = [program.full_name, program.lfx_url or "", program.upstream_issue_url or "", "", len(program.mentors)]
        for n in range(width):
            m = program.mentors[n] if n < len(program.mentors) else None
            row += [m.name or "", m.github_handle or "", m.email or "", m.lfid or ""] if m else ["", "", "", ""]
        rows.append(row)
    return _csv(tracking_header(width), rows)


def to_csv(programs: Sequence[Program]) -> str:
    """One row per program: the scalar fields of lfx-export.json, the mentors as `Name (@handle, email)`
    separated by `; `, and where the proposal sits."""
    rows = []
    for program in programs:
        data = program.to_json()
        data["mentors"] = "; ".join(
            f"{m.name or ''} (@{m.github_handle or ''}, {m.email or ''})" for m in program.mentors)
        span = program.proposal.heading.span
        data.update(path=span.path, line=span.line)
        rows.append(["" if data[c] is None else data[c] for c in FLAT_COLUMNS])
    return _csv(FLAT_COLUMNS, rows)


RENDER = {"lfx-json": to_lfx_json, "lfx-csv": to_lfx_csv, "csv": to_csv}
