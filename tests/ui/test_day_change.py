"""A new day starts while the app is open: every tab moves on to it, and nothing typed is lost.

The clock is frozen at one second to midnight (tests/frozen.py); these tests step it past
midnight and let the main window's one day timer notice, as it does once a minute.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import Any

from desktop import clock
from desktop.store import plan
from desktop.store.records import Outcome
from desktop.ui.app.main_window import MainWindow
from desktop.ui.common.dates import from_qdate
from desktop.ui.encouragement.tab import SMALL_WINS
from desktop.ui.plan.models import WeekRole
from tests.frozen import TODAY

TOMORROW = TODAY + timedelta(days=1)


def _past_midnight(window: MainWindow) -> None:
    # From the frozen moment (one second to midnight, unless BETWEEN_SESSIONS_TEST_CLOCK moves
    # it) to one second past the next midnight.
    clock.freeze(datetime.combine(clock.today() + timedelta(days=1), time(0, 0, 1)))
    window._day_timer.timeout.emit()  # what the timer does once a minute


def test_every_built_tab_moves_on_to_the_new_day(
    make_window: Callable[[], MainWindow], qtbot: Any
) -> None:
    walk = plan.add_item("Walk")
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    tabs = (window.plan_tab, window.journal_tab, window.encouragement_tab)
    window.tabs.setCurrentIndex(0)
    check_in = window.plan_tab.detail.check_in_box
    check_in.outcome_buttons[Outcome.TRIED].click()
    check_in.note.setText("Just before midnight")  # still being typed

    with qtbot.waitSignal(window.events.day_changed, timeout=1000) as changed:
        _past_midnight(window)

    assert changed.args == [TOMORROW]
    assert all(tab.today == TOMORROW for tab in tabs)
    # What was being typed is kept, for the day it was typed on.
    assert plan.check_ins_on(TODAY)[walk.id].note == "Just before midnight"
    # The plan asks about the new day, with yesterday's check-in in its week.
    assert check_in.day == TOMORROW
    assert check_in.day_label.text() == "How did it go today?"
    assert check_in.check_in is None
    assert not any(button.isChecked() for button in check_in.outcome_buttons.values())
    week = window.plan_tab.detail.week
    assert week.today == TOMORROW
    # A blank new entry in the journal starts on the new day.
    journal = window.journal_tab
    assert journal.editor.entry_id is None
    assert from_qdate(journal.editor.day.date()) == TOMORROW
    # A small win added now is for the new day.
    encouragement = window.encouragement_tab
    encouragement.show_page(SMALL_WINS)
    assert from_qdate(encouragement.wins_page.win_day.date()) == TOMORROW
    assert from_qdate(encouragement.wins_page.win_day.maximumDate()) == TOMORROW


def test_the_day_changes_once_and_only_when_it_does(
    make_window: Callable[[], MainWindow], qtbot: Any
) -> None:
    window = make_window()
    days: list[object] = []
    window.events.day_changed.connect(days.append)
    window._day_timer.timeout.emit()  # still the same day: nothing to say
    assert days == []
    _past_midnight(window)
    window._day_timer.timeout.emit()  # a minute later: still tomorrow
    assert days == [TOMORROW]


def test_a_tab_built_after_midnight_starts_on_the_new_day(
    make_window: Callable[[], MainWindow], qtbot: Any
) -> None:
    window = make_window()
    _past_midnight(window)
    assert window.journal_tab.today == TOMORROW  # built now, from the clock
    assert window.encouragement_tab.today == TOMORROW


def test_sunday_night_moves_the_week_on(make_window: Callable[[], MainWindow], qtbot: Any) -> None:
    sunday = datetime(2026, 11, 29, 23, 59, 59)
    clock.freeze(sunday)
    walk = plan.add_item("Walk")
    plan.check_in(walk.id, sunday.date(), Outcome.DONE)
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    week = window.plan_tab.detail.week
    assert week.days()[-1] == sunday.date()
    assert week.cells[-1].check_in is not None

    _past_midnight(window)

    monday = sunday.date() + timedelta(days=1)
    assert week.today == monday
    assert week.days()[0] == monday  # the new week, starting today
    assert week.title.text() == "This week"
    assert all(cell.check_in is None for cell in week.cells)
    marks = window.plan_tab.model.index(0).data(WeekRole)
    assert marks == {}  # a new week starts empty, not as a row of gaps
