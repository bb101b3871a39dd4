"""One worker thread that owns the Store, so the async web app never shares a connection between threads.

``Store`` methods are "safe to call from one thread at a time" and a SQLite connection belongs to the thread that
opened it. The gateway opens the store inside its own single worker thread and runs every store call there; route
handlers ``await gateway.run(lambda s: s.list_documents(...))`` without blocking the event loop. Iterators are
consumed inside the worker (``take``) so no generator crosses threads.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from marsad.store.base import Store

T = TypeVar("T")


class StoreGateway:
    """Runs callables against one Store in one dedicated thread."""

    def __init__(self, opener: Callable[[], Store]) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="marsad-store")
        self._store: Store | None = None
        self._opener = opener

    def _with_store(self, fn: Callable[[Store], T]) -> T:
        if self._store is None:
            self._store = self._opener()
        return fn(self._store)

    async def run(self, fn: Callable[[Store], T]) -> T:
        """Run ``fn(store)`` in the store thread and return its result."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self._with_store, fn)

    def run_sync(self, fn: Callable[[Store], T]) -> T:
        """Blocking variant for start-up and shutdown code outside the event loop."""
        return self._executor.submit(self._with_store, fn).result()

    def close(self) -> None:
        """Close the store (in its own thread) and stop the worker."""

        def _close() -> None:
            if self._store is not None:
                self._store.close()
                self._store = None

        self._executor.submit(_close).result()
        self._executor.shutdown(wait=True)


def take(rows: Iterator[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    """At most ``limit`` rows of an iterator, consumed now (inside the store thread)."""
    return list(itertools.islice(rows, limit))
