"""Markdown (mistletoe AST plus source lines for columns) to the proposal model.

The parser never reports: anything odd becomes a fact of the model for a rule to judge.
`blocks` tokenizes with mistletoe (`open_template`: where a Template block whose fence never
closes ends), `sections` groups blocks under headings and sets the Template
and Sample sections aside, `template_choice` picks the template in force, `builder` turns the
sections into projects, proposals and fields (`labels`: how a label is written), `evidence` says
what marks the file as one that holds proposals.
"""

from __future__ import annotations

from collections.abc import Callable

from ...cncf.layout import is_proposals_file, name_of_term
from ...core.garbage_collector import paused_while_building
from ...core.model import Document
from ...core.template import TemplateBlock, TemplateSpec
from ..place import file_place
from .blocks import code_blocks, html_blocks
from .builder import ProposalBuilder
from .evidence import evidence_of
from .open_template import blocks_of
from .sections import read_sections, skip_examples
from .template_choice import template_in_force

__all__ = ["parse_document", "template_block_of"]


def parse_document(
    text: str,
    path: str,
    template: TemplateSpec | None = None,
    fallback: TemplateSpec | None = None,
    term_block: Callable[[], tuple[TemplateBlock, str] | None] | None = None,
) -> Document:
    """Parse one proposal file against the template in force for it (see `template_in_force`).

    `template` forces a spec; `term_block` gives the Template block of the file's term (the
    `project_ideas.md` beside it) and where it was read; `fallback` is the configured template.
    """
    with paused_while_building():
        document = _build_document(text, path, template, fallback, term_block)
    return document


def template_block_of(text: str) -> TemplateBlock | None:
    """The Template block of a file's text, if it has one (for a README's sibling project_ideas.md)."""
    with paused_while_building():
        lines = tuple(text.split("\n"))
        return skip_examples(read_sections(blocks_of(text, lines).children, lines, ""), lines)[1]


def _build_document(text, path, template, fallback, term_block) -> Document:
    lines = tuple(text.split("\n"))
    root = blocks_of(text, lines)
    sections = read_sections(root.children, lines, path)
    skipped, block = skip_examples(sections, lines)
    place = file_place(path, text)
    spec, source = template_in_force(text, place, sections, block, template, fallback, term_block,
                                     proposals_file=is_proposals_file(path))
    term = name_of_term(place)
    proposals = tuple(p._replace(term=term) if term else p
                      for p in ProposalBuilder(lines, path, spec).proposals(sections))
    evidence = evidence_of(place, source, proposals)
    return Document(
        path=path,
        lines=lines,
        template=spec,
        template_source=source,
        proposals=proposals if evidence else (),
        skipped_lines=frozenset(skipped),
        html_blocks=html_blocks(root) if "<" in text else (),  # no `<`, no HTML block
        code_blocks=code_blocks(root) if "proposal-lint" in text else (),  # only suppressions read them
        evidence=evidence,
        look_alikes=() if evidence else proposals,
    )
