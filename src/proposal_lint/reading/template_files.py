"""A user's `--template`: a shipped profile's name, or a template file (JSON spec, issue-form YAML,
Markdown with a Template block). Above the parser, which reads a file's own Template block."""

from __future__ import annotations

import json
import os

from ..core.bounded_read import read_text
from ..core.template import SHIPPED_PROFILES, TemplateSpec, builtin_template, template_from_json


def load_template_file(path: str) -> TemplateSpec:
    """A user's template: a JSON spec like the built-ins, an issue form's YAML, or a Markdown file with a Template block."""
    if path.endswith((".yml", ".yaml")):
        from .issue_form import load_form

        return load_form(path)
    text = read_text(path)
    if path.endswith(".json"):
        return template_from_json(json.loads(text))
    from .parser import parse_document

    document = parse_document(text, path)
    if document.template_source != "file":
        raise ValueError("no `## Template` block with a fenced template in it")
    return document.template


def resolve_template(value: str) -> TemplateSpec:
    """A shipped profile's name (`lfx`, `gsoc`, `lfx-2020`, ...), or a template file's path (JSON
    spec, issue-form YAML, or Markdown with a Template block). Raises ValueError with a message
    fit for the user.
    """
    if value in SHIPPED_PROFILES:
        return builtin_template(value)
    if not os.path.lexists(value):
        import difflib

        close = difflib.get_close_matches(value, list(SHIPPED_PROFILES), n=1, cutoff=0.5)
        hint = f"did you mean `{close[0]}`? " if close else ""
        raise ValueError(f"cannot use template {value!r}: no shipped profile and no file of that name; {hint}"
                         f"the profiles are {', '.join(SHIPPED_PROFILES)}")
    try:
        return load_template_file(value)
    except (OSError, ValueError, KeyError, TypeError, RecursionError) as error:
        raise ValueError(f"cannot use template {value!r}: {error}") from None
