"""The screens the screen-reader audit (audit.py) goes through, and how a person opens each.

A screen's steps, in order: ("tab", name) a page tab of the main window, pressed; ("page",
name) an Encouragement page, chosen in its list with the arrow keys; ("press", name) a button,
pressed as a screen reader presses it; ("focus", name) a control given the keyboard; ("keys",
"alt+h c") keys pressed, as xdotool names them; ("type", words) words typed into the dialog
the steps opened.
"dialog": the screen is the window the steps open (closed again with Escape); otherwise it is
the main window as the steps leave it, and "every_tab" goes through each of its tabs.

Left out: the export, import and print dialogs (Qt's own QFileDialog and QPrintDialog).
"""

from __future__ import annotations

from typing import Any

PLAN, JOURNAL, ENCOURAGEMENT = "Action plan", "Journal", "Encouragement"
PAGES = ("Today", "Small wins", "Looking back", "Session prep", "Safety plan")


def _pages() -> list[dict[str, Any]]:
    return [
        {"name": f"Encouragement: {page}", "steps": [("tab", ENCOURAGEMENT), ("page", page)]}
        for page in PAGES
    ]


def _dialog(name: str, *steps: tuple[str, str]) -> dict[str, Any]:
    return {"name": name, "steps": list(steps), "dialog": True}


#: Both data sets share these: the boxes of the Help and File menus (mnemonics, as typed).
_MENU_BOXES = [
    _dialog("Help: If you're in crisis", ("keys", "alt+h c")),
    _dialog("Help: About", ("keys", "alt+h a")),
    _dialog("File: Backups", ("keys", "alt+f k")),
    _dialog("File: Protect with a passphrase", ("keys", "alt+f p")),
    _dialog("File: Reminder", ("keys", "alt+f r")),
]

#: The first of the sample notes and the first line of the sample safety plan, chosen with
#: the keyboard (Edit…, Delete… and Remove… ask for one).
_NOTE = [("page", "Today"), ("focus", "Your own notes"), ("keys", "Home")]
_SAFETY_LINE = [("page", "Safety plan"), ("focus", "Your safety plan"), ("keys", "Down Down")]

SCREENS: dict[str, list[dict[str, Any]]] = {
    # A protected journal before it is unlocked: the unlock screen, and its crisis help.
    "locked": [
        {"name": "Unlock screen"},
        _dialog("Unlock screen: If you're in crisis", ("press", "If you're in crisis")),
        _dialog("Help: If you're in crisis, while locked", ("keys", "alt+h c")),
    ],
    # A first start: nothing stored yet.
    "empty": [
        {"name": "Main window, empty", "every_tab": True},
        *_pages(),
        _dialog("Plan item: add", ("tab", PLAN), ("press", "Add your first plan item")),
        _dialog("Journal: prompt picker", ("tab", JOURNAL), ("press", "Start from a prompt…")),
        {"name": "Journal: a thought record begun", "steps": [("press", "Add a thought record")]},
        _dialog("Note: add", ("tab", ENCOURAGEMENT), ("page", "Today"), ("press", "Add a note…")),
        _dialog("Kept messages", ("page", "Today"), ("press", "Kept messages…")),
        _dialog("Safety plan: add a line", ("page", "Safety plan"), ("press", "Add…")),
        _dialog("Session: schedule", ("page", "Session prep"), ("press", "Set the date…")),
        _dialog(
            "Session: mark as done", ("page", "Session prep"), ("press", "Mark session as done…")
        ),
        *_MENU_BOXES,
    ],
    # docs/screenshots.py's sample plan, journal and encouragement (tests/a11y/fill.py).
    "sample": [
        {"name": "Main window, with data", "every_tab": True},
        *_pages(),
        _dialog("Plan item: add", ("tab", PLAN), ("keys", "ctrl+n")),
        _dialog("Plan item: edit", ("tab", PLAN), ("press", "Edit…")),
        _dialog("Plan item: adjust", ("press", "Adjust…")),
        _dialog("Plan item: retire", ("press", "Retire…")),
        _dialog(
            "Plan item: discard what was typed?",
            ("keys", "ctrl+n"),
            ("type", "A walk"),
            ("keys", "Escape"),
        ),
        {  # the newest entry, which has one
            "name": "Journal: an entry with a thought record",
            "steps": [("tab", JOURNAL), ("focus", "Journal entries"), ("keys", "Home")],
        },
        {"name": "Journal: filters shown", "steps": [("press", "Show filters")]},
        {
            "name": "Journal: the calendar shown",
            "steps": [("tab", JOURNAL), ("press", "Show the calendar")],
        },
        _dialog("Journal: prompt picker", ("press", "From a prompt…")),
        _dialog(
            "Journal: your own prompt", ("press", "From a prompt…"), ("press", "Add your own…")
        ),
        _dialog("Note: add", ("tab", ENCOURAGEMENT), ("page", "Today"), ("press", "Add a note…")),
        _dialog("Note: edit", *_NOTE, ("press", "Edit…")),
        _dialog("Note: delete", *_NOTE, ("press", "Delete…")),
        _dialog("Kept messages", ("page", "Today"), ("press", "Kept messages…")),
        _dialog("Safety plan: add a line", ("page", "Safety plan"), ("press", "Add…")),
        _dialog("Safety plan: edit a line", *_SAFETY_LINE, ("press", "Edit…")),
        _dialog("Safety plan: remove a line", *_SAFETY_LINE, ("press", "Remove…")),
        _dialog("Session: schedule", ("page", "Session prep"), ("press", "Set the date…")),
        _dialog(
            "Session: mark as done", ("page", "Session prep"), ("press", "Mark session as done…")
        ),
        *_MENU_BOXES,
        _dialog("File: Backups: restore?", ("keys", "alt+f k"), ("press", "Restore this backup…")),
        {  # the entry chosen (the newest) goes to the trash, and can be taken out again
            "name": "Journal: an entry in the trash",
            "steps": [("tab", JOURNAL), ("press", "Move to trash")],
        },
    ],
}
