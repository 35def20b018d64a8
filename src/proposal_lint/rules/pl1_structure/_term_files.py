"""The term-files rules (PL120-PL124) share one comparison: the README's proposals against the
export files beside it, gathered as facts before the rules run."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..api import Document, Problem, RunContext, per_document


@per_document  # here per run: the same documents and facts, whichever of the five rules asks
def _differences(documents: Sequence[Document], term_files: dict) -> tuple:
    from ...reading.export_comparison import run_differences

    return tuple(run_differences(documents, term_files))


def problems_of_kind(kind: str, documents: Sequence[Document], context: RunContext) -> Iterator[Problem]:
    if not context.facts.term_files:
        return
    for difference in _differences(documents, context.facts.term_files):
        if difference.kind == kind:
            yield Problem(difference.span, difference.message, proposal=difference.proposal)
