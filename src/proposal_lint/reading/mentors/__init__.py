"""Mentor entries, as people really write them, to `Mentor` records with exact spans.

The template form is `Name (@handle, email)`; every other shape seen in real files
(GitHub links for names, `<email>`, obfuscated `a AT b DOT org`, several mentors on a
line, `Name | @h | email | LFID`, ...) parses too, with its departures listed in
`Mentor.issues` for the rules to judge. Every regex here is linear: no nested quantifiers.

`tokens` cuts a text into tokens, `classification` says what each token is, `entry` and
`entries` build the entries, `read` turns them into records; `handles` says what a GitHub
handle is; `walk` (imported on its own) finds a document's mentors wherever they stand.
"""

from .forms import FORMAT_ISSUES, MISTAKES, canonical
from .read import mentors_in_field, mentors_in_item, parse_mentors

__all__ = ["FORMAT_ISSUES", "MISTAKES", "canonical", "mentors_in_field", "mentors_in_item", "parse_mentors"]
