"""The real German and Spanish, end to end (issue 13's "done when"):

- started with LANG=de_DE.UTF-8 (es_ES.UTF-8) and nothing chosen, the app speaks the system's
  language: its menus and tabs, Qt's own dialog buttons, its dates and its built-in texts;
- the session summary's PDF comes out in the chosen language (read back with pdftotext);
- counts take each language's plural forms ("1 entry", "12.345 Einträge").

These use the committed .ts files through the app's own route (translation.install builds the
.qm files at first need), unlike test_language_switch.py's small made-up translation.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop import content
from desktop.reports.words import COUNTED_ENGLISH, english_count
from desktop.store import journal, plan
from desktop.store.records import EntryFields, Outcome, Reason
from desktop.ui.app import import_words, language, translation
from desktop.ui.app.events import Events
from desktop.ui.common import labels
from desktop.ui.encouragement import looking_back_charts
from desktop.ui.encouragement.tab import SESSION_PREP, EncouragementTab
from tests.frozen import TODAY

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))

import translations  # noqa: E402  (packaging/translations.py)

pytestmark = pytest.mark.skipif(
    translations.tool("lrelease") is None, reason="pyside6-lrelease not installed"
)

# What a fresh start prints: the language in use, its menus, tabs, Qt's Cancel, a date, and a
# built-in text (the first "what helps" card's title) - all through the app's own start path.
START = """
import json, sys
from datetime import date
from pathlib import Path
from PySide6.QtWidgets import QApplication, QDialogButtonBox
app = QApplication([])
from desktop.ui.app import language
in_use = language.apply(app, language.chosen())
from desktop.ui.app.main_window import MainWindow
from desktop.ui.common import labels
from desktop.content import encouragement
window = MainWindow(Path(sys.argv[1]), data_open=False)
box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
print(json.dumps({
    "in_use": in_use,
    "menus": [action.text() for action in window.menuBar().actions()],
    "tabs": [window.tabs.tabText(i) for i in range(window.tabs.count())],
    "cancel": box.button(QDialogButtonBox.StandardButton.Cancel).text(),
    "day": labels.day(date(2026, 12, 2)),
    "helps": encouragement.helps()[0].title,
    "english_helps": encouragement.helps("en")[0].title,
}))
"""

EXPECTED = {
    "de_DE.UTF-8": {
        "in_use": "de",
        "menus": ["&Datei", "&Ansicht", "&Hilfe"],
        "tabs": ["Aktionsplan", "Tagebuch", "Ermutigung"],
        "cancel": "Abbrechen",
        "day": "2. Dez. 2026",
    },
    "es_ES.UTF-8": {
        "in_use": "es",
        "menus": ["&Archivo", "&Ver", "Ay&uda"],
        "tabs": ["Plan de acción", "Diario", "Ánimo"],
        "cancel": "Cancelar",
        "day": "2 dic 2026",
    },
}


@pytest.mark.parametrize("lang", sorted(EXPECTED))
def test_the_system_language_is_spoken_from_the_start(lang: str, tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("LC_") and key not in ("LANG", "LANGUAGE")
    }
    env |= {
        "LANG": lang,
        "LC_ALL": lang,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),  # no language chosen before: settings of its own
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHONPATH": str(REPO),
    }
    (tmp_path / "data").mkdir()
    run = subprocess.run(
        [sys.executable, "-c", START, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
        check=True,
    )
    said = json.loads(run.stdout.strip().splitlines()[-1])
    helps, english_helps = said.pop("helps"), said.pop("english_helps")
    assert said == EXPECTED[lang]
    assert helps and helps != english_helps  # the built-in texts in the language too


@pytest.fixture
def in_language(qapp: QApplication) -> Iterator[Any]:
    """Speak a language the way View -> Language does; English again afterwards."""
    before = QLocale()

    def speak(code: str) -> None:
        assert language.apply(qapp, code) == code

    yield speak
    translation.install(qapp, "en")
    content.set_language("en")
    QLocale.setDefault(before)


def _pdftotext(pdf: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed here; .ci/run installs it")
    out = subprocess.run([tool, str(pdf), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


SUMMARY_WORDS = {
    "de": ["Sitzungsvorbereitung", "Der Plan", "Kleine Erfolge", "Rückblick", "Was im Weg stand"],
    "es": ["Preparar la sesión", "El plan", "Pequeños logros", "Mirar atrás"],
}
ENGLISH_WORDS = ["Session prep", "The plan", "Small wins", "Looking back", "What got in the way"]


@pytest.mark.parametrize("code", sorted(SUMMARY_WORDS))
def test_the_session_summary_pdf_is_in_the_chosen_language(
    code: str, in_language: Any, qtbot: Any, store: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    walk = plan.add_item("Ein kurzer Spaziergang")
    for offset in range(1, 6):
        day = TODAY - timedelta(days=offset)
        outcome = Outcome.DONE if offset % 2 else Outcome.NOT_TODAY
        plan.check_in(walk.id, day, outcome, reasons=[Reason.OVERLOAD])
        journal.save_entry(None, EntryFields(day=day, body="Ein Tag.", mood=4, energy=3))
    in_language(code)
    tab = EncouragementTab(Events())
    qtbot.addWidget(tab)
    tab.set_today(TODAY)
    tab.show_page(SESSION_PREP)
    page = tab.session_page
    page.charts_box.setChecked(True)
    target = tmp_path / "summary"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(target), ""))
    )
    page.pdf_button.click()

    text = _pdftotext(target.with_suffix(".pdf"))
    missing = [words for words in SUMMARY_WORDS[code] if words not in text]
    assert missing == [], text
    english = [words for words in ENGLISH_WORDS if words in text]
    assert english == [], text


@pytest.mark.parametrize(
    ("code", "one", "many", "times"),
    [
        ("en", "1 entry", "12,345 entries", "once"),
        ("de", "1 Eintrag", "12.345 Einträge", "einmal"),
        ("es", "1 entrada", "12.345 entradas", "una vez"),
    ],
)
def test_counts_take_the_language_s_plural_forms(
    code: str, one: str, many: str, times: str, in_language: Any, store: Path
) -> None:
    # (store: an earlier test's window, closed but not gone, follows the switch from its data)
    in_language(code)
    assert import_words.entries(1) == one
    assert import_words.entries(12345) == many  # in the locale's digits
    assert looking_back_charts.times(1) == times
    assert looking_back_charts.times(3).startswith("3")


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("en", "did the smaller version"),
        ("de", "Die kleinere Version gemacht"),  # (German nouns keep their capital)
        ("es", "hice la versión pequeña"),
    ],
)
def test_a_word_inside_a_sentence_follows_the_language(
    code: str, said: str, in_language: Any, store: Path
) -> None:
    in_language(code)
    assert labels.WORDS.inline(labels.outcome(Outcome.SMALLER)) == said


def test_the_command_line_counts_in_english_as_the_app_does(qapp: QApplication) -> None:
    """reports/words.py keeps English's forms for the command line (no Qt there); the app's
    come from between_sessions_en.ts: the same words."""
    translation.install(qapp, "en")
    assert set(labels.COUNTED) == set(COUNTED_ENGLISH)
    for key in COUNTED_ENGLISH:
        for count in (1, 2, 7):
            assert labels.COUNTED[key](count) == english_count(key, count), (key, count)
