"""Readable in every palette: light, dark and high contrast both ways round, whether or not the
theme sets PlaceholderText. Ratios are WCAG 2's: 4.5:1 for text, 3:1 for marks and outlines."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QStyle,
    QStyleFactory,
    QStyleOptionButton,
    QWidget,
)

from desktop import clock
from desktop.store import plan
from desktop.store.records import Outcome, Reason, Status
from desktop.ui.common import contrast
from desktop.ui.common.contrast import MARK_RATIO, TEXT_RATIO, ratio
from tests.palettes import THEMES, theme

Role, Group = QPalette.ColorRole, QPalette.ColorGroup
PALETTES = [
    pytest.param(name, sets, id=f"{name}-{'own' if sets else 'qt'}-placeholder")
    for name in THEMES
    for sets in (True, False)
]
#: The pairs of roles the app paints text with (foreground on background) besides the quiet
#: text: labels, fields and lists, cards (AlternateBase), buttons, the selection.
TEXT_PAIRS = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
]


@pytest.fixture
def readable(qapp: QApplication) -> Iterator[QApplication]:
    """The app kept readable as app.main keeps it; its palette and style as before after."""
    before, style = QPalette(qapp.palette()), qapp.style().name()
    stop = contrast.keep_readable(qapp)
    yield qapp
    stop()
    qapp.setStyle(QStyleFactory.create(style or "fusion"))
    qapp.setPalette(before)


def test_the_default_light_palette_was_below_the_minimum_without_this(
    qapp: QApplication,
) -> None:
    # Where the numbers in issue 14 come from: Qt's light palette, as it is.
    light = theme("light", sets_placeholder=False)
    assert ratio(light.color(Role.PlaceholderText), light.color(Role.Base)) < TEXT_RATIO
    assert ratio(light.color(Role.HighlightedText), light.color(Role.Highlight)) < TEXT_RATIO
    fixed = contrast.readable(light)
    assert ratio(fixed.color(Role.PlaceholderText), fixed.color(Role.Base)) >= TEXT_RATIO
    assert ratio(fixed.color(Role.HighlightedText), fixed.color(Role.Highlight)) >= TEXT_RATIO


@pytest.mark.parametrize(("name", "sets_placeholder"), PALETTES)
def test_every_role_the_app_paints_with_reads(
    readable: QApplication, name: str, sets_placeholder: bool
) -> None:
    readable.setPalette(theme(name, sets_placeholder=sets_placeholder))  # (a change of theme)
    palette = readable.palette()
    low = []
    for group in (Group.Active, Group.Inactive):
        for text, ground in TEXT_PAIRS:
            found = ratio(palette.color(group, text), palette.color(group, ground))
            if found < TEXT_RATIO:
                low.append((group.name, text.name, ground.name, round(found, 2)))
        for ground in contrast.BACKGROUNDS:
            # Highlight: the marks of steps, outlines of the chosen day, the selection's edge.
            found = ratio(palette.color(group, Role.Highlight), palette.color(group, ground))
            if found < MARK_RATIO:
                low.append((group.name, "Highlight", ground.name, round(found, 2)))
    for group in (Group.Active, Group.Inactive, Group.Disabled):  # (the days still to come)
        quiet = palette.color(group, Role.PlaceholderText)
        for ground in (*contrast.BACKGROUNDS, Role.Window):
            found = ratio(quiet, palette.color(group, ground))
            if found < TEXT_RATIO:  # (quiet marks need only 3:1: text's 4.5 covers them)
                low.append((group.name, "PlaceholderText", ground.name, round(found, 2)))
    assert low == []


def test_a_theme_that_sets_a_readable_placeholder_keeps_its_own(readable: QApplication) -> None:
    dark = theme("dark", sets_placeholder=True)
    readable.setPalette(dark)
    assert readable.palette().color(Role.PlaceholderText) == dark.color(Role.PlaceholderText)
    assert readable.palette().color(Role.Highlight) == dark.color(Role.Highlight)


def test_a_palette_set_before_it_started_is_made_readable_too(qapp: QApplication) -> None:
    before = QPalette(qapp.palette())
    qapp.setPalette(theme("high-contrast-black", sets_placeholder=False))
    stop = contrast.keep_readable(qapp)
    try:
        palette = qapp.palette()
        quiet = ratio(palette.color(Role.PlaceholderText), palette.color(Role.Window))
        assert quiet >= TEXT_RATIO
    finally:
        stop()
        qapp.setPalette(before)


def test_switching_themes_back_and_forth_derives_from_each_theme(readable: QApplication) -> None:
    for name in ("light", "high-contrast-black", "high-contrast-white", "dark", "light"):
        readable.setPalette(theme(name, sets_placeholder=False))
        palette = readable.palette()
        for ground in contrast.BACKGROUNDS:
            assert ratio(palette.color(Role.PlaceholderText), palette.color(ground)) >= TEXT_RATIO
    # Back in the light theme, the quiet grey is the light theme's, not one left from dark.
    assert readable.palette().color(Role.PlaceholderText).lightness() < 128


# -- on screen: the plan tab as it is painted -------------------------------------------------


def _plan_with_every_kind_of_day(store: Path) -> None:
    today = clock.today()
    walk = plan.add_item("A short walk outside", smaller_version="Open the window")
    rest = plan.add_item("Say no to one extra request at work")
    paused = plan.add_item("Journal for twenty minutes")
    plan.check_in(walk.id, today, Outcome.TRIED, reasons=[Reason.OVERLOAD])
    plan.check_in(rest.id, today, Outcome.NOT_TODAY)
    plan.check_in(rest.id, today - timedelta(days=1), Outcome.RESTED)
    plan.set_status(paused.id, Status.PAUSED)


def _background(image: QImage, rect: QRect) -> QColor:
    """The colour most of rect is painted in (what the words there are on)."""
    counts: Counter[int] = Counter(
        image.pixel(x, y)
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    )
    return QColor(counts.most_common(1)[0][0])


@pytest.mark.parametrize(("name", "sets_placeholder"), PALETTES)
def test_the_words_on_the_plan_tab_read_on_what_is_behind_them(
    readable: QApplication,
    store: Path,
    make_tab: Any,
    qtbot: Any,
    name: str,
    sets_placeholder: bool,
) -> None:
    readable.setPalette(theme(name, sets_placeholder=sets_placeholder))
    _plan_with_every_kind_of_day(store)
    tab = make_tab()
    tab.show()
    qtbot.waitExposed(tab)
    box = tab.detail.check_in_box
    box.clear()  # "Check-in cleared." in the quiet colour, inside the check-in box
    image = tab.grab().toImage()
    low = []
    for label in tab.findChildren(QLabel):
        if not label.isVisibleTo(tab) or not label.text():
            continue
        rect = QRect(label.mapTo(tab, label.rect().topLeft()), label.size())
        found = ratio(label.palette().color(label.foregroundRole()), _background(image, rect))
        if found < TEXT_RATIO:
            low.append((label.text()[:30], round(found, 2)))
    assert low == []
    assert any(label.foregroundRole() == Role.PlaceholderText for label in tab.findChildren(QLabel))


@pytest.mark.parametrize("name", THEMES)
def test_a_chosen_outcome_reads_in_its_accent(
    readable: QApplication, store: Path, make_tab: Any, qtbot: Any, name: str
) -> None:
    readable.setPalette(theme(name, sets_placeholder=False))
    plan.add_item("A short walk outside")
    tab = make_tab()
    tab.show()
    qtbot.waitExposed(tab)
    chosen = tab.detail.check_in_box.outcome_buttons[Outcome.THOUGHT]
    chosen.click()
    assert chosen.isChecked()
    palette = chosen.palette()
    words = palette.color(Role.ButtonText)
    assert ratio(words, palette.color(Role.Button)) >= TEXT_RATIO
    # As painted (the style shades a checked button): the colour most of the button is in.
    image = chosen.grab().toImage()
    inside = chosen.rect().adjusted(3, 3, -3, -3)
    assert ratio(words, _background(image, inside)) >= TEXT_RATIO


def _indicator_edges(box: QCheckBox, image: QImage, offset: QRect) -> list[QColor]:
    """The strongest colour on each of the indicator's four sides (its outline)."""
    option = QStyleOptionButton()
    box.initStyleOption(option)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    rect.translate(offset.topLeft())
    middle = rect.center()
    window = box.palette().color(Role.Window)

    def strongest(points: list[tuple[int, int]]) -> QColor:
        return max((QColor(image.pixel(x, y)) for x, y in points), key=lambda c: ratio(c, window))

    band = range(3)
    return [
        strongest([(rect.left() + d, middle.y()) for d in band]),
        strongest([(rect.right() - d, middle.y()) for d in band]),
        strongest([(middle.x(), rect.top() + d) for d in band]),
        strongest([(middle.x(), rect.bottom() - d) for d in band]),
    ]


