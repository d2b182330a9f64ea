"""`check`: coach one post from a file or stdin, as text for people or JSON for scripts.

    python main.py check [FILE|-] [--lang en|fr|auto] [--profession TEXT] [--topics "a, b"]
                         [--network x,linkedin,…] [--grammar off|local|URL] [--format text|json]
                         [--db PATH]

The input is read as bytes and decoded as strict UTF-8 without newline translation, so JSON
offsets (Python code points) point into exactly the text that was given (a BOM is kept as
U+FEFF). Exit 0 whenever the analysis ran, whatever it found, including on empty text; exit 2
on unusable input or arguments (missing file, not UTF-8, unknown network), with one line on
stderr. Grammar runs only when asked (`--grammar local` or a server URL) and its failures are
reported in the output's "grammar" status, never as an exit code.

Only with `--db PATH` is a database read: its profile (the one the app opens with that file)
gives the profession, topics, allowed words, own jargon, company names and ignored rules, as
the composer uses them; --profession and --topics, when given, win. The file is only read:
a missing, empty or unusable one exits 2, and none is ever created.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import urllib.parse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from firsthand.composer.coach import NETWORKS, Context, Finding, Report, analyze
from firsthand.composer.coach.grammar import GrammarConfig, check_grammar, merge_grammar

if TYPE_CHECKING:
    from firsthand.services.profiles import ProfileData


class UsageError(Exception):
    """Unusable input or arguments: one line for stderr, exit 2."""


def run(args: argparse.Namespace) -> int:
    try:
        text = read_text(args.file)
        context = build_context(args, profile_from(args.db))
        grammar = grammar_config(args.grammar)
    except UsageError as err:
        print(f"firsthand: error: {err}", file=sys.stderr)
        return 2
    report = analyze(text, context)
    if grammar.mode != "off":
        findings, status = check_grammar(text, report.language, grammar)
        report = merge_grammar(report, findings, status, context)
    if args.format == "json":
        _write(json.dumps(report_json(report), ensure_ascii=not _utf8_stdout()) + "\n")
    else:
        _write(report_text(text, report))
    return 0


def read_text(name: str) -> str:
    """The whole input as str; UsageError when it cannot be read or is not UTF-8."""
    if name == "-":
        stream = getattr(sys.stdin, "buffer", None)
        data: bytes | str = stream.read() if stream is not None else sys.stdin.read()
        where = "standard input"
    else:
        path = Path(name)
        where = name
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise UsageError(f"no such file: {name}") from None
        except IsADirectoryError:
            raise UsageError(f"{name} is a folder, not a text file") from None
        except OSError as err:
            raise UsageError(f"cannot read {name}: {err.strerror or err}") from None
    if isinstance(data, str):
        return data
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise UsageError(
            f"{where} is not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start});"
            " save it as UTF-8 and try again"
        ) from None


def profile_from(db: str | None) -> ProfileData | None:
    """The profile of the database named by --db, read and left untouched; None without --db.

    UsageError when the file is missing, unusable or has no profile yet.
    """
    if not db:
        return None
    # Imported here: without --db, `check` needs neither the store nor its dependencies.
    from firsthand.paths import Paths
    from firsthand.services.database import open_existing
    from firsthand.services.profiles import active_profile
    from firsthand.settings import Settings
    from firsthand.store import StoreError

    path = Path(db).expanduser()
    last = Settings.load(Paths.default().settings_file).last_profile_id
    try:
        store = open_existing(path)
        try:
            profile = active_profile(store, last)
        finally:
            store.dispose()
    except StoreError as err:
        raise UsageError(str(err).splitlines()[0]) from None
    if profile is None:
        raise UsageError(f"{path} has no profile yet; open it in Firsthand once, or leave out --db")
    return profile


def build_context(args: argparse.Namespace, profile: ProfileData | None = None) -> Context:
    """Context from the flags over the profile's (from --db): topics and networks split on
    commas, networks checked; --profession and --topics, when given, replace the profile's."""
    networks = tuple(n.strip().casefold() for n in args.network.split(",") if n.strip())
    unknown = [n for n in networks if n not in NETWORKS]
    if unknown:
        raise UsageError(f"unknown network {unknown[0]!r} (known: {', '.join(NETWORKS)})")
    if profile is None:
        base = Context()
    else:
        from firsthand.services.profiles import coach_context

        base = coach_context(profile)
    profession, topics = base.profession, base.topics
    if args.profession is not None:
        profession = args.profession.strip()
    if args.topics is not None:
        topics = tuple(t.strip() for t in args.topics.split(",") if t.strip())
    return dataclasses.replace(
        base,
        language=args.lang,
        profession=profession,
        topics=topics,
        networks=tuple(dict.fromkeys(networks)),
    )


def grammar_config(value: str) -> GrammarConfig:
    """--grammar off|local|URL, with the user's timeout and download consent from settings."""
    from firsthand.paths import Paths
    from firsthand.settings import Settings

    config = GrammarConfig.from_setting(value)
    if config.mode == "off":
        return config
    if config.mode == "server":
        url = config.url if "://" in config.url else "http://" + config.url
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname or " " in config.url:
            raise UsageError(f"--grammar takes off, local or a LanguageTool URL, not {value!r}")
    settings = Settings.load(Paths.default().settings_file)
    return GrammarConfig(
        config.mode, config.url, settings.grammar_timeout_s, settings.language_tool_download_ok
    )


def report_json(report: Report) -> dict[str, Any]:
    """The CLI's JSON contract: keys and their order are stable."""
    return {
        "language": report.language,
        "kind": report.kind,
        "score": report.score,
        "findings": [
            {
                "rule": f.rule,
                "category": f.category,
                "severity": f.severity,
                "start": f.start,
                "end": f.end,
                "text": f.text,
                "message": f.message,
                "suggestion": f.suggestion,
            }
            for f in report.findings
        ],
        "grammar": {"status": report.grammar.status, "detail": report.grammar.detail},
    }


def report_text(text: str, report: Report) -> str:
    """A readable list: where (line:column), how serious, what, why, and what to write instead."""
    signals = f" ({', '.join(report.kind_signals)})" if report.kind_signals else ""
    lines = [
        f"language: {report.language}   kind: {report.kind}{signals}   score: {report.score}/100"
    ]
    if report.findings:
        lines.append(f"{len(report.findings)} finding(s):")
        for f in report.findings:
            lines.extend(_finding_lines(text, f))
    else:
        lines.append("No findings.")
    for nudge in report.nudges:
        lines.append(f"tip: {nudge}")
    grammar = report.grammar
    lines.append(f"grammar: {grammar.status}" + (f" — {grammar.detail}" if grammar.detail else ""))
    return "\n".join(lines) + "\n"


def _finding_lines(text: str, f: Finding) -> list[str]:
    line = text.count("\n", 0, f.start) + 1
    column = f.start - (text.rfind("\n", 0, f.start) + 1) + 1
    quoted = json.dumps(f.text, ensure_ascii=False)
    where = f"{line}:{column}"
    out = [f"  {where:<7} {f.severity:<7} {f.category:<9} {quoted}  {f.message}"]
    if f.suggestion is not None:
        out.append(f"      suggestion: {json.dumps(f.suggestion, ensure_ascii=False)}")
    return out


def _utf8_stdout() -> bool:
    encoding = (getattr(sys.stdout, "encoding", None) or "").casefold().replace("-", "")
    return encoding in ("utf8", "utf8sig")


def _write(out: str) -> None:
    # A console that cannot show some character still gets the rest of the report.
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    sys.stdout.write(out.encode(encoding, "replace").decode(encoding))
