"""Large text (issue 14, item 7): at a 16 pt font and at 150 % scaling nothing is cut off or
scrolls sideways at the default window size, and the window never opens larger than the
screen's free area."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from tests.ui.layout import cut_off, cut_texts, large_text, line_room, sample_plan

__all__ = ["large_text"]  # (a fixture, used by name)


def _window_at_default_size(make_window: Any, qtbot: Any) -> Any:
    sample_plan()
    window = make_window()
    window.resize(1100, 720)  # the default size (this test screen is smaller than that)
    window.show()
    qtbot.waitExposed(window)
    window.plan_tab.refresh()
    QApplication.processEvents()  # (the list lays its rows out once it is shown)
    return window


def test_at_16_pt_the_plan_detail_fits_the_default_window(
    large_text: QFont, make_window: Any, qtbot: Any
) -> None:
    window = _window_at_default_size(make_window, qtbot)
    detail = window.plan_tab.detail
    assert detail.font().pointSizeF() == 16
    scroll = window.plan_tab.right.widget(0)
    assert scroll.horizontalScrollBar().maximum() == 0  # nothing sideways
    assert detail.width() <= scroll.viewport().width()
    # "Retire…", "Rested on purpose", the date field: each has the room its words need.
    assert cut_off(detail) == []
    assert detail.retire_button.geometry().right() <= scroll.viewport().width()


def test_at_16_pt_plan_titles_are_whole_and_the_list_never_scrolls_sideways(
    large_text: QFont, make_window: Any, qtbot: Any
) -> None:
    window = _window_at_default_size(make_window, qtbot)
    view = window.plan_tab.list
    assert cut_texts(view) == []
    assert view.horizontalScrollBar().maximum() == 0


def test_at_16_pt_a_dialog_of_the_plan_keeps_its_words(
    large_text: QFont, make_window: Any, qtbot: Any
) -> None:
    from desktop.ui.plan.adjust_dialog import AdjustDialog
    from desktop.ui.plan.item_dialog import ItemDialog

    window = _window_at_default_size(make_window, qtbot)
    item = window.plan_tab.detail.item
    for dialog in (ItemDialog(item, parent=window), AdjustDialog(item, parent=window)):
        dialog.show()
        qtbot.waitExposed(dialog)
        assert cut_off(dialog) == []
        dialog.close()


def test_the_arrow_buttons_grow_with_the_font(qapp: QApplication) -> None:
    from desktop.ui.common.widgets import move_buttons

    small = move_buttons()[0]
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * 2)
    qapp.setFont(font)
    try:
        large = move_buttons()[0]
        assert large.iconSize().height() >= large.fontMetrics().height()
        assert large.sizeHint().height() > small.sizeHint().height() * 1.5
        assert small.iconSize().height() >= small.fontMetrics().height()
    finally:
        qapp.setFont(before)


def test_the_window_never_opens_larger_than_the_screen(make_window: Any, qtbot: Any) -> None:
    window = make_window()  # no size kept from before: it opens at its default size
    window.show()
    qtbot.waitExposed(window)
    free = window.screen().availableGeometry()
    assert free.width() < 1100  # (the test screen is smaller than the default size)
    assert window.width() <= free.width()
    # Room for a title bar too: at least a line of text's worth.
    assert window.height() + window.fontMetrics().height() <= free.height()


SCALED = """
import json, sys
from datetime import date
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from desktop.store import db
from tests.ui.layout import sample_plan

