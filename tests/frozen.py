"""The moment every test runs at: one second to midnight on a Thursday.

The app asks desktop.clock for the time and the day, and the tests freeze that clock here
(tests/conftest.py), so whatever a test does, the day never changes under it unless the test
steps the clock on itself. One second to midnight, so that a test which quietly depended on
the day not changing would notice at once. BETWEEN_SESSIONS_TEST_CLOCK (an ISO date and time)
runs the suite at another moment.
"""

from __future__ import annotations

import os
from datetime import datetime

FROZEN_AT = datetime.fromisoformat(
    os.environ.get("BETWEEN_SESSIONS_TEST_CLOCK", "2026-11-26T23:59:59")
)
TODAY = FROZEN_AT.date()
