"""The ways in: the CLI, what its commands share, summary, export, rule docs, config, and the
GitHub Action's steps (`action/`).
"""
