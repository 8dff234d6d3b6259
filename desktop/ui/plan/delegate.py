"""Paints one plan item in the list: title, rhythm, today's check-in and the week's presence."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.store.records import CheckIn, PlanItem, Status
from desktop.ui.common import labels
from desktop.ui.common.dates import week_of
from desktop.ui.common.outcome_mark import paint_mark
from desktop.ui.plan.models import CheckInRole, ItemRole, WeekRole

Index = QModelIndex | QPersistentModelIndex


class PlanItemDelegate(QStyledItemDelegate):
    """Draws a plan item as a calm two-line card with a strip of this week's marks."""

    def __init__(self, today: date, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.today = today

    def _padding(self, option: QStyleOptionViewItem) -> int:
        return max(6, option.fontMetrics.height() // 2)

    def _slot(self, option: QStyleOptionViewItem) -> int:
        return int(option.fontMetrics.height() * 1.25)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = option.fontMetrics
        height = 2 * self._padding(option) + metrics.height() * 2 + metrics.leading() + 4
        return QSize(metrics.averageCharWidth() * 40, height)

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
        pad = self._padding(opt)
        slot = self._slot(opt)
        strip_width = slot * 7
        area = opt.rect.adjusted(pad, pad, -pad, -pad)
        text_area = QRect(area)
        text_area.setRight(area.right() - strip_width - pad)

        painter.save()
        title_font = QFont(opt.font)
        title_font.setBold(True)
        title_metrics = QFontMetrics(title_font)
        painter.setFont(title_font)
        role = QPalette.ColorRole.PlaceholderText if quiet else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        first = QRect(text_area.left(), text_area.top(), text_area.width(), title_metrics.height())
        painter.drawText(
            first,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title_metrics.elidedText(item.title, Qt.TextElideMode.ElideRight, first.width()),
        )

        painter.setFont(opt.font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        second = QRect(
            text_area.left(), first.bottom() + 4, text_area.width(), opt.fontMetrics.height()
        )
        painter.drawText(
            second,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            opt.fontMetrics.elidedText(
                self._details(item, check_in), Qt.TextElideMode.ElideRight, second.width()
            ),
        )
        self._paint_week(painter, opt, palette, area, slot, week)
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
        area: QRect,
        slot: int,
        week: dict[date, CheckIn],
    ) -> None:
        small = QFont(opt.font)
        small.setPointSizeF(max(6.0, opt.font.pointSizeF() * 0.8))
        small_metrics = QFontMetrics(small)
        painter.setFont(small)
        left = area.right() - slot * 7
        mark_size = max(8, slot - 6)
        for number, day in enumerate(week_of(self.today)):
            x = left + number * slot
            letter_rect = QRect(
                x, area.bottom() - small_metrics.height(), slot, small_metrics.height()
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
