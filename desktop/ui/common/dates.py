"""Dates between Python (the store's) and Qt (the widgets')."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale


def to_qdate(day: date) -> QDate:
    """A date as Qt has it."""
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    """A Qt date as Python has it."""
    return date(value.year(), value.month(), value.day())


def first_weekday() -> int:
    """The week's first day in the person's locale, as date.weekday() counts (0 Monday, 6
    Sunday): Monday in Germany, Spain and Britain, Sunday in the United States."""
    return QLocale().firstDayOfWeek().value - 1  # (Qt counts 1 Monday ... 7 Sunday)


def week_of(day: date, first: int | None = None) -> list[date]:
    """The seven days of the week that holds day, from the locale's first day of the week (or
    first: 0 Monday ... 6 Sunday)."""
    start = first_weekday() if first is None else first
    begins = day - timedelta(days=(day.weekday() - start) % 7)
    return [begins + timedelta(days=n) for n in range(7)]
