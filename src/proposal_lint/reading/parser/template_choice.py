"""Which template a file is checked against, and the heading levels it is read at."""

from __future__ import annotations

import re
from dataclasses import replace

from mistletoe.block_token import List, Paragraph

from ...core.template import GENERATED_PROFILE, TemplateSpec, builtin_template, era_template, template_from_block
from ...cncf.layout import FilePlace
from .labels import LABEL
from .sections import Section

# nothing is GSoC when it writes more of the first than of the second.
_LFX_FIELDS = re.compile(r"^[ \t]*[-*+][ \t]*(?:\*\*|__)?lfx (?:url|link)", re.I | re.M)
_GSOC_FIELDS = re.compile(
    r"^[ \t]*[-*+][ \t]*(?:\*\*|__)?(?:expected (?:project )?size|expected size of the project|difficulty)",
    re.I | re.M,
)
# What cncf's README generator writes for every program: the LFX title line under its heading
# (admins wrote it by hand in earlier terms too) and a `Technologies` field (only the generator).
_GENERATED_TITLE = re.compile(r"^CNCF - [^\n]+: [^\n]+ \(\d{4} Term \d\)$", re.M)
_GENERATED_FIELD = re.compile(r"^- Technologies: ", re.M)
MIN_TITLES_OVER_PROFILE = 2  # titles at one level that outweigh a built-in profile's levels
MIN_TITLES_OVER_BLOCK = 3  # and a file's own Template block's


def template_in_force(text, place: FilePlace, sections, block, template, fallback, term_block,
                      proposals_file: bool = False) -> tuple[TemplateSpec, str]:
    """The template a file is checked against, and where it came from, first found wins:
    `--template` (forced); the file's own Template block (file); the generated-README profile
    (generated); the Template block of the term's project_ideas.md (term); the configured
    template (config); the built-in profile of the file's program and era (builtin), from its
    `place` (reading.place).

    Without a block of its own, a file's heading levels are the ones it uses itself. A mentor
    policy written down after the term of the file's place does not apply to it, nor does the
    single upstream issue its era's template did not yet write (`one_issue`). A
    `proposals_file` (a term's project_ideas.md) gets its era's proposals template: the fields
    only admins write in the README are not asked.
    """
    spec, origin = _template_and_origin(text, place, sections, block, template, fallback, term_block, proposals_file)
    if not place.year:
        return spec, origin
    era = era_template(place.program or spec.name, place.when)
    if origin in ("file", "term") and not era.sample_labels <= spec.sample_labels:
        # the labels the era's own Sample wrote (the repository's PROJECT_IDEA_TEMPLATE.md, which LFX
        # 2022 term files link, wrote `Issue:`) are the era's words, whatever the block writes
        spec = replace(spec, sample_labels=spec.sample_labels | era.sample_labels)
    policy = spec.mentors.in_force(place.when)
    one_issue = spec.one_issue and era.one_issue
    if policy is spec.mentors and one_issue == spec.one_issue:
        return spec, origin
    return replace(spec, mentors=policy, one_issue=one_issue), origin


def _template_and_origin(text, place: FilePlace, sections, block, template, fallback, term_block,
                         proposals_file: bool) -> tuple[TemplateSpec, str]:
    if template is not None:
        return template, "forced"
    if block is not None:
        return _levels_in_use(template_from_block(block), sections, settled=True), "file"
    if _GENERATED_FIELD.search(text) and _GENERATED_TITLE.search(text):
        return _levels_in_use(builtin_template(GENERATED_PROFILE), sections), "generated"
    found = term_block() if term_block is not None else None
    if found is not None:
        term, where = found
        return _levels_in_use(template_from_block(term, f"the Template block of {where}"), sections), "term"
    if fallback is not None:
        return fallback, "config"
    program = place.program or _program_of_fields(text)
    era = era_template(program, place.when if place.year else None, proposals_file=proposals_file)
    return _levels_in_use(era, sections), "builtin"


def _program_of_fields(text: str) -> str:
    gsoc = len(_GSOC_FIELDS.findall(text))
    return "gsoc" if gsoc and gsoc > len(_LFX_FIELDS.findall(text)) else "lfx"


def _levels_in_use(spec: TemplateSpec, sections: list[Section], settled: bool = False) -> TemplateSpec:
    """The spec with the title level most of the file's field-owning headings use (project one above).

    It takes at least two titles at one level and more than at the spec's level; for a
    `settled` spec (the file's own Template block) three, and twice as many: a whole file one
    level off its block is then one decision, not a finding per proposal, and a file with a
    single proposal keeps the spec's levels.
    """
    counts: dict[int, int] = {}
    for section in sections:
        if not section.skipped and _owns_field(spec, section):
            counts[section.heading.level] = counts.get(section.heading.level, 0) + 1
    if not counts:
        return spec
    title_level = max(counts, key=lambda level: (counts[level], level == spec.title_level))
    if title_level < 2 or title_level == spec.title_level:
        return spec
    if settled:
        needed = max(2 * counts.get(spec.title_level, 0), MIN_TITLES_OVER_BLOCK)
    else:
        needed = max(counts.get(spec.title_level, 0) + 1, MIN_TITLES_OVER_PROFILE)
    if counts[title_level] < needed:
        return spec
    return replace(spec, project_level=title_level - 1, title_level=title_level)


def _owns_field(spec: TemplateSpec, section: Section) -> bool:
    """Whether a section's own lists start an item with a template label."""
    for block in section.blocks:
        if isinstance(block, List):
            for item in block.children:
                first = item.children[0] if item.children else None
                raw = first.children[0].content if isinstance(first, Paragraph) and first.children else ""
                match = LABEL.match(raw)
                if match and spec.match_label(match.group("label").strip()).kind in ("exact", "alias"):
                    return True
    return False
