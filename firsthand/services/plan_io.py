"""The plan in and out: CSV import (mapping, preview, all-or-nothing), CSV and .ics export.

The import reads a spreadsheet of planned posts (date, time, timezone, networks, text,
status; kind optional), checks every row into a `Preview` that marks bad rows, and writes
nothing until `import_preview` is called — then everything lands in one transaction, or
nothing does. The CLI and the import dialog share this code.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import icalendar
from sqlmodel import select

from firsthand.composer.coach.networks import NETWORKS as COACH_NETWORKS
from firsthand.message import QT_TRANSLATE_NOOP, Message, say
from firsthand.services.calendar import (
    at_local,
    display_zone,
    local_midnight_utc,
    parse_slot,
    title_of,
    zone_or_none,
)
from firsthand.services.posts import RESULT_FIELDS, PostData, TargetData, list_posts
from firsthand.services.profiles import ProfileData, coach_context
from firsthand.store import Store, utcnow
from firsthand.store.models import POST_KINDS, POST_STATUSES, Post, PostTarget

REQUIRED = ("date", "time", "timezone", "networks", "text", "status")
OPTIONAL = ("kind", "labels", "id", "network", "published_at", "url", *RESULT_FIELDS)
FIELDS = REQUIRED + OPTIONAL
EXPORT_COLUMNS = (
    "id",
    "date",
    "time",
    "timezone",
    "networks",
    "network",
    "text",
    "status",
    "kind",
    "labels",
    "published_at",
    "url",
    *RESULT_FIELDS,
)

# The networks the coach knows (resources/networks.toml): one list for the whole app.
NETWORKS = tuple(COACH_NETWORKS)
NETWORK_ALIASES = {
    "twitter": "x",
    "vk": "vkontakte",
    "odnoklassniki": "ok",
    "fb": "facebook",
    "ig": "instagram",
    "insta": "instagram",
    "li": "linkedin",
    "bsky": "bluesky",
}
# Header names people actually use (English and French) for each field.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "date": ("date", "day", "jour", "publish date", "date de publication"),
    "time": ("time", "hour", "heure", "slot"),
    "timezone": ("timezone", "time zone", "tz", "zone", "fuseau", "fuseau horaire"),
    "networks": ("networks", "channels", "platforms", "réseaux", "reseaux", "plateformes"),
    "text": ("text", "body", "post", "message", "content", "texte", "contenu"),
    "status": ("status", "state", "statut", "état", "etat"),
    "kind": ("kind", "type", "genre", "category", "catégorie"),
    "labels": ("labels", "label", "tags", "étiquettes", "etiquettes"),
    "id": ("id", "post id", "post_id"),
    "network": ("network", "channel", "platform", "réseau", "reseau"),
    "published_at": ("published_at", "published at", "published", "publié le"),
    "url": ("url", "link", "lien"),
    "reach": ("reach", "impressions", "views", "portée", "vues"),
    "reactions": ("reactions", "likes", "réactions", "j'aime"),
    "comments": ("comments", "commentaires"),
    "shares": ("shares", "reposts", "partages"),
    "new_followers": ("new_followers", "new followers", "followers", "abonnés"),
    "inquiries": ("inquiries", "leads", "contacts", "demandes"),
}
STATUS_ALIASES = {
    "planned": "scheduled",
    "programmé": "scheduled",
    "programme": "scheduled",
    "planifié": "scheduled",
    "idée": "idea",
    "idee": "idea",
    "brouillon": "draft",
    "prêt": "ready",
    "pret": "ready",
    "publié": "published",
    "publie": "published",
    "archivé": "archived",
    "archive": "archived",
}
KIND_ALIASES = {
    "histoire": "story",
    "expérience": "experience",
    "experience-sharing": "experience",
    "annonce": "announcement",
    "opinion": "opinion",
    "avis": "opinion",
    "promo": "promotion",
    "autre": "other",
    "portfolio": "other",
}

KindDetector = Callable[[str], str]


# What is wrong with a file, a row or a cell. %1, %2… are the values (see Message). This
# module stays free of Qt (the CLI uses it): it says what is wrong in English, the import
# dialog shows it translated (context "PlanImport"), the CLI as it is.
EMPTY_FILE = QT_TRANSLATE_NOOP("PlanImport", "the file is empty")
CANNOT_READ = QT_TRANSLATE_NOOP("PlanImport", "cannot read %1: %2")
NOT_A_DATE = QT_TRANSLATE_NOOP("PlanImport", "%1 is not a date (use YYYY-MM-DD)")
NOT_A_TIME = QT_TRANSLATE_NOOP("PlanImport", "%1 is not a time of day (use HH:MM)")
NOT_A_COUNT = QT_TRANSLATE_NOOP("PlanImport", "%1 is not a whole number")
NOT_AN_INSTANT = QT_TRANSLATE_NOOP("PlanImport", "%1 is not a date and time (use ISO 8601)")
MISSING_COLUMN = QT_TRANSLATE_NOOP("PlanImport", "missing column")
NO_SUCH_COLUMN = QT_TRANSLATE_NOOP("PlanImport", "mapped to a column the file does not have")
TOO_MANY_CELLS = QT_TRANSLATE_NOOP("PlanImport", "%1 cells but the header has %2 columns")
UNKNOWN_NETWORK = QT_TRANSLATE_NOOP("PlanImport", "unknown network %1")
EMPTY_TEXT = QT_TRANSLATE_NOOP("PlanImport", "the post text is empty")
UNKNOWN_ZONE = QT_TRANSLATE_NOOP("PlanImport", "unknown time zone %1")
UNKNOWN_STATUS = QT_TRANSLATE_NOOP("PlanImport", "unknown status %1 (use %2)")
UNKNOWN_KIND = QT_TRANSLATE_NOOP("PlanImport", "unknown kind %1 (use %2)")
NO_RESULT_COLUMN = QT_TRANSLATE_NOOP("PlanImport", "no result column (reach, reactions, …)")
NOT_A_POST_NUMBER = QT_TRANSLATE_NOOP("PlanImport", "%1 is not a post number")
NO_SUCH_POST = QT_TRANSLATE_NOOP("PlanImport", "no post %1 in this database")


class CellError(ValueError):
    """A cell that can't be read; `problem` says why."""

    def __init__(self, problem: Message) -> None:
        super().__init__(str(problem))
        self.problem = problem


