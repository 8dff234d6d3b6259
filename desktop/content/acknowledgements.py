"""The short, warm acknowledgement shown right after every check-in, whatever its outcome.

The messages live in ``resources/texts/acknowledgements.json``, grouped by outcome and, for the
outcomes after which the app asks what got in the way, by that too. The choice is deterministic
for a given seed, so a message does not change when the screen refreshes. A translation beside it
(``acknowledgements.de.json``) has the same outcomes and groups; a group it lacks stays English.
Imports no Qt and does no work at import time.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType

from desktop.content import SOURCE_LANGUAGE, language, normalise, text_path, translation_path
from desktop.store.records import Outcome, Reason

#: Every outcome gets an acknowledgement: each one is an honest answer.
ACKNOWLEDGED_OUTCOMES: tuple[Outcome, ...] = tuple(Outcome)
#: Group used when nothing was said about what got in the way (or nothing was asked).
NO_REASON = "none"
#: Group used when the person wrote their own reason and picked none of the listed ones.
OTHER_REASON = "other"
#: Every group an outcome that asks what got in the way must have.
GROUPS: tuple[str, ...] = (NO_REASON, *(reason.value for reason in Reason), OTHER_REASON)


def groups_of(outcome: Outcome) -> tuple[str, ...]:
    """The groups an outcome's messages come in: by what got in the way, where that is asked."""
    return GROUPS if Outcome(outcome).asks_what_got_in_the_way else (NO_REASON,)


FILE_VERSION = 1

Messages = Mapping[str, Mapping[str, tuple[str, ...]]]


class AcknowledgementsError(ValueError):
    """The acknowledgements file is missing pieces or is not shaped as expected."""


def load_messages(path: Path) -> Messages:
    """Read and check an acknowledgements file; raise AcknowledgementsError if incomplete."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise AcknowledgementsError(f"{path} is not valid JSON ({exc}).") from exc
    if not isinstance(data, dict) or data.get("version") != FILE_VERSION:
        raise AcknowledgementsError(f"{path} must be an object with version {FILE_VERSION}.")
    raw = data.get("messages")
    if not isinstance(raw, dict):
        raise AcknowledgementsError(f"{path} has no 'messages' object.")

    problems: list[str] = []
    result: dict[str, Mapping[str, tuple[str, ...]]] = {}
    for outcome in ACKNOWLEDGED_OUTCOMES:
        groups = raw.get(outcome.value)
        if not isinstance(groups, dict):
            problems.append(f"outcome '{outcome.value}' is missing")
            continue
        checked: dict[str, tuple[str, ...]] = {}
        for group in groups_of(outcome):
            texts = groups.get(group)
            if not isinstance(texts, list):
                problems.append(f"'{outcome.value}' › '{group}' is missing")
                continue
            kept = tuple(t.strip() for t in texts if isinstance(t, str) and t.strip())
            if not kept:
                problems.append(f"'{outcome.value}' › '{group}' has no messages")
            checked[group] = kept
        result[outcome.value] = MappingProxyType(checked)
    if problems:
        raise AcknowledgementsError(f"{path} is incomplete: " + "; ".join(problems) + ".")
    return MappingProxyType(result)


def messages(code: str | None = None) -> Messages:
    """The built-in acknowledgements in code's language (the one in use if None), loaded once."""
    return _messages(normalise(code) if code else language())


@cache
def _messages(code: str) -> Messages:
    english = load_messages(text_path("acknowledgements", SOURCE_LANGUAGE))
    path = translation_path("acknowledgements", code)
    return english if path is None else translate_messages(english, path)


def translate_messages(english: Messages, path: Path) -> Messages:
    """The English messages with every group a translation file has in full; English elsewhere."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8")).get("messages")
    except (OSError, ValueError, AttributeError):
        raw = None
    raw = raw if isinstance(raw, dict) else {}
    result: dict[str, Mapping[str, tuple[str, ...]]] = {}
    for outcome, groups in english.items():
        found = raw.get(outcome)
        found = found if isinstance(found, dict) else {}
        checked: dict[str, tuple[str, ...]] = {}
        for group, texts in groups.items():
            given = found.get(group)
            kept = (
                tuple(t.strip() for t in given if isinstance(t, str) and t.strip())
                if isinstance(given, list)
                else ()
            )
            checked[group] = kept or texts
        result[outcome] = MappingProxyType(checked)
    return MappingProxyType(result)


def group_for(reasons: Iterable[Reason] = (), other_reason: str = "", *, seed: str = "") -> str:
    """The message group for what got in the way: one given reason, 'other' or 'none'."""
    given = sorted({Reason(reason) for reason in reasons})
    if given:
        return given[_stable_index(len(given), "reason", seed)].value
    return OTHER_REASON if other_reason.strip() else NO_REASON


def acknowledgement(
    outcome: Outcome,
    reasons: Iterable[Reason] = (),
    other_reason: str = "",
    *,
    seed: str = "",
    code: str | None = None,
) -> str:
    """A warm message fitting this outcome and, where it was asked, what got in the way.

    In code's language (the one in use if None).
    """
    outcome = Outcome(outcome)
    asked = outcome.asks_what_got_in_the_way
    group = group_for(reasons, other_reason, seed=seed) if asked else NO_REASON
    texts = messages(code)[outcome.value][group]
    return texts[_stable_index(len(texts), "message", outcome.value, group, seed)]


def _stable_index(count: int, *parts: str) -> int:
    """An index in range(count) derived from parts, the same on every run and platform."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % count
