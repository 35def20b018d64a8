"""PL0xx, input: files that cannot be read, suppressions, nesting."""
