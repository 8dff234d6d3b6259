"""The Looking back page: choosing a stretch, the charts walked by keyboard, and the same facts
as text for a screen reader."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from desktop import clock
from desktop.store import journal, plan
from desktop.store.records import EntryFields, Outcome, Reason
from desktop.ui.app.events import Events
from desktop.ui.encouragement.looking_back import (
    A_YEAR,
    CUSTOM,
    THREE_MONTHS,
    LookingBack,
)
from desktop.ui.encouragement.tab import LOOKING_BACK, EncouragementTab

TODAY = date(2026, 11, 26)  # a Thursday


def _written(day: date, mood: int | None, energy: int | None = None) -> None:
    clock.freeze(datetime.combine(day, time(20)))
    journal.save_entry(None, EntryFields(day=day, body="A day.", mood=mood, energy=energy))


@pytest.fixture
def page(qtbot: Any, store: Path) -> Callable[[], LookingBack]:
    def make() -> LookingBack:
        clock.freeze(datetime.combine(TODAY, time(21)))
        made = LookingBack(Events(), TODAY)
        made.resize(900, 800)
        qtbot.addWidget(made)
        made.refresh()
        return made

    return make


def test_the_last_four_weeks_by_default_and_other_stretches_when_chosen(
    page: Callable[[], LookingBack],
) -> None:
    _written(TODAY - timedelta(days=3), 4, 3)
    _written(TODAY - timedelta(days=60), 2)  # in three months, not in four weeks
    shown = page()
    assert shown.days() == (TODAY - timedelta(days=27), TODAY)
    assert "Low" not in shown.measures.accessibleDescription()
    assert "mood Okay, energy Some" in shown.measures.accessibleDescription()

    shown.choice.setCurrentIndex(THREE_MONTHS)
    assert shown.days() == (TODAY - timedelta(days=90), TODAY)
    assert "mood Low" in shown.measures.accessibleDescription()  # by week now
    assert "Week of" in shown.measures.accessibleDescription()
    shown.choice.setCurrentIndex(A_YEAR)
    assert shown.days()[0] == TODAY - timedelta(days=364)


def test_a_custom_range_of_days(qtbot: Any, page: Callable[[], LookingBack]) -> None:
    _written(date(2026, 6, 10), 1, 5)
    shown = page()
    assert shown.first_edit.isHidden()
    shown.choice.setCurrentIndex(CUSTOM)
    assert not shown.first_edit.isHidden() and not shown.last_edit.isHidden()
    shown.first_edit.setDate(QDate(2026, 6, 1))
    shown.last_edit.setDate(QDate(2026, 6, 20))
    assert shown.days() == (date(2026, 6, 1), date(2026, 6, 20))
    assert "Wed 10 Jun 2026: mood Heavy, energy Plenty" in shown.measures.accessibleDescription()
    assert "From 1 Jun 2026 to 20 Jun 2026" in shown.period.text()


def test_the_charts_are_walked_with_the_arrow_keys(
    qtbot: Any, page: Callable[[], LookingBack]
) -> None:
    _written(TODAY - timedelta(days=1), 5)
    walk = plan.add_item("A short walk")
    plan.check_in(walk.id, TODAY - timedelta(days=1), Outcome.DONE)
    shown = page()
    shown.show()
    qtbot.waitExposed(shown)
    shown.measures.setFocus()
    qtbot.waitUntil(shown.measures.hasFocus)
    assert shown.measures_said.text() == "Thu 26 Nov 2026: nothing written"  # the last day
    qtbot.keyClick(shown.measures, Qt.Key.Key_Left)
    assert shown.measures_said.text() == "Wed 25 Nov 2026: mood Light"
    qtbot.keyClick(shown.measures, Qt.Key.Key_Home)
    assert shown.measures_said.text().startswith("Fri 30 Oct 2026")

    shown.steps.setFocus()
    qtbot.waitUntil(shown.steps.hasFocus)
    assert shown.steps_said.text() == "Week of 23 Nov 2026: A short walk (Done once)"
    qtbot.keyClick(shown.steps, Qt.Key.Key_Left)
    assert shown.steps_said.text() == "Week of 16 Nov 2026: nothing marked"


def test_every_fact_is_there_as_text(page: Callable[[], LookingBack]) -> None:
    walk = plan.add_item("A short walk")
    for offset in range(1, 6):
        plan.check_in(
            walk.id, TODAY - timedelta(days=offset), Outcome.TRIED, reasons=[Reason.OVERLOAD]
        )
    shown = page()
    assert shown.reasons.text() == "Too much going on — 5 times, mostly in the week of 23 Nov 2026"
    assert "A short walk: marks in 2 of 5 weeks" in shown.steps.accessibleDescription()
    assert shown.steps.accessibleName() == "Each step, week by week"
    assert shown.measures.accessibleDescription() == "No mood or energy written in this stretch"
    assert shown.reasons.text() in shown.text()


def test_the_page_is_in_the_tabs_list_and_reads_only_when_shown(qtbot: Any, store: Path) -> None:
    _written(TODAY - timedelta(days=2), 3)
    tab = EncouragementTab(Events())
    qtbot.addWidget(tab)
    tab.set_today(TODAY)
    assert tab.looking_back_page.stretch is None  # built, not read
    tab.show_page(LOOKING_BACK)
    assert tab.looking_back_page.stretch is not None
    assert "mood Mixed" in tab.looking_back_page.measures.accessibleDescription()


def test_since_the_last_session(page: Callable[[], LookingBack]) -> None:
    from desktop.store import session
    from desktop.store.encouragement_records import SessionRhythm
    from desktop.ui.encouragement.looking_back import SINCE_SESSION

    last = TODAY - timedelta(days=10)
    session.set_schedule(TODAY + timedelta(days=4), SessionRhythm.FORTNIGHTLY, last_day=last)
    _written(last - timedelta(days=1), 1)  # before it: not in this stretch
    _written(last + timedelta(days=1), 5)
    shown = page()
    shown.choice.setCurrentIndex(SINCE_SESSION)
    assert shown.days() == (session.period_start(TODAY, session.get_schedule()), TODAY)
    assert shown.days()[0] >= last
    said = shown.measures.accessibleDescription()
    assert "mood Light" in said and "mood Heavy" not in said
