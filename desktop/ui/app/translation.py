"""The app's words in the person's language: our translations and Qt's own (dialog buttons).

``install(app, language)`` loads ``between_sessions_<lang>.qm`` and Qt's ``qtbase_<lang>.qm``
for QLocale() (or the language given), in place of those loaded before, and returns the
language in use. English is the source language: its file holds only its plural forms ("1
entry", "%Ln entries"); without it a count reads "1 entries", nothing worse.

Where the .qm files come from: an installed wheel and the frozen bundle carry them in
resources/translations/ (hatch_build.py, packaging/build.py). A checkout has only the .ts
files: they are built at first need (and again when a .ts is newer) into build/translations/
by packaging/translations.py. When that can't be done (a read-only checkout, no lrelease) the
app speaks English; it never stops for it.
"""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.paths import resources_dir

#: The languages the app speaks; the first is the source language.
LANGUAGES = ("en", "de", "es")
PREFIX = "between_sessions_"
CHECKOUT = Path(__file__).resolve().parents[3]
CACHE = CHECKOUT / "build" / "translations"

_log = logging.getLogger(__name__)
#: The translators installed now (kept alive here: Qt doesn't own them).
_installed: list[QTranslator] = []


def language_of(locale: QLocale | None = None) -> str:
    """The language of a locale (QLocale(): the default one) if the app speaks it, else "en"."""
    code = (locale or QLocale()).name().split("_")[0]
    return code if code in LANGUAGES else "en"


def _built(folder: Path, ts: Path) -> Path:
    return folder / f"{ts.stem}.qm"


def _build_in_checkout(translations: Path) -> Path | None:
    """The checkout's .qm folder, built now if a .ts is newer than its .qm; None if it can't be."""
    sources = sorted(translations.glob(f"{PREFIX}*.ts"))
    script = CHECKOUT / "packaging" / "translations.py"
    if not sources or not script.is_file():
        return None

    def fresh() -> bool:
        return all(
            _built(CACHE, ts).is_file() and _built(CACHE, ts).stat().st_mtime >= ts.stat().st_mtime
            for ts in sources
        )

    if fresh():
        return CACHE
    try:
        spec = importlib.util.spec_from_file_location("_between_sessions_translations", script)
        assert spec is not None and spec.loader is not None
        pipeline = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(pipeline)
        CACHE.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=CACHE) as scratch:  # whole files only, never half
            for qm in pipeline.release(Path(scratch), sources):
                os.replace(qm, CACHE / qm.name)
    except (Exception, SystemExit) as error:  # English then, never a crash
        _log.info("translations not built (%s): the app speaks English", error)
        return None
    return CACHE if fresh() else None


def ours_folder() -> Path | None:
    """Where our .qm files are: beside the .ts (wheel, bundle) or built for a checkout."""
    try:
        translations = resources_dir() / "translations"
    except FileNotFoundError:
        return None
    if any(translations.glob(f"{PREFIX}*.qm")):
        return translations
    return _build_in_checkout(translations)


def qt_folders() -> list[Path]:
    """Where Qt's own translations may be: Qt's own folder, then the bundle's copy of it."""
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders += [Path(bundle) / "PySide6" / "Qt" / "translations"]
        folders += [Path(bundle) / "PySide6" / "translations"]
    return folders


def _load(name: str, folders: list[Path]) -> QTranslator | None:
    for folder in folders:
        translator = QTranslator()
        if (folder / f"{name}.qm").is_file() and translator.load(name, str(folder)):
            return translator
    return None


def remove(app: QCoreApplication) -> None:
    """Take out the translators installed before: the app speaks English again."""
    while _installed:
        app.removeTranslator(_installed.pop())


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Our translation and Qt's own for a language (None: QLocale()'s), in place of those
    installed before; returns the language now in use ("en" when there is no file for it)."""
    wanted = language if language is not None else language_of()
    remove(app)
    english = LANGUAGES[0]
    if wanted not in LANGUAGES:
        wanted = english
    ours = ours_folder()
    translator = _load(f"{PREFIX}{wanted}", [ours]) if ours else None
    if translator is None and wanted != english:
        return install(app, english)
    qt = None if wanted == english else _load(f"qtbase_{wanted}", qt_folders())
    found = [each for each in (translator, qt) if each is not None]
    for each in found:
        with contextlib.suppress(RuntimeError):
            app.installTranslator(each)
            _installed.append(each)
    return wanted
