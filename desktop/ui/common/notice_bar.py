"""A calm bar across the top of a window: a heading, a few sentences, and a button or two.

Drawn in a light tint of the palette's accent colour (never an alarm colour), so it reads in
light and dark themes alike and follows a change of theme. A screen reader hears it when it is
shown, and it can be reached with Tab (its text, then its buttons). A bar that may be put away
(allow_closing) has a close button at its end, and Escape anywhere in it closes it too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common import screen_reader

#: Narrower than this many average characters, the buttons go under the words.
NARROW_CHARS = 80
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

    #: The person put the bar away (its close button, or Escape): see allow_closing.
    closed = Signal()

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
        screen_reader.spoken(self.text, heading)  # its words, then what they are about
        self.setAccessibleName(heading)
        self.setAccessibleDescription(text)
        words = QVBoxLayout()
        words.setSpacing(line // 4)
        words.addWidget(self.heading)
        words.addWidget(self.text)
        # Wide: the buttons in a column beside the words; narrow (narrow()): in a row under
        # them, so that the words keep the bar's whole width and are never cut short.
        self.buttons = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.buttons.setSpacing(line // 3)
        self.buttons.addStretch(1)
        self._content = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._content.setSpacing(line)
        self._content.addLayout(words, 1)
        self._content.addLayout(self.buttons)
        self.close_button: QToolButton | None = None  # allow_closing
        self.is_closed = False
        self._row = QHBoxLayout(self)
        pad = self.inset + line * 3 // 4
        self._row.setContentsMargins(pad + line // 4, pad, pad, pad)
        self._row.setSpacing(line // 2)
        self._row.addLayout(self._content, 1)

    def add_button(self, text: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
        """A button at the bar's end (the first added comes first)."""
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button

    def allow_closing(self, tip: str) -> QToolButton:
        """Let the person put the bar away: a close button at its end (tip says what closing
        means), and Escape while the focus is in the bar. Either emits closed; what the bar
        stands for decides what closing does (the bar itself only hides)."""
        button = QToolButton()
        button.setText("\N{MULTIPLICATION SIGN}")
        button.setAutoRaise(True)
        button.setToolTip(tip)
        button.setAccessibleName(self.tr("Close this notice"))
        button.setAccessibleDescription(tip)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(self.close_now)
        self._row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.close_button = button
        return button

    def close_now(self) -> None:
        """Hide the bar and say it was closed (only for a bar that allows closing)."""
        if self.close_button is None or self.is_closed:
            return
        self.is_closed = True
        self.hide()
        self.closed.emit()

    def narrow(self) -> bool:
        """Whether the buttons are under the words (the bar is too narrow for them beside)."""
        return self._content.direction() == QBoxLayout.Direction.TopToBottom

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < self.fontMetrics().averageCharWidth() * NARROW_CHARS
        if narrow != self.narrow():
            vertical, across = QBoxLayout.Direction.TopToBottom, QBoxLayout.Direction.LeftToRight
            self._content.setDirection(vertical if narrow else across)
            self.buttons.setDirection(across if narrow else vertical)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape reaches the bar from its text and its buttons, which don't take it themselves.
        if self.close_button is not None and event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.close_now()
            return
        super().keyPressEvent(event)

    def announce(self) -> None:
        """Have a screen reader say the notice (politely: after what it is saying now)."""
        screen_reader.announce(self, f"{self.heading.text()}. {self.text.text()}")

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
