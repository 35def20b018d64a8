"""How a run uses Python's cyclic garbage collector: the parse and the model make many objects
that all live until the end, which the collector would otherwise walk again and again."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_while_building() -> Iterator[None]:
    """Pause the collector while a document is built, then sweep the young generation once.

    Everything allocated while a file is parsed lives until its model is built, so the
    collector's passes over it are wasted (a fifth of the parse of a 5 MB file). The one
    sweep afterwards frees mistletoe's tree, whose tokens point back at their parents.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect(0)


@contextmanager
def frozen() -> Iterator[None]:
    """Leave what exists now (the parsed documents) out of the collector's passes until the block
    ends; the rules allocate a lot and would otherwise make it walk every document each time."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
