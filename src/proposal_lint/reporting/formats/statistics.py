"""`--statistics`: how many findings each rule has, most first."""

from __future__ import annotations

from collections import Counter

from ...engine.report import Report
from ...rules.table import find_rule


def render(report: Report) -> str:
    counts = Counter(d.code for d in report.diagnostics)
    lines = []
    for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        rule = find_rule(code)
        fixable = "[*]" if rule is not None and rule.fixable else "   "
        lines.append(f"{count:6d}  {code}  {fixable} {rule.name if rule else ''}".rstrip())
    total = sum(counts.values())
    lines.append(f"{total} finding(s) in {report.files} file(s)" + ("; [*] fixable with --fix" if any(
        "[*]" in line for line in lines) else ""))
    return "\n".join(lines) + "\n"
