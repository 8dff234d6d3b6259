"""The PySide6 user interface. No SQL and no peewee here: tabs call named store functions."""
