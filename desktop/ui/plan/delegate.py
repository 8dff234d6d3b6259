"""Paints one plan item in the list: title, rhythm, today's check-in and the week's presence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from desktop.store.records import CheckIn, PlanItem, Status
from desktop.ui.common import labels
from desktop.ui.common.dates import week_of
from desktop.ui.common.outcome_mark import paint_mark
from desktop.ui.plan.models import CheckInRole, ItemRole, WeekRole

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class CardLayout:
    """Where a plan item's card puts its parts: the title across the card's whole width
    (wrapped, never cut), under it the details (wrapped) beside the week's strip."""

    title: QRect
    details: QRect
    strip: QRect
    height: int


WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


class PlanItemDelegate(QStyledItemDelegate):
    """Draws a plan item as a calm card: its title, its details and a strip of this week's
    marks; as tall as its words need at the width the list has."""

    def __init__(self, today: date, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.today = today

    def _padding(self, option: QStyleOptionViewItem) -> int:
        return max(6, option.fontMetrics.height() // 2)

    def _slot(self, option: QStyleOptionViewItem) -> int:
        return int(option.fontMetrics.height() * 1.25)

    @staticmethod
    def _small_font(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        return small

    @staticmethod
    def _title_font(font: QFont) -> QFont:
        title = QFont(font)
        title.setBold(True)
        return title

    def card_layout(self, option: QStyleOptionViewItem, index: Index, width: int) -> CardLayout:
        """The card's parts for a row width wide (its top left at 0, 0)."""
        item: PlanItem = index.data(ItemRole)
        check_in: CheckIn | None = index.data(CheckInRole)
        pad, slot = self._padding(option), self._slot(option)
        inner = max(width - 2 * pad, slot * 7 + pad + 1)
        title_metrics = QFontMetrics(self._title_font(option.font))
        title_height = title_metrics.boundingRect(QRect(0, 0, inner, 0), WRAP, item.title).height()
        title = QRect(pad, pad, inner, max(title_height, title_metrics.height()))
        small_height = QFontMetrics(self._small_font(option.font)).height()
        strip_height = max(8, slot - 6) + 3 + small_height
        details_width = inner - slot * 7 - pad
        details_height = option.fontMetrics.boundingRect(
            QRect(0, 0, details_width, 0), WRAP, self._details(item, check_in)
        ).height()
        below = title.bottom() + 1 + 4
        row = max(details_height, strip_height)
        details = QRect(pad, below, details_width, row)
        strip = QRect(pad + inner - slot * 7, below, slot * 7, row)
        return CardLayout(title, details, strip, below + row + pad)

    def _row_width(self, option: QStyleOptionViewItem) -> int:
        view = option.widget
        if isinstance(view, QAbstractItemView):
            return view.viewport().width()
        return option.fontMetrics.averageCharWidth() * 40

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._row_width(option)
        return QSize(width, self.card_layout(option, index, width).height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item: PlanItem = index.data(ItemRole)
        check_in: CheckIn | None = index.data(CheckInRole)
        week: dict[date, CheckIn] = index.data(WeekRole) or {}
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = QPalette(opt.palette)
        if selected:
            ink = palette.color(QPalette.ColorRole.HighlightedText)
            palette.setColor(QPalette.ColorRole.Highlight, ink)
            palette.setColor(QPalette.ColorRole.PlaceholderText, ink)
            palette.setColor(QPalette.ColorRole.Text, ink)
        quiet = item.status is not Status.ACTIVE
        card = self.card_layout(opt, index, opt.rect.width())
        origin = opt.rect.topLeft()

        painter.save()
        painter.setFont(self._title_font(opt.font))
        role = QPalette.ColorRole.PlaceholderText if quiet else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        painter.drawText(card.title.translated(origin), WRAP, item.title)

        painter.setFont(opt.font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(card.details.translated(origin), WRAP, self._details(item, check_in))
        self._paint_week(painter, opt, palette, card.strip.translated(origin), week)
        painter.restore()

    def _details(self, item: PlanItem, check_in: CheckIn | None) -> str:
        parts = []
        if item.status is not Status.ACTIVE:
            parts.append(labels.status(item.status))
        if check_in is not None:
            parts.append(labels.outcome(check_in.outcome))
        parts.append(labels.rhythm(item.rhythm, item.days_per_week))
        return " · ".join(parts)

    def _paint_week(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        palette: QPalette,
        strip: QRect,
        week: dict[date, CheckIn],
    ) -> None:
        small = self._small_font(opt.font)
        small_metrics = QFontMetrics(small)
        slot = strip.width() // 7
        mark_size = max(8, slot - 6)
        backwards = opt.direction == Qt.LayoutDirection.RightToLeft  # Monday at the right
        for number, day in enumerate(week_of(self.today)):
            x = (
                strip.right() + 1 - (number + 1) * slot
                if backwards
                else strip.left() + number * slot
            )
            letter_rect = QRect(
                x, strip.bottom() - small_metrics.height(), slot, small_metrics.height()
            )
            is_today = day == self.today
            colour_role = (
                QPalette.ColorRole.Text if is_today else QPalette.ColorRole.PlaceholderText
            )
            painter.setPen(palette.color(colour_role))
            small.setBold(is_today)
            painter.setFont(small)
            painter.drawText(letter_rect, Qt.AlignmentFlag.AlignCenter, labels.weekday(day)[:1])
            found = week.get(day)
            if found is not None:
                mark_rect = QRectF(
                    x + (slot - mark_size) / 2,
                    letter_rect.top() - mark_size - 3,
                    mark_size,
                    mark_size,
                )
                paint_mark(painter, mark_rect, found.outcome, palette)
