"""Helpers shared by the bench scripts."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hrtracker import service
from hrtracker.store import Store


@contextmanager
def demo_or_given_store(db: str | None) -> Iterator[Store]:
    """The database ``db`` if given, else a fresh demo database (what `hrtracker demo` builds) in a
    temporary folder that is removed afterwards."""
    if db:
        yield Store(db)
        return
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "demo.sqlite")
        service.build_demo(store)
        yield store
