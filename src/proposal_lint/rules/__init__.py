"""One module per rule (`plNNN_name.py`, each defining `RULE`), and the helpers they share (`_*.py`).

The rule table (`rule_table.py`) lists the modules by name and imports them when first asked.
"""
