"""The data layer: peewee over one SQLite file. Imports no Qt and returns plain records."""
