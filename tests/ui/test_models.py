"""The Qt models over store records: Qt's model checks, the roles, and week_of()."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop.store import plan
from desktop.store.records import Outcome, Reason, Rhythm, Status
from desktop.ui.common.dates import week_of
from desktop.ui.plan.models import (
    AdjustmentModel,
    CheckInRole,
    ItemRole,
    PlanItemModel,
    PlanRow,
    WeekRole,
)

pytestmark = pytest.mark.usefixtures("store")

DISPLAY = Qt.ItemDataRole.DisplayRole
SPOKEN = Qt.ItemDataRole.AccessibleTextRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
WEDNESDAY = date(2024, 6, 12)


def _rows(today: date) -> list[PlanRow]:
    """Rows built the way the plan tab builds them, from what is in the store."""
    days = week_of(today)
    week: dict[int, dict[date, Any]] = {}
    for found in plan.check_ins_between(days[0], days[-1]):
        week.setdefault(found.item_id, {})[found.day] = found
    return [
        PlanRow(item, week.get(item.id, {}).get(today), week.get(item.id, {}))
        for item in plan.list_items()
    ]


@pytest.fixture
def filled_store() -> dict[str, Any]:
    """Three plan items, two of them with check-ins this week, one paused."""
    journal = plan.add_item(
        "Journal for 20 minutes", why="To hear myself think", smaller_version="One sentence"
    )
    boundary = plan.add_item("Say no to one extra shift", rhythm=Rhythm.SOME_DAYS, days_per_week=2)
    walk = plan.add_item("Walk round the block")
    plan.set_status(walk.id, Status.PAUSED)
    today_check_in = plan.check_in(
        journal.id, WEDNESDAY, Outcome.THOUGHT, reasons=[Reason.PERFECTIONISM]
    )
    earlier = plan.check_in(journal.id, WEDNESDAY - timedelta(days=2), Outcome.DONE)
    plan.check_in(boundary.id, WEDNESDAY - timedelta(days=1), Outcome.TRIED)
    return {
        "journal": journal,
        "boundary": boundary,
        "walk": plan.get_item(walk.id),
        "today_check_in": today_check_in,
        "earlier": earlier,
    }


# -- PlanItemModel -----------------------------------------------------------------------------


def test_empty_plan_item_model_passes_qt_model_checks(qtmodeltester: Any) -> None:
    model = PlanItemModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    assert model.item_ids() == []
    assert model.row_of(1) is None


def test_filled_plan_item_model_passes_qt_model_checks(
    qtmodeltester: Any, filled_store: dict[str, Any]
) -> None:
    model = PlanItemModel()
    qtmodeltester.check(model)  # watches the reset below too
    model.set_rows(_rows(WEDNESDAY))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    # A list model has no children.
    assert model.rowCount(model.index(0)) == 0


def _index_of(model: PlanItemModel, item_id: int) -> QModelIndex:
    """The index of the row that shows a plan item; the item must be shown."""
    row = model.row_of(item_id)
    assert row is not None, f"plan item {item_id} is not in the model"
    return model.index(row)


def test_plan_item_roles_return_the_store_records(filled_store: dict[str, Any]) -> None:
    model = PlanItemModel()
    model.set_rows(_rows(WEDNESDAY))
    journal, boundary, walk = (
        filled_store["journal"],
        filled_store["boundary"],
        filled_store["walk"],
    )

    assert model.item_ids() == [journal.id, boundary.id, walk.id]
    first = _index_of(model, journal.id)
    assert first.data(DISPLAY) == "Journal for 20 minutes"
    assert first.data(ItemRole) == plan.get_item(journal.id)
    assert first.data(CheckInRole) == filled_store["today_check_in"]
    assert first.data(WeekRole) == {
        WEDNESDAY: filled_store["today_check_in"],
        WEDNESDAY - timedelta(days=2): filled_store["earlier"],
    }
    assert first.data(TOOLTIP) == "To hear myself think"
    assert model.record(0).item == plan.get_item(journal.id)

    second = _index_of(model, boundary.id)
    assert second.data(CheckInRole) is None  # nothing today: simply empty
    assert set(second.data(WeekRole)) == {WEDNESDAY - timedelta(days=1)}
    assert second.data(TOOLTIP) is None  # no "why", no tooltip

    third = _index_of(model, walk.id)
    assert third.data(ItemRole).status is Status.PAUSED
    assert third.data(WeekRole) == {}


def test_spoken_text_says_title_rhythm_status_and_todays_check_in(
    filled_store: dict[str, Any],
) -> None:
    model = PlanItemModel()
    model.set_rows(_rows(WEDNESDAY))
    spoken = [model.index(row).data(SPOKEN) for row in range(model.rowCount())]

    assert spoken[0] == (
        "Journal for 20 minutes, Every day, Thought about it, this week: Mon Done, Wed Thought"
    )
    assert spoken[1] == "Say no to one extra shift, 2 days a week, this week: Tue Tried"
    assert spoken[2] == "Walk round the block, Every day, Paused"


def test_plan_item_model_answers_nothing_outside_its_rows(filled_store: dict[str, Any]) -> None:
    model = PlanItemModel()
    model.set_rows(_rows(WEDNESDAY))
    assert model.data(QModelIndex(), DISPLAY) is None
    assert model.index(0).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.row_of(9999) is None


def test_set_rows_replaces_what_is_shown(filled_store: dict[str, Any], qtbot: Any) -> None:
    model = PlanItemModel()
    model.set_rows(_rows(WEDNESDAY))
    with qtbot.waitSignal(model.modelReset):
        model.set_rows(_rows(WEDNESDAY)[:1])
    assert model.rowCount() == 1
    assert model.index(0).data(DISPLAY) == "Journal for 20 minutes"


# -- AdjustmentModel ---------------------------------------------------------------------------


def test_empty_adjustment_model_passes_qt_model_checks(qtmodeltester: Any) -> None:
    model = AdjustmentModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_filled_adjustment_model_passes_checks_and_reads_newest_first(
    qtmodeltester: Any,
) -> None:
    item = plan.add_item("Journal for 20 minutes")
    plan.adjust_item(item.id, smaller_version="One sentence", note="Too much this week")
    plan.adjust_item(item.id, rhythm=Rhythm.SOME_DAYS, days_per_week=3)
    plan.set_status(item.id, Status.PAUSED, note="Exams")

    model = AdjustmentModel()
    qtmodeltester.check(model)
    model.set_rows(plan.adjustments(item.id))
    qtmodeltester.check(model)

    assert model.rowCount() == 3
    lines = [model.index(row).data(DISPLAY) for row in range(3)]
    # Each line starts with the day it was made and says what changed, with its note.
    assert all(" · " in line for line in lines)
    assert lines[0].endswith("Paused — Exams")
    assert lines[1].endswith("Rhythm changed from every day to 3 days a week")
    assert lines[2].endswith("Smaller version set to “One sentence” — Too much this week")
    assert [model.index(row).data(SPOKEN) for row in range(3)] == lines
    assert model.index(0).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.data(QModelIndex(), DISPLAY) is None


# -- week_of -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "day",
    [
        date(2024, 6, 10),  # a Monday
        date(2024, 6, 12),  # a Wednesday
        date(2024, 6, 16),  # a Sunday
        date(2024, 12, 31),  # the week runs into the next year
        date(2024, 3, 1),  # the week starts in February of a leap year
    ],
)
def test_week_of_is_the_seven_days_monday_first(day: date) -> None:
    days = week_of(day)
    assert len(days) == 7
    assert day in days
    assert days[0].weekday() == 0  # Monday
    assert days[-1].weekday() == 6  # Sunday
    assert all(later - earlier == timedelta(days=1) for earlier, later in pairwise(days))


def test_week_of_known_weeks() -> None:
    assert week_of(date(2024, 6, 16))[0] == date(2024, 6, 10)
    assert week_of(date(2024, 6, 17))[0] == date(2024, 6, 17)
    assert week_of(date(2024, 12, 31)) == [date(2024, 12, 30) + timedelta(days=n) for n in range(7)]
    assert week_of(date(2024, 3, 1))[0] == date(2024, 2, 26)
