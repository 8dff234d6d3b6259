"""Feature-free pieces the tabs share: the list model base, labels, dates, forms, small widgets.
Nothing here knows about a tab."""
