"""The Journal tab: entries that save themselves, prompts, thought records and search.
``python -m desktop.ui.journal`` shows it alone over a temporary store."""
