"""proposal-lint: lint CNCF mentorship project-idea Markdown files.

Public API: `lint_text`, `lint_paths`, `Options` (with its `LinkSettings`) and `Diagnostic`.
Everything else may move.
"""

from __future__ import annotations

from . import mistletoe_punctuation
from .version import __version__

mistletoe_punctuation.install()

__all__ = ["Diagnostic", "LinkSettings", "Options", "lint_paths", "lint_text", "__version__"]


def __getattr__(name: str):
    if name in ("lint_text", "lint_paths"):
        from . import engine

        return getattr(engine, name)
    if name == "Diagnostic":
        from .diagnostics import Diagnostic

        return Diagnostic
    if name == "Options":
        from .context import Options

        return Options
    if name == "LinkSettings":
        from .link_settings import LinkSettings

        return LinkSettings
    raise AttributeError(name)
