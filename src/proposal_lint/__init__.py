"""proposal-lint: lint CNCF mentorship project-idea Markdown files.

Public API: `lint_text`, `lint_paths`, `Options` (with its `LinkSettings`) and `Diagnostic`.
Everything else may move.
"""

from __future__ import annotations

from .reading import mistletoe_punctuation
from .version import __version__

mistletoe_punctuation.install()

__all__ = ["Diagnostic", "LinkSettings", "Options", "lint_paths", "lint_text", "__version__"]


def __getattr__(name: str):
    if name in ("lint_text", "lint_paths"):
        from .engine import lint

        return getattr(lint, name)
    if name == "Diagnostic":
        from .core.diagnostics import Diagnostic

        return Diagnostic
    if name == "Options":
        from .rules.context import Options

        return Options
    if name == "LinkSettings":
        from .core.link_settings import LinkSettings

        return LinkSettings
    raise AttributeError(name)
