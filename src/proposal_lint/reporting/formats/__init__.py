"""Reporters: each is a function from a finished run to text, picked from this table."""

from __future__ import annotations

from importlib import import_module
from typing import Callable

_REPORTERS = {
    "text": "plain",
    "concise": "concise",
    "rich": "rich_text",
    "json": "json_report",
    "github": "github",
    "sarif": "sarif",
    "markdown": "markdown",
    "statistics": "statistics",
    "rdjson": "rdjson",
}

FORMATS = ("auto", "text", "concise", "json", "github", "sarif", "markdown", "rdjson")
WITH_FIXES = ("json", "rdjson")  # formats that carry each finding's fix (fix.suggestions)


def get_reporter(name: str) -> Callable:
    """The `render(report) -> str` function of a format (imported on first use)."""
    return import_module(f".{_REPORTERS[name]}", __name__).render
