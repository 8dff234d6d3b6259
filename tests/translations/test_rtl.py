"""Right to left: with QGuiApplication.setLayoutDirection(Qt.RightToLeft) the main window and each
tab mirror, and no two widgets of one layout overlap.

Each tab (and each Encouragement page) is built twice over docs/screenshots.py's sample data,
left to right and right to left; every visible widget's rectangle in the window must be the
mirror image of its rectangle the other way round (a widget at the left sits at the right), and
siblings in a layout must not overlap. The custom-painted widgets follow layoutDirection() too:
test_painted_widgets_mirror compares an RTL rendering with a mirrored LTR one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLayout, QSplitter, QTabBar, QWidget

from tests.translations.test_pseudo_walk import screenshots_module

#: Rounding in the layouts.
SLACK = 2
SIZE = (1100, 720)


@pytest.fixture
def sample(store: Any) -> None:
    from desktop import clock

    samples = screenshots_module()
    today = clock.today()
    samples.sample_plan(today)
    samples.sample_journal(today)
    samples.sample_encouragement(today)


@pytest.fixture
def direction() -> Iterator[Callable[[Qt.LayoutDirection], None]]:
    """Set the application's layout direction; left to right again afterwards."""

    def set_direction(which: Qt.LayoutDirection) -> None:
        QGuiApplication.setLayoutDirection(which)

    yield set_direction
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def shown(make_window: Callable[..., Any], qtbot: Any, tab: int, page: int | None) -> Any:
    window = make_window()
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(tab)
    if page is not None:
        window.encouragement_tab.show_page(page)
    for _ in range(3):
        QApplication.processEvents()
    return window


def key(widget: QWidget, root: QWidget) -> str:
    """A widget's place in the tree under root: each step its class and its number among the
    siblings of that class (the same in both directions)."""
    steps = []
    while widget is not root and widget is not None:
        parent = widget.parentWidget()
        if parent is None:
            break
        same = [
            c
            for c in parent.findChildren(
                type(widget), options=Qt.FindChildOption.FindDirectChildrenOnly
            )
        ]
        steps.append(f"{type(widget).__name__}[{same.index(widget)}]")
        widget = parent
    return "/".join(reversed(steps))


def rectangles(window: QWidget) -> dict[str, tuple[QRect, int]]:
    """Every visible widget's rectangle in its parent, and the parent's width, by its key.
    (In its parent: a scroll bar moves to the left in RTL, and all it holds moves with it.)"""
    found = {}
    for widget in window.findChildren(QWidget):
        parent = widget.parentWidget()
        if widget.isVisible() and widget.window() is window and parent is not None:
            found[key(widget, window)] = (widget.geometry(), parent.width())
    return found


def mirrored(rect: QRect, width: int) -> QRect:
    return QRect(width - rect.x() - rect.width(), rect.y(), rect.width(), rect.height())


def overlaps(window: QWidget) -> list[str]:
    """Siblings in one layout whose rectangles overlap."""
    found = []
    for layout in window.findChildren(QLayout):
        widgets = []
        for number in range(layout.count()):
            item = layout.itemAt(number)
            child = item.widget() if item is not None else None
            if child is not None and child.isVisible():
                widgets.append(child)
        for n, first in enumerate(widgets):
            for second in widgets[n + 1 :]:
                a = QRect(first.mapTo(window, QPoint(0, 0)), first.size())
                b = QRect(second.mapTo(window, QPoint(0, 0)), second.size())
                both = a.intersected(b)
                if both.width() > SLACK and both.height() > SLACK:
                    found.append(f"{key(first, window)} and {key(second, window)} overlap")
    return found


SCREENS = [(0, None), (1, None), *((2, page) for page in range(5))]


