"""Bodies of the headless subcommands; `firsthand.cli` parses and dispatches."""
