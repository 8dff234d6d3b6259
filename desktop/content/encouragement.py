"""The built-in texts of the Encouragement tab, kept as data in resources/texts/.

``encouragement.json`` holds the message library, grouped (general, each of the five reasons that
get in the way, before a session, after a hard week), each message with a stable id; the person's
favourites and the messages they set aside are stored by that id. ``helps.json`` holds the two
cards "what helps" and "what doesn't". Each has a translation beside it (``encouragement.de.json``)
keyed by the same ids; a text a translation lacks stays English. Imports no Qt and does no work at
import time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from desktop.content import SOURCE_LANGUAGE, language, normalise, text_path, translation_path
from desktop.store.encouragement_records import OWN_KEY_PREFIX, Message, MessageGroup

FILE_VERSION = 1
#: A message must fit in a short glance (and in a tweet-sized box).
MESSAGE_MAX = 280
MIN_PER_GROUP = 3


class TextsError(ValueError):
    """A texts file is missing pieces or is not shaped as expected."""


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise TextsError(f"{path} is not valid JSON ({exc}).") from exc
    if not isinstance(data, dict) or data.get("version") != FILE_VERSION:
        raise TextsError(f"{path} must be an object with version {FILE_VERSION}.")
    return data


def load_library(path: Path) -> tuple[Message, ...]:
    """Read and check a message library; raise TextsError if it is incomplete or malformed."""
    groups = _read(path).get("groups")
    if not isinstance(groups, dict):
        raise TextsError(f"{path} has no 'groups' object.")
    problems: list[str] = []
    unknown = set(groups) - {g.value for g in MessageGroup}
    if unknown:
        problems.append(f"unknown groups {sorted(unknown)}")
    found: list[Message] = []
    seen: set[str] = set()
    for group in MessageGroup:
        raw = groups.get(group.value)
        if not isinstance(raw, list) or len(raw) < MIN_PER_GROUP:
            problems.append(f"'{group.value}' needs at least {MIN_PER_GROUP} messages")
            continue
        for number, entry in enumerate(raw, start=1):
            key = entry.get("id") if isinstance(entry, dict) else None
            text = entry.get("text") if isinstance(entry, dict) else None
            where = f"'{group.value}' message {number}"
            if not isinstance(key, str) or not key or key.startswith(OWN_KEY_PREFIX):
                problems.append(f"{where} needs an id (not starting with '{OWN_KEY_PREFIX}')")
            elif key in seen:
                problems.append(f"{where} repeats the id '{key}'")
            elif not isinstance(text, str) or not text.strip():
                problems.append(f"{where} has no text")
            elif len(text.strip()) >= MESSAGE_MAX:
                problems.append(f"{where} is {MESSAGE_MAX} characters or longer")
            else:
                seen.add(key)
                found.append(Message(key=key, group=group.value, text=text.strip()))
    if problems:
        raise TextsError(f"{path} is incomplete: " + "; ".join(problems) + ".")
    return tuple(found)


def library(code: str | None = None) -> tuple[Message, ...]:
    """The built-in messages in code's language (the one in use if None), loaded once each."""
    return _library(normalise(code) if code else language())


@cache
def _library(code: str) -> tuple[Message, ...]:
    english = load_library(text_path("encouragement", SOURCE_LANGUAGE))
    path = translation_path("encouragement", code)
    return english if path is None else translate_library(english, path)


def translate_library(english: tuple[Message, ...], path: Path) -> tuple[Message, ...]:
    """The English messages with each text a translation file has for the same id.

    The ids, groups and order stay the English ones; a missing, empty or too long translated
    text (or an unreadable file) leaves that message in English.
    """
    texts: dict[str, str] = {}
    try:
        groups = _read(path).get("groups")
    except (OSError, TextsError):
        groups = None
    for entries in groups.values() if isinstance(groups, dict) else ():
        for entry in entries if isinstance(entries, list) else ():
            key = entry.get("id") if isinstance(entry, dict) else None
            text = entry.get("text") if isinstance(entry, dict) else None
            if (
                isinstance(key, str)
                and isinstance(text, str)
                and 0 < len(text.strip()) < MESSAGE_MAX
            ):
                texts[key] = text.strip()
    return tuple(replace(message, text=texts.get(message.key, message.text)) for message in english)


def message_by_key(key: str, code: str | None = None) -> Message | None:
    """A built-in message by its id, in code's language (the one in use if None)."""
    for message in library(code):
        if message.key == key:
            return message
    return None


@dataclass(frozen=True)
class HelpItem:
    """One point on a card: a few words, and a sentence or two."""

    title: str
    text: str


@dataclass(frozen=True)
class HelpCard:
    """A short card: "what helps when it's hard" or "what doesn't help"."""

    title: str
    items: tuple[HelpItem, ...]


def load_helps(path: Path) -> tuple[HelpCard, HelpCard]:
    """Read the two cards (what helps, what doesn't); raise TextsError if malformed."""
    data = _read(path)
    cards = []
    for name in ("helps", "doesnt_help"):
        card = data.get(name)
        if not isinstance(card, dict) or not isinstance(card.get("title"), str):
            raise TextsError(f"{path} has no '{name}' card with a title.")
        items = card.get("items")
        if not isinstance(items, list) or not items:
            raise TextsError(f"{path}: the '{name}' card has no items.")
        checked = []
        for item in items:
            if not (
                isinstance(item, dict)
                and isinstance(item.get("title"), str)
                and isinstance(item.get("text"), str)
            ):
                raise TextsError(f"{path}: every item of '{name}' needs a title and a text.")
            checked.append(HelpItem(title=item["title"].strip(), text=item["text"].strip()))
        cards.append(HelpCard(title=card["title"].strip(), items=tuple(checked)))
    return cards[0], cards[1]


def helps(code: str | None = None) -> tuple[HelpCard, HelpCard]:
    """The built-in cards, what helps when it's hard and what doesn't, in code's language."""
    return _helps(normalise(code) if code else language())


@cache
def _helps(code: str) -> tuple[HelpCard, HelpCard]:
    english = load_helps(text_path("helps", SOURCE_LANGUAGE))
    path = translation_path("helps", code)
    if path is None:
        return english
    try:
        translated = load_helps(path)
    except (OSError, TextsError):
        return english
    return _translate_card(english[0], translated[0]), _translate_card(english[1], translated[1])


def _translate_card(english: HelpCard, translated: HelpCard) -> HelpCard:
    """The English card with the translated title and items (by position); English where none."""
    items = tuple(
        HelpItem(
            title=(translated.items[n].title if n < len(translated.items) else "") or item.title,
            text=(translated.items[n].text if n < len(translated.items) else "") or item.text,
        )
        for n, item in enumerate(english.items)
    )
    return HelpCard(title=translated.title or english.title, items=items)
