"""Upstream issue and link checks: URL extraction (offline) and verdicts gathered online.

Importing this package is cheap; `requests` and `rich` load only in the modules that fetch.
"""
