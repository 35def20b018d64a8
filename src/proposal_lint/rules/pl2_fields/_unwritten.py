"""Eras without a written template (GSoC 2017 and 2018): the shape files shared is a convention."""

from __future__ import annotations

from ..api import Document, Severity


def convention_severity(document: Document) -> Severity | None:
    """Info where the template in force was never written down; None (the rule's own) elsewhere."""
    return None if document.template.written else Severity.INFO
