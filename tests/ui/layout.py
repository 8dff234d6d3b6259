"""What the layout tests share: a plan to lay out, a larger font, and the checks that compare
what each widget needs (its size hint) with the room it was given."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPaintDevice, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyleOptionFrame,
    QStyleOptionViewItem,
    QWidget,
)

from desktop import clock
from desktop.store import plan
from desktop.store.records import Kind, Outcome, Reason, Rhythm

LONG_TITLES = (
    "Catch one harsh thought and answer it kindly",
    "Say no to one extra request at work, even when it feels rude",
)


def sample_plan() -> None:
    """Plan items with long titles, a week of check-ins and an adjustment (as in docs/)."""
    today = clock.today()
    journal = plan.add_item(
        "Journal for 20 minutes",
        why="It helps me notice what I actually feel before it piles up.",
        kind=Kind.JOURNALING,
        smaller_version="Write one sentence about today",
    )
    walk = plan.add_item("A short walk outside", smaller_version="Open the window")
    for title in LONG_TITLES:
        plan.add_item(title, kind=Kind.CHALLENGING_THOUGHTS, rhythm=Rhythm.WHEN_NEEDED)
    plan.check_in(walk.id, today - timedelta(days=1), Outcome.RESTED)
    plan.check_in(
        journal.id, today, Outcome.THOUGHT, reasons=[Reason.OVERLOAD], note="Long day at work."
    )
    plan.adjust_item(
        journal.id,
        smaller_version="Write one sentence about today",
        rhythm=Rhythm.SOME_DAYS,
        days_per_week=4,
        note="Every day was too much this month",
    )


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[QFont]:
    """A 16 pt application font (a person's larger system text); the one before after."""
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(16)
    qapp.setFont(font)
    yield font
    qapp.setFont(before)


def cut_off(root: QWidget) -> list[str]:
    """The visible widgets under root given less room than their words need."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        name = f"{type(widget).__name__} {_words(widget)!r}"
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if widget.height() < needed:
                    found.append(f"{name}: {widget.height()} < {needed} tall")
            elif widget.width() < widget.sizeHint().width():
                found.append(f"{name}: {widget.width()} < {widget.sizeHint().width()} wide")
        elif isinstance(widget, QAbstractButton | QAbstractSpinBox):
            if widget.width() < widget.minimumSizeHint().width():
                found.append(f"{name}: {widget.width()} < {widget.minimumSizeHint().width()} wide")
        elif isinstance(widget, QLineEdit) and widget.placeholderText():
            words = widget.fontMetrics().horizontalAdvance(widget.placeholderText())
            if line_room(widget) < words:
                found.append(f"{name}: its placeholder {widget.placeholderText()!r} is cut")
    return found


def line_room(edit: QLineEdit) -> int:
    """The width a line edit has for its words (inside its frame and its text margins)."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    return contents.width() - margins.left() - margins.right() - 4  # (QLineEdit's own 2 + 2)


def _words(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    return str(text())[:30] if callable(text) else ""


class RecordingPainter(QPainter):
    """A painter that notes each text drawn into a rectangle, with the rectangle."""

    def __init__(self, device: QPaintDevice) -> None:
        super().__init__(device)
        self.texts: list[tuple[QRect, int, str, QFont]] = []

    def drawText(self, *args: Any) -> None:  # type: ignore[override]
        if len(args) == 3 and isinstance(args[0], QRect | QRectF) and isinstance(args[2], str):
            self.texts.append(
                (
                    QRect(args[0].toRect() if isinstance(args[0], QRectF) else args[0]),
                    int(args[1]),
                    args[2],
                    QFont(self.font()),
                )
            )
        super().drawText(*args)


def cut_texts(view: QListView) -> list[str]:
    """The texts a list's delegate draws cut short (elided, or in a rectangle too small for
    them, or outside its row), row by row as the list lays them out now."""
    from PySide6.QtGui import QImage

    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
    painter = RecordingPainter(image)
    found = []
    model = view.model()
    delegate = view.itemDelegate()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect = view.visualRect(index)
        option.font = view.font()
        option.fontMetrics = view.fontMetrics()
        option.widget = view
        painter.texts.clear()
        delegate.paint(painter, option, index)
        for rect, flags, text, font in painter.texts:
            wrap = flags & Qt.TextFlag.TextWordWrap.value
            needed = QFontMetrics(font).boundingRect(QRect(0, 0, rect.width(), 0), wrap, text)
            # (a pixel of rounding: a fractional font's bounding box is a pixel taller)
            if "…" in text or needed.height() > rect.height() + 1 or needed.width() > rect.width():
                found.append(f"row {row}: {text!r} in {rect.width()}×{rect.height()}")
            elif not option.rect.contains(rect):
                found.append(f"row {row}: {text!r} outside its row")
        titles = [text for _rect, _flags, text, _font in painter.texts]
        if str(index.data()) not in titles:
            found.append(f"row {row}: its title {index.data()!r} is not drawn whole")
    painter.end()
    return found
