"""Dates between Python (the store's) and Qt (the widgets')."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def to_qdate(day: date) -> QDate:
    """A date as Qt has it."""
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    """A Qt date as Python has it."""
    return date(value.year(), value.month(), value.day())