@pytest.mark.parametrize("name", THEMES)
def test_check_boxes_stand_out_from_the_window(
    readable: QApplication, qtbot: Any, name: str
) -> None:
    readable.setPalette(theme(name, sets_placeholder=False))
    page = QWidget()
    page.setAutoFillBackground(True)
    qtbot.addWidget(page)
    box = QCheckBox("Private — not ready to share", page)
    box.move(10, 10)
    page.resize(320, 60)
    page.show()
    qtbot.waitExposed(page)
    image = page.grab().toImage()
    window = page.palette().color(Role.Window)
    edges = _indicator_edges(box, image, QRect(box.pos(), box.size()))
    assert [
        round(ratio(edge, window), 2) for edge in edges if ratio(edge, window) < MARK_RATIO
    ] == []


@pytest.mark.parametrize("name", THEMES)
def test_fields_stand_out_from_the_window(readable: QApplication, qtbot: Any, name: str) -> None:
    from PySide6.QtWidgets import QDateEdit, QLineEdit

    readable.setPalette(theme(name, sets_placeholder=False))
    page = QWidget()
    page.setAutoFillBackground(True)
    qtbot.addWidget(page)
    fields = [QLineEdit(page), QDateEdit(page)]
    for number, field in enumerate(fields):
        field.setGeometry(10, 10 + number * 40, 200, field.sizeHint().height())
    page.resize(240, 100)
    page.show()
    qtbot.waitExposed(page)
    image = page.grab().toImage()
    window = page.palette().color(Role.Window)
    low = []
    for field in fields:
        box = field.geometry()
        middle = box.center()
        left = max(ratio(QColor(image.pixel(box.left() + d, middle.y())), window) for d in range(3))
        top = max(ratio(QColor(image.pixel(middle.x(), box.top() + d)), window) for d in range(3))
        if min(left, top) < MARK_RATIO:
            low.append((type(field).__name__, round(left, 2), round(top, 2)))
    assert low == []


@pytest.mark.parametrize("name", THEMES)
@pytest.mark.parametrize("checked", [True, False])
def test_where_the_keyboard_is_shows_on_a_chosen_button_and_on_a_plain_one(
    readable: QApplication, qtbot: Any, name: str, checked: bool
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    from desktop.ui.common.widgets import accent_when_checked

    readable.setPalette(theme(name, sets_placeholder=False))
    page = QWidget()
    qtbot.addWidget(page)
    row = QHBoxLayout(page)
    focused, other = QPushButton("Done"), QPushButton("Done")
    for button in (focused, other):
        button.setCheckable(True)
        button.setChecked(checked)
        accent_when_checked(button)
        row.addWidget(button)
    page.show()
    qtbot.waitExposed(page)
    focused.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(focused.hasFocus)
    page.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)  # (as a Tab key leaves it)
    with_ring, without = focused.grab().toImage(), other.grab().toImage()
    y = with_ring.height() // 2
    ring, fill = with_ring.pixelColor(3, y), without.pixelColor(3, y)
    assert ratio(ring, fill) >= MARK_RATIO  # not a thin line in the accent: a ring that shows