class PlanInputError(ValueError):
    """Unusable input; `str()` is one line naming the row and column, in English.

    `problem` is the same message, ready to be translated; `message` is it in English.
    """

    def __init__(self, row: int, column: str, message: str | Message) -> None:
        problem = message if isinstance(message, Message) else Message(message)
        super().__init__(f"row {row}, column {column}: {problem}")
        self.row = row
        self.column = column
        self.problem = problem
        self.message = str(problem)


@dataclass(frozen=True)
class CsvTable:
    """A decoded CSV file: how it was read, its header and its records."""

    encoding: str
    delimiter: str
    headers: list[str]
    rows: list[list[str]]


@dataclass(frozen=True)
class RowIssue:
    row: int  # spreadsheet row number: the header is row 1
    column: str
    problem: Message

    @property
    def message(self) -> str:
        return str(self.problem)

    def __str__(self) -> str:
        return f"row {self.row}, column {self.column}: {self.message}"


@dataclass
class PlannedPost:
    """One post the import would create."""

    row: int
    body: str
    kind: str
    kind_detected: bool
    status: str
    labels: list[str]
    scheduled_at: datetime | None
    timezone: str | None
    networks: list[str]
    results: dict[str, dict[str, Any]] = field(default_factory=dict)
    source_id: str = ""

    def in_past(self, now: datetime | None = None) -> bool:
        return self.scheduled_at is not None and self.scheduled_at < (now or utcnow())


class _Checked:
    """A checked file: `issues` lists every bad cell; importing needs none."""

    issues: list[RowIssue]

    @property
    def ok(self) -> bool:
        return not self.issues

    def first_error(self) -> PlanInputError | None:
        if not self.issues:
            return None
        i = self.issues[0]
        return PlanInputError(i.row, i.column, i.problem)


@dataclass
class Preview(_Checked):
    """Everything an import would do, checked; nothing is written yet."""

    table: CsvTable
    mapping: dict[str, int]
    posts: list[PlannedPost]
    issues: list[RowIssue]
    row_issues: dict[int, list[RowIssue]]


