"""The words the screens show for the store's values, in the person's language: the one table
of words (reports/words.py) through Qt's translator, and dates in the person's way."""

from __future__ import annotations

import re
from datetime import date, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from desktop.reports.words import Words, lower_first
from desktop.ui.common.dates import to_qdate
from desktop.ui.common.i18n import translate

if TYPE_CHECKING:
    from desktop.store.encouragement_records import SafetyItem


def day_format(*, weekday: bool = False, year: bool = True) -> str:
    """The locale's own form of a date with the month as a short word and the year in full:
    "d. MMM yyyy" in German ("2. Dez. 2026"), "d MMM yyyy" in Spanish ("2 dic 2026") and
    British English, "MMM d, yyyy" in American English ("Dec 2, 2026"). Made from the locale's
    long form, without its weekday and its little words ("de"); weekday: "ddd " before it
    (German "Mi., 2. Dez. 2026"); year=False: without the year ("2. Dez.", "Dec 2")."""
    locale = QLocale()
    form = locale.dateFormat(QLocale.FormatType.LongFormat)
    form = re.sub(r"'[^']*'", " ", form)  # quoted words: Spanish "d 'de' MMMM 'de' yyyy"
    form = re.sub(r"d{3,}[,.]?", " ", form)  # the weekday and what follows it
    form = form.replace("MMMM", "MMM")
    if not year:
        form = re.sub(r"[,.]?\s*y+", " ", form)
    form = re.sub(r"\s+", " ", form).strip(" ,")
    if weekday:
        form = f"ddd{',' if locale.language() == QLocale.Language.German else ''} {form}"
    return form


def day(value: date) -> str:
    """A date in the person's language and its own form, e.g. "26 Nov 2026", "26. Nov. 2026"."""
    return QLocale().toString(to_qdate(value), day_format())


def time_of_day(value: time) -> str:
    """A time of day in the locale's short form ("14:05", "2:05 PM")."""
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


class Counts:
    """The counted texts said outside a widget: ``Counts.tr("%Ln entries", "", n)`` ("1 entry",
    "12,345 entries"), each language with its own plural forms (English's are in
    between_sessions_en.ts). lupdate reads plural forms only from a tr() call with the count, so
    module-level code calls this one (context "Counts"); "%Ln" is the count in the locale's
    digits."""

    @staticmethod
    def tr(text: str, disambiguation: str, n: int) -> str:
        return QCoreApplication.translate("Counts", text, disambiguation, n)


def count(number: int) -> str:
    """A count with the locale's thousands separator ("12,345", "12.345")."""
    return QLocale().toString(number)


def weekday(value: date, *, long: bool = False) -> str:
    """A day of the week in the person's language ("Mon" or "Monday")."""
    form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().dayName(value.isoweekday(), form)


def report_day(value: date) -> str:
    """A date as the reports write it: "Thu 26 Nov 2026" ("Do., 26. Nov. 2026")."""
    return QLocale().toString(to_qdate(value), day_format(weekday=True))


def inline(text: str) -> str:
    """A word from the tables inside a sentence, in the person's language: its first letter
    small ("done 3 times", "hecho una vez"), except in German, whose nouns keep their capital
    ("Die kleinere Version gemacht", not "die kleinere version gemacht")."""
    return text if QLocale().language() == QLocale.Language.German else lower_first(text)


# The reports' counted texts (reports/words.py: COUNTED_ENGLISH) in each language's plural forms.
COUNTED = {
    "times": lambda count: Counts.tr("%Ln times", "", count),
    "days_a_week": lambda count: Counts.tr("%Ln days a week", "", count),
}
#: The words, translated each time they are used (so a change of language shows at once).
WORDS = Words(
    tr=translate,
    day=report_day,
    count=lambda key, count: COUNTED[key](count),
    inline=inline,
)

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
