"""The person's own journal prompts (the built-in ones are content: desktop/content/prompts.py)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from desktop import clock
from desktop.store.errors import InputError
from desktop.store.models import (
    OwnPromptRow,
    writing,
)
from desktop.store.text import clean_field

PROMPT_MAX = 1000


def own_prompts() -> list[tuple[int, str]]:
    """The person's own prompts, oldest first, as (id, text)."""
    query = OwnPromptRow.select(OwnPromptRow.id, OwnPromptRow.text).order_by(OwnPromptRow.id)
    return list(cast(Iterable[tuple[int, str]], query.tuples()))


def clean_prompt_text(text: str) -> str:
    """A prompt's words as they are kept, or InputError (empty, too long)."""
    cleaned = clean_field(text, limit=PROMPT_MAX)
    if not cleaned:
        raise InputError("input.prompt_empty")
    return cleaned


def add_prompt(text: str) -> int:
    """Add a prompt of the person's own; returns its id."""
    cleaned = clean_prompt_text(text)
    with writing():
        return int(OwnPromptRow.create(text=cleaned, created_at=clock.now()).id)


def delete_prompt(prompt_id: int) -> None:
    """Remove one of the person's own prompts (entries started from it keep their copy)."""
    with writing():
        OwnPromptRow.delete().where(OwnPromptRow.id == prompt_id).execute()
