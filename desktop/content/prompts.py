"""The built-in journal prompts, kept as data in resources/texts/prompts.json. Imports no Qt.

A translation beside it (``prompts.de.json``) has the same group ids; a group it lacks, or a
prompt it lacks (by position), stays English.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from desktop.content import SOURCE_LANGUAGE, language, normalise, text_path, translation_path


@dataclass(frozen=True)
class PromptGroup:
    """A set of prompts for one kind of moment ("After a hard day")."""

    id: str
    title: str
    prompts: tuple[str, ...]


def load_prompts(path: Path) -> tuple[PromptGroup, ...]:
    """The prompt groups of a prompts file, in its order."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return tuple(
        PromptGroup(id=group["id"], title=group["title"], prompts=tuple(group["prompts"]))
        for group in data["groups"]
    )


def builtin_prompts(code: str | None = None) -> tuple[PromptGroup, ...]:
    """The built-in prompt groups in code's language (the one in use if None), in offer order."""
    return _builtin_prompts(normalise(code) if code else language())


@cache
def _builtin_prompts(code: str) -> tuple[PromptGroup, ...]:
    english = load_prompts(text_path("prompts", SOURCE_LANGUAGE))
    path = translation_path("prompts", code)
    if path is None:
        return english
    try:
        translated = {group.id: group for group in load_prompts(path)}
    except (OSError, ValueError, KeyError, TypeError):
        return english
    return tuple(_translate_group(group, translated.get(group.id)) for group in english)


def _translate_group(english: PromptGroup, translated: PromptGroup | None) -> PromptGroup:
    if translated is None:
        return english
    given = translated.prompts
    prompts = tuple(
        (given[n].strip() if n < len(given) and isinstance(given[n], str) else "") or prompt
        for n, prompt in enumerate(english.prompts)
    )
    return PromptGroup(
        id=english.id, title=translated.title.strip() or english.title, prompts=prompts
    )
