"""The app around the tabs: the main window, the events tabs talk through, the write wrapper,
the data menu, starting up, one instance per data folder, disk trouble, backups and the
damaged-file dialog."""
