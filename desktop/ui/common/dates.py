"""Dates between Python (the store's) and Qt (the widgets')."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate


def to_qdate(day: date) -> QDate:
    """A date as Qt has it."""
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    """A Qt date as Python has it."""
    return date(value.year(), value.month(), value.day())


def week_of(day: date) -> list[date]:
    """The seven days, Monday first, of the week that holds day."""
    monday = day - timedelta(days=day.weekday())
    return [monday + timedelta(days=n) for n in range(7)]
