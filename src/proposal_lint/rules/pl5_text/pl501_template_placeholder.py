"""PL501 template-placeholder: template placeholder text left in a proposal, or a heading that is
only a placeholder (`#### TBD`, `##### Title`)."""

import re
from collections.abc import Iterator

from ..api import Document, Problem, Rule, RunContext, Severity, Span, is_form
from ...reading.markdown_outline import outline

# A heading that is only the templates' heading text (`### Project Name`, `##### Title`) or a to-do word.
_PLACEHOLDER_HEADING = re.compile(
    r"(?:cncf )?project name|(?:mentorship )?(?:project )?title|tbd|tba|to ?do|to be (?:determined|announced|decided)",
    re.I,
)
_HEADING_MARKUP = re.compile(r"[*_`:]+")
_HEADING_LINE = re.compile(r" {0,3}#{1,6}[ \t]+[*_`]*(?:" + _PLACEHOLDER_HEADING.pattern + r")[*_`: \t#]*$", re.I)


def _proposal_lines(document: Document) -> Iterator[tuple[int, object]]:
    for proposal in document.proposals:
        if proposal.project is not None:
            yield proposal.project.heading.span.line, proposal
        for line_no in range(proposal.heading.span.line, proposal.end_line + 1):
            yield line_no, proposal


_GLUED = re.compile(r"[\w@.]")


def _placeholders_in(line: str, pattern: re.Pattern) -> Iterator[re.Match]:
    """Matches of `pattern` not glued to a word, `@` or `.` before them (a lookbehind, checked by
    hand so that the regex keeps its quick scan for the placeholders' first letters)."""
    pos = 0
    while (match := pattern.search(line, pos)) is not None:
        if match.start() and _GLUED.match(line, match.start() - 1):
            pos = match.start() + 1
            continue
        yield match
        pos = match.end()


_ITEM_START = re.compile(r"[ \t]*(?:[-*+]|\d+[.)])?[ \t]*[*_]*")
_VALUE_AFTER = re.compile(r"[*_]*[ \t]*:[*_]*[ \t]*\S")


def _labels_a_value(line: str, match: re.Match) -> bool:
    """Whether the placeholder is an item's label with a value after it (`- Mentor Name: Ann Lee`)."""
    return bool(_ITEM_START.fullmatch(line, 0, match.start()) and _VALUE_AFTER.match(line, match.end()))


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    reported: set[int] = set()
    for problem in _placeholders_in_text(document):
        reported.add(problem.span.line)
        yield problem
    yield from _placeholder_headings(document, reported)


def _placeholder_headings(document: Document, reported: set[int]) -> Iterator[Problem]:
    """Headings at the template's project or title level, in a file with proposals, that are only a
    placeholder; an empty proposal's title is PL103's (`remove the heading`). An issue body's `###`
    headings are its form's labels (`### Title`), not placeholders."""
    if not document.proposals or is_form(document) or not any(_HEADING_LINE.match(line) and number not in document.skipped_lines
                                         for number, line in enumerate(document.lines, 1)):
        return  # no candidate: the outline is not computed
    levels = range(document.template.project_level, document.template.title_level + 1)
    empty = {p.heading.span.line for p in document.proposals if not p.has_content}
    view = outline(document)
    for heading in view.headings:
        line_no = heading.line
        if (heading.level not in levels or line_no in reported or line_no in empty or line_no in document.skipped_lines
                or not _PLACEHOLDER_HEADING.fullmatch(_HEADING_MARKUP.sub("", heading.text).strip())):
            continue
        line = document.lines[line_no - 1]
        start = max(line.find(heading.text), 0)
        span = Span(document.path, line_no, start + 1, line_no, start + len(heading.text))
        yield Problem(span, f"heading `{heading.text}` is a placeholder, not a name; write the real "
                            f"{'project name' if heading.level == document.template.project_level else 'title'}, "
                            "or delete the heading if nothing goes under it",
                      proposal=document.proposal_at(line_no))


def _placeholders_in_text(document: Document) -> Iterator[Problem]:
    placeholders = document.template.placeholders
    if not placeholders:
        return
    pattern = re.compile(
        r"(?:" + "|".join(re.escape(p) for p in sorted(placeholders, key=len, reverse=True)) + r")(?![\w@])"
    )
    seen: set[int] = set()
    for line_no, proposal in _proposal_lines(document):
        if line_no in seen or line_no in document.skipped_lines:
            continue
        seen.add(line_no)
        for match in _placeholders_in(document.lines[line_no - 1], pattern):
            span = Span(document.path, line_no, match.start() + 1, line_no, match.end())
            line = document.lines[line_no - 1]
            if _labels_a_value(line, match):  # `- Mentor Name: Ann Lee (...)`: the value is real, its label is not
                yield Problem(span, f"template placeholder `{match.group()}` left in as a label before the value; "
                                    f"delete `{match.group()}:` and keep what follows it",
                              proposal=proposal, severity=Severity.WARNING)
                continue
            if match.group() in document.template.examples and not line[:match.start()].rstrip().endswith("e.g."):
                # a real value may be the example's own words; with its `e.g.` it is the placeholder left in
                yield Problem(span, f"`{match.group()}` is the form's example value (`e.g. {match.group()}`); "
                                    "replace it with your own unless it really is yours",
                              proposal=proposal, severity=Severity.WARNING)
                continue
            yield Problem(span, f"template placeholder `{match.group()}` left in; replace it with the real value",
                          proposal=proposal)


RULE = Rule("PL501", "template-placeholder", Severity.ERROR, "Template placeholder left in", check=check)
