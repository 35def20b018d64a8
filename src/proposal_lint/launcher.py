"""The console script: `--version` and the top-level `--help` answered without importing click.

Importing click is most of what these two cost (about 25 ms of 45); every other command line
goes to cli.run. The help text is click's own at the full width it wraps to (78 columns of an
80-column or wider terminal), kept in help.txt; on a narrower terminal click formats it.
tests/test_launcher.py fails as soon as help.txt differs from what click prints.
"""

from __future__ import annotations

import os
import sys

from . import __version__

HELP_FILE = os.path.join(os.path.dirname(__file__), "help.txt")
HELP_COLUMNS = 80  # click wraps help to min(terminal columns, 80) - 2


def quick_answer(args: list[str]) -> str | None:
    """What `proposal-lint ARGS` prints when click is not needed to say it, else None."""
    if args == ["--version"]:
        return f"proposal-lint, version {__version__}\n"
    if args in (["--help"], ["-h"]):
        import shutil

        if shutil.get_terminal_size().columns >= HELP_COLUMNS:
            with open(HELP_FILE, encoding="utf-8") as file:
                return file.read()
    return None


def run() -> None:
    """The `proposal-lint` command."""
    answer = quick_answer(sys.argv[1:])
    if answer is None:
        from .commands.cli import run as run_cli

        run_cli()  # exits
    else:
        sys.stdout.write(answer)
