"""Derived facts of a document, computed once per document however many rules ask."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from functools import wraps
from typing import TypeVar

T = TypeVar("T")
_KEEP = 64


def per_document(compute: Callable[..., T]) -> Callable[..., T]:
    """Cache `compute(document)` by the document's identity (documents are immutable)."""
    cache: OrderedDict[int, tuple[object, T]] = OrderedDict()

    @wraps(compute)
    def cached(document) -> T:
        hit = cache.get(id(document))
        if hit is not None and hit[0] is document:
            return hit[1]
        value = compute(document)
        cache[id(document)] = (document, value)
        if len(cache) > _KEEP:
            cache.popitem(last=False)
        return value

    return cached
