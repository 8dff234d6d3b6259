"""Cleaning text on its way into the store, so any input is stored safely and exactly."""

from __future__ import annotations

import re

from desktop.store.errors import InputError

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

TITLE_MAX = 300
FIELD_MAX = 20_000


def clean(text: str) -> str:
    """Drop NUL characters and lone surrogates; keep every other character exactly."""
    # SQLite's functions stop at NUL, and lone surrogates cannot be encoded as UTF-8.
    return _LONE_SURROGATE.sub("", text.replace("\x00", ""))


def clean_field(text: str, *, limit: int = FIELD_MAX) -> str:
    """A cleaned, trimmed optional field, within its length limit."""
    cleaned = clean(text).strip()
    if len(cleaned) > limit:
        raise InputError("input.too_long", limit=limit)
    return cleaned


def clean_title(text: str) -> str:
    """A cleaned, trimmed title, which must not be empty."""
    cleaned = " ".join(clean(text).split())
    if len(cleaned) > TITLE_MAX:
        raise InputError("input.title_too_long", limit=TITLE_MAX)
    if not cleaned:
        raise InputError("input.title_missing")
    return cleaned
