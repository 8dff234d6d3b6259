"""The check-in's outcomes and the week's days as a screen reader and a keyboard meet them:
radio groups (one chosen), one Tab stop each, the arrow keys inside, focus seen apart from
what is chosen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import QApplication, QWidget

from desktop.store import plan
from desktop.store.records import Outcome
from desktop.ui.plan.tab import PlanTab
from desktop.ui.plan.week_view import DayCell

WEDNESDAY = date(2024, 6, 12)


def read_as(widget: QWidget) -> tuple[QAccessible.Role, bool]:
    """What a screen reader is told a control is, and whether it is checked."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.role(), bool(interface.state().checked)


@pytest.fixture
def shown(
    qtbot: Any, add_items: Callable[..., Any], make_tab: Callable[[], PlanTab]
) -> tuple[PlanTab, Any]:
    """One item, its tab shown and active on a Wednesday, for keyboard tests."""
    [item] = add_items("Journal for 20 minutes", smaller_version="One sentence")
    tab = make_tab()
    tab.today = WEDNESDAY
    tab.detail.select_day(WEDNESDAY)
    tab.refresh()
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab, item


def test_the_outcomes_are_read_as_a_radio_group_with_the_chosen_one_checked(
    shown: tuple[PlanTab, Any],
) -> None:
    tab, _ = shown
    buttons = tab.detail.check_in_box.outcome_buttons
    assert {read_as(b) for b in buttons.values()} == {(QAccessible.Role.RadioButton, False)}

    buttons[Outcome.TRIED].click()

    assert [read_as(b) for b in buttons.values()] == [
        (QAccessible.Role.RadioButton, outcome is Outcome.TRIED) for outcome in Outcome
    ]
    tab.detail.check_in_box.clear()  # cleared: none chosen, and still radio buttons
    assert {read_as(b) for b in buttons.values()} == {(QAccessible.Role.RadioButton, False)}


def test_the_days_are_read_as_a_radio_group_with_the_day_shown_checked(
    shown: tuple[PlanTab, Any],
) -> None:
    tab, _ = shown
    cells = tab.detail.week.cells
    assert [read_as(c) for c in cells] == [
        (QAccessible.Role.RadioButton, day == WEDNESDAY) for day in (c.day for c in cells)
    ]
    cells[0].click()
    assert [read_as(c)[1] for c in cells] == [True, False, False, False, False, False, False]


def test_tab_reaches_the_week_once_and_the_arrow_keys_choose_the_day(
    qtbot: Any, shown: tuple[PlanTab, Any]
) -> None:
    tab, item = shown
    detail = tab.detail
    cells = detail.week.cells
    stops = []
    start = detail.check_in_box.outcome_buttons[Outcome.DONE]  # (Tab goes on to the week)
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
    assert [w for w in stops if isinstance(w, DayCell)] == [cells[2]]  # the day shown, once

    cells[2].setFocus()
    qtbot.waitUntil(cells[2].hasFocus)
    qtbot.keyClick(cells[2], Qt.Key.Key_Left)
    assert QApplication.focusWidget() is cells[1]
    assert detail.day == WEDNESDAY - timedelta(days=1)  # Tuesday is the day shown now
    assert "Tuesday" in detail.check_in_box.day_label.text()
    qtbot.keyClick(cells[1], Qt.Key.Key_Right)
    qtbot.keyClick(cells[2], Qt.Key.Key_Right)  # Thursday is still to come
    assert QApplication.focusWidget() is cells[2]
    assert detail.day == WEDNESDAY
    assert plan.check_ins_between(WEDNESDAY - timedelta(days=6), WEDNESDAY, item.id) == []


def image(cell: DayCell) -> QImage:
    return cell.grab().toImage()


def test_focus_on_a_day_looks_different_from_the_day_shown(
    qtbot: Any, shown: tuple[PlanTab, Any]
) -> None:
    tab, _ = shown
    cells = tab.detail.week.cells
    tuesday, wednesday = cells[1], cells[2]  # both empty; Wednesday is the day shown
    elsewhere = tab.detail.check_in_box.outcome_buttons[Outcome.DONE]
    elsewhere.setFocus()
    qtbot.waitUntil(elsewhere.hasFocus)
    chosen, plain = image(wednesday), image(tuesday)

    wednesday.setFocus()
    qtbot.waitUntil(wednesday.hasFocus)
    chosen_with_focus = image(wednesday)
    tuesday.setFocus()  # focus alone (a screen reader can move it without choosing)
    qtbot.waitUntil(tuesday.hasFocus)
    focus_only = image(tuesday)

    assert chosen_with_focus != chosen  # focus shows on the day shown too
    assert focus_only != plain
    assert focus_only != chosen  # and focus alone doesn't look like the day shown
