"""The four palettes the app is checked in: light, dark, and high contrast both ways round.

Each comes as a theme that sets its own PlaceholderText, or as one that leaves it to Qt (which
then makes it half-transparent black, whatever the window is).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory

Role, Group = QPalette.ColorRole, QPalette.ColorGroup

#: role: colour, for every colour group; then what differs when disabled.
_THEMES: dict[str, tuple[dict[QPalette.ColorRole, str], dict[QPalette.ColorRole, str]]] = {
    # Qt's own light palette (Fusion's): what the app shows where the system sets none.
    "light": ({}, {}),
    # As docs/screenshots.py's dark_palette, a dark mode like the systems'.
    "dark": (
        {
            Role.Window: "#1f2124",
            Role.WindowText: "#e6e6e6",
            Role.Base: "#26282c",
            Role.AlternateBase: "#2e3136",
            Role.Text: "#e6e6e6",
            Role.Button: "#2a2c30",
            Role.ButtonText: "#e6e6e6",
            Role.Highlight: "#6d9fd4",
            Role.HighlightedText: "#101112",
            Role.PlaceholderText: "#9a9ea6",
            Role.ToolTipBase: "#2a2c30",
            Role.ToolTipText: "#e6e6e6",
            Role.Mid: "#4a4e55",
            Role.Dark: "#5c6068",
            Role.Light: "#50545b",
            Role.Midlight: "#303236",
            Role.Shadow: "#000000",
        },
        {Role.Text: "#6c7077", Role.ButtonText: "#6c7077", Role.WindowText: "#6c7077"},
    ),
    # Like Windows' "High contrast black" and "High contrast white" themes.
    "high-contrast-black": (
        {
            Role.Window: "#000000",
            Role.WindowText: "#ffffff",
            Role.Base: "#000000",
            Role.AlternateBase: "#000000",
            Role.Text: "#ffffff",
            Role.Button: "#000000",
            Role.ButtonText: "#ffffff",
            Role.Highlight: "#1aebff",
            Role.HighlightedText: "#000000",
            Role.PlaceholderText: "#c0c0c0",
            Role.ToolTipBase: "#000000",
            Role.ToolTipText: "#ffffff",
            Role.Light: "#ffffff",
            Role.Midlight: "#ffffff",
            Role.Mid: "#ffffff",
            Role.Dark: "#ffffff",
        },
        {Role.Text: "#a6a6a6", Role.ButtonText: "#a6a6a6", Role.WindowText: "#a6a6a6"},
    ),
    "high-contrast-white": (
        {
            Role.Window: "#ffffff",
            Role.WindowText: "#000000",
            Role.Base: "#ffffff",
            Role.AlternateBase: "#ffffff",
            Role.Text: "#000000",
            Role.Button: "#ffffff",
            Role.ButtonText: "#000000",
            Role.Highlight: "#37006e",
            Role.HighlightedText: "#ffffff",
            Role.PlaceholderText: "#5c5c5c",
            Role.ToolTipBase: "#ffffff",
            Role.ToolTipText: "#000000",
            Role.Light: "#000000",
            Role.Midlight: "#000000",
            Role.Mid: "#000000",
            Role.Dark: "#000000",
        },
        {Role.Text: "#6d6d6d", Role.ButtonText: "#6d6d6d", Role.WindowText: "#6d6d6d"},
    ),
}
THEMES = tuple(_THEMES)


def theme(name: str, *, sets_placeholder: bool) -> QPalette:
    """The palette of a theme; without sets_placeholder, PlaceholderText is Qt's default for a
    theme that doesn't set it (half-transparent black)."""
    style = QStyleFactory.create("fusion")
    palette = style.standardPalette()  # Qt's light palette, whatever the app shows now
    colours, disabled = _THEMES[name]
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role, colour in disabled.items():
        palette.setColor(Group.Disabled, role, QColor(colour))
    if not sets_placeholder:
        palette.setColor(Role.PlaceholderText, QColor(0, 0, 0, 128))
    return palette
