"""GitHub issue-form proposals: the form YAML as a template, the submitted body as the proposal model."""

from __future__ import annotations

from ...core.model import Document
from ...core.template import TemplateSpec
from .form import FormTemplate, builtin_form, load_form


def form_document(text: str, path: str, template: TemplateSpec | None, fallback: TemplateSpec | None = None) -> Document | None:
    """The document of an issue-form body, or None when the text is not one.

    A form given as the template (`--template form.yml`, or the config's `template` when no
    template is forced) reads any text as a body; otherwise a body is recognised by the
    `### <label>` sections of the built-in LFX form.
    """
    from .body import looks_like_form_body, opens_with_level_3_heading, read_form_body

    if template is None and isinstance(fallback, FormTemplate):
        template = fallback
    if isinstance(template, FormTemplate):
        return read_form_body(text, path, template)
    if template is None and opens_with_level_3_heading(text) and looks_like_form_body(text, builtin_form()):
        return read_form_body(text, path, builtin_form())
    return None


def is_form(document: Document) -> bool:
    """True for a document read from an issue-form body."""
    return isinstance(document.template, FormTemplate)


__all__ = ["FormTemplate", "builtin_form", "form_document", "is_form", "load_form"]
