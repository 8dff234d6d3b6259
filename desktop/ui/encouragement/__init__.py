"""The Encouragement tab: today's message and own notes, small wins, session prep and the safety
plan. ``python -m desktop.ui.encouragement`` shows it alone over a temporary store."""
