"""The Action plan tab: plan items, check-ins, adjustments. ``python -m desktop.ui.plan`` shows it
alone over a temporary store."""
