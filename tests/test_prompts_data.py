"""The built-in journal prompts: the file itself, its groups and the wording of every prompt."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from desktop.paths import resource_path

GROUP_IDS = [
    "hard_day",
    "small_wins",
    "before_session",
    "kindness",
    "emotional_overload",
    "fear_of_change",
    "perfectionism",
    "too_big",
    "self_sabotage",
]
SHAME_WORDS = ("failed", "failure", "missed", "should", "lazy", "streak", "behind")
MAX_LENGTH = 140
MIN_PER_GROUP = 4
MIN_TOTAL = 36


def load() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("texts", "prompts.json").read_text("utf-8"))
    return data


def groups() -> list[dict[str, Any]]:
    return list(load()["groups"])


def all_prompts() -> list[str]:
    return [prompt for group in groups() for prompt in group["prompts"]]


def test_file_loads_with_a_version_and_groups() -> None:
    data = load()
    assert data["version"] == 1
    assert isinstance(data["groups"], list)


def test_group_ids_are_exactly_the_known_ones_in_order() -> None:
    assert [group["id"] for group in groups()] == GROUP_IDS


@pytest.mark.parametrize("index", range(len(GROUP_IDS)), ids=GROUP_IDS)
def test_every_group_has_a_title_and_enough_prompts(index: int) -> None:
    group = groups()[index]
    assert isinstance(group["title"], str)
    assert group["title"].strip()
    assert group["title"] == group["title"].strip()
    assert isinstance(group["prompts"], list)
    assert len(group["prompts"]) >= MIN_PER_GROUP


@pytest.mark.parametrize("prompt", all_prompts())
def test_prompts_are_short_trimmed_strings(prompt: str) -> None:
    assert isinstance(prompt, str)
    assert prompt.strip()
    assert prompt == prompt.strip()
    assert len(prompt) < MAX_LENGTH


@pytest.mark.parametrize("prompt", all_prompts())
def test_prompts_are_free_of_shame_words_and_exclamations(prompt: str) -> None:
    lowered = prompt.lower()
    for word in SHAME_WORDS:
        assert not re.search(rf"\b{word}", lowered), f"{word!r} in {prompt!r}"
    assert "!" not in prompt


def test_no_prompt_is_repeated() -> None:
    prompts = [prompt.casefold() for prompt in all_prompts()]
    assert len(prompts) == len(set(prompts))


def test_there_are_enough_prompts_in_all() -> None:
    assert len(all_prompts()) >= MIN_TOTAL
