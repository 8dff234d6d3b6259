"""The Backups list tells backups apart: two made in the same minute say their seconds, and
sizes read as people say them ("200 KB", "1.2 MB"), in the person's own way of writing
numbers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from desktop.store import files
from desktop.ui.app.backups_dialog import BackupsDialog, size_words, when_words


@pytest.fixture
def british() -> Iterator[None]:
    """Numbers and times as in en_GB, whatever this machine's own language."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        yield
    finally:
        QLocale.setDefault(before)


def _backup(db_path: Path, made_at: datetime, size: int, reason: str = "manual") -> None:
    """A backup file as the list finds it: its name says when and why, its size is its own."""
    folder = files.backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    name = f"backup-{made_at.strftime(files.BACKUP_STAMP)}-{reason}.sqlite3.gz"
    (folder / name).write_bytes(b"\0" * size)


def _rows(dialog: BackupsDialog) -> list[tuple[str, str, str]]:
    items = [dialog.list.topLevelItem(n) for n in range(dialog.list.topLevelItemCount())]
    return [(i.text(0), i.text(1), i.text(2)) for i in items if i is not None]


@pytest.mark.usefixtures("british")
def test_two_backups_in_the_same_minute_say_their_seconds(qtbot: Any, store: Path) -> None:
    _backup(store, datetime(2026, 12, 2, 0, 29, 5), 200_704, "before-restore")
    _backup(store, datetime(2026, 12, 2, 0, 29, 41), 200_704)
    _backup(store, datetime(2026, 12, 1, 9, 15, 30), 1_234_567, "daily")
    dialog = BackupsDialog(store)
    qtbot.addWidget(dialog)
    assert _rows(dialog) == [
        ("Wednesday, 2 December 2026, 00:29:41", "Made by you", "201 KB"),
        ("Wednesday, 2 December 2026, 00:29:05", "Before restoring a backup", "201 KB"),
        ("Tuesday, 1 December 2026, 09:15", "Daily", "1.2 MB"),  # alone in its minute
    ]
    assert len(set(_rows(dialog))) == 3  # no two rows read alike


@pytest.mark.usefixtures("british")
@pytest.mark.parametrize(
    ("size", "words"),
    [
        (512, "512 bytes"),
        (200_000, "200 KB"),
        (999_499, "999 KB"),
        (999_600, "1.0 MB"),  # never "1,000 KB"
        (1_234_567, "1.2 MB"),
        (12_500_000, "12.5 MB"),
        (123_456_789, "123 MB"),
        (5_000_000_000, "5.0 GB"),
    ],
)
def test_sizes_read_as_people_say_them(qapp: Any, size: int, words: str) -> None:
    assert size_words(size) == words


def test_sizes_and_seconds_follow_the_persons_language(qapp: Any) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        assert size_words(1_234_567) == "1,2 MB"
        assert size_words(1_234_567_890) == "1,2 GB"
        moment = datetime(2026, 12, 2, 0, 29, 5)
        assert when_words(moment, seconds=True) == "Mittwoch, 2. Dezember 2026, 00:29:05"
        assert when_words(moment) == "Mittwoch, 2. Dezember 2026, 00:29"
    finally:
        QLocale.setDefault(before)


@pytest.mark.parametrize(
    "language",
    [QLocale.Language.English, QLocale.Language.Japanese, QLocale.Language.Finnish],
)
def test_a_time_to_the_second_names_no_time_zone(qapp: Any, language: Any) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        moment = datetime(2026, 12, 2, 0, 29, 5)
        said = when_words(moment, seconds=True)
        stamp = QDateTime(QDate(2026, 12, 2), QTime(0, 29, 5))
        zones = {QLocale().toString(stamp, shape) for shape in ("t", "tttt")} - {""}
        assert zones and "05" in said and not any(zone in said for zone in zones), said
    finally:
        QLocale.setDefault(before)
