"""Dates, times and counts in the locale's own form, and the week from the locale's first day
(issue 13). The forms asserted are what Qt 6.11's locale data gives."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, time, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from desktop.ui.common import labels
from desktop.ui.common.dates import first_weekday, from_qdate, to_qdate, week_of

DAY = date(2026, 12, 2)  # a Wednesday


@pytest.fixture
def in_locale() -> Iterator[Callable[[str], None]]:
    """Make a locale the default for the test (as View → Language does)."""
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(QLocale.system())


@pytest.mark.parametrize(
    ("name", "form", "shown", "with_weekday", "short"),
    [
        ("de_DE", "d. MMM yyyy", "2. Dez. 2026", "Mi., 2. Dez. 2026", "2. Dez."),
        ("es_ES", "d MMM yyyy", "2 dic 2026", "mié 2 dic 2026", "2 dic"),
        ("en_US", "MMM d, yyyy", "Dec 2, 2026", "Wed Dec 2, 2026", "Dec 2"),
        ("en_GB", "d MMM yyyy", "2 Dec 2026", "Wed 2 Dec 2026", "2 Dec"),
    ],
)
def test_a_date_in_the_locales_own_form(
    in_locale: Callable[[str], None],
    name: str,
    form: str,
    shown: str,
    with_weekday: str,
    short: str,
) -> None:
    in_locale(name)
    assert labels.day_format() == form
    assert labels.day(DAY) == shown
    assert labels.report_day(DAY) == with_weekday
    assert QLocale().toString(to_qdate(DAY), labels.day_format(year=False)) == short


@pytest.mark.parametrize(
    ("name", "shown", "counted"),
    [
        ("de_DE", "14:05", "12.345"),
        ("es_ES", "14:05", "12.345"),
        ("en_US", "2:05\u202fPM", "12,345"),
        ("en_GB", "14:05", "12,345"),
    ],
)
def test_times_and_counts_in_the_locales_form(
    in_locale: Callable[[str], None], name: str, shown: str, counted: str
) -> None:
    in_locale(name)
    assert labels.time_of_day(time(14, 5)) == shown
    assert labels.count(12345) == counted


@pytest.mark.parametrize(
    ("name", "first"), [("en_US", 6), ("de_DE", 0), ("es_ES", 0), ("en_GB", 0)]
)
def test_the_week_starts_on_the_locales_first_day(
    in_locale: Callable[[str], None], name: str, first: int
) -> None:
    in_locale(name)
    assert first_weekday() == first
    days = week_of(DAY)
    assert days[0].weekday() == first
    assert days[0] <= DAY <= days[-1]
    assert days == [days[0] + timedelta(days=n) for n in range(7)]
    assert week_of(days[0]) == days == week_of(days[-1])


def test_an_american_week_runs_sunday_to_saturday(in_locale: Callable[[str], None]) -> None:
    in_locale("en_US")
    sunday = date(2026, 11, 29)
    assert week_of(DAY) == [sunday + timedelta(days=n) for n in range(7)]
    in_locale("de_DE")
    assert week_of(DAY)[0] == date(2026, 11, 30) and week_of(DAY)[-1] == date(2026, 12, 6)
    assert week_of(DAY, first=6)[0] == date(2026, 11, 29)  # (asked for: whatever the locale)


@pytest.mark.parametrize(("name", "first"), [("en_US", 6), ("de_DE", 0)])
def test_the_plans_week_view_and_date_field_follow_the_locale(
    in_locale: Callable[[str], None], qtbot: Any, name: str, first: int
) -> None:
    in_locale(name)
    from desktop.ui.plan.week_view import WeekView

    view = WeekView()
    qtbot.addWidget(view)
    today = date(2026, 11, 26)  # a Thursday
    view.show_week(today, {}, today)
    assert [cell.day for cell in view.cells] == view.days()
    assert view.cells[0].day.weekday() == first
    long_name = QLocale().dayName(view.cells[0].day.isoweekday())
    assert view.cells[0].accessibleName().startswith(long_name)


def test_a_date_field_shows_the_locales_form(in_locale: Callable[[str], None], qtbot: Any) -> None:
    in_locale("de_DE")
    from PySide6.QtWidgets import QDateEdit

    edit = QDateEdit()
    qtbot.addWidget(edit)
    edit.setDisplayFormat(labels.day_format())
    edit.setDate(to_qdate(DAY))
    assert edit.text() == "2. Dez. 2026"
    assert from_qdate(edit.date()) == DAY
