"""The `summary` command's output: one table per term, as JSON, Markdown (a step summary or a PR
comment), plain text, or a rich table on a terminal."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterator, Sequence

from ...reading.links.urls import github_ref
from ..sinks import markdown
from ..sinks.terminal import printable
from ..term_view import ProjectRow, ProposalRow, TermView

COLUMNS = ("Project", "Proposals", "Mentors", "Proposal", "Upstream issue", "State", "LFX URL", "Errors", "Warnings")
TITLE = COLUMNS.index("Proposal")
ISSUE = COLUMNS.index("Upstream issue")
NUMBERS = ("Proposals", "Mentors", "Errors", "Warnings")
PIPED_WIDTH = 100  # the text table's width when it goes to a pipe or a file and COLUMNS is unset
MIN_TITLE = 12  # the proposal column is never narrower, however narrow the terminal
MAX_ISSUE = 26  # an upstream issue that is not a short `owner/repo#N` (a list, a Markdown link) is cut here


def _count(project: ProjectRow) -> str:
    """`5/4 over` against a quota, else the bare count."""
    if project.quota is None:
        return str(len(project.proposals))
    return f"{len(project.proposals)}/{project.quota}" + (" over" if project.over_quota else "")


def short_issue(url: str | None) -> str:
    """A GitHub issue or pull request as `owner/repo#N` (its full URL is in the Markdown and JSON)."""
    if not url:
        return ""
    ref = github_ref(url)
    if ref is not None and ref.kind in ("issue", "pull") and ref.number is not None:
        return f"{ref.owner}/{ref.repo}#{ref.number}"
    return url


def _cells(project: ProjectRow, index: int, row: ProposalRow, short: bool = False) -> tuple[str, ...]:
    """A proposal's cells; `short` (for a terminal or a pipe: the text and rich tables): the issue as
    `owner/repo#N` and control characters shown as `printable` writes them."""
    first = index == 0
    issue = row.program.upstream_issue_url or ""
    cells = (project.name if first else "", _count(project) if first else "", str(project.mentors) if first else "",
             row.program.name, short_issue(issue) if short else issue, row.upstream_state, row.lfx_status,
             str(row.errors), str(row.warnings))
    return tuple(map(printable, cells)) if short else cells


def _rows(view: TermView, short: bool = False) -> Iterator[tuple[str, ...]]:
    for project in view.projects:
        for index, row in enumerate(project.proposals):
            yield _cells(project, index, row, short)


def _totals(view: TermView) -> str:
    rows = view.proposals
    over = [p.name for p in view.projects if p.over_quota]
    return (f"{len(view.projects)} project(s), {len(rows)} proposal(s), "
            f"{sum(r.errors > 0 for r in rows)} with errors, {sum(r.warnings > 0 for r in rows)} with warnings"
            + (f"; over quota: {', '.join(over)}" if over else "")
            + ("" if view.online else "; upstream issue state unknown (offline)")
            + ("; upstream issue state unknown: network unavailable, no link could be checked (re-run with "
               "network access, or pass --offline)" if view.network_down else ""))


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


SHOWN = (TITLE, ISSUE, *range(ISSUE + 1, len(COLUMNS)))  # Project, Proposals, Mentors go into the project rows
SHORT_HEADERS = ("Proposal", "Upstream issue", "State", "LFX", "Err", "Warn")


def _project_heading(project: ProjectRow) -> str:
    return f"{printable(project.name)}  {_count(project)} · {project.mentors} mentor(s)"


def _layout(view: TermView, width: int, chrome: int) -> list[int]:
    """Widths of the SHOWN columns for a table `width` cells wide with `chrome` cells of separators:
    an issue that is not `owner/repo#N` cut at MAX_ISSUE, the title (and project rows) given the rest,
    at least MIN_TITLE."""
    from rich.cells import cell_len

    rows = [SHORT_HEADERS, *([row[i] for i in SHOWN] for row in _rows(view, short=True))]
    widths = [max(cell_len(row[i]) for row in rows) for i in range(len(SHOWN))]
    widths[1] = min(widths[1], MAX_ISSUE)
    room = width - chrome - sum(widths[1:])
    widest = max([widths[0] + 2, *(cell_len(_project_heading(p)) for p in view.projects)])
    widths[0] = min(widest, max(room, MIN_TITLE))
    return widths


def _crop(text: str, width: int) -> str:
    from rich.cells import cell_len, set_cell_size

    return text if cell_len(text) <= width else set_cell_size(text, width - 1) + "…"


def _crop_start(text: str, width: int) -> str:
    """`text` cut at its start, so that an issue keeps its number (`…/cloudnative-pg#8122`)."""
    from rich.cells import cell_len

    if cell_len(text) <= width:
        return text
    while text and cell_len(text) > width - 1:
        text = text[1:]
    return "…" + text


def to_text(views: Sequence[TermView], width: int | None = None) -> str:
    """Plain columns fitted to `width` (default PIPED_WIDTH): a line per project (its count against the
    quota, its mentors), then one per proposal, its title and a long issue cut with `…` (whole in the
    Markdown and JSON), an issue as `owner/repo#N`."""
    from rich.cells import cell_len

    out = []
    for view in views:
        widths = _layout(view, width or PIPED_WIDTH, 2 * (len(SHOWN) - 1))

        def line(cells) -> str:
            cells = [(_crop, _crop_start)[i](cell, w) if i < 2 else cell for i, (cell, w) in enumerate(zip(cells, widths))]
            return "  ".join(c + " " * (w - cell_len(c)) for c, w in zip(cells, widths)).rstrip()

        out += [printable(view.term), "", line(SHORT_HEADERS)]
        for project in view.projects:
            out.append(_crop(_project_heading(project), widths[0]))
            for index, row in enumerate(project.proposals):
                cells = _cells(project, index, row, short=True)
                out.append(line(["  " + cells[TITLE], *(cells[i] for i in SHOWN[1:])]))
        out += ["", *textwrap.wrap(printable(_totals(view)), width or PIPED_WIDTH), ""]
    return "\n".join(out)


def to_rich(views: Sequence[TermView], console) -> None:
    """The text table's layout with rich (only on a terminal: rich loads here, never on a pipe's path),
    fitted to the terminal's width, project rows in bold (yellow when over the quota), errors in red."""
    from rich import box
    from rich.markup import escape
    from rich.table import Table

    for view in views:
        table = Table(title=escape(printable(view.term)), caption=escape(printable(_totals(view))),
                      box=box.SIMPLE_HEAD, pad_edge=False)
        widths = _layout(view, console.width, 3 * len(SHOWN) - 1)  # this box's separators and padding
        for index, header, width in zip(SHOWN, SHORT_HEADERS, widths):
            table.add_column(header, no_wrap=True, overflow="ellipsis", width=width,
                             justify="right" if COLUMNS[index] in NUMBERS else "left")
        for project in view.projects:
            table.add_row(f"[{'bold yellow' if project.over_quota else 'bold'}]{escape(_project_heading(project))}[/]")
            for index, row in enumerate(project.proposals):
                cells = list(_cells(project, index, row, short=True))
                cells[ISSUE] = _crop_start(cells[ISSUE], widths[1])
                cells = [escape(cell) for cell in cells]
                if row.errors:
                    cells[7] = f"[red]{cells[7]}[/]"
                table.add_row("  " + cells[TITLE], *(cells[i] for i in SHOWN[1:]),
                              end_section=index == len(project.proposals) - 1)
        console.print(table)


RENDER = {"json": to_json, "markdown": to_markdown}  # text and the rich table take a width
