"""The window around the pages: navigation, first run, settings, drafts, start-up faults."""
