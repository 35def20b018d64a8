"""`--fix`: the machinery that applies the safe, mechanical, idempotent fixes the rules offer.

A rule offers fixes through its `fix` (rules compute them, often with the problem they fix: see
rules.table.Rule); a Fix is the rule's code, what it does in words, and (span, replacement) edits
computed from the model's spans (diagnostics.Fix, Edit). `apply.fix_text` applies them, `files`
reads and writes files, `marks` tells which findings `--fix` would fix, `run` is `check --fix`.
"""
