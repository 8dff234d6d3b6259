"""The built-in texts in every language: the same ids, the same placeholders, the English limits,
no words of judgement, and English wherever a translation lacks a text or a whole file."""

from __future__ import annotations

import configparser
import importlib.util
import json
import re
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

import desktop.content as content
from desktop.content import acknowledgements as ack
from desktop.content import encouragement as enc
from desktop.content import prompts as prm
from desktop.paths import resource_path
from desktop.store.records import Outcome

TRANSLATED = tuple(code for code in content.LANGUAGES if code != content.SOURCE_LANGUAGE)
NAMES = ("encouragement", "prompts", "acknowledgements", "helps")
#: The limits the English texts keep (tests/test_prompts_data.py, test_acknowledgements.py).
PROMPT_MAX = 140
ACKNOWLEDGEMENT_MAX = 160
#: Words that read as judgement, per language (matched at a word's start, case-insensitive).
SHAME_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("failed", "failure", "missed", "streak", "should have", "lazy"),
    "de": (
        "versagt",
        "versagen",
        "gescheitert",
        "scheiter",
        "misserfolg",
        "verpasst",
        "versäumt",
        "solltest",
        "hättest",
        "faul",
        "serie",
    ),
    "es": (
        "fallaste",
        "fallado",
        "fallo",
        "fracas",
        "perdiste",
        "deberías",
        "debiste",
        "hubieras debido",
        "flojo",
        "vago",
        "racha",
    ),
}
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%(?:\d+|n|s|d|L\d+)")


def _english(name: str) -> Path:
    return resource_path("texts", f"{name}.json")


def _translation(name: str, code: str) -> Path:
    return resource_path("texts", f"{name}.{code}.json")


