"""A GitHub issue form (the YAML under `.github/ISSUE_TEMPLATE/`) as a template spec.

The form's input elements become the template's fields, in order: their labels are the
`### <label>` sections of a body, `validations.required` says which must have a value,
dropdown `options` are the allowed values. The element ids (`cncf_project`, `mentors`, ...)
name each field's role, so the LFX-specific rules find their fields in any version of the form.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ...core.bounded_read import read_text
from ...core.template import FieldSpec, MentorPolicy, TemplateSpec

BUILTIN_FORM = "lfx-program-proposal.yml"
# A placeholder line is reported when left in a body (PL501) if it is long enough to be the form's own
# words, and not a comma-separated list a proposer may write on purpose (`Go, Kubernetes, Prometheus`).
PLACEHOLDER_MIN_LENGTH = 30
# The LFX form's mentor policy: one primary (the first line) and up to three co-mentors; two preferred.
# cncf's validator fails more than four mentors and warns on a single one.
LFX_MENTORS = MentorPolicy(min=1, preferred=2, max=4, primary=False, sources=(
    ("max", "cncf's proposal check (at most 4 mentors)"),
    ("preferred", "cncf's proposal check (\"We usually prefer at least two mentors\")"),
))
# Field kinds the link rules know, by the element id that carries them.
_KINDS = {"upstream_issue_url": "issue-url"}


class FormElement(NamedTuple):
    """One input element of the form: its type, id, label, options (dropdown or checkboxes)."""

    type: str
    id: str
    label: str
    required: bool = False
    options: tuple[str, ...] = ()
    placeholder: str = ""


@dataclass(frozen=True)
class FormTemplate(TemplateSpec):
    """A template read from an issue form; `elements` keep what the form says about each field."""

    elements: tuple[FormElement, ...] = ()

    def element(self, element_id: str) -> FormElement | None:
        """The element with this id (`term`, `mentors`, ...), if the form has it."""
        return next((e for e in self.elements if e.id == element_id), None)

    def label_of(self, element_id: str) -> str | None:
        element = self.element(element_id)
        return element.label if element is not None else None


def _options(element_type: str, attributes: dict) -> tuple[str, ...]:
    options = attributes.get("options") or ()
    if element_type == "checkboxes":
        return tuple(str(o.get("label", "")).strip() for o in options if isinstance(o, dict))
    return tuple(str(o).strip() for o in options)


def _element(data: dict, position: int) -> FormElement | None:
    element_type = str(data.get("type", ""))
    attributes = data.get("attributes") or {}
    label = str(attributes.get("label") or "").strip()
    if element_type == "markdown" or not label:
        return None
    validations = data.get("validations") or {}
    return FormElement(
        type=element_type,
        id=str(data.get("id") or f"field-{position}"),
        label=label,
        required=bool(validations.get("required", False)),
        options=_options(element_type, attributes),
        placeholder=str(attributes.get("placeholder") or ""),
    )


def _field(element: FormElement) -> FieldSpec:
    return FieldSpec(
        name=element.label,
        label=element.label,
        required=element.required,
        allow_empty=not element.required,
        mentors=element.id == "mentors",
        kind=_KINDS.get(element.id, "dropdown" if element.type == "dropdown" else None),
        allowed=element.options if element.type == "dropdown" else (),
    )


class _Placeholders(NamedTuple):
    """The placeholder lines a body may leave in, and which of them are examples (`e.g. ...`)."""

    lines: tuple[str, ...]
    examples: frozenset[str]


def _placeholders(elements: tuple[FormElement, ...]) -> _Placeholders:
    """Example values the form shows in its inputs, as a proposer may leave them (`e.g. ` dropped)."""
    found, examples = [], set()
    for element in elements:
        for line in element.placeholder.splitlines():
            line = line.strip()
            example = line.startswith("e.g. ")
            if example:
                line = line[5:]
            line = line.strip('"')
            if len(line) >= PLACEHOLDER_MIN_LENGTH and line.count(", ") < 2 and "example.com" not in line:
                found.append(line)
                if example:
                    examples.add(line)
    return _Placeholders(tuple(found), frozenset(examples))


def form_from_yaml(text: str) -> FormTemplate:
    """Build the template from an issue form's YAML text; ValueError when it is not an issue form."""
    import yaml

    from ...core.yaml_depth import MAX_YAML_NESTING, nests_too_deeply

    if nests_too_deeply(text):
        raise ValueError(f"not an issue form: it nests more than {MAX_YAML_NESTING} levels deep")
    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml's when there
    except yaml.YAMLError as error:
        raise ValueError(f"not valid YAML: {error}") from None
    body = data.get("body") if isinstance(data, dict) else None
    if not isinstance(body, list):
        raise ValueError("not a GitHub issue form (no `body:` list of elements)")
    elements = tuple(e for i, item in enumerate(body) if isinstance(item, dict) and (e := _element(item, i)))
    if not elements:
        raise ValueError("the issue form has no labelled input elements")
    placeholders = _placeholders(elements)
    return FormTemplate(
        name="lfx",
        project_level=3,
        title_level=4,
        fields=tuple(_field(e) for e in elements),
        mentors=LFX_MENTORS,
        placeholders=placeholders.lines,
        examples=placeholders.examples,
        elements=elements,
    )


def load_form(path: str) -> FormTemplate:
    """A form YAML file given by the user (`--template PATH`)."""
    return form_from_yaml(read_text(path))


@lru_cache(maxsize=None)
def builtin_form() -> FormTemplate:
    """The current LFX Mentorship proposal form, shipped as package data."""
    return load_form(os.path.join(os.path.dirname(__file__), "forms", BUILTIN_FORM))
