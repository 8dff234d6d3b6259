"""Removing one's own prompt can be undone, and looking at today's message never needs the disk."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.content import encouragement as encouragement_texts
from desktop.store import messages, prompts
from desktop.store.errors import CannotSaveError, DiskTrouble
from desktop.ui.app.events import Events
from desktop.ui.encouragement.today import TodayPage
from desktop.ui.journal.prompt_dialog import OWN_ID_ROLE, PromptDialog

DAY = date(2026, 11, 26)


def test_a_removed_prompt_can_be_put_back(writer: Any, qtbot: Any, store: Path) -> None:
    prompts.add_prompt("What went a little better than expected?")
    dialog = PromptDialog(writer)
    qtbot.addWidget(dialog)
    mine = dialog.model.index(0, 0)
    dialog.tree.setCurrentIndex(dialog.model.index(0, 0, mine))
    assert dialog.remove_button.isEnabled()

    dialog.remove_button.click()
    assert prompts.own_prompts() == []
    assert dialog.undo_bar.isVisibleTo(dialog)

    dialog.undo_button.click()
    assert [text for _id, text in prompts.own_prompts()] == [
        "What went a little better than expected?"
    ]
    assert not dialog.undo_bar.isVisibleTo(dialog)
    assert dialog.tree.currentIndex().data(OWN_ID_ROLE) is not None
    assert dialog.chosen() == "What went a little better than expected?"


def test_todays_message_shows_even_when_the_choice_cannot_be_kept(
    qtbot: Any, store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: Any, **kwargs: Any) -> None:
        raise CannotSaveError(DiskTrouble.FULL)

    monkeypatch.setattr(messages, "_pick_and_record", full)  # the write fails
    page = TodayPage(Events(), DAY)
    qtbot.addWidget(page)

    page.refresh()

    texts = {m.text for m in encouragement_texts.library()}
    assert page.message.text() in texts
    assert page.shown is not None
    monkeypatch.undo()
    assert messages.todays_message_unrecorded(encouragement_texts.library(), DAY) is not None
    # nothing was written: a later visit (with room on the disk) makes and keeps its own choice
    kept = messages.todays_message(encouragement_texts.library(), DAY)
    assert kept is not None and kept.position == 0


def test_the_unrecorded_choice_is_the_kept_one_when_there_is_one(store: Path) -> None:
    library = encouragement_texts.library()
    kept = messages.todays_message(library, DAY)
    assert kept is not None
    assert messages.todays_message_unrecorded(library, DAY) == kept
