"""What marks a Markdown file as one that holds proposals, never its heading depth alone.

`place`: its path (or its own words, see reading.place) puts it in a term of a program
(`programs/lfx-mentorship/<year>/<term>/`, a year's file under `programs/summerofcode/`);
`template`: a Template block of its own or of its term's `project_ideas.md`, or a template
forced on the command line; `generated`: a README cncf's automation wrote; `labels`: a heading
pair with the template's labels under it (one written as the template writes it, or two of its
fields: a bare `LFX` or a `**Mentors:**` line in meeting notes is not enough).
"""

from __future__ import annotations

from collections.abc import Sequence

from ...cncf.layout import FilePlace
from ...core.model import Proposal

PLACE, TEMPLATE, GENERATED, LABELS = "place", "template", "generated", "labels"
_TEMPLATE_SOURCES = {"file": TEMPLATE, "term": TEMPLATE, "forced": TEMPLATE, "generated": GENERATED}
MIN_ALIASED_FIELDS = 2  # distinct template fields under one heading pair, when none is written exactly


def evidence_of(place: FilePlace, template_source: str, proposals: Sequence[Proposal]) -> tuple[str, ...]:
    """What marks the file as holding proposals, in the order above; empty when nothing does."""
    found = []
    if place.program is not None and place.year is not None:
        found.append(PLACE)
    if template_source in _TEMPLATE_SOURCES:
        found.append(_TEMPLATE_SOURCES[template_source])
    if any(has_template_labels(proposal) for proposal in proposals):
        found.append(LABELS)
    return tuple(found)


def has_template_labels(proposal: Proposal) -> bool:
    """A field labelled exactly as the template writes it, or two distinct fields by an alias."""
    known = {f.name for f in proposal.fields if f.name is not None and f.match in ("exact", "alias")}
    return len(known) >= MIN_ALIASED_FIELDS or any(f.match == "exact" for f in proposal.fields)
