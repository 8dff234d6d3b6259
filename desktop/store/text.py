"""Cleaning text on its way into the store, so any input is stored safely and exactly."""

from __future__ import annotations

import re

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

TITLE_MAX = 300
FIELD_MAX = 20_000


class InputError(ValueError):
    """Input the store cannot keep as it is; the message is for the person."""


def clean(text: str) -> str:
    """Drop NUL characters and lone surrogates; keep every other character exactly."""
    # SQLite's functions stop at NUL, and lone surrogates cannot be encoded as UTF-8.
    return _LONE_SURROGATE.sub("", text.replace("\x00", ""))


def clean_field(text: str, *, limit: int = FIELD_MAX) -> str:
    """A cleaned, trimmed optional field, within its length limit."""
    cleaned = clean(text).strip()
    if len(cleaned) > limit:
        raise InputError(f"This text is longer than {limit:,} characters; please shorten it.")
    return cleaned


def clean_title(text: str) -> str:
    """A cleaned, trimmed title, which must not be empty."""
    cleaned = " ".join(clean(text).split())
    if len(cleaned) > TITLE_MAX:
        raise InputError(f"A title can be up to {TITLE_MAX} characters; please shorten it.")
    if not cleaned:
        raise InputError("A plan item needs a few words as its title.")
    return cleaned
