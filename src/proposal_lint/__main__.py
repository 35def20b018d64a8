"""`python -m proposal_lint`."""

from .launcher import run

run()