@pytest.mark.parametrize(("tab", "page"), SCREENS)
def test_each_screen_mirrors_right_to_left(
    sample: None,
    direction: Callable[[Qt.LayoutDirection], None],
    make_window: Callable[..., Any],
    qtbot: Any,
    tab: int,
    page: int | None,
) -> None:
    ltr_window = shown(make_window, qtbot, tab, page)
    ltr = rectangles(ltr_window)
    ltr_window.close()
    direction(Qt.LayoutDirection.RightToLeft)
    rtl_window = shown(make_window, qtbot, tab, page)
    assert rtl_window.isRightToLeft()
    rtl = rectangles(rtl_window)
    width = rtl_window.width()
    assert overlaps(rtl_window) == []
    differ = []
    for name, (rect, room) in rtl.items():
        before, room_before = ltr.get(name, (None, 0))
        if before is None or room != room_before:
            continue
        want = mirrored(before, room)
        if abs(want.x() - rect.x()) > SLACK or abs(want.width() - rect.width()) > SLACK:
            differ.append(f"{name}: {rect.x()}+{rect.width()}, mirrored {want.x()}+{want.width()}")
    assert len(rtl) > 20
    assert differ == [], "\n".join(differ)
    # The anchors: the tab bar starts at the right, and the first pane of a split sits there.
    bar = rtl_window.tabs.findChild(QTabBar)
    assert bar.mapTo(rtl_window, QPoint(bar.width(), 0)).x() >= width - SLACK - 1
    for splitter in rtl_window.findChildren(QSplitter):
        if splitter.isVisible() and splitter.count() > 1:
            first, second = splitter.widget(0), splitter.widget(1)
            if first.isVisible() and second.isVisible():
                assert (
                    first.mapTo(rtl_window, QPoint(0, 0)).x()
                    > second.mapTo(rtl_window, QPoint(0, 0)).x()
                ), key(splitter, rtl_window)


def _plot_image(chart: Any, mirror_it: bool) -> Any:
    """The chart's plot area (no words in it), as drawn; mirrored if asked."""
    plot = chart._plot().toAlignedRect()
    if mirror_it:
        plot = QRect(chart.width() - plot.x() - plot.width(), plot.y(), plot.width(), plot.height())
    image = chart.grab().toImage().copy(plot)
    return image.flipped(Qt.Orientation.Horizontal) if mirror_it else image


def test_the_looking_back_charts_mirror(
    store: Any,
    direction: Callable[[Qt.LayoutDirection], None],
    make_window: Callable[..., Any],
    qtbot: Any,
) -> None:
    """The charts draw the weeks from the right: the RTL plot is the LTR plot mirrored."""
    from desktop import clock
    from desktop.ui.encouragement.looking_back_charts import MeasuresChart, StepsChart

    samples = screenshots_module()
    samples.sample_months(clock.today())
    pictures = {}
    for which in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        direction(which)
        window = shown(make_window, qtbot, 2, 2)
        charts = [
            c
            for c in window.findChildren(QWidget)
            if isinstance(c, (MeasuresChart, StepsChart)) and c.isVisible()
        ]
        assert len(charts) == 2, charts
        rtl = which == Qt.LayoutDirection.RightToLeft
        pictures[which] = [_plot_image(c, rtl) for c in charts]
        window.close()
    for ltr, rtl in zip(*pictures.values(), strict=True):
        assert ltr.size() == rtl.size()
        # (A pixel's shift either way allowed: the plot's edge may fall between pixels.)
        best = max(_alike(ltr, rtl, shift) for shift in (-1, 0, 1))
        unmirrored = _alike(ltr, ltr.flipped(Qt.Orientation.Horizontal), 0)
        print(f"{best:.3f} alike mirrored; {unmirrored:.3f} unmirrored")
        assert best > 0.98, f"{best:.3f} of the plot mirrored"


def _near(a: int, b: int) -> bool:
    """Two pixels alike but for antialiasing (which is not mirrored exactly)."""
    return sum(abs((a >> shift & 255) - (b >> shift & 255)) for shift in (0, 8, 16)) < 150


def _alike(first: Any, second: Any, shift: int) -> float:
    """Of the pixels inked (not the background) in either picture, the share the same in both
    (second moved shift pixels across)."""
    ground = first.pixel(0, 0)
    same = inked = 0
    for x in range(1, first.width() - 1):
        for y in range(first.height()):
            a, b = first.pixel(x, y), second.pixel(x + shift, y)
            if a != ground or b != ground:
                inked += 1
                same += _near(a, b)
    return same / max(inked, 1)
