"""The message for today: chosen to fit what the person logged lately, never the same one twice
in a week and the same all day; "another one", keeping a message, setting one aside.

The built-in message library is not read here: callers pass it in (desktop.content.encouragement
loads it), so the store never touches resources and tests can use a library of their own.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date, timedelta
from typing import cast

from peewee import fn

from desktop import clock
from desktop.store import notes
from desktop.store.encouragement_records import (
    OWN_KEY_PREFIX,
    Message,
    MessageContext,
    MessageGroup,
    ShownMessage,
)
from desktop.store.errors import InputError
from desktop.store.models import (
    CheckInReasonRow,
    CheckInRow,
    JournalEntryRow,
    MessageStateRow,
    OwnNoteRow,
    SessionScheduleRow,
    ShownMessageRow,
    writing,
)
from desktop.store.records import Outcome, Reason

#: Reasons given in this many days (today included) weigh their message groups up.
RECENT_DAYS = 14
#: A message shown on a day is not shown again until this many days have passed.
REPEAT_GAP_DAYS = 7
#: Within this many days of the next session, messages about sessions weigh up.
SESSION_SOON_DAYS = 2
#: A week with at least this many check-ins that were hard (a reason given, "not today") or
#: entries with a heavy or low mood counts as a hard week.
HARD_WEEK_SIGNS = 3

# How much each group weighs, before what the person logged lately is counted.
_BASE_WEIGHT = 1.0
_QUIET_WEIGHT = 0.3  # a reason group when that reason hasn't come up lately
_PER_REASON = 3.0  # added per time a reason was given lately
_FITTING_WEIGHT = 4.0  # before_session when a session is near; hard_week after a hard week
_OWN_WEIGHT = 2.0
_FAVOURITE_FACTOR = 2.0
_REASON_VALUES = frozenset(reason.value for reason in Reason)


# -- choosing a message (pure) ---------------------------------------------------------------


def message_weight(message: Message, context: MessageContext, favourite: bool) -> float:
    """How likely a message is to be chosen, given what was logged lately."""
    if message.is_own:
        weight = _OWN_WEIGHT
    elif message.group == MessageGroup.BEFORE_SESSION:
        weight = _FITTING_WEIGHT if context.session_soon else _QUIET_WEIGHT
    elif message.group == MessageGroup.HARD_WEEK:
        weight = _FITTING_WEIGHT if context.hard_week else _QUIET_WEIGHT
    elif message.group in _REASON_VALUES:
        count = context.reason_count(Reason(message.group))
        weight = _BASE_WEIGHT + _PER_REASON * count if count else _QUIET_WEIGHT
    else:
        weight = _BASE_WEIGHT
    return weight * (_FAVOURITE_FACTOR if favourite else 1.0)


def _fraction(*parts: str) -> float:
    """A number in [0, 1) derived from parts, the same on every run and platform."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def choose_message(
    day: date,
    messages: Sequence[Message],
    context: MessageContext,
    last_shown: Mapping[str, date],
    *,
    favourites: Collection[str] = (),
    hidden: Collection[str] = (),
    shown_today: Collection[str] = (),
    position: int = 0,
) -> Message | None:
    """The message for a day: a pure function of what it is given.

    last_shown holds the last day before this one that each message was shown; shown_today,
    the messages already shown today (for "another one", with position counting them). Hidden
    messages are never chosen. Messages shown within a week are left out while others remain;
    when none remain, the one shown longest ago comes back. Among the candidates, the choice is
    weighted (message_weight) and drawn from a seed made of the day and position, so the same
    inputs always give the same message.
    """
    available = sorted(
        (m for m in messages if m.key not in hidden and m.key not in shown_today),
        key=lambda m: m.key,
    )
    if not available:
        # Everything not hidden was shown today already: go round again, oldest first.
        again = sorted((m for m in messages if m.key not in hidden), key=lambda m: m.key)
        latest = {key: n for n, key in enumerate(shown_today)}  # the last time each was shown
        return min(again, key=lambda m: latest.get(m.key, -1)) if again else None
    cutoff = day - timedelta(days=REPEAT_GAP_DAYS - 1)
    fresh = [m for m in available if last_shown.get(m.key, date.min) < cutoff]
    if not fresh:
        oldest = min(last_shown.get(m.key, date.min) for m in available)
        fresh = [m for m in available if last_shown.get(m.key, date.min) == oldest]
    weights = [message_weight(m, context, m.key in favourites) for m in fresh]
    target = _fraction("message", day.isoformat(), str(position)) * sum(weights)
    for message, weight in zip(fresh, weights, strict=True):
        target -= weight
        if target < 0:
            return message
    return fresh[-1]


