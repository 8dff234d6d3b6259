"""``python -m desktop.ui.encouragement``: the tab alone in a window, over a temporary store."""

import sys

from desktop.ui.app.run_alone import run_alone
from desktop.ui.encouragement.tab import EncouragementTab

sys.exit(run_alone(EncouragementTab, "encouragement"))
