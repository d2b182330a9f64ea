"""Start Firsthand: `python main.py` (the app) or `python main.py check …` (headless)."""

from firsthand.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
