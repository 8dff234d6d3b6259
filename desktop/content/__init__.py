"""Built-in texts kept as data in resources/texts/: messages, prompts, acknowledgements, the two
"what helps" cards. Imports no Qt and reads nothing until asked.

Each text file has a translation beside it, ``<name>.<language>.json`` (``encouragement.de.json``),
keyed by the same ids and shaped the same way. The language in use is a plain code ("en", "de",
"es") that the app sets once it has installed its translator (and again on a live switch); any
text a translation lacks, or a whole missing file, falls back to English. Stored ids (favourites,
set-aside messages) are language-free, so they keep working across a switch.
"""

from __future__ import annotations

from pathlib import Path

from desktop.paths import resource_path

#: The language the built-in texts are written in, and the fallback for every other.
SOURCE_LANGUAGE = "en"
#: The languages a translation of the built-in texts ships for.
LANGUAGES: tuple[str, ...] = ("en", "de", "es")

_current = SOURCE_LANGUAGE


def normalise(code: str | None) -> str:
    """A known language code for code ("de_DE", "es-MX", "DE" → "de"/"es"); English otherwise."""
    base = (code or "").strip().replace("-", "_").split("_", 1)[0].lower()
    return base if base in LANGUAGES else SOURCE_LANGUAGE


def set_language(code: str) -> str:
    """Use code's language for the built-in texts from now on; returns the code kept."""
    global _current
    _current = normalise(code)
    return _current


def language() -> str:
    """The language the built-in texts are read in now ("en" unless the app said otherwise)."""
    return _current


def text_path(name: str, code: str) -> Path:
    """The file of the built-in texts called name ("encouragement") in the language code."""
    code = normalise(code)
    if code == SOURCE_LANGUAGE:
        return resource_path("texts", f"{name}.json")
    return resource_path("texts", f"{name}.{code}.json")


def translation_path(name: str, code: str) -> Path | None:
    """The translation file of name in code, or None for English or a language without one."""
    if normalise(code) == SOURCE_LANGUAGE:
        return None
    path = text_path(name, code)
    return path if path.is_file() else None
