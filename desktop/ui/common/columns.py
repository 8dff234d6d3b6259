"""Layouts that wrap instead of cutting: a grid of equal columns that takes fewer of them when
there isn't the room, and a row of buttons that goes on to a second line. Buttons keep their
whole words at any font size and window width, and nothing scrolls sideways."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class ColumnGrid(QLayout):
    """Widgets in rows of up to `columns` equal columns, in order; as many columns as fit
    each one's whole width, down to one."""

    def __init__(self, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.most = columns
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)

    # -- what QLayout asks of a layout ------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height(self.columns_for(width))

    def sizeHint(self) -> QSize:
        columns = min(self.most, max(len(self._visible()), 1))
        return QSize(self._width(columns), self._height(columns))

    def minimumSize(self) -> QSize:
        return QSize(self._width(1), self._height(self.most))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        columns = self.columns_for(rect.width())
        across, down = self._spacings()
        width = (inner.width() - across * (columns - 1)) // columns
        height = self._row_height()
        for number, item in enumerate(self._visible()):
            row, column = divmod(number, columns)
            place = QRect(
                inner.left() + column * (width + across),
                inner.top() + row * (height + down),
                width,
                height,
            )
            item.setGeometry(self._visual(rect, place))

    # -- the arithmetic ---------------------------------------------------------------------

    def _visual(self, rect: QRect, place: QRect) -> QRect:
        """place, mirrored in rect when the layout runs right to left (as Qt's own layouts)."""
        parent = self.parentWidget()
        direction = (
            parent.layoutDirection() if parent is not None else QGuiApplication.layoutDirection()
        )
        return QStyle.visualRect(direction, rect, place)

    def columns_for(self, width: int) -> int:
        """How many columns there are at width (the layout's whole width)."""
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right()
        across, _down = self._spacings()
        widest = self._widest()
        for columns in range(self.most, 1, -1):
            if (inner - across * (columns - 1)) // columns >= widest:
                return columns
        return 1

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _widest(self) -> int:
        return max((item.sizeHint().width() for item in self._visible()), default=0)

    def _row_height(self) -> int:
        return max((item.sizeHint().height() for item in self._visible()), default=0)

    def _spacings(self) -> tuple[int, int]:
        if self.spacing() >= 0:
            return self.spacing(), self.spacing()
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6, 6
        kind = QSizePolicy.ControlType.PushButton
        across = style.layoutSpacing(kind, kind, Qt.Orientation.Horizontal)
        down = style.layoutSpacing(kind, kind, Qt.Orientation.Vertical)
        if across < 0:
            across = style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        if down < 0:
            down = style.pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing)
        return max(across, 0), max(down, 0)

    def _width(self, columns: int) -> int:
        margins = self.contentsMargins()
        across, _down = self._spacings()
        return self._widest() * columns + across * (columns - 1) + margins.left() + margins.right()

    def _height(self, columns: int) -> int:
        margins = self.contentsMargins()
        rows = -(-len(self._visible()) // columns)
        _across, down = self._spacings()
        inner = rows * self._row_height() + down * max(rows - 1, 0)
        return inner + margins.top() + margins.bottom()


class FlowRow(ColumnGrid):
    """Widgets side by side at their own widths, going on to the next line where the row
    doesn't hold them (a row of buttons under a large font)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(1, parent)

    def sizeHint(self) -> QSize:
        return QSize(self._line_width(), self._row_height())

    def minimumSize(self) -> QSize:
        return QSize(self._width(1), self._row_height())

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        QLayout.setGeometry(self, rect)
        self._place(rect, move=True)

    def _line_width(self) -> int:
        across, _down = self._spacings()
        items = self._visible()
        margins = self.contentsMargins()
        widths = sum(item.sizeHint().width() for item in items)
        return widths + across * max(len(items) - 1, 0) + margins.left() + margins.right()

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in rect (or only measure); returns the height they take."""
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        across, down = self._spacings()
        height = self._row_height()
        x, y = inner.left(), inner.top()
        for item in self._visible():
            width = min(item.sizeHint().width(), inner.width())
            if x > inner.left() and x + width > inner.right() + 1:
                x, y = inner.left(), y + height + down
            if move:
                item.setGeometry(self._visual(rect, QRect(x, y, width, height)))
            x += width + across
        return y + height - rect.top() + margins.bottom()
