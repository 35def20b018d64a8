"""A finished report narrowed (baseline, filters, changed lines) and written out (`formats/`, the
writer, the term view). Reporters never decide.
"""
