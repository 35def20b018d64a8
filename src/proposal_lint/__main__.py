"""`python -m proposal_lint`."""

import sys

from .cli import main

sys.exit(main())