# -- what was logged lately ------------------------------------------------------------------


#: The outcomes whose reasons count: where the app asks what got in the way (reasons kept from
#: an earlier outcome under another are not what got in the way).
_ASKING = [str(outcome) for outcome in Outcome if outcome.asks_what_got_in_the_way]


def recent_reasons(today: date) -> tuple[tuple[Reason, int], ...]:
    """Reasons given in check-ins of the last RECENT_DAYS days, most often given first."""
    first = today - timedelta(days=RECENT_DAYS - 1)
    query = (
        CheckInReasonRow.select(CheckInReasonRow.reason, fn.COUNT(CheckInReasonRow.id))
        .join(CheckInRow)
        .where(
            (CheckInRow.day >= first) & (CheckInRow.day <= today) & CheckInRow.outcome.in_(_ASKING)
        )
        .group_by(CheckInReasonRow.reason)
        .tuples()
    )
    rows = cast(Iterable[tuple[str, int]], query)
    counts = {Reason(r): int(n) for r, n in rows if r in _REASON_VALUES}
    return tuple(sorted(counts.items(), key=lambda pair: (-pair[1], pair[0].value)))


def _hard_week(today: date) -> bool:
    first = today - timedelta(days=6)
    in_week = (CheckInRow.day >= first) & (CheckInRow.day <= today)
    with_reason = fn.EXISTS(
        CheckInReasonRow.select(CheckInReasonRow.id).where(
            CheckInReasonRow.check_in == CheckInRow.id
        )
    )
    asked = CheckInRow.outcome.in_(_ASKING)
    hard = in_week & (
        (CheckInRow.outcome == str(Outcome.NOT_TODAY))
        | (asked & (with_reason | (CheckInRow.other_reason != "")))
    )
    hard_check_ins = CheckInRow.select().where(hard).count()
    heavy_entries = (
        JournalEntryRow.select()
        .where(
            (JournalEntryRow.day >= first)
            & (JournalEntryRow.day <= today)
            & JournalEntryRow.deleted_at.is_null(True)
            & (JournalEntryRow.mood <= 2)
        )
        .count()
    )
    return int(hard_check_ins) + int(heavy_entries) >= HARD_WEEK_SIGNS


def _session_soon(today: date) -> bool:
    row = SessionScheduleRow.get_or_none(SessionScheduleRow.name == "next")
    if row is None or row.next_day is None:
        return False
    return 0 <= (row.next_day - today).days <= SESSION_SOON_DAYS


def message_context(today: date) -> MessageContext:
    """What the person logged lately, for choosing today's message."""
    return MessageContext(
        reasons=recent_reasons(today),
        hard_week=_hard_week(today),
        session_soon=_session_soon(today),
    )


# -- the message for today -------------------------------------------------------------------


def _own_messages() -> list[Message]:
    query = OwnNoteRow.select().where(OwnNoteRow.in_rotation == True)  # noqa: E712 (SQL)
    return [Message(f"{OWN_KEY_PREFIX}{row.id}", row.kind, row.text) for row in query]


def _states() -> tuple[set[str], set[str]]:
    favourites, hidden = set(), set()
    for row in MessageStateRow.select():
        if row.favourite:
            favourites.add(row.message_key)
        if row.hidden:
            hidden.add(row.message_key)
    return favourites, hidden


def _key_of(row: ShownMessageRow) -> str:
    """The message a row showed; an own note by its link, which an import keeps pointing right."""
    return f"{OWN_KEY_PREFIX}{row.own_note_id}" if row.own_note_id else str(row.message_key)


def _shown(message: Message, day: date, position: int, favourites: set[str]) -> ShownMessage:
    return ShownMessage(message, day, position, message.key in favourites)


def _pick(
    library: Sequence[Message], today: date, shown_rows: list[ShownMessageRow]
) -> ShownMessage | None:
    """Choose the next message for today, without keeping the choice."""
    favourites, hidden = _states()
    messages = [*library, *_own_messages()]
    since = today - timedelta(days=REPEAT_GAP_DAYS * 2)
    last_shown: dict[str, date] = {}
    for row in ShownMessageRow.select().where(
        (ShownMessageRow.day >= since) & (ShownMessageRow.day < today)
    ):
        key = _key_of(row)
        last_shown[key] = max(row.day, last_shown.get(key, date.min))
    position = max((r.position for r in shown_rows), default=-1) + 1
    chosen = choose_message(
        today,
        messages,
        message_context(today),
        last_shown,
        favourites=favourites,
        hidden=hidden,
        shown_today=[_key_of(r) for r in shown_rows],
        position=position,
    )
    return None if chosen is None else _shown(chosen, today, position, favourites)


