"""The built-in encouragement texts: enough of them, in every group, short, kind and plain."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop.content import encouragement as texts
from desktop.paths import resource_path
from desktop.store.encouragement_records import MessageGroup

SHAME_WORDS = ("failed", "failure", "failing", "missed", "should", "lazy", "streak", "behind")
#: Sentences of the article the product grew from: our texts are our own words.
SEED = Path("/work/shared/seed/finding-therapy-hard.txt")


def all_texts() -> list[str]:
    cards = texts.helps()
    return [m.text for m in texts.library()] + [
        f"{item.title} {item.text}" for card in cards for item in card.items
    ]


def test_at_least_forty_messages_in_every_group() -> None:
    assert len(texts.library()) >= 40
    for group in MessageGroup:
        assert len([m for m in texts.library() if m.group == group.value]) >= 5, group


def test_ids_are_unique_and_stable_looking() -> None:
    keys = [m.key for m in texts.library()]
    assert len(keys) == len(set(keys))
    assert all(re.fullmatch(r"[a-z0-9-]+", key) for key in keys)


@pytest.mark.parametrize("text", all_texts())
def test_texts_are_short_kind_and_plain(text: str) -> None:
    assert 0 < len(text) < texts.MESSAGE_MAX
    assert "!" not in text
    lowered = text.lower()
    for word in SHAME_WORDS:
        assert not re.search(rf"\b{word}", lowered), f"{word!r} in {text!r}"


def test_no_text_is_repeated() -> None:
    assert len(all_texts()) == len(set(all_texts()))


@pytest.mark.skipif(not SEED.exists(), reason="the seed article is not on this machine")
def test_no_sentence_of_the_article_is_pasted() -> None:
    article = SEED.read_text(encoding="utf-8").lower()
    words = re.findall(r"[a-z']+", article)
    phrases = {" ".join(words[n : n + 6]) for n in range(len(words) - 5)}
    for text in all_texts():
        ours = re.findall(r"[a-z']+", text.lower().replace("’", "'"))
        for n in range(len(ours) - 5):
            assert " ".join(ours[n : n + 6]) not in phrases, text


def test_two_cards_what_helps_and_what_doesnt() -> None:
    helps, doesnt = texts.helps()
    assert len(helps.items) >= 3 and len(doesnt.items) >= 3
    assert helps.title != doesnt.title


def test_what_doesnt_help_never_contradicts_session_prep() -> None:
    # One click from a page called "Session prep": it may be offered, never ruled out.
    _helps, doesnt = texts.helps()
    for item in doesnt.items:
        lowered = item.text.lower()
        assert "nothing to prepare" not in lowered and "don't prepare" not in lowered, item.text


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "texts.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_broken_library_is_refused_with_what_is_wrong(tmp_path: Path) -> None:
    good = json.loads(resource_path("texts", "encouragement.json").read_text("utf-8"))
    with pytest.raises(texts.TextsError, match="version"):
        texts.load_library(_write(tmp_path, {**good, "version": 9}))
    missing = {**good, "groups": {k: v for k, v in good["groups"].items() if k != "too_big"}}
    with pytest.raises(texts.TextsError, match="too_big"):
        texts.load_library(_write(tmp_path, missing))
    long = json.loads(json.dumps(good))
    long["groups"]["general"][0]["text"] = "x" * 300
    with pytest.raises(texts.TextsError, match="280"):
        texts.load_library(_write(tmp_path, long))
    twice = json.loads(json.dumps(good))
    twice["groups"]["general"][1]["id"] = twice["groups"]["general"][0]["id"]
    with pytest.raises(texts.TextsError, match="repeats"):
        texts.load_library(_write(tmp_path, twice))
    own = json.loads(json.dumps(good))
    own["groups"]["general"][0]["id"] = "own:1"
    with pytest.raises(texts.TextsError, match="own:"):
        texts.load_library(_write(tmp_path, own))
    with pytest.raises(texts.TextsError, match="JSON"):
        (tmp_path / "bad.json").write_text("{", encoding="utf-8")
        texts.load_library(tmp_path / "bad.json")


def test_broken_cards_are_refused(tmp_path: Path) -> None:
    with pytest.raises(texts.TextsError, match="helps"):
        texts.load_helps(_write(tmp_path, {"version": 1}))
    card = {"title": "x", "items": [{"title": "only a title"}]}
    with pytest.raises(texts.TextsError, match="title and a text"):
        texts.load_helps(_write(tmp_path, {"version": 1, "helps": card, "doesnt_help": card}))
