"""What the gentle reminder asks the store: has the person written or checked in today?"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from desktop import clock
from desktop.store import journal, plan
from desktop.store.records import EntryFields, Outcome
from tests.frozen import TODAY


def test_an_entry_dated_or_written_today_counts(store: Path) -> None:
    assert not journal.written_on(TODAY)
    yesterday = TODAY - timedelta(days=1)
    entry = journal.save_entry(None, EntryFields(day=yesterday, body="a line"))
    assert journal.written_on(TODAY)  # written today, about yesterday
    assert not journal.written_on(TODAY - timedelta(days=2))
    journal.delete_entry(entry.id)
    assert not journal.written_on(TODAY)  # in the trash: not what the person kept
    clock.advance(timedelta(days=1))
    journal.save_entry(None, EntryFields(day=clock.today()))
    assert journal.written_on(clock.today())


def test_a_check_in_for_today_is_seen(store: Path) -> None:
    item = plan.add_item("Walk")
    assert plan.check_ins_on(TODAY) == {}
    plan.check_in(item.id, TODAY, Outcome.THOUGHT)
    assert set(plan.check_ins_on(TODAY)) == {item.id}
