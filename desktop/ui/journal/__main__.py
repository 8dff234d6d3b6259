"""``python -m desktop.ui.journal``: the tab alone in a window, over a temporary store."""

import sys

from desktop.ui.app.run_alone import run_alone
from desktop.ui.journal.tab import JournalTab

sys.exit(run_alone(JournalTab, "journal"))
