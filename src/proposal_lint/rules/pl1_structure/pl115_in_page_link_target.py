"""PL115 in-page-link-target: a table-of-contents link (`[Title](#anchor)`) whose anchor is no
heading's, or whose text names another heading of the file than the one it goes to.

Anchors are GitHub's (see reading.anchors). An anchor that a heading has once runs of `-` are
folded (`#drasi-dapr` for `Drasi & Dapr`, whose anchor is `drasi--dapr`: what dash-collapsing
table-of-contents generators write) is an info: the link goes nowhere on github.com, but the
entry plainly means that heading. Only files that hold proposals are read.
"""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity
from ...reading.anchors import anchor_key, heading_anchors, in_page_links, slug


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    if not document.proposals:  # documentation is not checked (PL011)
        return
    links = list(in_page_links(document.lines, document.path))
    if not links:
        return  # no in-page link: the headings need no second reading
    anchors = heading_anchors("\n".join(document.lines))
    folded = {_fold(anchor): anchor for anchor in anchors}
    for link in links:
        key, named = anchor_key(link.anchor), slug(link.text)
        if key in anchors:
            if named != key and named in anchors and not _numbered_repeat(key, named):
                yield Problem(
                    link.span,
                    f"`[{link.text}]` goes to `#{link.anchor}` (the heading at line {anchors[key]}), but its text names "
                    f"the heading at line {anchors[named]}: point it at `#{named}` or give it that heading's text",
                )
            continue
        meant = folded.get(_fold(key)) if key else None
        if meant is not None:
            yield Problem(
                link.span,
                f"`#{link.anchor}` is no heading's anchor on GitHub; the heading at line {anchors[meant]} is "
                f"`#{meant}`: write `[{link.text}](#{meant})`",
                severity=Severity.INFO,
            )
            continue
        hint = f": write `[{link.text}](#{named})`" if named in anchors else \
            "; copy the anchor from the heading's link icon on GitHub, or drop the entry"
        yield Problem(link.span, f"`#{link.anchor}` matches no heading of this file{hint}")


def _fold(anchor: str) -> str:
    """An anchor with each run of `-` made one and none at its ends."""
    return "-".join(part for part in anchor.split("-") if part)


def _numbered_repeat(key: str, named: str) -> bool:
    """`#headlamp-1` under the text `Headlamp`: a repeated heading's own anchor."""
    base, _, number = key.rpartition("-")
    return base == named and number.isdigit()


RULE = Rule("PL115", "in-page-link-target", Severity.WARNING,
            "In-page link goes to no heading, or to another than its text names", check=check)
