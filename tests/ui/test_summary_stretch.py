"""The session summary for any stretch of days, with the charts of that stretch: pictures in
the PDF (checked with poppler's pdfimages and pdftotext), a table in the Markdown file, and
private entries left out as everywhere in the summary."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog

from desktop.store import journal, plan
from desktop.store.records import EntryFields, Outcome
from desktop.ui.app.events import Events
from desktop.ui.encouragement.session_prep import CHOSEN_DAYS
from desktop.ui.encouragement.tab import SESSION_PREP, EncouragementTab
from tests.frozen import TODAY

SECRET = "PRIVATE-MARKER"


def _poppler(tool: str, *args: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed here; .ci/run installs it")
    return subprocess.run([found, *args], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def prep(qtbot: Any, store: Path) -> Any:
    walk = plan.add_item("A short walk")
    for offset in range(40, 50):
        plan.check_in(walk.id, TODAY - timedelta(days=offset), Outcome.DONE)
        journal.save_entry(
            None, EntryFields(day=TODAY - timedelta(days=offset), body="A day.", mood=4, energy=3)
        )
    journal.save_entry(
        None,
        EntryFields(day=TODAY - timedelta(days=53), title=SECRET, mood=1, private=True),
    )
    tab = EncouragementTab(Events())
    qtbot.addWidget(tab)
    tab.resize(1100, 720)
    tab.set_today(TODAY)
    tab.show_page(SESSION_PREP)
    return tab.session_page


def _choose_days(page: Any, first: date, last: date) -> None:
    page.choice.setCurrentIndex(page.choice.findData(CHOSEN_DAYS))
    assert not page.first_edit.isHidden()
    page.first_edit.setDate(QDate(first.year, first.month, first.day))
    page.last_edit.setDate(QDate(last.year, last.month, last.day))


def test_any_stretch_of_days_is_summed_up(prep: Any) -> None:
    assert "A short walk: done" not in prep.summary.toPlainText()  # not in the last two weeks
    _choose_days(prep, TODAY - timedelta(days=49), TODAY - timedelta(days=40))
    assert prep.period() == (TODAY - timedelta(days=49), TODAY - timedelta(days=40))
    assert "A short walk: done 10 times" in prep.summary.toPlainText()
    assert not prep.done_button.isEnabled()  # only the summary since the last session is kept


def test_the_charts_as_pictures_in_the_pdf_and_a_table_in_markdown(
    prep: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _choose_days(prep, TODAY - timedelta(days=55), TODAY - timedelta(days=35))
    prep.charts_box.setChecked(True)
    shown = prep.summary.toPlainText()
    assert "Looking back" in shown and SECRET not in shown
    target = tmp_path / "prep"

    def ask(_parent: Any, _title: str, _suggested: str, _filter: str) -> tuple[str, str]:
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    prep.pdf_button.click()
    prep.markdown_button.click()

    pdf = str(target.with_suffix(".pdf"))
    images = [line for line in _poppler("pdfimages", "-list", pdf).splitlines()[2:] if line]
    assert len(images) == 2  # mood and energy, each step week by week
    assert all(int(line.split()[3]) >= 1000 for line in images)  # width: sharp on paper
    text = " ".join(_poppler("pdftotext", pdf, "-").split())
    assert "Looking back" in text and "Okay" in text and SECRET not in text

    markdown = target.with_suffix(".md").read_text(encoding="utf-8")
    assert "| Week of | Mood | Energy | Steps |" in markdown
    assert "| Okay | Some | A short walk: Done" in markdown
    assert ".png" not in markdown  # no pictures the file can't hold
    assert SECRET not in markdown and "Heavy" not in markdown  # the private mood left out
