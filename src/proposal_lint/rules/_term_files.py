"""The term-files rules (PL120-PL124) share one comparison: the README's proposals against the
export files beside it, gathered as facts before the rules run."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..context import RunContext
from ..diagnostics import Problem
from ..model import Document


def problems_of_kind(kind: str, documents: Sequence[Document], context: RunContext) -> Iterator[Problem]:
    if not context.facts.term_files:
        return
    from ..term_consistency import run_differences

    for difference in run_differences(documents, context.facts.term_files):
        if difference.kind == kind:
            yield Problem(difference.span, difference.message, proposal=difference.proposal)
