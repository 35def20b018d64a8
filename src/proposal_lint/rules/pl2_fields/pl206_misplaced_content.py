"""PL206 misplaced-content: content that belongs to another field (e.g. mentors under Recommended Skills).

A labelled field nested under another item, where the proposal has that field too (under the
same or a variant label), is the same field twice: the message says keep one. A proposal without
its upstream-issue field whose upstream links stand under another label (`Enhancement : <KEP URL>`)
or in loose items (a bare `Upstream issues` line over a list of issue URLs) is reported there, once;
PL201 does not call the field missing.
"""

from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity
from ...reading.misplaced import misplaced_by_proposal


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    for proposal, strays in zip(document.proposals, misplaced_by_proposal(document)):
        for group in _runs(strays):
            stray = group[0]
            several = len(group) > 1
            if stray.own_label:
                where = f"stands under the label `{stray.item.label}`, which is not the template's"
            elif stray.in_text:
                where = (f"stands inside the text of `{stray.host.label}`" if stray.host else "stands inside another item's text") \
                    + " (its line starts no list item)"
            else:
                where = (f"{'are' if several else 'is'} nested under `{stray.host.label}`" if stray.host
                         else "stands outside any field")
            written = next((f for f in proposal.fields if f.name == stray.spec.name and f is not stray.host), None)
            if written is not None and stray.item.label:
                advice = f"the proposal has the field at line {written.label_span.line} (`{written.label}`) too: keep one of the two"
            elif stray.own_label:
                advice = f"write its label as `{stray.spec.label}:`"
            elif stray.in_text:
                advice = f"start its line with `- ` so that `{stray.item.label}` is a field of its own"
            else:
                advice = f"move {'them' if several else 'it'} under a `- {stray.spec.label}:` field"
            what = f"these {len(group)} items look" if several else "this looks"
            yield Problem(
                stray.item.span._replace(end_line=group[-1].item.span.end_line, end_column=group[-1].item.span.end_column),
                f"{what} like `{stray.spec.label}` content but {where}; {advice}",
                proposal=proposal,
                field=stray.host,
            )


def _runs(strays) -> Iterator[list]:
    """Strays one after the other that belong to one field and are nested under one host item
    (three mentor entries under `Expected project size`): one finding, not one per line."""
    group: list = []
    for stray in strays:
        if group and _nested(stray) and _nested(group[-1]) and stray.spec is group[-1].spec \
                and stray.host is group[-1].host and stray.host is not None:
            group.append(stray)
            continue
        if group:
            yield group
        group = [stray]
    if group:
        yield group


def _nested(stray) -> bool:
    return not stray.own_label and not stray.in_text


RULE = Rule("PL206", "misplaced-content", Severity.WARNING, "Content belongs to another field", check=check)
