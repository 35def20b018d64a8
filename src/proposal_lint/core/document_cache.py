"""Derived facts of a document, computed once per document however many rules ask."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from functools import wraps
from typing import TypeVar

T = TypeVar("T")
_KEEP = 64


def per_document(compute: Callable[..., T]) -> Callable[..., T]:
    """Cache `compute(document, *more)` by the identity of the document (immutable) and of the
    other arguments (run-wide facts such as the CNCF project list)."""
    cache: OrderedDict[tuple[int, ...], tuple[tuple, T]] = OrderedDict()

    @wraps(compute)
    def cached(document, *more) -> T:
        arguments = (document, *more)
        key = tuple(map(id, arguments))
        hit = cache.get(key)
        if hit is not None and all(a is b for a, b in zip(hit[0], arguments)):
            return hit[1]
        value = compute(document, *more)
        cache[key] = (arguments, value)
        if len(cache) > _KEEP:
            cache.popitem(last=False)
        return value

    return cached
