"""PL203 non-template-label: a label that is an alias or near-miss of the template's label.

A label that differs only in case, spacing, a plural (`Mentors`, `Mentor(s)`) or a hint in parentheses (`(URL)`)
says the same words: an info (`Mentor[s]` too, but not words run together as an identifier,
`expectedOutcome`); so is a label that the era's Sample proposal writes where no block of the
file is read (the built-in 2020-2022 profile: `Issue`; a file's own Sample labels are the block's own,
core.template), and a label of a
field the template does not require (GSoC 2022's `Difficulty rating`: its block had no such field).
Another word or a misspelling of a required field's label (`Issue`, `Recommend Skills`): a warning;
so is the template's label written with a full-width colon (`Description：`, as a CJK input method
types it), or with its closing emphasis escaped (`Recommended Skills\\*\\*:`, which shows the asterisks),
which the parser reads as the field so that it is never reported missing.

Fix, computed with the problem: an alias label, with its emphasis and colon, becomes the template's
`Label:`. A label the template writes is left as it is written (`**Description:**`, `Description :`):
this rule reports it not, so it fixes it not. The finding spans the label as written.
"""

import re
from collections.abc import Iterator

from ..api import (
    Document, Edit, Field, Fix, Problem, Rule, RunContext, Severity, Span, carried_fixes, is_form, normalize_label,
    without_hint, without_small_words,
)
from .._labels import LabelText, label_text
from ._unwritten import convention_severity


_PLURAL = re.compile(r"[(\[](?:-?s|es)[)\]]|(?<=[a-z])s\b")
_SPACING = re.compile(r"[\s_-]+")


def _words(label: str) -> str:
    return _SPACING.sub("", _PLURAL.sub("", without_hint(label.strip()).casefold()))


def _word_order(label: str) -> list[str]:
    """The label's words, plurals and small words (`of`, `the`) left out, in sorted order."""
    plain = _PLURAL.sub("", without_hint(label.strip()).casefold())
    return sorted(without_small_words(_SPACING.sub(" ", plain)).split())


def same_words(label: str, template_label: str) -> bool:
    """`Mentors` for `Mentor(s)`, `Upstream Issue (URL)` for `Upstream Issue`, `Mentee` for
    `Mentee (Community Bridge URL)`, `Expected size of the project` for `Expected project size`
    (Google's own wording): the template's words."""
    return _words(label) == _words(template_label) or _word_order(label) == _word_order(template_label)


def _run_together(label: str, template_label: str) -> bool:
    """`expectedOutcome` for `Expected Outcome`: the words without their spaces, as an identifier."""
    return " " not in without_hint(label).strip() and " " in without_hint(template_label).strip()


def check(document: Document, context: RunContext) -> Iterator[Problem]:
    template = document.template
    for proposal in document.proposals:
        for field in proposal.fields:
            if field.match == "exact":
                found = None if is_form(document) else label_text(document, field)
                if found is not None and found.wide_colon:
                    yield Problem(_written_span(field, found), f"label `{field.label}` ends in a full-width colon `：`, "
                                  f"which scripts and reviewers do not read as the template's; write `{field.label}:`",
                                  proposal=proposal, field=field, severity=convention_severity(document),
                                  fix=_relabel(field, field.label, found))
                elif found is not None and found.escaped:
                    yield Problem(_written_span(field, found), f"label `{field.label}` is followed by escaped "
                                  "asterisks `\\*\\*`, which show as written; write "
                                  f"`{field.label}:`", proposal=proposal, field=field,
                                  severity=convention_severity(document), fix=_relabel(field, field.label, found))
                continue
            if field.match not in ("alias", "near"):
                continue
            spec = template.field(field.name)
            label = spec.label
            kind = "an alias of" if field.match == "alias" else "close to"
            sampled = normalize_label(field.label) in template.sample_labels
            minor = sampled or not spec.required or (same_words(field.label, label) and not _run_together(field.label, label))
            found = None if is_form(document) else label_text(document, field)
            yield Problem(
                _written_span(field, found),
                f"label `{field.label}` is {kind} the template's `{label}`"
                + (" (a Sample of this era's template writes it so)" if sampled else "") + f"; write `{label}:`",
                proposal=proposal,
                field=field,
                severity=Severity.INFO if minor else convention_severity(document),
                fix=_relabel(field, label, found) if field.match == "alias" and found is not None else None,
            )


def _written_span(field: Field, found: LabelText | None) -> Span:
    """The label as written, emphasis and colon included, where it is plain markup; else the label."""
    span = field.label_span
    if found is None:
        return span
    return span._replace(column=found.start + 1, end_line=span.line, end_column=found.start + len(found.text.rstrip()))


def _relabel(field: Field, label: str, found: LabelText) -> Fix | None:
    """The alias label, with its emphasis and colon, replaced by the template's `Label:` (what
    follows it is kept)."""
    written = found.text.rstrip()
    wanted = f"{label}:"
    if written == wanted:
        return None
    if found.has_value and found.text == written:
        wanted += " "  # `Issue：https://...` -> `Issue: https://...`
    line = field.label_span.line
    return Fix("PL203", f"`{written}` -> `{wanted}`",
               (Edit(line, found.start + 1, line, found.start + len(written) + 1, wanted),), line, found.start + 1)


RULE = Rule("PL203", "non-template-label", Severity.WARNING, "Label differs from the template's",
            check=check, fix=carried_fixes(check))
