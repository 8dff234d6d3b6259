"""``python -m desktop.ui.plan``: the tab alone in a window, over a temporary store."""

import sys

from desktop.ui.app.run_alone import run_alone
from desktop.ui.plan.tab import PlanTab

sys.exit(run_alone(PlanTab, "plan"))
