"""Plain text: `path:line:col: CODE severity message`, the source line and a caret line."""

from __future__ import annotations

from ..engine import Report
from .source_excerpt import caret, grouped, source_lines, summary_line


def render(report: Report) -> str:
    lines_of = source_lines(report)
    out: list[str] = []
    current_path = None
    for path, title, diagnostics in grouped(report):
        if path != current_path:
            out.append(path)
            current_path = path
        if title:
            out.append(f"  {title}")
        for d in diagnostics:
            out.append(f"    {d.path}:{d.line}:{d.column}: {d.code} {d.severity.label} [{d.name}] {d.message}")
            lines = lines_of.get(d.path)
            if lines and 0 < d.line <= len(lines):
                text = lines[d.line - 1]
                gutter = str(d.line)
                out.append(f"      {gutter} | {text}")
                out.append(f"      {' ' * len(gutter)} | {caret(text, d)}")
    out.append(summary_line(report))
    return "\n".join(out) + "\n"
