"""Small pieces several screens share, so they look and read the same everywhere."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPolygonF,
    QShortcut,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionToolButton,
    QStylePainter,
    QToolButton,
    QTreeView,
    QWidget,
)

from desktop.ui.common import contrast


def quiet(label: QLabel) -> QLabel:
    """A label in the palette's quieter text colour."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def selectable(label: QLabel) -> QLabel:
    """A label whose text wraps and can be selected with the mouse (to copy it)."""
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def heading(text: str, scale: float = 1.15) -> QLabel:
    """A bold heading, sized from the system font."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def card(role: QPalette.ColorRole = QPalette.ColorRole.AlternateBase) -> QFrame:
    """A calm panel in the palette's alternate colour (so it follows light and dark themes)."""
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setBackgroundRole(role)
    frame.setAutoFillBackground(True)
    return frame


def confirm(
    parent: QWidget,
    title: str,
    question: str,
    action: str,
    *,
    details: str = "",
    destructive: bool = False,
) -> bool:
    """Ask before doing something (retiring, removing); True when the person chose action.

    Cancel is always there, and Escape means Cancel.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(question)
    if details:
        box.setInformativeText(details)
    role = (
        QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole
    )
    chosen = box.addButton(action, role)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is chosen


class ArrowButton(QToolButton):
    """A small button with an arrow on it, as large as the text around it (the style's own
    size for it is fixed: a larger font left it tiny)."""

    def __init__(self, arrow: Qt.ArrowType, name: str, tip: str = "") -> None:
        super().__init__()
        self.setArrowType(arrow)
        self.setAccessibleName(name)
        self.setToolTip(tip or name)
        self._fit_font()

    def _fit_font(self) -> None:
        size = self.fontMetrics().height()
        self.setIconSize(QSize(size, size))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_font()

    def paintEvent(self, event: QPaintEvent) -> None:
        # The style's panel, and an arrow drawn to the font's size (Fusion's is a fixed size).
        painter = QStylePainter(self)
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        option.arrowType = Qt.ArrowType.NoArrow
        option.features &= ~QStyleOptionToolButton.ToolButtonFeature.Arrow
        painter.drawComplexControl(QStyle.ComplexControl.CC_ToolButton, option)
        half = self.fontMetrics().height() * 0.22
        centre = QRectF(self.rect()).center()
        x, y = centre.x(), centre.y()
        points = {
            Qt.ArrowType.UpArrow: (
                (x - half, y + half / 2),
                (x + half, y + half / 2),
                (x, y - half),
            ),
            Qt.ArrowType.DownArrow: (
                (x - half, y - half / 2),
                (x + half, y - half / 2),
                (x, y + half),
            ),
            Qt.ArrowType.LeftArrow: (
                (x + half / 2, y - half),
                (x + half / 2, y + half),
                (x - half, y),
            ),
            Qt.ArrowType.RightArrow: (
                (x - half / 2, y - half),
                (x - half / 2, y + half),
                (x + half, y),
            ),
        }.get(self._arrow())
        if points is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.ButtonText))
        painter.drawPolygon(QPolygonF([QPointF(px, py) for px, py in points]))

    def _arrow(self) -> Qt.ArrowType:
        """The arrow drawn: left and right change places right to left (earlier is at the right)."""
        arrow = self.arrowType()
        if self.isRightToLeft():
            swapped = {Qt.ArrowType.LeftArrow: Qt.ArrowType.RightArrow}
            swapped[Qt.ArrowType.RightArrow] = Qt.ArrowType.LeftArrow
            return swapped.get(arrow, arrow)
        return arrow


def move_buttons() -> tuple[QToolButton, QToolButton]:
    """Arrow buttons to move the selected line up and down (Alt+Up, Alt+Down)."""
    up, down = (
        ArrowButton(arrow, name, f"{name} ({keys})")
        for arrow, name, keys in (
            (Qt.ArrowType.UpArrow, QCoreApplication.translate("widgets", "Move up"), "Alt+Up"),
            (
                Qt.ArrowType.DownArrow,
                QCoreApplication.translate("widgets", "Move down"),
                "Alt+Down",
            ),
        )
    )
    return up, down


def reading_tree(model: QAbstractItemModel, name: str) -> QTreeView:
    """A tree for reading grouped lines (no header, no branch marks, always open)."""
    tree = QTreeView()
    tree.setModel(model)
    tree.setHeaderHidden(True)
    tree.setRootIsDecorated(False)
    tree.setItemsExpandable(False)
    tree.setWordWrap(True)
    tree.setAccessibleName(name)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    if isinstance(model, QStandardItemModel):
        # The header is hidden, but a screen reader still reads its one column by its header:
        # the tree's name, not "1" (kept through every reload, which clears the model).
        def name_the_column() -> None:
            model.setHorizontalHeaderLabels([name])

        name_the_column()
        model.modelReset.connect(name_the_column)
    return tree


def page_scroll(page: QWidget) -> QScrollArea:
    """A page that scrolls when the window is small: no frame, and no Tab stop of its own (the
    keyboard goes straight to the page's controls, and the page scrolls to show each)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(page)
    return scroll


def undo_bar(text: str, spoken: str = "") -> tuple[QWidget, QLabel, QPushButton]:
    """A quiet line that says what just happened, with an Undo button; hidden until needed."""
    label = QLabel(text)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    button = QPushButton(QCoreApplication.translate("widgets", "&Undo"))
    if spoken:
        button.setAccessibleName(spoken)
    bar = QWidget()
    row = QHBoxLayout(bar)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label)
    row.addWidget(button)
    row.addStretch(1)
    bar.hide()
    return bar, label, button


