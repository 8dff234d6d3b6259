"""The Help menu's two boxes: where to turn in a crisis, and what the app is (and is not)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import APP_NAME, version
from desktop.store import safety
from desktop.ui.common import labels


def crisis_contacts_text() -> str:
    """The person's own crisis contacts as lines for the crisis help, or '' if none."""
    contacts = safety.crisis_contacts()
    if not contacts:
        return ""
    lines = [QCoreApplication.translate("Help", "Your own contacts, from your safety plan:")]
    lines += [f"• {labels.safety_text(item)}" for item in contacts]
    return "\n".join(lines)


def show_crisis_help(parent: QWidget, open_safety_plan: Callable[[], None] | None) -> None:
    """Where to turn in a crisis, the person's own contacts first; never fails to open.
    open_safety_plan None (the journal is locked): the generic help only, nothing of theirs."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("Help", "If you're in crisis"))
    box.setText(QCoreApplication.translate("Help", "This app is not emergency help."))
    help_text = QCoreApplication.translate(
        "Help",
        "If you are in danger or thinking about harming yourself, please reach out "
        "now:\n\n"
        "• Call your local emergency number.\n"
        "• Contact a crisis line in your country; they are there to listen, day and "
        "night.\n"
        "• Get in touch with your therapist, your doctor, or someone you trust.\n\n"
        "You deserve support, and you don't have to get through this alone.",
    )
    # The person's own contacts first: in a crisis, their own numbers are the ones to call.
    own = ""
    try:
        if open_safety_plan is not None:
            own = crisis_contacts_text()
    except Exception:  # whatever is wrong with the data, help must still open
        own = ""
    box.setInformativeText(f"{own}\n\n{help_text}" if own else help_text)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    open_plan = None
    if open_safety_plan is not None:
        open_plan = box.addButton(
            QCoreApplication.translate("Help", "Open my safety plan"),
            QMessageBox.ButtonRole.ActionRole,
        )
    box.exec()
    if open_safety_plan is not None and box.clickedButton() is open_plan:
        open_safety_plan()


def show_about(parent: QWidget) -> None:
    """The About box: what the app is, and what it is not."""
    QMessageBox.about(
        parent,
        QCoreApplication.translate("Help", "About %1").replace("%1", APP_NAME),
        QCoreApplication.translate(
            "Help",
            "<h3>%1 %2</h3>"
            "<p>A private companion for the days between therapy sessions: your action "
            "plan, a reflection journal, and some encouragement.</p>"
            "<p>Everything stays in one file on this computer. Nothing is sent anywhere.</p>"
            "<p>This app is not a therapist and not emergency help.</p>",
        )
        .replace("%1", APP_NAME)
        .replace("%2", version()),
    )
