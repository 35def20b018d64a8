"""The GitHub runner sink: workflow commands (`::error file=...::message`), and log lines the runner
must not take for one.

The runner reads every line a step prints: a line that starts with `::` once its leading whitespace is
trimmed is a command (`::error`, `::stop-commands::TOKEN`, ...), and so is `##[command]` anywhere in a line
(the older syntax). Commands escape as @actions/core does (`toCommandValue`, `escapeData`, `escapeProperty`).
"""

from __future__ import annotations

import os
import re

from .terminal import printable

_COMMAND_START = re.compile(r"^((?:[^\S\n]|\x1b\[[0-9;]*m)*):(?=:)", re.M)  # `::`, maybe after indentation and colours
_OLD_COMMAND = "##["


def escape_data(text: str) -> str:
    """Escape a command's message: `%`, CR and LF."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: as data, plus the delimiters `:` and `,`."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(kind: str, message: str, **properties: object) -> str:
    """One workflow command line (no newline): `::kind key=value,...::message`, every part escaped."""
    rendered = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{kind}{' ' + rendered if rendered else ''}::{escape_data(message)}"


def inert(text: str) -> str:
    """Log text (any number of lines) the runner reads as text only: a line that would start with `::`
    after its indentation gets its first colon written `\\x3a`, and `##[` is written `#\\x23[`."""
    return _COMMAND_START.sub(lambda match: match[1] + r"\x3a", text).replace(_OLD_COMMAND, r"#\x23[")


def log_line(text: str) -> str:
    """One log line of user text: control characters (line breaks too) written visibly, never a command."""
    return inert(printable(text))


def on_runner() -> bool:
    """Whether this runs in a GitHub Actions job, where stdout and stderr are read for commands."""
    return os.environ.get("GITHUB_ACTIONS") == "true"