def remove_keys(widget: QWidget, remove: Callable[[], object]) -> list[QShortcut]:
    """Have the keys that remove the chosen row of a list call remove while widget has the
    keyboard: Delete everywhere, and on a Mac, whose laptops have no forward-delete key, ⌘⌫
    (Finder's) and ⌫ too."""
    sequences = [QKeySequence(QKeySequence.StandardKey.Delete)]
    if sys.platform == "darwin":
        # Qt's "Ctrl" is the ⌘ key on a Mac.
        sequences += [QKeySequence("Ctrl+Backspace"), QKeySequence("Backspace")]
    shortcuts = []
    for sequence in sequences:
        shortcut = QShortcut(sequence, widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(remove)
        shortcuts.append(shortcut)
    return shortcuts


class _Accent(QObject):
    """Paints a checkable button in the palette's accent colour while it is checked."""

    def __init__(self, button: QAbstractButton) -> None:
        super().__init__(button)
        self.button = button
        self._painting = False
        button.toggled.connect(self.paint)
        button.installEventFilter(self)
        self.paint()

    def paint(self) -> None:
        if not self.button.isChecked():
            chosen = QPalette()  # nothing of its own: the palette around it, as it changes
        else:
            around = self.button.parentWidget()
            source = around.palette() if around is not None else QApplication.palette()
            chosen = QPalette()  # only these two roles of its own; the rest still follow
            # (the accent as contrast.py makes it readable, whatever the palette around says)
            accent, ink = contrast.accent_colours(source, on_button=True)
            chosen.setColor(QPalette.ColorRole.Button, accent)
            chosen.setColor(QPalette.ColorRole.ButtonText, ink)
        self._painting = True
        try:
            self.button.setPalette(chosen)
        finally:
            self._painting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange and not self._painting:
            self.paint()  # light to dark (or back) while the app runs
        return False


def accent_when_checked(button: QAbstractButton) -> Callable[[], None]:
    """Draw a checkable button in the accent colour of the palette while it is checked, in
    light and dark alike and across a switch between them (no style sheet: one would fix the
    palette of everything under it when applied). Returns what paints it again, for a change
    made with its signals blocked."""
    return _Accent(button).paint


def opening_size(window: QWidget, wanted: QSize) -> QSize:
    """The size to open a window at: wanted, or less where the screen's free area is smaller,
    leaving room above it for its title bar (at 150 % on a 1920 × 1080 screen the free area is
    1280 × 720 or less). Its side edges, a pixel or two (on Windows drawn outside the window),
    may reach past a screen narrower than wanted."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return wanted
    area = screen.availableGeometry().size()
    frame = window.frameGeometry().size() - window.geometry().size()
    if frame.isEmpty():  # not on screen yet: what a frame takes, as a guess
        edge = window.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
        title = max(
            window.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight),
            window.fontMetrics().height() * 2,
        )
        frame = QSize(2 * edge, title + 2 * edge)
    return wanted.boundedTo(QSize(area.width(), area.height() - frame.height()))