def texts_by_id(name: str, path: Path) -> dict[str, str]:
    """Every text of a file under a language-free id ("general-no-grade", "tried/none/2")."""
    data = json.loads(path.read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    if name == "encouragement":
        for group, entries in data["groups"].items():
            for entry in entries:
                found[f"{group}/{entry['id']}"] = entry["text"]
    elif name == "prompts":
        for group in data["groups"]:
            found[f"{group['id']}/title"] = group["title"]
            for n, prompt in enumerate(group["prompts"]):
                found[f"{group['id']}/{n}"] = prompt
    elif name == "acknowledgements":
        for outcome, groups in data["messages"].items():
            for group, texts in groups.items():
                for n, text in enumerate(texts):
                    found[f"{outcome}/{group}/{n}"] = text
    else:
        for card in ("helps", "doesnt_help"):
            found[f"{card}/title"] = data[card]["title"]
            for n, item in enumerate(data[card]["items"]):
                found[f"{card}/{n}/title"] = item["title"]
                found[f"{card}/{n}/text"] = item["text"]
    return found


def _limit(name: str, key: str) -> int:
    if name == "prompts":
        return PROMPT_MAX
    if name == "acknowledgements":
        return ACKNOWLEDGEMENT_MAX
    return enc.MESSAGE_MAX


@pytest.fixture(autouse=True)
def _fresh_caches() -> Iterator[None]:
    """Every test reads the files afresh and leaves the language as it found it."""
    before = content.language()
    caches = (enc._library, enc._helps, ack._messages, prm._builtin_prompts)
    for cached in caches:
        cached.cache_clear()
    yield
    content.set_language(before)
    for cached in caches:
        cached.cache_clear()


@pytest.mark.parametrize("code", TRANSLATED)
@pytest.mark.parametrize("name", NAMES)
def test_every_language_has_every_english_id_and_no_other(name: str, code: str) -> None:
    english = texts_by_id(name, _english(name))
    translated = texts_by_id(name, _translation(name, code))
    assert sorted(set(english) - set(translated)) == [], "missing"
    assert sorted(set(translated) - set(english)) == [], "not in the English"
    assert list(translated) == list(english), "the order differs from the English"


@pytest.mark.parametrize("code", TRANSLATED)
@pytest.mark.parametrize("name", NAMES)
def test_every_text_is_translated_with_the_same_placeholders(name: str, code: str) -> None:
    english = texts_by_id(name, _english(name))
    translated = texts_by_id(name, _translation(name, code))
    for key, text in translated.items():
        assert text.strip(), key
        assert text == text.strip(), key
        assert text != english[key], f"{key} is still English"
        assert Counter(PLACEHOLDER.findall(text)) == Counter(PLACEHOLDER.findall(english[key])), key


@pytest.mark.parametrize("code", content.LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_no_text_is_over_the_english_limits_or_judges(name: str, code: str) -> None:
    path = _english(name) if code == content.SOURCE_LANGUAGE else _translation(name, code)
    for key, text in texts_by_id(name, path).items():
        assert len(text) < _limit(name, key), f"{key}: {len(text)} characters"
        assert "!" not in text and "¡" not in text, key
        lowered = text.lower()
        for word in SHAME_WORDS[code]:
            assert not re.search(rf"\b{re.escape(word)}", lowered), f"{word!r} in {key}: {text!r}"


@pytest.mark.parametrize("name", NAMES)
def test_german_says_du_and_spanish_says_tu(name: str) -> None:
    for key, text in texts_by_id(name, _translation(name, "de")).items():
        assert not re.search(r"\b(Ihnen|Ihre[mnrs]?|Ihr)\b|[a-zäöüß,] Sie\b", text), key
    for key, text in texts_by_id(name, _translation(name, "es")).items():
        assert not re.search(r"\busted(es)?\b", text.lower()), key


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_file_passes_the_loaders_own_checks(code: str) -> None:
    assert len(enc.load_library(_translation("encouragement", code))) == len(enc.library("en"))
    enc.load_helps(_translation("helps", code))
    ack.load_messages(_translation("acknowledgements", code))
    assert len(prm.load_prompts(_translation("prompts", code))) == len(prm.builtin_prompts("en"))


@pytest.mark.parametrize("code", TRANSLATED)
def test_loaders_read_the_language_in_use(code: str) -> None:
    english = enc.library("en")
    content.set_language(code)
    assert content.language() == code
    translated = enc.library()
    assert [m.key for m in translated] == [m.key for m in english]
    assert [m.group for m in translated] == [m.group for m in english]
    assert translated[0].text != english[0].text
    assert enc.helps()[0].title != enc.helps("en")[0].title
    assert prm.builtin_prompts()[0].title != prm.builtin_prompts("en")[0].title
    assert [g.id for g in prm.builtin_prompts()] == [g.id for g in prm.builtin_prompts("en")]
    assert (
        ack.acknowledgement(Outcome.NOT_TODAY, seed="x") in ack.messages(code)["not_today"]["none"]
    )


def test_a_stored_id_finds_its_message_in_every_language() -> None:
    """Favourites and set-aside messages are kept by id, so a switch keeps them."""
    key = enc.library("en")[3].key
    texts = set()
    for code in content.LANGUAGES:
        content.set_language(code)
        found = enc.message_by_key(key)
        assert found is not None and found.key == key
        texts.add(found.text)
    assert len(texts) == len(content.LANGUAGES)


@pytest.mark.parametrize(
    ("given", "kept"),
    [("de", "de"), ("de_DE", "de"), ("es-MX", "es"), ("ES", "es"), ("fr", "en"), ("", "en")],
)
def test_language_codes_are_normalised(given: str, kept: str) -> None:
    assert content.set_language(given) == kept
    assert content.language() == kept


@pytest.fixture
def texts_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A resources/texts folder with the English files only; the loaders read from it."""
    folder = tmp_path / "texts"
    folder.mkdir()
    for name in NAMES:
        shutil.copy(_english(name), folder / f"{name}.json")
    monkeypatch.setattr(content, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    return folder


def test_a_missing_file_falls_back_to_english(texts_dir: Path) -> None:
    assert not list(texts_dir.glob("*.de.json"))
    assert enc.library("de") == enc.library("en")
    assert enc.helps("de") == enc.helps("en")
    assert ack.messages("de") == ack.messages("en")
    assert prm.builtin_prompts("de") == prm.builtin_prompts("en")


def test_a_missing_id_falls_back_to_english(texts_dir: Path) -> None:
    data = json.loads(_translation("encouragement", "de").read_text(encoding="utf-8"))
    dropped = data["groups"]["general"].pop(0)["id"]
    (texts_dir / "encouragement.de.json").write_text(json.dumps(data), encoding="utf-8")
    acks = json.loads(_translation("acknowledgements", "de").read_text(encoding="utf-8"))
    del acks["messages"]["tried"]["too_big"]
    (texts_dir / "acknowledgements.de.json").write_text(json.dumps(acks), encoding="utf-8")
    prompts = json.loads(_translation("prompts", "de").read_text(encoding="utf-8"))
    prompts["groups"] = prompts["groups"][1:]
    prompts["groups"][0]["prompts"] = prompts["groups"][0]["prompts"][:-1]
    (texts_dir / "prompts.de.json").write_text(json.dumps(prompts), encoding="utf-8")
    helps = json.loads(_translation("helps", "de").read_text(encoding="utf-8"))
    helps["doesnt_help"]["items"] = helps["doesnt_help"]["items"][:1]
    (texts_dir / "helps.de.json").write_text(json.dumps(helps), encoding="utf-8")

    english, german = enc.library("en"), enc.library("de")
    assert [m.key for m in german] == [m.key for m in english]
    assert enc.message_by_key(dropped, "de") == enc.message_by_key(dropped, "en")
    assert german[1].text != english[1].text
    assert ack.messages("de")["tried"]["too_big"] == ack.messages("en")["tried"]["too_big"]
    assert ack.messages("de")["tried"]["none"] != ack.messages("en")["tried"]["none"]
    de_prompts, en_prompts = prm.builtin_prompts("de"), prm.builtin_prompts("en")
    assert de_prompts[0] == en_prompts[0]
    assert de_prompts[1].title != en_prompts[1].title
    assert de_prompts[1].prompts[-1] == en_prompts[1].prompts[-1]
    assert de_prompts[1].prompts[0] != en_prompts[1].prompts[0]
    de_card, en_card = enc.helps("de")[1], enc.helps("en")[1]
    assert de_card.items[0] != en_card.items[0]
    assert de_card.items[1:] == en_card.items[1:]


def test_an_unreadable_translation_falls_back_to_english(texts_dir: Path) -> None:
    for name in NAMES:
        (texts_dir / f"{name}.es.json").write_text("{not json", encoding="utf-8")
    assert enc.library("es") == enc.library("en")
    assert enc.helps("es") == enc.helps("en")
    assert ack.messages("es") == ack.messages("en")
    assert prm.builtin_prompts("es") == prm.builtin_prompts("en")


def test_the_debs_desktop_entry_is_named_and_described_in_every_language() -> None:
    script = Path(__file__).resolve().parents[1] / "packaging" / "build.py"
    spec = importlib.util.spec_from_file_location("packaging_build", script)
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(build.desktop_entry())
    entry = parser["Desktop Entry"]
    for code in TRANSLATED:
        assert entry[f"Name[{code}]"] == entry["Name"] == "Between Sessions"
        for key in ("GenericName", "Comment", "Keywords"):
            assert entry[f"{key}[{code}]"] not in ("", entry[key]), (key, code)
        for word in SHAME_WORDS[code]:
            assert word not in entry[f"Comment[{code}]"].lower()


def test_the_windows_installer_has_each_of_its_texts_in_every_language() -> None:
    script = Path(__file__).resolve().parents[1] / "packaging" / "windows" / "installer.nsi"
    text = script.read_text(encoding="utf-8")
    nsis_names = {"en": "English", "de": "German", "es": "Spanish"}
    for code in content.LANGUAGES:
        assert f'!insertmacro MUI_LANGUAGE "{nsis_names[code]}"' in text
    defined: dict[str, set[str]] = {}
    for name, language in re.findall(r"^LangString (\w+) \$\{LANG_(\w+)\}", text, re.M):
        defined.setdefault(name, set()).add(language)
    used = set(re.findall(r"\$\((\w+)\)", text))
    assert used and used == set(defined)
    for name, languages in defined.items():
        assert languages == {"ENGLISH", "GERMAN", "SPANISH"}, name
    translated = "\n".join(
        re.findall(r"^LangString \w+ \$\{LANG_(?:GERMAN|SPANISH)\}.*", text, re.M)
    )
    assert not re.search(r"\b(Sie|Ihr|usted)\b", translated)  # NSIS's own pages say Sie/usted
