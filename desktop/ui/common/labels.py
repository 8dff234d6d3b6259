"""The words the screens show for the store's values, in the person's language: the one table
of words (reports/words.py) through Qt's translator, and dates in the person's way."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from desktop.reports.words import Words
from desktop.ui.common.dates import to_qdate
from desktop.ui.common.i18n import translate

if TYPE_CHECKING:
    from desktop.store.encouragement_records import SafetyItem


def day(value: date) -> str:
    """A date in the person's language, e.g. "26 Nov 2026"."""
    return QLocale().toString(to_qdate(value), "d MMM yyyy")


def weekday(value: date, *, long: bool = False) -> str:
    """A day of the week in the person's language ("Mon" or "Monday")."""
    form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().dayName(value.isoweekday(), form)


def report_day(value: date) -> str:
    """A date as the reports write it: "Thu 26 Nov 2026"."""
    return f"{weekday(value)} {day(value)}"


#: The words, translated each time they are used (so a change of language shows at once).
WORDS = Words(tr=translate, day=report_day)

outcome = WORDS.outcome
outcome_short = WORDS.outcome_short
reason = WORDS.reason
kind = WORDS.kind
rhythm_choice = WORDS.rhythm_choice
rhythm = WORDS.rhythm
status = WORDS.status
adjustment = WORDS.adjustment
mood = WORDS.mood
energy = WORDS.energy
bring_to_session_flag = WORDS.bring_to_session
private_flag = WORDS.private
note_kind = WORDS.note_kind
note_source = WORDS.note_source
session_rhythm = WORDS.session_rhythm
safety_section = WORDS.safety_section
safety_section_hint = WORDS.safety_hint


def safety_text(item: SafetyItem) -> str:
    """One line of the safety plan as shown: a contact with its number and note."""
    return " · ".join(part for part in (item.text, item.number, item.note) if part)
