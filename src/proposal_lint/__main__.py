"""`python -m proposal_lint`."""

from .cli import run

run()
