"""Shared setup for the store tests (no Qt anywhere in here)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.store import db


@pytest.fixture(autouse=True)
def _store_closed_afterwards() -> Iterator[None]:
    """Every test leaves the one shared database handle closed, whatever it opened."""
    yield
    db.close_database()
