"""The rule host and the rules: `table` (the `Rule` type and every rule by code and name), `selection`
(which rules run where, at which severity), `suppressions` (inline comments), `context` (what a rule
is given), `api` (a rule module's one import), and one folder per family of codes (`pl0_input` ...
`pl5_text`) holding one module per rule (`plNNN_name.py`, each defining `RULE`) and the helpers of
that family (`_*.py`); helpers of two families sit here.
"""