app = QApplication([])
folder = Path(sys.argv[1])
db.open_database(folder / "data.sqlite3")
sample_plan()
from desktop.ui.app.main_window import MainWindow
window = MainWindow(folder, QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
window.show()
for _ in range(5):
    app.processEvents()
free = window.screen().availableGeometry()
scroll = window.plan_tab.right.widget(0)
print(json.dumps({
    "ratio": window.screen().devicePixelRatio(),
    "free": [free.width(), free.height()],
    "window": [window.width(), window.height()],
    "line": window.fontMetrics().height(),
    "sideways": [scroll.horizontalScrollBar().maximum(),
                 window.plan_tab.list.horizontalScrollBar().maximum()],
}))
db.close_database()
"""


@pytest.mark.slow  # (a Python process of its own: the scale is set before Qt starts)
def test_at_150_percent_on_a_1920_by_1080_screen_the_window_fits(tmp_path: Path) -> None:
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps(
            {"screens": [{"name": "S", "x": 0, "y": 0, "width": 1920, "height": 1080, "dpr": 1}]}
        )
    )
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
        QT_SCALE_FACTOR="1.5",
    )
    done = subprocess.run(
        [sys.executable, "-c", SCALED, str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown["ratio"] == 1.5
    assert shown["free"] == [1280, 720]
    width, height = shown["window"]
    assert width <= 1280
    assert height + shown["line"] <= 720  # with room for its title bar
    assert shown["sideways"] == [0, 0]


def test_at_16_pt_every_encouragement_page_fits_the_default_window(
    large_text: QFont, make_window: Any, qtbot: Any
) -> None:
    from PySide6.QtWidgets import QAbstractScrollArea, QComboBox

    from desktop.store import session
    from desktop.ui.encouragement.tab import SAFETY_PLAN, SESSION_PREP, SMALL_WINS, TODAY

    session.add_question("Can we make the walk smaller for now?")
    window = _window_at_default_size(make_window, qtbot)
    window.tabs.setCurrentIndex(2)
    tab = window.encouragement_tab
    for page in (TODAY, SMALL_WINS, SESSION_PREP, SAFETY_PLAN):
        tab.show_page(page)
        QApplication.processEvents()
        assert window.width() == 1100  # (a page too wide for it would have widened it)
        shown = tab.pages.currentWidget()
        sideways = [
            area.accessibleName() or type(area).__name__
            for area in shown.findChildren(QAbstractScrollArea)
            if area.isVisibleTo(shown) and area.horizontalScrollBar().maximum() > 0
        ]
        assert sideways == [], page
        assert cut_off(shown) == [], page
        for choice in shown.findChildren(QComboBox):
            if choice.isVisibleTo(shown):
                words = choice.fontMetrics().horizontalAdvance(choice.currentText())
                assert choice.width() > words, choice.currentText()


def test_at_16_pt_the_arrow_keys_follow_the_outcomes_into_two_columns(
    large_text: QFont, make_window: Any, qtbot: Any
) -> None:
    from PySide6.QtCore import Qt

    from desktop.store.records import Outcome

    window = _window_at_default_size(make_window, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    box = window.plan_tab.detail.check_in_box
    buttons = box.outcome_buttons
    # Two to a row now: Tried / started is under Done.
    assert buttons[Outcome.TRIED].y() > buttons[Outcome.DONE].y()
    assert buttons[Outcome.TRIED].x() == buttons[Outcome.DONE].x()
    buttons[Outcome.DONE].setFocus()
    qtbot.keyClick(buttons[Outcome.DONE], Qt.Key.Key_Down)
    assert QApplication.focusWidget() is buttons[Outcome.TRIED]
    qtbot.keyClick(buttons[Outcome.TRIED], Qt.Key.Key_Up)
    assert QApplication.focusWidget() is buttons[Outcome.DONE]


def test_at_16_pt_the_journal_list_never_scrolls_sideways_and_its_hints_fit(
    large_text: QFont, make_window: Any, qtbot: Any
) -> None:
    from desktop.store import journal
    from desktop.store.records import EntryFields

    for n in range(5):
        journal.save_entry(
            None,
            EntryFields(
                day=date(2026, 11, 20 + n), title=f"An entry with a longer title, {n}", body="Words"
            ),
        )
    window = make_window()
    window.resize(1100, 720)
    window.tabs.setCurrentIndex(1)
    window.show()
    qtbot.waitExposed(window)
    tab = window.journal_tab
    QApplication.processEvents()
    assert tab.model.rowCount() == 5
    assert tab.list.horizontalScrollBar().maximum() == 0
    tab.editor.record_button.click()  # the thought record's fields too
    QApplication.processEvents()
    for field in (tab.search, tab.editor.tags, tab.editor.record_form.feeling):
        hint = field.placeholderText()
        assert field.fontMetrics().horizontalAdvance(hint) <= line_room(field), hint
