"""The error of a CNCF project list that cannot be read or has the wrong shape."""


class CncfProjectsError(ValueError):
    """The project list cannot be read or has the wrong shape (in a module of its own, so that the
    command line can catch it without importing the list's module)."""
