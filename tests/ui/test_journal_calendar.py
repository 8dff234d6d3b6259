"""The journal's calendar: the days written on are marked, and a day clicked shows only that
day's entries (and every day's again after)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt

from desktop.store import journal
from desktop.store.records import EntryFields
from desktop.ui.app.events import Events
from desktop.ui.common.dates import to_qdate
from desktop.ui.journal.tab import JournalTab
from tests.frozen import TODAY


def _write(day: date, title: str, mood: int | None = None) -> int:
    return journal.save_entry(None, EntryFields(day=day, title=title, body="x", mood=mood)).id


def test_a_day_clicked_shows_that_days_entries(qtbot: Any, store: Path) -> None:
    earlier = TODAY - timedelta(days=2)
    _write(earlier, "Earlier one", 4)
    _write(earlier, "Earlier two")
    _write(TODAY, "Today's")
    tab = JournalTab(Events())
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.model.rowCount() == 3
    assert tab.calendar.isHidden()

    qtbot.mouseClick(tab.calendar.button, Qt.MouseButton.LeftButton)
    assert tab.calendar.isVisible()
    assert set(tab.calendar.calendar.written) == {earlier, TODAY}
    assert (
        tab.calendar.calendar.dateTextFormat(to_qdate(earlier)).toolTip() == "Written on, mood Okay"
    )
    assert tab.calendar.calendar.dateTextFormat(to_qdate(TODAY - timedelta(days=1))).toolTip() == ""

    tab.calendar.calendar.clicked.emit(to_qdate(earlier))
    assert tab.model.rowCount() == 2
    assert "2 entries" in tab.count.text()
    assert tab.calendar.all_days.isEnabled()

    qtbot.mouseClick(tab.calendar.all_days, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 3
    assert not tab.calendar.all_days.isEnabled()


def test_the_calendar_is_used_by_keyboard(qtbot: Any, store: Path) -> None:
    _write(TODAY - timedelta(days=1), "Yesterday")
    _write(TODAY - timedelta(days=8), "A week before")
    tab = JournalTab(Events())
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    tab.calendar.button.setChecked(True)
    view = tab.calendar.calendar
    view.setSelectedDate(QDate(to_qdate(TODAY)))
    view.setFocus()
    inner = view.focusWidget() or view
    qtbot.keyClick(inner, Qt.Key.Key_Left)
    qtbot.keyClick(inner, Qt.Key.Key_Return)
    assert tab.calendar.chosen == TODAY - timedelta(days=1)
    assert tab.model.rowCount() == 1
