"""Command line: `python main.py` starts the GUI; subcommands run headless.

Exit codes: 0 success, 1 a failure while running (database, disk), 2 unusable input or
arguments (one line on stderr).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from firsthand import __version__


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One line, exit 2: the contract scripts rely on.
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(2)


def _add_db(p: argparse.ArgumentParser, default: object = argparse.SUPPRESS) -> None:
    # A subcommand's --db has no default of its own: one given before the subcommand
    # (`main.py --db PATH export …`) is kept instead of being reset to None.
    p.add_argument(
        "--db", metavar="PATH", default=default, help="database file (default: the per-user one)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="firsthand", description="Plan and write posts that sound like you.")
    parser.add_argument("--version", action="version", version=f"Firsthand {__version__}")
    _add_db(parser, default=None)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    check = sub.add_parser("check", help="coach a post: spam, jargon, off-topic, voice, length")
    check.add_argument("file", nargs="?", default="-", help="text file, or - for stdin")
    check.add_argument("--lang", choices=("en", "fr", "auto"), default="auto")
    # None when not given, so a profile read with --db fills them (an explicit "" clears).
    check.add_argument("--profession", default=None)
    check.add_argument("--topics", default=None, help='comma-separated, e.g. "teeth, braces"')
    check.add_argument("--network", default="", help="comma-separated: x,linkedin,…")
    check.add_argument("--grammar", default="off", help="off, local, or a LanguageTool URL")
    check.add_argument("--format", choices=("text", "json"), default="text")
    _add_db(check)

    imp = sub.add_parser("import", help="import planned posts from a CSV file")
    imp.add_argument("file", help="CSV: date, time, timezone, networks, text, status[, kind]")
    imp.add_argument("--profile", default=None, help="profile name (created if none exists)")
    imp.add_argument("--dry-run", action="store_true", help="report what would be imported")
    _add_db(imp)

    exp = sub.add_parser("export", help="write the plan as CSV or iCalendar")
    exp.add_argument("--format", choices=("csv", "ics"), required=True)
    exp.add_argument("--from", dest="date_from", default=None, metavar="DATE")
    exp.add_argument("--to", dest="date_to", default=None, metavar="DATE")
    exp.add_argument("-o", "--output", required=True, metavar="FILE")
    _add_db(exp)

    bak = sub.add_parser("backup", help="back up the database now, or list backups")
    bak.add_argument("--list", action="store_true", help="list backups, newest first")
    _add_db(bak)

    res = sub.add_parser("restore", help="restore a backup (the current file is kept aside)")
    res.add_argument("backup", nargs="?", help="backup file (default: the newest)")
    _add_db(res)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from firsthand.app import run_gui

        return run_gui(args)
    module = {"check": "check", "import": "plan", "export": "plan"}.get(args.command, "backup")
    command = importlib.import_module(f"firsthand.commands.{module}")
    return int(command.run(args))


if __name__ == "__main__":
    raise SystemExit(main())
