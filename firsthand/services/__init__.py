"""Plain Python between widgets and the store: returns plain objects, owns transactions."""
