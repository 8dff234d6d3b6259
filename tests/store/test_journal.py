"""The journal store: entries, tags, flags, thought records, paging, filters and search."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import peewee
import pytest

from desktop.store import db, journal, plan, prompts, search
from desktop.store.errors import EntryNotFound, InputError
from desktop.store.journal import BODY_MAX, TAG_MAX, TRASH_DAYS
from desktop.store.models import JournalEntryRow, database, execute
from desktop.store.records import (
    MATCH_END,
    MATCH_START,
    EntryFields,
    EntryFilter,
    EntrySummary,
    Flag,
    JournalEntry,
    ThoughtRecord,
)
from desktop.store.search import PAGE_SIZE
from desktop.store.text import FIELD_MAX, TITLE_MAX
from tests.said import raises_saying
from tests.store.store_helpers import open_connection

pytestmark = pytest.mark.usefixtures("store")

DAY = date(2024, 6, 12)


def add(body: str = "", *, day: date = DAY, **fields: Any) -> JournalEntry:
    """Store a new entry; most tests care about only a few of its fields."""
    return journal.save_entry(None, EntryFields(day=day, body=body, **fields))


def ids(summaries: list[EntrySummary]) -> list[int]:
    return [s.id for s in summaries]


def found(text: str, which: EntryFilter = EntryFilter()) -> list[int]:  # noqa: B008
    return ids(search.search(text, which))


def _reopen(path: Path) -> None:
    db.close_database()
    db.open_database(path)


def search_rows() -> int:
    """Entries in the search index itself (its sizes of each: the index keeps no text)."""
    return int(execute("SELECT count(*) FROM journal_search_docsize")[0][0])


# --- saving and reading back ------------------------------------------------------------------


UNICODE_SAMPLES = [
    "Breathe 🌬️ and smile 👩🏽‍🦱 🏳️‍🌈",  # variation selectors, skin tones, ZWJ sequences
    "לנשום עמוק ثم الاستراحة",  # right-to-left scripts
    "\u200fמים\u200e and \u202bembedded\u202c",  # bidi marks and embeddings
    "Cafe\u0301 cafe\u0301 n\u0303 a\u0328\u0301",  # combining marks, never normalised
    "Z̴̡a̷l̸g̶o̵",  # stacked combining marks
    "日本語のテキスト 𠜎𠜱 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",  # CJK and astral-plane characters
]


@pytest.mark.parametrize("text", UNICODE_SAMPLES)
def test_every_field_round_trips_exactly(text: str, store: Path) -> None:
    item = plan.add_item("Say no to one extra shift")
    fields = EntryFields(
        day=date(2023, 2, 28),
        title=f"Title {text}",
        body=f"  {text}\n\n\tsecond line {text}  \n",
        mood=2,
        energy=5,
        tags=(f"tag {text}", "sleep"),
        bring_to_session=True,
        private=True,
        prompt=f"What helped today? {text}",
        thought_record=ThoughtRecord(
            situation=f"situation {text}",
            thought=f"thought {text}",
            feeling=f"feeling {text}",
            feeling_strength=70,
            kind_friend=f"friend {text}",
            balanced_thought=f"balanced {text}",
            plan_item_id=item.id,
        ),
    )
    saved = journal.save_entry(None, fields)

    assert saved.fields == fields  # nothing needed cleaning, so nothing changed
    assert saved.deleted_at is None
    assert journal.get_entry(saved.id) == saved
    _reopen(store)
    assert journal.get_entry(saved.id) == saved


def test_a_one_megabyte_body_round_trips_exactly() -> None:
    body = ("Line with ünïcödé, emoji 🫶 and tabs\t" * 30 + "\n") * 1000
    assert len(body) > 1_000_000
    saved = add(body)
    assert journal.get_entry(saved.id).fields.body == body
    assert search.get_summary(saved.id).first_line.startswith("Line with ünïcödé")


def test_the_body_keeps_its_whitespace_and_the_title_is_tidied() -> None:
    saved = add("\n\n  indented\n\n\n  ", title="  A   title\twith\nspaces  ")
    fields = journal.get_entry(saved.id).fields
    assert fields.body == "\n\n  indented\n\n\n  "
    assert fields.title == "A title with spaces"


def test_nul_characters_and_lone_surrogates_are_removed_everywhere() -> None:
    saved = add(
        "be\x00fore\ud800 after",
        title="ti\x00tle",
        tags=("sl\x00eep",),
        prompt="pro\x00mpt",
        thought_record=ThoughtRecord(situation="si\x00tuation\udfff"),
    )
    fields = journal.get_entry(saved.id).fields
    assert fields.body == "before after"
    assert fields.title == "title"
    assert fields.tags == ("sleep",)
    assert fields.prompt == "prompt"
    assert fields.thought_record == ThoughtRecord(situation="situation")
    assert saved.fields == fields
    assert found("before") == [saved.id]


def test_an_update_changes_every_field_and_keeps_the_entry() -> None:
    first, second = plan.add_item("Walk"), plan.add_item("Call Sam")
    old = add(
        "old body",
        title="old title",
        mood=1,
        energy=1,
        tags=("old",),
        prompt="old prompt",
        thought_record=ThoughtRecord(thought="old thought", plan_item_id=first.id),
    )
    new_fields = EntryFields(
        day=DAY - timedelta(days=3),
        title="new title",
        body="new body",
        mood=5,
        energy=3,
        tags=("new", "fresh"),
        bring_to_session=True,
        private=True,
        prompt="new prompt",
        thought_record=ThoughtRecord(
            situation="new situation", feeling_strength=0, plan_item_id=second.id
        ),
    )
    updated = journal.save_entry(old.id, new_fields)

    assert updated.id == old.id
    assert updated.fields == new_fields
    assert updated.created_at == old.created_at
    assert updated.updated_at >= old.updated_at
    assert journal.get_entry(old.id) == updated
    assert search.count_entries() == 1


def test_optional_fields_can_be_emptied_again() -> None:
    old = add("text", title="title", mood=3, energy=3, tags=("a",), bring_to_session=True)
    journal.save_entry(old.id, EntryFields(day=DAY, body="text"))
    assert journal.get_entry(old.id).fields == EntryFields(day=DAY, body="text")


def test_updating_an_entry_that_does_not_exist_raises_and_adds_nothing() -> None:
    with pytest.raises(EntryNotFound):
        journal.save_entry(12345, EntryFields(day=DAY, body="text"))
    with pytest.raises(EntryNotFound):
        journal.get_entry(12345)
    assert search.count_entries() == 0
    assert search_rows() == 0


@pytest.mark.parametrize(("mood", "energy"), [(0, None), (6, None), (None, 0), (None, 6), (-1, 99)])
def test_mood_and_energy_outside_one_to_five_raise_and_change_nothing(
    mood: int | None, energy: int | None
) -> None:
    with raises_saying(InputError, "1 to 5"):
        add("new", mood=mood, energy=energy)
    assert search.count_entries() == 0

    kept = add("kept", mood=3, energy=4)
    with raises_saying(InputError, "1 to 5"):
        journal.save_entry(kept.id, EntryFields(day=DAY, body="changed", mood=mood, energy=energy))
    assert journal.get_entry(kept.id) == kept
    assert found("changed") == []
    assert search.count_entries() == 1


def test_every_value_from_one_to_five_is_kept() -> None:
    for value in range(1, 6):
        saved = add(str(value), mood=value, energy=6 - value)
        assert (saved.fields.mood, saved.fields.energy) == (value, 6 - value)


@pytest.mark.parametrize("strength", [-1, 101])
def test_feeling_strength_outside_0_to_100_raises_and_adds_nothing(strength: int) -> None:
    with pytest.raises(InputError):
        add("x", thought_record=ThoughtRecord(thought="t", feeling_strength=strength))
    assert search.count_entries() == 0


def test_overlong_text_raises_with_a_message_and_adds_nothing() -> None:
    with raises_saying(InputError, "longer"):
        add("x" * (BODY_MAX + 1))
    with raises_saying(InputError, "tag"):
        add("x", tags=("t" * (TAG_MAX + 1),))
    with raises_saying(InputError, "shorten"):
        add("x", thought_record=ThoughtRecord(situation="s" * (FIELD_MAX + 1)))
    assert search.count_entries() == 0
    assert search_rows() == 0
    assert len(add("x", title="t" * (TITLE_MAX + 50)).fields.title) == TITLE_MAX


# --- tags ------------------------------------------------------------------------------------


def test_tags_are_trimmed_collapsed_and_deduplicated_without_case() -> None:
    saved = add(
        "x",
        tags=("  work  ", "Work", "WORK", "#sleep", "", "   ", "long   day", "Sleep", "sl\teep"),
    )
    assert saved.fields.tags == ("work", "sleep", "long day", "sl eep")
    assert journal.get_entry(saved.id).fields.tags == saved.fields.tags


def test_tags_are_shared_between_entries_in_the_first_spelling() -> None:
    add("a", tags=("Work",))
    second = add("b", tags=("work",))
    assert search.all_tags() == ["Work"]
    assert journal.get_entry(second.id).fields.tags == ("Work",)


def test_save_entry_returns_the_entry_as_stored() -> None:
    add("a", tags=("Work",))
    second = add("b", tags=("work",))
    assert second == journal.get_entry(second.id)


def test_all_tags_lists_the_most_used_first_then_by_name() -> None:
    add("1", tags=("sleep", "work"))
    add("2", tags=("work", "family"))
    add("3", tags=("work", "sleep"))
    add("4", tags=("anxiety",))
    assert search.all_tags() == ["work", "sleep", "anxiety", "family"]


def test_all_tags_leaves_out_tags_used_only_in_the_trash() -> None:
    add("1", tags=("work",))
    trashed = add("2", tags=("secret", "work"))
    journal.delete_entry(trashed.id)
    assert search.all_tags() == ["work"]
    journal.restore_entry(trashed.id)
    assert search.all_tags() == ["work", "secret"]


def test_a_tag_no_longer_used_leaves_the_completion_list() -> None:
    entry = add("1", tags=("old",))
    journal.save_entry(entry.id, EntryFields(day=DAY, body="1", tags=("new",)))
    assert search.all_tags() == ["new"]


def test_filter_by_tag_ignores_case() -> None:
    work = add("1", tags=("Work",))
    add("2", tags=("sleep",))
    assert ids(search.list_entries(EntryFilter(tag="work"))) == [work.id]
    assert ids(search.list_entries(EntryFilter(tag="WORK"))) == [work.id]
    assert search.count_entries(EntryFilter(tag="nothing")) == 0


def test_non_ascii_tags_are_the_same_tag_in_any_case() -> None:
    first = add("1", tags=("Ärger",))
    second = add("2", tags=("ärger",))
    assert search.all_tags() == ["Ärger"]
    assert ids(search.list_entries(EntryFilter(tag="ärger"))) == [second.id, first.id]


# --- thought records -------------------------------------------------------------------------


def test_a_thought_record_is_saved_updated_and_removed() -> None:
    record = ThoughtRecord(
        situation="Meeting",
        thought="They think I'm useless",
        feeling="ashamed",
        feeling_strength=80,
        kind_friend="You prepared well",
        balanced_thought="One comment is not a verdict",
    )
    entry = add("x", thought_record=record)
    assert journal.get_entry(entry.id).fields.thought_record == record
    assert search.get_summary(entry.id).has_thought_record

    changed = dataclasses.replace(record, feeling_strength=40, balanced_thought="Softer now")
    journal.save_entry(entry.id, EntryFields(day=DAY, body="x", thought_record=changed))
    assert journal.get_entry(entry.id).fields.thought_record == changed
    assert execute("SELECT count(*) FROM thought_record")[0][0] == 1

    journal.save_entry(entry.id, EntryFields(day=DAY, body="x"))
    assert journal.get_entry(entry.id).fields.thought_record is None
    assert not search.get_summary(entry.id).has_thought_record
    assert execute("SELECT count(*) FROM thought_record")[0][0] == 0


@pytest.mark.parametrize(
    "record",
    [
        ThoughtRecord(),
        ThoughtRecord(situation="   ", thought="\n\t", feeling=" ", kind_friend="\x00"),
    ],
)
def test_an_empty_thought_record_is_stored_as_none(record: ThoughtRecord) -> None:
    entry = add("x", thought_record=record)
    assert entry.fields.thought_record is None
    assert journal.get_entry(entry.id).fields.thought_record is None
    assert execute("SELECT count(*) FROM thought_record")[0][0] == 0
    assert search.count_entries(EntryFilter(flag=Flag.THOUGHT_RECORD)) == 0


def test_thought_record_fields_are_trimmed() -> None:
    entry = add("x", thought_record=ThoughtRecord(thought="  a thought \n", feeling=" sad "))
    assert entry.fields.thought_record == ThoughtRecord(thought="a thought", feeling="sad")


def test_a_strength_alone_or_a_plan_item_alone_is_a_record() -> None:
    item = plan.add_item("Walk")
    strength = add("a", thought_record=ThoughtRecord(feeling_strength=0))
    linked = add("b", thought_record=ThoughtRecord(plan_item_id=item.id))
    assert journal.get_entry(strength.id).fields.thought_record == ThoughtRecord(feeling_strength=0)
    assert journal.get_entry(linked.id).fields.thought_record == ThoughtRecord(plan_item_id=item.id)


def test_thought_records_for_an_item_newest_first_without_the_trash() -> None:
    walk, call = plan.add_item("Walk"), plan.add_item("Call Sam")
    older = add(
        "older",
        day=DAY - timedelta(days=2),
        thought_record=ThoughtRecord("s", plan_item_id=walk.id),
    )
    newer = add("newer", day=DAY, thought_record=ThoughtRecord("s", plan_item_id=walk.id))
    same_day = add("same day", day=DAY, thought_record=ThoughtRecord("s", plan_item_id=walk.id))
    other = add("other", thought_record=ThoughtRecord("s", plan_item_id=call.id))
    add("unlinked", thought_record=ThoughtRecord("s"))
    add("no record")

    assert ids(search.thought_records_for_item(walk.id)) == [same_day.id, newer.id, older.id]
    assert ids(search.thought_records_for_item(call.id)) == [other.id]
    assert all(s.has_thought_record for s in search.thought_records_for_item(walk.id))

    journal.delete_entry(newer.id)
    assert ids(search.thought_records_for_item(walk.id)) == [same_day.id, older.id]
    journal.save_entry(older.id, EntryFields(day=older.fields.day, body="older"))  # unlinked
    assert ids(search.thought_records_for_item(walk.id)) == [same_day.id]
    assert search.thought_records_for_item(9999) == []


def test_a_retired_plan_item_keeps_its_thought_records() -> None:
    from desktop.store.records import Status

    item = plan.add_item("Walk")
    entry = add("x", thought_record=ThoughtRecord(thought="t", plan_item_id=item.id))
    plan.set_status(item.id, Status.RETIRED)
    assert ids(search.thought_records_for_item(item.id)) == [entry.id]
    assert journal.get_entry(entry.id).fields.thought_record.plan_item_id == item.id  # type: ignore[union-attr]


# --- listing and paging ----------------------------------------------------------------------


def test_entries_are_listed_newest_day_first_then_newest_id() -> None:
    middle = add("middle", day=DAY)
    oldest = add("oldest", day=DAY - timedelta(days=5))
    newest = add("newest", day=DAY + timedelta(days=1))
    middle_later = add("middle later", day=DAY)
    assert ids(search.list_entries()) == [newest.id, middle_later.id, middle.id, oldest.id]


def test_paging_gives_every_entry_exactly_once_in_order() -> None:
    with database.atomic():
        for number in range(450):
            add(f"entry {number}", day=DAY - timedelta(days=number % 37))
    everything = search.list_entries(limit=1000)
    assert len(everything) == 450

    pages: list[list[EntrySummary]] = []
    after = None
    while page := search.list_entries(after=after, limit=200):
        pages.append(page)
        after = page[-1]
    assert [len(p) for p in pages] == [200, 200, 50]
    assert [s for p in pages for s in p] == everything
    keys = [(s.day, s.id) for s in everything]
    assert keys == sorted(keys, reverse=True)
    assert search.count_entries() == 450
    assert PAGE_SIZE == 200
    assert len(search.list_entries()) == PAGE_SIZE


def test_paging_with_a_filter() -> None:
    with database.atomic():
        for number in range(30):
            add(f"e{number}", day=DAY - timedelta(days=number % 4), mood=1 + number % 5)
    which = EntryFilter(mood_from=2, mood_to=3)
    expected = search.list_entries(which, limit=1000)
    pages, after = [], None
    while page := search.list_entries(which, after=after, limit=4):
        pages += page
        after = page[-1]
    assert pages == expected
    assert len(expected) == search.count_entries(which) == 12


def test_summaries_show_what_the_list_needs() -> None:
    entry = add("\n\n   \n  First   real line  \nsecond", mood=4, bring_to_session=True)
    summary = search.get_summary(entry.id)
    assert summary.first_line == "First real line"
    assert summary.heading == "First real line"
    assert (summary.mood, summary.bring_to_session, summary.private) == (4, True, False)
    assert summary.snippet == ""
    titled = add("body", title="A title")
    assert search.get_summary(titled.id).heading == "A title"
    assert search.get_summary(add("").id).heading == ""
    with pytest.raises(EntryNotFound):
        search.get_summary(9999)


# --- filters ---------------------------------------------------------------------------------


@pytest.fixture
def varied() -> dict[str, JournalEntry]:
    """Entries that differ in mood, day and flags."""
    item = plan.add_item("Walk")
    entries = {
        "heavy": add("heavy", mood=1, day=DAY - timedelta(days=40)),
        "low": add("low", mood=2, day=DAY - timedelta(days=10), bring_to_session=True),
        "mixed": add("mixed", mood=3, day=DAY - timedelta(days=3), private=True),
        "okay": add("okay", mood=4, day=DAY, tags=("walk",)),
        "light": add(
            "light",
            mood=5,
            day=DAY,
            bring_to_session=True,
            private=True,
            thought_record=ThoughtRecord(thought="t", plan_item_id=item.id),
        ),
        "no mood": add("no mood", day=DAY - timedelta(days=1)),
        "trashed": add("trashed", mood=3, day=DAY, bring_to_session=True),
    }
    journal.delete_entry(entries["trashed"].id)
    return entries


def _names(varied: dict[str, JournalEntry], which: EntryFilter) -> set[str]:
    by_id = {entry.id: name for name, entry in varied.items()}
    listed = {by_id[s.id] for s in search.list_entries(which)}
    assert search.count_entries(which) == len(listed)
    return listed


FILTER_CASES: list[tuple[EntryFilter, set[str]]] = [
    (EntryFilter(), {"heavy", "low", "mixed", "okay", "light", "no mood"}),
    (EntryFilter(mood_from=4), {"okay", "light"}),
    (EntryFilter(mood_to=2), {"heavy", "low"}),
    (EntryFilter(mood_from=2, mood_to=3), {"low", "mixed"}),
    (EntryFilter(mood_from=3, mood_to=3), {"mixed"}),
    (EntryFilter(mood_from=4, mood_to=2), set()),
    (EntryFilter(first_day=DAY - timedelta(days=3)), {"mixed", "okay", "light", "no mood"}),
    (EntryFilter(last_day=DAY - timedelta(days=10)), {"heavy", "low"}),
    (
        EntryFilter(first_day=DAY - timedelta(days=10), last_day=DAY - timedelta(days=1)),
        {"low", "mixed", "no mood"},
    ),
    (EntryFilter(flag=Flag.BRING_TO_SESSION), {"low", "light"}),
    (EntryFilter(flag=Flag.PRIVATE), {"mixed", "light"}),
    (EntryFilter(flag=Flag.THOUGHT_RECORD), {"light"}),
    (EntryFilter(flag=Flag.TRASH), {"trashed"}),
    (EntryFilter(tag="walk"), {"okay"}),
    (EntryFilter(flag=Flag.BRING_TO_SESSION, mood_from=5), {"light"}),
    (EntryFilter(flag=Flag.TRASH, mood_from=3, first_day=DAY), {"trashed"}),
    (EntryFilter(tag="walk", flag=Flag.PRIVATE), set()),
]


def test_filters(varied: dict[str, JournalEntry]) -> None:
    wrong = {}
    for which, expected in FILTER_CASES:
        listed = _names(varied, which)
        if listed != expected:
            wrong[which] = listed
    assert wrong == {}


def test_trash_and_restore(varied: dict[str, JournalEntry]) -> None:
    okay = varied["okay"]
    journal.delete_entry(okay.id)
    trashed = journal.get_entry(okay.id)
    assert trashed.deleted_at is not None
    assert trashed.fields == okay.fields
    assert okay.id not in ids(search.list_entries())
    assert okay.id in ids(search.list_entries(EntryFilter(flag=Flag.TRASH)))
    journal.restore_entry(okay.id)
    assert journal.get_entry(okay.id) == dataclasses.replace(trashed, deleted_at=None)
    assert okay.id in ids(search.list_entries())
    with pytest.raises(EntryNotFound):
        journal.delete_entry(9999)
    with pytest.raises(EntryNotFound):
        journal.restore_entry(9999)


# --- search ----------------------------------------------------------------------------------


def test_search_finds_title_body_thought_record_and_tags() -> None:
    by_title = add("nothing special", title="Garden morning")
    by_body = add("The bus was late and I breathed through it")
    by_record = add(
        "x",
        thought_record=ThoughtRecord(
            situation="supermarket queue", kind_friend="gentleness", balanced_thought="patience"
        ),
    )
    by_tag = add("y", tags=("insomnia",))
    assert found("garden") == [by_title.id]
    assert found("breathed") == [by_body.id]
    assert found("supermarket") == [by_record.id]
    assert found("gentleness") == [by_record.id]
    assert found("patience") == [by_record.id]
    assert found("insomnia") == [by_tag.id]
    assert found("nowhere") == []


def test_the_last_word_matches_as_a_prefix_while_typing() -> None:
    walking = add("I went walking by the river")
    add("A quiet wall of sound")
    assert found("walk") == [walking.id]
    assert found("went walk") == [walking.id]
    assert found("walk ") == []  # a finished word is a whole word
    assert found("river walk") == [walking.id]


def test_a_word_is_a_prefix_from_its_second_letter() -> None:
    tea = add("A cup of tea, then a walk")
    t_alone = add("Plan t: rest")
    assert set(found("te")) == {tea.id}
    assert found("t") == [t_alone.id]  # one letter: the word itself, not every t-word
    assert found("walk t") == []
    assert found("walk th") == [tea.id]
    assert search.search_query("it's") == '"it\'s"'  # FTS5's last word is "s"
    assert search.search_query("it's wa") == '"it\'s" AND "wa"*'


def test_the_first_letters_typed_find_the_newest_entries_first() -> None:
    # Ranked, "the" (three times) would come first; two letters begin a word in all of them.
    older = add("The things, then the thought", title="Thursday")
    newer = add("A walk through the park")
    newest = add("Other words, then")
    assert found("th") == [newest.id, newer.id, older.id]
    assert found("the")[0] == older.id  # from the third letter, best first
    assert found("walk th") == [newer.id]


def test_search_folds_diacritics_and_case() -> None:
    accent = add("Coffee at the café with Zoë")
    decomposed = add("Cafe\u0301 again")
    plain_word = add("a plain cafe")
    assert set(found("cafe")) == {accent.id, decomposed.id, plain_word.id}
    assert set(found("CAFÉ")) == {accent.id, decomposed.id, plain_word.id}
    assert found("zoe") == [accent.id]


def test_search_is_ranked_with_title_matches_first() -> None:
    in_body = add("I thought about my sister today, and my sister thought of me")
    in_title = add("It was a long day at work and then the evening", title="Sister")
    in_record = add("z", thought_record=ThoughtRecord(situation="my sister called"))
    results = found("sister")
    assert results[0] == in_title.id
    assert set(results) == {in_body.id, in_title.id, in_record.id}


def test_search_snippet_marks_the_matched_words() -> None:
    entry = add("Before the match. I finally called the dentist, which felt big. After it.")
    [result] = search.search("dentist")
    assert result.id == entry.id
    assert f"{MATCH_START}dentist{MATCH_END}" in result.snippet
    assert result.snippet.count(MATCH_START) == result.snippet.count(MATCH_END) == 1
    [prefix] = search.search("denti")
    assert f"{MATCH_START}dentist{MATCH_END}" in prefix.snippet
    [big] = search.search("big dentist")
    assert big.snippet.count(MATCH_START) == 2


def test_search_respects_filters() -> None:
    light = add("walk in the sun", mood=5, tags=("outside",))
    heavy = add("walk in the rain", mood=1, bring_to_session=True)
    assert set(found("walk")) == {light.id, heavy.id}
    assert found("walk", EntryFilter(mood_from=4)) == [light.id]
    assert found("walk", EntryFilter(flag=Flag.BRING_TO_SESSION)) == [heavy.id]
    assert found("walk", EntryFilter(tag="OUTSIDE")) == [light.id]


def test_search_limit() -> None:
    with database.atomic():
        for number in range(120):
            add(f"repeated word {number}")
    assert len(search.search("repeated")) == 100
    assert len(search.search("repeated", limit=7)) == 7


# --- the search index stays in step ------------------------------------------------------------


def test_index_follows_insert_update_and_delete() -> None:
    entry = add("the elephant in the room", tags=("zebra",))
    assert search_rows() == 1
    assert found("elephant") == [entry.id]
    assert found("zebra") == [entry.id]

    journal.save_entry(
        entry.id,
        EntryFields(day=DAY, body="a giraffe instead", tags=("okapi",)),
    )
    assert found("elephant") == []
    assert found("zebra") == []
    assert found("giraffe") == [entry.id]
    assert found("okapi") == [entry.id]
    assert search_rows() == 1

    journal.save_entry(
        entry.id,
        EntryFields(day=DAY, body="a giraffe instead", thought_record=ThoughtRecord("lantern")),
    )
    assert found("lantern") == [entry.id]
    journal.save_entry(entry.id, EntryFields(day=DAY, body="a giraffe instead"))
    assert found("lantern") == []
    assert found("okapi") == []


def test_a_failed_save_leaves_the_entry_and_its_index_as_they_were() -> None:
    entry = add("the old words", tags=("before",))
    broken = ThoughtRecord(thought="new words", plan_item_id=9999)  # no such plan item
    with pytest.raises(peewee.IntegrityError):
        journal.save_entry(
            entry.id, EntryFields(day=DAY, body="the new words", thought_record=broken)
        )
    with pytest.raises(peewee.IntegrityError):
        journal.save_entry(None, EntryFields(day=DAY, body="another try", thought_record=broken))
    assert journal.get_entry(entry.id) == entry
    assert found("old") == [entry.id]
    assert found("new") == []
    assert found("another") == []
    assert search_rows() == 1
    assert search.count_entries() == 1


def test_trashed_entries_are_found_only_in_the_trash() -> None:
    kept = add("hedgehog one")
    trashed = add("hedgehog two")
    journal.delete_entry(trashed.id)
    assert found("hedgehog") == [kept.id]
    assert found("hedgehog", EntryFilter(flag=Flag.TRASH)) == [trashed.id]
    journal.restore_entry(trashed.id)
    assert set(found("hedgehog")) == {kept.id, trashed.id}


def _trash_at(entry_id: int, when: datetime) -> None:
    journal.delete_entry(entry_id)
    JournalEntryRow.update(deleted_at=when).where(JournalEntryRow.id == entry_id).execute()


def test_purge_removes_entries_older_than_30_days_from_the_table_and_the_index() -> None:
    item = plan.add_item("Walk")
    now = datetime(2024, 6, 12, 9, 0)
    old = add("badger old", tags=("gone",), thought_record=ThoughtRecord("s", plan_item_id=item.id))
    young = add("badger young", tags=("stays",))
    living = add("badger living")
    _trash_at(old.id, now - timedelta(days=TRASH_DAYS, seconds=1))
    _trash_at(young.id, now - timedelta(days=TRASH_DAYS - 1))
    assert search_rows() == 3

    assert journal.purge_trash(now) == 1

    assert search_rows() == 2
    assert execute("SELECT id FROM journal_search_docsize ORDER BY id") == [
        (young.id,),
        (living.id,),
    ]
    with pytest.raises(EntryNotFound):
        journal.get_entry(old.id)
    assert execute("SELECT count(*) FROM thought_record")[0][0] == 0
    assert execute(f"SELECT count(*) FROM entry_tag WHERE entry_id = {old.id}") == [(0,)]
    assert found("badger", EntryFilter(flag=Flag.TRASH)) == [young.id]
    assert found("badger") == [living.id]
    assert search.thought_records_for_item(item.id) == []
    assert journal.purge_trash(now) == 0
    assert journal.purge_trash(now + timedelta(days=2)) == 1
    assert search_rows() == 1
    assert journal.get_entry(living.id).deleted_at is None


def test_rebuilding_the_index_gives_the_same_results() -> None:
    a = add("otter by the water", title="Otters", tags=("animals",))
    b = add("x", thought_record=ThoughtRecord(kind_friend="otter kindness"))
    before = search.search("otter")
    execute("DELETE FROM journal_search")
    assert found("otter") == []
    journal.rebuild_search_index()
    assert search.search("otter") == before
    assert set(ids(before)) == {a.id, b.id}
    assert found("animals") == [a.id]


def test_everything_survives_closing_and_reopening(store: Path) -> None:
    entry = add("a kestrel hovered", tags=("birds",), mood=4, bring_to_session=True)
    prompt = prompts.add_prompt("What did I notice?")
    _reopen(store)
    assert journal.get_entry(entry.id) == entry
    assert found("kestrel") == [entry.id]
    assert search.all_tags() == ["birds"]
    assert prompts.own_prompts() == [(prompt, "What did I notice?")]


# --- search is safe with anything typed --------------------------------------------------------


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _words(text: str) -> list[str]:
    """The words the index reads in a text: runs of letters, numbers and symbols (emoji)."""
    kinds = ("L", "N", "Co", "So")
    marked = "".join(c if unicodedata.category(c).startswith(kinds) else " " for c in _fold(text))
    return marked.split()


def _contains_a_searched_word(entry_id: int, query: str) -> bool:
    fields = journal.get_entry(entry_id).fields
    record = fields.thought_record or ThoughtRecord()
    parts = (record.situation, record.thought, record.feeling, record.kind_friend)
    text = " ".join([fields.title, fields.body, *fields.tags, *parts, record.balanced_thought])
    tokens = _words(text)
    return any(token.startswith(word) for word in _words(query) for token in tokens)


HOSTILE = [
    '"',
    '""',
    "*",
    "-",
    "- -",
    "NEAR",
    "NEAR(",
    "NEAR(a b",
    "NEAR(walk river, 3)",
    "AND",
    "OR",
    "NOT",
    "a AND",
    "AND walk",
    "walk OR",
    "walk NOT",
    "(((",
    ")",
    "(walk",
    "walk)",
    "title:",
    "title:walk",
    "body:x",
    "extra:secret",
    "rowid:1",
    "{title body}: walk",
    "^",
    "^walk",
    "'",
    "it's",
    "\\",
    "%",
    "_",
    "%walk%",
    "walk_",
    "😀",
    "😀 walk",
    "walk😀",
    "🏳️‍🌈👩🏽‍🦱",
    "x" * 10_000,
    "walk " * 2000,
    "(" * 5000 + "walk",
    "NOT " * 2500,
    "walk\x00",
    "\x00",
    "wa\x00lk",
    "\ud800",
    "walk\udfff",
    '"walk',
    'walk"',
    '"a" "b',
    "-walk",
    "walk -river",
    "walk*",
    "*walk",
    "wal*k",
    "; DROP TABLE journal_entry; --",
    "' OR 1=1 --",
    "\u200b",
    "\ufeff walk",
    "\t\n",
]


@pytest.fixture
def corpus() -> list[JournalEntry]:
    """Entries whose words look like search syntax, so hostile queries have something to find."""
    item = plan.add_item("Walk")
    return [
        add("A walk near the river, and not or maybe x", title="Title words"),
        add("body of text with a and b and 50% off, it's fine", tags=("near",)),
        add("x marks the spot", thought_record=ThoughtRecord("secret place", plan_item_id=item.id)),
        add("The café was warm 😀 and I walked home 🏳️‍🌈"),
        add("nothing to see here"),
    ]


def test_any_text_typed_in_search_is_safe(corpus: list[JournalEntry]) -> None:
    # One store for all the queries (each test opens a fresh file, which takes a moment).
    garbage, answered = [], 0
    for query in HOSTILE:
        results = search.search(query)  # never raises
        assert isinstance(results, list), repr(query)
        answered += bool(results)
        for summary in results:
            if not _contains_a_searched_word(summary.id, query):
                garbage.append((query[:30], summary.id))
            assert summary.snippet.count(MATCH_START) == summary.snippet.count(MATCH_END)
        assert isinstance(search.search(query, EntryFilter(flag=Flag.TRASH)), list)
    assert garbage == []
    assert answered > 20  # the check above really looked at results
    assert search.count_entries() == len(corpus)  # nothing was changed by searching


#: Every word typed is a word, whatever it looks like: AND, OR, NOT, NEAR, -, :, brackets and
#: the rest are never operators. A word with punctuation inside is its parts, side by side.
SYNTAX_LOOKALIKES = [
    ("NEAR(a b", []),
    ("a AND", [0, 1]),
    ("AND", [0, 1, 3]),
    ("OR", [0]),
    ("NOT", [0, 4]),  # "not", and "nothing": the word being typed
    ("and NOT or", [0]),
    ("title:", [0]),
    ("😀 walk", [3]),
    ("body:x", []),
    ("title:walk", []),
    ("title:title", []),
    ("extra:secret", []),
    ("walked -river", []),
    ("walk -river", [0]),
    ("-river", [0]),
    ('"walk', [0, 3]),
    ("wa\x00lk", [0, 3]),
    ("NEAR", [0, 1]),
]


def test_queries_that_look_like_syntax_still_find_the_right_entries(
    corpus: list[JournalEntry],
) -> None:
    got = {query: set(found(query)) for query, _ in SYNTAX_LOOKALIKES}
    assert got == {query: {corpus[n].id for n in rows} for query, rows in SYNTAX_LOOKALIKES}


NOTHING_TO_FIND = ['"', '""', "*", "-", "- -", "(((", ")", "^", "'", "\\", "%", "_",
    "", "   ", "\x00", "\ud800", ";--", "…", "¿¡", "\u200b", '"" ""', "👩🏽‍🦱"]  # fmt: skip


def test_only_punctuation_or_an_emoji_nobody_wrote_finds_nothing(
    corpus: list[JournalEntry],
) -> None:
    assert {q: found(q) for q in NOTHING_TO_FIND} == {q: [] for q in NOTHING_TO_FIND}


# --- own prompts -----------------------------------------------------------------------------


def test_own_prompts_are_added_listed_oldest_first_and_removed() -> None:
    first = prompts.add_prompt("  What would I tell a friend?  ")
    second = prompts.add_prompt("What helped, even a little? 🌱")
    assert prompts.own_prompts() == [
        (first, "What would I tell a friend?"),
        (second, "What helped, even a little? 🌱"),
    ]
    prompts.delete_prompt(first)
    assert prompts.own_prompts() == [(second, "What helped, even a little? 🌱")]
    prompts.delete_prompt(9999)  # already gone: nothing happens
    assert len(prompts.own_prompts()) == 1


@pytest.mark.parametrize("text", ["", "   ", "\x00", "\n\t"])
def test_an_empty_own_prompt_is_refused(text: str) -> None:
    with pytest.raises(InputError):
        prompts.add_prompt(text)
    assert prompts.own_prompts() == []


def test_an_entry_keeps_its_prompt_after_the_prompt_is_removed() -> None:
    prompt_id = prompts.add_prompt("What am I carrying?")
    entry = add("A lot", prompt="What am I carrying?")
    prompts.delete_prompt(prompt_id)
    assert journal.get_entry(entry.id).fields.prompt == "What am I carrying?"


# --- what a large journal costs at every start ------------------------------------------------


def test_counting_tags_and_the_old_trash_never_read_every_entry() -> None:
    """Each runs when the Journal tab opens; on a ten-year journal, reading every entry's text
    (which sits before the trash mark in the row) made each of them take 10 ms or more."""
    for number in range(30):
        entry = add(f"Entry {number} " + "words " * 200, tags=("walks",))
        if number % 3 == 0:
            journal.delete_entry(entry.id)
    statements: list[str] = []
    open_connection().set_trace_callback(statements.append)
    try:
        search.count_entries()
        search.all_tags()
        journal.purge_trash()
        search.list_entries()
    finally:
        open_connection().set_trace_callback(None)

    assert len(statements) >= 4
    for sql in statements:
        entries = {"journal_entry", *re.findall(r'"journal_entry" AS "(\w+)"', sql)}
        steps = [str(row[3]) for row in execute(f"EXPLAIN QUERY PLAN {sql}")]
        whole_table = [s for s in steps if s.startswith("SCAN ") and s.split()[1] in entries]
        assert all("INDEX" in s for s in whole_table), (sql, steps)