# ---------------------------------------------------------------- reading


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name: a BOM wins, then UTF-8, then Windows-1252/Latin-1."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def sniff_delimiter(text: str) -> str:
    sample = text[:8192]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        counts = {d: first.count(d) for d in ",;\t|"}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def read_csv_bytes(data: bytes) -> CsvTable:
    """Decode and split a CSV file whatever its encoding and delimiter."""
    text, encoding = decode(data)
    delimiter = sniff_delimiter(text)
    records = [r for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    if not records:
        raise PlanInputError(1, "-", say(EMPTY_FILE))
    headers = [h.strip() for h in records[0]]
    return CsvTable(encoding, delimiter, headers, records[1:])


def read_csv_file(path: Path) -> CsvTable:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise PlanInputError(0, "-", say(CANNOT_READ, path, exc.strerror or exc)) from exc
    return read_csv_bytes(data)


def guess_mapping(headers: Sequence[str]) -> dict[str, int]:
    """Field → column index, from header names (case, accents of common aliases ignored)."""
    wanted = {
        alias.casefold(): name for name, aliases in HEADER_ALIASES.items() for alias in aliases
    }
    out: dict[str, int] = {}
    for index, header in enumerate(headers):
        name = wanted.get(header.strip().casefold())
        if name is not None and name not in out:
            out[name] = index
    return out


# ---------------------------------------------------------------- checking


def _split(value: str) -> list[str]:
    for sep in ";|/":
        value = value.replace(sep, ",")
    parts = [p.strip() for chunk in value.split(",") for p in chunk.split()]
    return [p for p in parts if p]


def _network(name: str) -> str | None:
    key = name.strip().casefold()
    key = NETWORK_ALIASES.get(key, key)
    return key if key in NETWORKS else None


def _parse_date(value: str) -> date:
    value = value.strip()
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 else date.fromisoformat(value)
    except ValueError:
        pass
    raise CellError(say(NOT_A_DATE, repr(value)))


def _parse_time(value: str) -> time:
    value = value.strip()
    try:
        parts = [int(p) for p in value.split(":")]
        if len(parts) in (2, 3):
            return time(parts[0], parts[1], parts[2] if len(parts) == 3 else 0)
    except ValueError:
        pass
    raise CellError(say(NOT_A_TIME, repr(value)))


def _parse_result(name: str, raw: str) -> Any:
    """One cell of a results column: the publication time, the URL, or a count."""
    if name == "published_at":
        return _parse_instant(raw)
    if name == "url":
        return raw
    return _parse_count(raw)


def _parse_count(value: str) -> int | None:
    value = value.strip().replace(" ", "").replace("\u202f", "").replace("\xa0", "")
    if not value:
        return None
    if value.isdigit():
        return int(value)
    raise CellError(say(NOT_A_COUNT, repr(value)))


def _parse_instant(value: str) -> datetime | None:
    value = value.strip()
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise CellError(say(NOT_AN_INSTANT, repr(value))) from exc
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def build_preview(
    table: CsvTable,
    mapping: Mapping[str, int] | None = None,
    *,
    default_zone: str = "UTC",
    default_slot: str = "09:00",
    detect_kind: KindDetector | None = None,
) -> Preview:
    """Check every row; nothing is written. Bad rows are listed in `issues`."""
    mapping = dict(guess_mapping(table.headers) if mapping is None else mapping)
    issues: list[RowIssue] = []
    for name in REQUIRED:
        if name not in mapping:
            issues.append(RowIssue(1, name, say(MISSING_COLUMN)))
    for name, index in mapping.items():
        if name not in FIELDS or not 0 <= index < len(table.headers):
            issues.append(RowIssue(1, name, say(NO_SUCH_COLUMN)))
    row_issues: dict[int, list[RowIssue]] = {}
    posts: list[PlannedPost] = []
    if issues:
        return Preview(table, mapping, posts, issues, row_issues)

    by_source: dict[str, PlannedPost] = {}
    for offset, record in enumerate(table.rows):
        number = offset + 2
        if not any(cell.strip() for cell in record):
            continue
        problems: list[RowIssue] = []

        def cell(name: str, record: list[str] = record) -> str:
            index = mapping.get(name)
            if index is None or index >= len(record):
                return ""
            return record[index].strip()

        def bad(
            column: str, problem: Message, problems: list[RowIssue] = problems, number: int = number
        ) -> None:
            problems.append(RowIssue(number, column, problem))

        if len(record) > len(table.headers) and any(
            c.strip() for c in record[len(table.headers) :]
        ):
            bad("-", say(TOO_MANY_CELLS, len(record), len(table.headers)))

        source_id = cell("id")
        network_cell = cell("network")
        results: dict[str, Any] = {}
        for name in (*RESULT_FIELDS, "published_at", "url"):
            raw = cell(name)
            if not raw:
                continue
            try:
                results[name] = _parse_result(name, raw)
            except CellError as exc:
                bad(name, exc.problem)
        row_network = _network(network_cell) if network_cell else None
        if network_cell and row_network is None:
            bad("network", say(UNKNOWN_NETWORK, repr(network_cell)))

        if source_id and source_id in by_source:
            # Another row of the same exported post: one more network and its results.
            post = by_source[source_id]
            if not problems and row_network:
                if row_network not in post.networks:
                    post.networks.append(row_network)
                if results:
                    post.results[row_network] = results
            _keep(problems, row_issues, issues)
            continue

        body = cell("text")
        if not body:
            bad("text", say(EMPTY_TEXT))

        zone_name = cell("timezone") or default_zone
        if zone_or_none(zone_name) is None:
            bad("timezone", say(UNKNOWN_ZONE, repr(zone_name)))

        scheduled_at: datetime | None = None
        raw_date, raw_time = cell("date"), cell("time")
        day: date | None = None
        if raw_date:
            try:
                day = _parse_date(raw_date)
            except CellError as exc:
                bad("date", exc.problem)
        clock = parse_slot(default_slot)
        if raw_time:
            try:
                clock = _parse_time(raw_time)
            except CellError as exc:
                bad("time", exc.problem)
        elif not raw_date:
            clock = time(0)
        zone = zone_or_none(zone_name)
        if day is not None and zone is not None:
            scheduled_at = at_local(day, clock, zone)

        networks: list[str] = []
        for name in _split(cell("networks")):
            net = _network(name)
            if net is None:
                bad("networks", say(UNKNOWN_NETWORK, repr(name)))
            elif net not in networks:
                networks.append(net)
        if row_network and row_network not in networks:
            networks.append(row_network)

        raw_status = cell("status").casefold()
        status = STATUS_ALIASES.get(raw_status, raw_status)
        if not status:
            status = "scheduled" if scheduled_at else "idea"
        elif status not in POST_STATUSES:
            bad("status", say(UNKNOWN_STATUS, repr(cell("status")), ", ".join(POST_STATUSES)))

        raw_kind = cell("kind").casefold()
        kind = KIND_ALIASES.get(raw_kind, raw_kind)
        detected = False
        if kind and kind not in POST_KINDS:
            bad("kind", say(UNKNOWN_KIND, repr(cell("kind")), ", ".join(POST_KINDS)))
        labels = [lbl for lbl in (p.strip() for p in cell("labels").replace(";", ",").split(","))]
        labels = [lbl for lbl in labels if lbl]

        if _keep(problems, row_issues, issues):
            continue
        if not kind:
            kind = _detect(detect_kind, body)
            detected = True
        post = PlannedPost(
            row=number,
            body=body,
            kind=kind,
            kind_detected=detected,
            status=status,
            labels=labels,
            scheduled_at=scheduled_at,
            timezone=zone_name if scheduled_at else (cell("timezone") or None),
            networks=networks,
            source_id=source_id,
        )
        target = row_network or (networks[0] if len(networks) == 1 else None)
        if results and target:
            post.results[target] = results
        if source_id:
            by_source[source_id] = post
        posts.append(post)
    return Preview(table, mapping, posts, issues, row_issues)


def _keep(
    problems: list[RowIssue], row_issues: dict[int, list[RowIssue]], issues: list[RowIssue]
) -> bool:
    if problems:
        row_issues.setdefault(problems[0].row, []).extend(problems)
        issues.extend(problems)
    return bool(problems)


def _detect(detect_kind: KindDetector | None, body: str) -> str:
    if detect_kind is None:
        return "other"
    try:
        kind = detect_kind(body)
    except Exception:  # noqa: BLE001  (a coach failure must not block an import)
        return "other"
    return kind if kind in POST_KINDS else "other"


def coach_detector(profile: ProfileData | None = None) -> KindDetector | None:
    """Kind detection by the coach with what it knows of the author (field, topics, their
    business names: a post about "Smith Dental" in the third person sells), or None while
    the coach is not installed."""
    try:
        from firsthand.composer.coach import analyze
        from firsthand.composer.coach.report import Context
    except Exception:  # noqa: BLE001  (no coach, or a broken rule pack: import without kinds)
        return None
    context = coach_context(profile) if profile is not None else Context()

    def detect(body: str) -> str:
        return str(analyze(body, context).kind)

    return detect


# ---------------------------------------------------------------- writing


def import_preview(store: Store, profile_id: int, preview: Preview) -> list[int]:
    """Create the previewed posts in one transaction; refuse a preview with issues."""
    error = preview.first_error()
    if error is not None:
        raise error
    ids: list[int] = []
    with store.write() as s:
        for planned in preview.posts:
            row = Post(
                profile_id=profile_id,
                body=planned.body,
                kind=planned.kind,
                status=planned.status,
                labels=list(planned.labels),
                scheduled_at=planned.scheduled_at,
                timezone=planned.timezone,
            )
            s.add(row)
            s.flush()
            assert row.id is not None
            ids.append(row.id)
            for network in planned.networks:
                target = PostTarget(post_id=row.id, network=network)
                got = planned.results.get(network, {})
                for key, value in got.items():
                    setattr(target, key, value)
                if got.get("published_at") is not None:
                    target.status = "published"
                s.add(target)
    return ids


# ---------------------------------------------------------------- results of published posts

RESULT_COLUMNS = ("id", "network", "published_at", "url", *RESULT_FIELDS)


@dataclass(frozen=True)
class ResultLine:
    """What one row of a results file says about one post on one network."""

    row: int
    post_id: int
    network: str
    values: dict[str, Any]


@dataclass
class ResultsPreview(_Checked):
    table: CsvTable
    mapping: dict[str, int]
    lines: list[ResultLine]
    issues: list[RowIssue]
    row_issues: dict[int, list[RowIssue]]


def build_results_preview(
    table: CsvTable,
    mapping: Mapping[str, int] | None = None,
    known_posts: Iterable[int] | None = None,
) -> ResultsPreview:
    """Check a results file (the exported plan with numbers typed in); nothing is written."""
    mapping = dict(guess_mapping(table.headers) if mapping is None else mapping)
    mapping = {k: v for k, v in mapping.items() if k in RESULT_COLUMNS}
    known = set(known_posts) if known_posts is not None else None
    issues: list[RowIssue] = []
    for name in ("id", "network"):
        if name not in mapping:
            issues.append(RowIssue(1, name, say(MISSING_COLUMN)))
    if not any(f in mapping for f in RESULT_FIELDS):
        issues.append(RowIssue(1, "reactions", say(NO_RESULT_COLUMN)))
    row_issues: dict[int, list[RowIssue]] = {}
    lines: list[ResultLine] = []
    if issues:
        return ResultsPreview(table, mapping, lines, issues, row_issues)
    for offset, record in enumerate(table.rows):
        number = offset + 2
        if not any(cell.strip() for cell in record):
            continue
        problems: list[RowIssue] = []

        def cell(name: str, record: list[str] = record) -> str:
            index = mapping.get(name)
            return record[index].strip() if index is not None and index < len(record) else ""

        values: dict[str, Any] = {}
        for name in ("published_at", "url", *RESULT_FIELDS):
            raw = cell(name)
            if not raw or name not in mapping:
                continue
            try:
                values[name] = _parse_result(name, raw)
            except CellError as exc:
                problems.append(RowIssue(number, name, exc.problem))
        if not values and not problems:
            continue  # a row with nothing typed in (an idea, a network not measured yet)
        raw_id, raw_net = cell("id"), cell("network")
        post_id = int(raw_id) if raw_id.isdigit() else None
        if post_id is None:
            problems.append(RowIssue(number, "id", say(NOT_A_POST_NUMBER, repr(raw_id))))
        elif known is not None and post_id not in known:
            problems.append(RowIssue(number, "id", say(NO_SUCH_POST, post_id)))
        network = _network(raw_net) if raw_net else None
        if network is None:
            problems.append(RowIssue(number, "network", say(UNKNOWN_NETWORK, repr(raw_net))))
        if _keep(problems, row_issues, issues):
            continue
        if values:
            assert post_id is not None and network is not None
            lines.append(ResultLine(number, post_id, network, values))
    return ResultsPreview(table, mapping, lines, issues, row_issues)


def import_results(store: Store, preview: ResultsPreview) -> int:
    """Store every previewed result in one transaction; a missing post undoes them all."""
    error = preview.first_error()
    if error is not None:
        raise error
    now = utcnow()
    with store.write() as s:
        for line in preview.lines:
            post = s.get(Post, line.post_id)
            if post is None or post.deleted_at is not None:
                raise PlanInputError(line.row, "id", say(NO_SUCH_POST, line.post_id))
            target = s.exec(
                select(PostTarget).where(
                    PostTarget.post_id == line.post_id, PostTarget.network == line.network
                )
            ).first() or PostTarget(post_id=line.post_id, network=line.network)
            for key, value in line.values.items():
                setattr(target, key, value)
            if line.values.get("published_at") is not None:
                target.status = "published"
            s.add(target)
            post.version += 1
            post.updated_at = now
            s.add(post)
    return len(preview.lines)


# ---------------------------------------------------------------- export


def range_bounds(
    date_from: date | None, date_to: date | None, zone_name: str
) -> tuple[datetime | None, datetime | None]:
    """UTC bounds of the days from `date_from` to `date_to` inclusive in `zone_name`."""
    zone = display_zone(zone_name)
    start = local_midnight_utc(date_from, zone) if date_from else None
    end = local_midnight_utc(date_to + timedelta(days=1), zone) if date_to else None
    return start, end


def posts_for_export(
    store: Store,
    profile_id: int | None,
    start: datetime | None = None,
    end: datetime | None = None,
) -> list[PostData]:
    """The plan to export: dated posts in the range; undated ones too when no range is set."""
    posts = list_posts(store, profile_id, start=start, end=end, undated=False)
    if start is None and end is None:
        posts.sort(key=lambda p: (p.scheduled_at or datetime.min.replace(tzinfo=UTC), p.id))
        posts += list_posts(store, profile_id, undated=True)[::-1]
    return posts


def _targets_or_none(post: PostData) -> list[TargetData | None]:
    targets: list[TargetData | None] = list(post.targets)
    return targets or [None]


def _fmt_count(value: int | None) -> str:
    return "" if value is None else str(value)


def export_csv(posts: Sequence[PostData]) -> str:
    """One row per post and network (one row for a post with none), plan and results."""
    buf = io.StringIO(newline="")
    out = csv.writer(buf, lineterminator="\r\n")
    out.writerow(EXPORT_COLUMNS)
    for post in posts:
        local = post.local_time()
        base = {
            "id": str(post.id),
            "date": local.date().isoformat() if local else "",
            "time": local.strftime("%H:%M") if local else "",
            "timezone": post.timezone or "",
            "networks": " ".join(post.networks),
            "text": post.body,
            "status": post.status,
            "kind": post.kind,
            "labels": "; ".join(post.labels),
        }
        for target in _targets_or_none(post):
            row = dict(base)
            if target is not None:
                row["network"] = target.network
                row["published_at"] = (
                    target.published_at.astimezone(UTC).isoformat() if target.published_at else ""
                )
                row["url"] = target.url
                for name in RESULT_FIELDS:
                    row[name] = _fmt_count(getattr(target, name))
            out.writerow([row.get(c, "") for c in EXPORT_COLUMNS])
    return buf.getvalue()


def network_name(network: str) -> str:
    """How people call `network` ("LinkedIn"); an unknown id as it is, capitalised."""
    info = COACH_NETWORKS.get(network)
    return info.name if info is not None else network.capitalize()


EVENT_LENGTH = timedelta(minutes=30)


def event_uid(post_id: int, network: str) -> str:
    """Stable per post and network, so a re-import updates the event instead of adding one."""
    return f"firsthand-post-{post_id}-{network or 'any'}@firsthand.local"


def export_ics(posts: Sequence[PostData], now: datetime | None = None) -> bytes:
    """An iCalendar file: one event per scheduled post and network, in the post's zone."""
    now = now or utcnow()
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Firsthand//Content calendar//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Firsthand")
    for post in posts:
        if post.scheduled_at is None or post.status == "archived":
            continue
        zone = zone_or_none(post.timezone)
        start = post.scheduled_at.astimezone(zone) if zone else post.scheduled_at
        for target in _targets_or_none(post):
            network = target.network if target else ""
            event = icalendar.Event()
            event.add("uid", event_uid(post.id, network))
            event.add("dtstamp", now)
            event.add("last-modified", post.updated_at)
            event.add("sequence", post.version)
            event.add("dtstart", start)
            event.add("dtend", start + EVENT_LENGTH)
            name = network_name(network) if network else ""
            title = title_of(post.body, 60) or "(no text)"
            event.add("summary", f"{name}: {title}" if name else title)
            body = (target.variant if target and target.variant else None) or post.body
            event.add("description", body)
            event.add("categories", [post.kind])
            event.add("status", "CONFIRMED" if post.status != "idea" else "TENTATIVE")
            if target is not None and target.url:
                event.add("url", target.url)
            cal.add_component(event)
    cal.add_missing_timezones()
    return bytes(cal.to_ical())
