"""The person's own words are readable at the window sizes people use (issue 15, item 6): plan
titles whole in the list, the check-in's placeholders whole, prompts wrapped, not cut."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle

from desktop.content.prompts import builtin_prompts
from tests.ui.layout import cut_off, cut_texts, line_room, sample_plan

SIZES = [pytest.param(1100, 720, id="1100x720"), pytest.param(1024, 640, id="1024x640")]


def _shown_window(make_window: Any, qtbot: Any, width: int, height: int) -> Any:
    sample_plan()
    window = make_window()
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    window.plan_tab.refresh()
    QApplication.processEvents()  # (the list lays its rows out once it is shown)
    return window


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_plan_titles_are_whole_in_the_list(
    make_window: Any, qtbot: Any, width: int, height: int
) -> None:
    window = _shown_window(make_window, qtbot, width, height)
    view = window.plan_tab.list
    assert cut_texts(view) == []
    assert view.horizontalScrollBar().maximum() == 0


def test_plan_titles_wrap_again_when_the_list_narrows(make_window: Any, qtbot: Any) -> None:
    window = _shown_window(make_window, qtbot, 1100, 720)
    view = window.plan_tab.list
    window.plan_tab.splitter.setSizes([260, 800])
    qtbot.waitUntil(lambda: view.viewport().width() < 270)
    QApplication.processEvents()
    assert cut_texts(view) == []


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_nothing_on_the_check_in_is_cut(
    make_window: Any, qtbot: Any, width: int, height: int
) -> None:
    window = _shown_window(make_window, qtbot, width, height)
    box = window.plan_tab.detail.check_in_box
    other = box.other_reason
    assert other.isVisibleTo(window)  # (the first item has "Thought about it" chosen)
    words = other.fontMetrics().horizontalAdvance(other.placeholderText())
    assert line_room(other) >= words
    assert cut_off(window.plan_tab.detail) == []


def test_an_adjustments_note_is_whole_at_every_window_width(make_window: Any, qtbot: Any) -> None:
    # (A wrap a few pixels off cut the last line at 1100 px: "…too much this" and no "month".)
    window = _shown_window(make_window, qtbot, 1100, 720)
    history = window.plan_tab.detail.history
    assert history.model().rowCount() == 1
    cut = []
    for width in range(900, 1300, 5):
        window.resize(width, 720)
        QApplication.processEvents()
        rect = history.visualRect(history.model().index(0, 0))
        if rect.bottom() >= history.viewport().height() or rect.top() < 0:
            cut.append(width)
    assert cut == []


def test_prompts_wrap_instead_of_being_cut(store: Path, writer: Any, qtbot: Any) -> None:
    from desktop.ui.journal.prompt_dialog import PromptDialog

    dialog = PromptDialog(writer)
    qtbot.addWidget(dialog)
    dialog.resize(dialog.fontMetrics().averageCharWidth() * 60, dialog.height())
    dialog.show()
    qtbot.waitExposed(dialog)
    tree = dialog.tree
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
    metrics = tree.fontMetrics()
    longest = max((p for group in builtin_prompts() for p in group.prompts), key=len)
    assert metrics.horizontalAdvance(longest) > tree.viewport().width()  # (it must wrap)
    cut = []
    for group_row in range(dialog.model.rowCount()):
        group = dialog.model.index(group_row, 0)
        for row in range(dialog.model.rowCount(group)):
            index = dialog.model.index(row, 0, group)
            rect = tree.visualRect(index)
            words = metrics.boundingRect(
                QRect(0, 0, tree.viewport().width() - 2 * tree.indentation() - 2 * margin, 0),
                Qt.TextFlag.TextWordWrap,
                str(index.data()),
            )
            if rect.height() < words.height() or rect.right() > tree.viewport().width():
                cut.append(str(index.data()))
    assert cut == []
    assert tree.horizontalScrollBar().maximum() == 0