def _pick_and_record(
    library: Sequence[Message], today: date, shown_rows: list[ShownMessageRow]
) -> ShownMessage | None:
    """Choose the next message for today and keep the choice (inside the caller's write)."""
    shown = _pick(library, today, shown_rows)
    if shown is not None:
        ShownMessageRow.create(
            day=today,
            position=shown.position,
            message_key=shown.message.key,
            own_note=shown.message.note_id,
            shown_at=clock.now(),
        )
    return shown


def _today_rows(today: date) -> list[ShownMessageRow]:
    return list(
        ShownMessageRow.select()
        .where(ShownMessageRow.day == today)
        .order_by(ShownMessageRow.position)
    )


def _still_showable(library: Sequence[Message], key: str) -> Message | None:
    _favourites, hidden = _states()
    if key in hidden:
        return None
    for message in (*library, *_own_messages()):
        if message.key == key:
            return message
    return None


def todays_message(library: Sequence[Message], today: date) -> ShownMessage | None:
    """The message for today: the one already chosen today, or a new choice that is kept.

    None only when every message has been set aside and there are no own notes in rotation.
    """
    with writing():
        rows = _today_rows(today)
        if rows:
            message = _still_showable(library, _key_of(rows[-1]))
            if message is not None:
                return _shown(message, today, rows[-1].position, _states()[0])
        return _pick_and_record(library, today, rows)


def todays_message_unrecorded(library: Sequence[Message], today: date) -> ShownMessage | None:
    """Today's message chosen without writing anything, for when the disk can't be written:
    the one already kept for today if there is one, otherwise a fresh choice (not kept)."""
    rows = _today_rows(today)
    if rows:
        message = _still_showable(library, _key_of(rows[-1]))
        if message is not None:
            return _shown(message, today, rows[-1].position, _states()[0])
    return _pick(library, today, rows)


def another_message(library: Sequence[Message], today: date) -> ShownMessage | None:
    """A different message for today ("another one"); it becomes today's message."""
    with writing():
        return _pick_and_record(library, today, _today_rows(today))


def _set_state(key: str, **values: bool) -> None:
    now = clock.now()
    with writing():
        updated = (
            MessageStateRow.update(updated_at=now, **values)
            .where(MessageStateRow.message_key == key)
            .execute()
        )
        if not updated:
            MessageStateRow.create(message_key=key, updated_at=now, **values)


def set_favourite(key: str, favourite: bool = True) -> None:
    """Keep a built-in message among the favourites ("keep this one"), or stop keeping it."""
    if key.startswith(OWN_KEY_PREFIX):
        raise InputError("input.own_note_always_kept")
    _set_state(key, favourite=favourite)


def hide_message(key: str) -> None:
    """Never show this message again ("don't show this again").

    For one of the person's own notes, the note is kept but leaves the rotation.
    """
    if key.startswith(OWN_KEY_PREFIX):
        notes.set_note_in_rotation(int(key.removeprefix(OWN_KEY_PREFIX)), False)
    else:
        _set_state(key, hidden=True)


def show_message_again(key: str) -> None:
    """Let a message that was set aside be chosen again."""
    if key.startswith(OWN_KEY_PREFIX):
        notes.set_note_in_rotation(int(key.removeprefix(OWN_KEY_PREFIX)), True)
    else:
        _set_state(key, hidden=False)


def bring_back(library: Sequence[Message], key: str, today: date) -> ShownMessage | None:
    """Undo "don't show this again": the message can be chosen again and is today's once more."""
    with writing():
        show_message_again(key)
        message = _still_showable(library, key)
        if message is None:
            return None
        position = max((r.position for r in _today_rows(today)), default=-1) + 1
        ShownMessageRow.create(
            day=today,
            position=position,
            message_key=message.key,
            own_note=message.note_id,
            shown_at=clock.now(),
        )
        return _shown(message, today, position, _states()[0])


def favourite_keys() -> list[str]:
    """The keys of the kept messages, most recently kept first."""
    query = (
        MessageStateRow.select(MessageStateRow.message_key)
        .where(MessageStateRow.favourite == True)  # noqa: E712
        .order_by(MessageStateRow.updated_at.desc(), MessageStateRow.id.desc())
    )
    return [row.message_key for row in query]


def hidden_keys() -> list[str]:
    """The keys of the built-in messages set aside, most recently first."""
    query = (
        MessageStateRow.select(MessageStateRow.message_key)
        .where(MessageStateRow.hidden == True)  # noqa: E712
        .order_by(MessageStateRow.updated_at.desc(), MessageStateRow.id.desc())
    )
    return [row.message_key for row in query]
