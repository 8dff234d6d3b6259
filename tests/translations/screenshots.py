"""Each tab in German and in the pseudo-locale, light palette, with docs/screenshots.py's sample
data: docs/de-plan.png, docs/de-journal.png, docs/de-encouragement.png, docs/pseudo-plan.png, ...

python -m tests.translations.screenshots            (both)
python -m tests.translations.screenshots de         (German only; "pseudo" for the pseudo-locale)

German comes through the app's own route (desktop.ui.app.translation.install, and the built-in
texts' German files through desktop.content.set_language), dates in German (QLocale de_DE).
The pseudo-locale is built afresh from the German .ts (tests/translations/pseudo.py), its
built-in texts from the English files (pseudo.pseudo_texts).
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from tests.translations import pseudo

DOCS = pseudo.ROOT / "docs"
LANGUAGES = ("de", "pseudo")
SIZE = (1180, 760)


def samples() -> Any:
    """docs/screenshots.py, for its sample plan, journal and encouragement."""
    spec = importlib.util.spec_from_file_location("docs_screenshots", DOCS / "screenshots.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def speak(app: QApplication, language: str, folder: Path) -> list[QTranslator]:
    """Install language's translation (German, or the pseudo-locale built into folder)."""
    from desktop import content
    from desktop.ui.app import translation

    translation.remove(app)
    from desktop.content import acknowledgements, encouragement, prompts

    for cached in (
        encouragement._library,
        encouragement._helps,
        prompts._builtin_prompts,
        acknowledgements._messages,
    ):
        cached.cache_clear()  # (the texts of the language shot before)
    if language == "de":
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        content.set_language("de")
        assert translation.install(app, "de") == "de", "no German .qm (dev.py translations)"
        return []
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    # The built-in texts in the pseudo-locale too, read as a translation's files would be.
    files = pseudo.pseudo_texts(folder / "texts")
    for module in (encouragement, prompts, acknowledgements):
        module.translation_path = lambda name, _code: files.get(name)  # type: ignore[attr-defined]
    content.set_language("de")
    translator = QTranslator(app)
    assert translator.load(str(pseudo.write(folder)))
    QCoreApplication.installTranslator(translator)
    return [translator]


def shoot(app: QApplication, window: Any, name: str) -> Path:
    window.show()
    for _ in range(4):
        app.processEvents()
    target = DOCS / f"{name}.png"
    window.grab().save(str(target))
    print(target)
    return target


def shoot_language(app: QApplication, language: str, today: date) -> list[Path]:
    """The three tabs in one language, over a fresh store of sample data."""
    from desktop.store import db
    from desktop.ui.app.main_window import MainWindow
    from desktop.ui.encouragement.tab import TODAY

    sample = samples()
    shot = []
    with tempfile.TemporaryDirectory() as folder:
        installed = speak(app, language, Path(folder) / "pseudo")
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        db.open_database(Path(folder) / "data.sqlite3")
        try:
            sample.sample_plan(today)
            entry_id = sample.sample_journal(today)
            sample.sample_encouragement(today)
            window = MainWindow(Path(folder), settings)
            window.resize(*SIZE)
            window.tabs.setCurrentIndex(0)
            shot.append(shoot(app, window, f"{language}-plan"))
            window.tabs.setCurrentIndex(1)
            window.journal_tab.open_entry(entry_id)
            shot.append(shoot(app, window, f"{language}-journal"))
            window.tabs.setCurrentIndex(2)
            window.encouragement_tab.show_page(TODAY)
            shot.append(shoot(app, window, f"{language}-encouragement"))
            window.close_without_asking()
            window.close()
        finally:
            db.close_database()
            for translator in installed:
                QCoreApplication.removeTranslator(translator)
    return shot


def main(argv: list[str]) -> int:
    from desktop import clock
    from desktop.ui.common.contrast import keep_readable

    wanted = argv or list(LANGUAGES)
    if any(language not in LANGUAGES for language in wanted):
        print(f"usage: python -m tests.translations.screenshots [{' | '.join(LANGUAGES)}]")
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    keep_readable(app)
    today = date(2026, 11, 26)  # docs/screenshots.py's fixed Thursday
    clock.freeze(datetime.combine(today, time(10, 30)))
    for language in wanted:
        shoot_language(app, language, today)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
