"""The built-in journal prompts, kept as data in resources/texts/prompts.json. Imports no Qt."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from desktop.paths import resource_path


@dataclass(frozen=True)
class PromptGroup:
    """A set of prompts for one kind of moment ("After a hard day")."""

    id: str
    title: str
    prompts: tuple[str, ...]


@cache
def builtin_prompts() -> tuple[PromptGroup, ...]:
    """The built-in prompt groups, in the order they are offered."""
    data = json.loads(resource_path("texts", "prompts.json").read_text(encoding="utf-8"))
    return tuple(
        PromptGroup(id=group["id"], title=group["title"], prompts=tuple(group["prompts"]))
        for group in data["groups"]
    )
