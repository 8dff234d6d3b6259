"""A calm bar across the top of a window: a heading, a few sentences, and a button or two.

Drawn in a light tint of the palette's accent colour (never an alarm colour), so it reads in
light and dark themes alike and follows a change of theme. A screen reader hears it when it is
shown, and it can be reached with Tab (its text, then its buttons).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

#: How much of the accent colour goes into the bar's background and its outline.
TINT, OUTLINE = 0.10, 0.45


def _mix(base: QColor, accent: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        base.redF() + (accent.redF() - base.redF()) * amount,
        base.greenF() + (accent.greenF() - base.greenF()) * amount,
        base.blueF() + (accent.blueF() - base.blueF()) * amount,
    )


class NoticeBar(QFrame):
    """A notice that stays in view while what it says holds (not a dialog: nothing to answer)."""

    def __init__(self, heading: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        line = self.fontMetrics().height()
        self.inset = line // 2  # the space around the tinted panel
        self.heading = QLabel(heading)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        # Reachable with Tab, and selectable by mouse and keyboard (to copy the folder's name).
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.text.setAccessibleName(heading)
        self.text.setAccessibleDescription(text)
        self.setAccessibleName(heading)
        self.setAccessibleDescription(text)
        words = QVBoxLayout()
        words.setSpacing(line // 4)
        words.addWidget(self.heading)
        words.addWidget(self.text)
        self.buttons = QVBoxLayout()
        self.buttons.setSpacing(line // 3)
        self.buttons.addStretch(1)
        row = QHBoxLayout(self)
        pad = self.inset + line * 3 // 4
        row.setContentsMargins(pad + line // 4, pad, pad, pad)
        row.setSpacing(line)
        row.addLayout(words, 1)
        row.addLayout(self.buttons)

    def add_button(self, text: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
        """A button at the bar's end (the first added comes first)."""
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button

    def announce(self) -> None:
        """Have a screen reader say the notice (politely: after what it is saying now)."""
        said = f"{self.heading.text()}. {self.text.text()}"
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, said))

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        accent = palette.color(QPalette.ColorRole.Highlight)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(_mix(window, accent, OUTLINE))
        painter.setBrush(_mix(window, accent, TINT))
        edge = self.inset + 0.5
        rect = QRectF(self.rect()).adjusted(edge, edge, -edge, -edge)
        radius = self.fontMetrics().height() / 3
        painter.drawRoundedRect(rect, radius, radius)
