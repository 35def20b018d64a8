"""The `summary` command's output: one table per term, as JSON, Markdown (a step summary or a PR
comment), plain text, or a rich table on a terminal."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence

from ..sinks import markdown
from ..sinks.terminal import printable
from ..term_view import ProjectRow, ProposalRow, TermView

COLUMNS = ("Project", "Proposals", "Mentors", "Proposal", "Upstream issue", "State", "LFX URL", "Errors", "Warnings")


def _count(project: ProjectRow) -> str:
    """`5/4 over` against a quota, else the bare count."""
    if project.quota is None:
        return str(len(project.proposals))
    return f"{len(project.proposals)}/{project.quota}" + (" over" if project.over_quota else "")


def _cells(project: ProjectRow, index: int, row: ProposalRow) -> tuple[str, ...]:
    first = index == 0
    return (project.name if first else "", _count(project) if first else "", str(project.mentors) if first else "",
            row.program.name, row.program.upstream_issue_url or "", row.upstream_state, row.lfx_status,
            str(row.errors), str(row.warnings))


def _rows(view: TermView) -> Iterator[tuple[str, ...]]:
    for project in view.projects:
        for index, row in enumerate(project.proposals):
            yield _cells(project, index, row)


def _totals(view: TermView) -> str:
    rows = view.proposals
    over = [p.name for p in view.projects if p.over_quota]
    return (f"{len(view.projects)} project(s), {len(rows)} proposal(s), "
            f"{sum(r.errors > 0 for r in rows)} with errors, {sum(r.warnings > 0 for r in rows)} with warnings"
            + (f"; over quota: {', '.join(over)}" if over else "")
            + ("" if view.online else "; upstream issue state unknown (offline)"))


def _proposal_json(row: ProposalRow) -> dict:
    span = row.program.proposal.heading.span
    return {"title": row.program.name, "path": span.path, "line": span.line,
            "mentors": len(row.program.mentors), "upstream_issue_url": row.program.upstream_issue_url,
            "upstream_state": row.upstream_state, "lfx_url": row.program.lfx_url, "lfx_status": row.lfx_status,
            "errors": row.errors, "warnings": row.warnings, "codes": sorted({d.code for d in row.findings})}


def to_json(views: Sequence[TermView]) -> str:
    terms = [{
        "term": view.term, "paths": list(view.paths), "online": view.online,
        "projects": [{"project": p.name, "proposals_count": len(p.proposals), "quota": p.quota,
                      "over_quota": p.over_quota, "mentors": p.mentors,
                      "proposals": [_proposal_json(row) for row in p.proposals]} for p in view.projects],
    } for view in views]
    return json.dumps({"terms": terms}, indent=2, ensure_ascii=False) + "\n"


def to_markdown(views: Sequence[TermView]) -> str:
    out = []
    for view in views:
        out += [f"### {markdown.text(view.term)}", "", markdown.text(_totals(view)), "",
                "| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
        out += ["| " + " | ".join(markdown.link_or_text(c) if COLUMNS[i] == "Upstream issue" else markdown.text(c)
                                 for i, c in enumerate(cells)) + " |" for cells in _rows(view)]
        out.append("")
    return "\n".join(out)


def to_text(views: Sequence[TermView]) -> str:
    out = []
    for view in views:
        rows = [COLUMNS, *(tuple(map(printable, cells)) for cells in _rows(view))]
        widths = [max(len(r[i]) for r in rows) for i in range(len(COLUMNS))]
        out += [printable(view.term), ""]
        out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
        out += ["", printable(_totals(view)), ""]
    return "\n".join(out)


def to_rich(views: Sequence[TermView], console) -> None:
    """Print the tables with rich (only on a terminal: rich loads here, never on a pipe's path)."""
    from rich.markup import escape
    from rich.table import Table

    for view in views:
        table = Table(title=escape(printable(view.term)), caption=escape(printable(_totals(view))))
        for column in COLUMNS:
            table.add_column(column, justify="right" if column in ("Proposals", "Mentors", "Errors", "Warnings")
                             else "left")
        for project in view.projects:
            for index, row in enumerate(project.proposals):
                cells = [escape(printable(cell)) for cell in _cells(project, index, row)]
                if index == 0 and project.over_quota:
                    cells[1] = f"[yellow]{cells[1]}[/]"
                cells[7] = f"[red]{cells[7]}[/]" if row.errors else cells[7]
                table.add_row(*cells, end_section=index == len(project.proposals) - 1)
        console.print(table)


RENDER = {"json": to_json, "markdown": to_markdown, "text": to_text}
