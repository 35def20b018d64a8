"""PL203 non-template-label: a label that is an alias or near-miss of the template's label.

A label that differs only in case, spacing, a plural (`Mentors`, `Mentor(s)`) or a hint in parentheses (`(URL)`)
says the same words: an info; so is a label that the file's own Sample proposal writes (the 2020-2022
terms' blocks say `Upstream Issue (URL)` while the Sample under them says `Issue`), and a label of a
field the template does not require (GSoC 2022's `Difficulty rating`: its block had no such field).
Another word or a misspelling of a required field's label (`Issue`, `Recommend Skills`): a warning.

Fix: an alias label becomes the template's label; `**Label:**`, `Label :`, `Label` become `Label:`
(exact labels too: markup this rule does not report). A fix function beside the check, because it
fixes labels the check does not report.
"""

import re
from collections.abc import Iterator

from ..api import (
    Document, Edit, Fix, Problem, Rule, RunContext, Severity, is_form, normalize_label, without_hint,
)
from .._labels import label_text
from ._unwritten import convention_severity


_PLURAL = re.compile(r"\((?:-?s|es)\)|(?<=[a-z])s\b")
_SPACING = re.compile(r"[\s_-]+")


def _words(label: str) -> str:
    return _SPACING.sub("", _PLURAL.sub("", without_hint(label.strip()).casefold()))


def same_words(label: str, template_label: str) -> bool:
    """`Mentors` for `Mentor(s)`, `Upstream Issue (URL)` for `Upstream Issue`, `Mentee` for
    `Mentee (Community Bridge URL)`: the template's words."""
    return _words(label) == _words(template_label)


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    template = document.template
    for proposal in document.proposals:
        for field in proposal.fields:
            if field.match not in ("alias", "near"):
                continue
            spec = template.field(field.name)
            label = spec.label
            kind = "an alias of" if field.match == "alias" else "close to"
            sampled = normalize_label(field.label) in template.sample_labels
            minor = sampled or not spec.required or same_words(field.label, label)
            yield Problem(
                field.label_span,
                f"label `{field.label}` is {kind} the template's `{label}`"
                + (" (the Sample beside the template writes it so)" if sampled else "") + f"; write `{label}:`",
                proposal=proposal,
                field=field,
                severity=Severity.INFO if minor else convention_severity(document),
            )


def fix(document: Document, context: RunContext) -> Iterator[Fix]:
    if is_form(document):
        return  # an issue form's `### <label>` sections are the form's own labels
    template = document.template
    for proposal in document.proposals:
        for field in proposal.fields:
            if field.name is None or field.match not in ("exact", "alias"):
                continue
            found = label_text(document, field)
            if found is None:
                continue
            label = field.label if field.match == "exact" else template.field(field.name).label
            wanted = f"{label}: " if found.has_value else f"{label}:"
            if found.text.rstrip() == wanted.rstrip():
                continue
            line = field.label_span.line
            yield Fix(
                "PL203",
                f"`{found.text.strip()}` -> `{wanted.strip()}`",
                (Edit(line, found.start + 1, line, found.end + 1, wanted),),
                line,
                found.start + 1,
            )


RULE = Rule("PL203", "non-template-label", Severity.WARNING, "Label differs from the template's", check=check, fix=fix)
