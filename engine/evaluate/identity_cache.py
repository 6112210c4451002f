"""Cache results of functions of immutable pack parts (calculators, packs) by the identity of their arguments.

Pack models are frozen and live as long as the loaded packs; what is derived from them alone (the facts a
calculator reads, the calculators it depends on) is computed once instead of for every profile. The
arguments are kept alive with the cached value, so an id is never reused while it is a key.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar, cast

F = TypeVar("F", bound=Callable[..., Any])
LIMIT = 4096


def identity_cache(fn: F) -> F:
    """Memoise ``fn(*args)`` on the identity of its positional arguments; callers must not mutate the result."""
    cache: dict[tuple[int, ...], tuple[tuple[Any, ...], Any]] = {}

    @wraps(fn)
    def wrapper(*args: Any) -> Any:
        key = tuple(map(id, args))
        hit = cache.get(key)
        if hit is not None:
            return hit[1]
        value = fn(*args)
        if len(cache) >= LIMIT:
            cache.clear()
        cache[key] = (args, value)
        return value

    wrapper.cache_clear = cache.clear  # type: ignore[attr-defined]
    return cast(F, wrapper)
