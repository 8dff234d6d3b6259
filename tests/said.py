"""What the person is told: the words for an error the store raised (in English, as the command
line says them), for tests that check an error's message and not only its kind."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from desktop.reports.errors import explain
from desktop.store.errors import StoreError


@contextmanager
def raises_saying(kind: type[StoreError], words: str) -> Iterator[pytest.ExceptionInfo[StoreError]]:
    """Like pytest.raises(kind), and the person is told something matching words (a regex)."""
    with pytest.raises(kind) as caught:
        yield caught
    said = explain(caught.value)
    assert re.search(words, said), said


def said(error: BaseException) -> str:
    """What the person is told about error."""
    assert isinstance(error, StoreError), error
    return explain(error)
