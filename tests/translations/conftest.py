"""The UI fixtures (tests/ui/conftest.py) for the pseudo-locale and right-to-left runs."""

from tests.ui.conftest import (  # noqa: F401  (fixtures, found by name)
    add_items,
    make_window,
    no_unanswered_message_box,
    settings_path,
)
