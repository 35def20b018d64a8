"""`python -m proposal_lint.commands.action plan|check|issue`: the steps action.yml runs."""

from __future__ import annotations

import sys

from .steps import check, issue, plan


def main(argv: list[str]) -> int:
    commands = {"plan": plan, "check": check, "issue": issue}
    if len(argv) != 1 or argv[0] not in commands:
        print(f"usage: python -m proposal_lint.commands.action {'|'.join(commands)}", file=sys.stderr)
        return 2
    return commands[argv[0]]()


sys.exit(main(sys.argv[1:]))
