"""Plain types every layer shares: the model, diagnostics, facts, template specs, settings. Imports
nothing else of the package.
"""
