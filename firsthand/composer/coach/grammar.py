"""Grammar and spelling through LanguageTool, via the language_tool_python client.

Three modes: ``off``; ``local`` (a LanguageTool that language_tool_python downloads once, about
250 MB, and runs with Java 17+ on this computer); or ``server`` (a LanguageTool server URL, e.g.
a clinic's shared one). `check_grammar` never raises. Each request waits at most the configured
timeout and is tried once (a check is one request; the first one for a server and language also
asks the server's languages); only the first local check waits for Java to start the server
(the library allows it 15 s). When LanguageTool cannot be used it returns no findings and a
`GrammarStatus("unavailable", detail)` whose detail a user understands ("Java not found",
"server not reachable at …"). The local download only happens when the caller says the user
agreed (`allow_download`, or `download_local_languagetool` with a progress callback).

Offsets: LanguageTool is Java and counts UTF-16 code units (an emoji outside the BMP is 2);
findings carry Python code points. The conversion is done here, once per text.

Pure Python, no Qt. Checks are serialised by one lock: language_tool_python keeps per-text state
in class attributes (`Match.PREVIOUS_MATCHES_TEXT`), and a local server answers one text at a time
anyway. Run `check_grammar` off the GUI thread.
"""

from __future__ import annotations

import bisect
import dataclasses
import importlib
import ipaddress
import os
import re
import shutil
import subprocess
import threading
import urllib.parse
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from .report import Category, Context, Finding, GrammarStatus, Report, Severity

Mode = Literal["off", "local", "server"]
Progress = Callable[[int, int | None], None]  # (bytes done, total bytes or None)

DEFAULT_TIMEOUT_S = 3.0
# LanguageTool needs a country variant to check spelling in English ("en" alone skips it).
LT_LANGUAGES = {"en": "en-US", "fr": "fr"}
# LanguageTool rule categories (and issue types) that are advice on style, not errors.
STYLE_CATEGORIES = frozenset(
    {
        "STYLE",
        "REDUNDANCY",
        "TYPOGRAPHY",
        "PLAIN_ENGLISH",
        "WIKIPEDIA",
        "GENDER_NEUTRALITY",
        "REPETITIONS_STYLE",
        "CREATIVE_WRITING",
        "TEXT_ANALYSIS",
        "COLLOQUIALISMS",
        "CAT_TYPOGRAPHIE",
        "CAT_STYLE",
    }
)
STYLE_ISSUE_TYPES = frozenset({"style", "typographical", "whitespace", "register"})
NOT_LANGUAGETOOL = "server answered something that is not LanguageTool"


class GrammarUnavailable(Exception):
    """LanguageTool cannot be used; str(exc) is the plain reason shown to the user."""


class _GrammarSettings(Protocol):
    grammar_mode: str
    grammar_server_url: str
    grammar_timeout_s: float
    language_tool_download_ok: bool


@dataclass(frozen=True)
class GrammarConfig:
    """How to reach LanguageTool. `url` only matters in "server" mode."""

    mode: Mode = "off"
    url: str = ""
    timeout_s: float = DEFAULT_TIMEOUT_S
    allow_download: bool = False  # the user agreed to download the local LanguageTool

    @classmethod
    def from_setting(
        cls, value: str, *, timeout_s: float = DEFAULT_TIMEOUT_S, allow_download: bool = False
    ) -> GrammarConfig:
        """From one word as the CLI takes it: "off", "local" or a server URL."""
        value = value.strip()
        if value.casefold() in ("", "off", "none"):
            return cls("off", "", timeout_s, allow_download)
        if value.casefold() == "local":
            return cls("local", "", timeout_s, allow_download)
        return cls("server", value, timeout_s, allow_download)

    @classmethod
    def from_settings(cls, settings: _GrammarSettings) -> GrammarConfig:
        """From the app's Settings (grammar_mode, grammar_server_url, …)."""
        mode: Mode = "off"
        if settings.grammar_mode == "local":
            mode = "local"
        elif settings.grammar_mode == "server":
            mode = "server"
        return cls(
            mode,
            settings.grammar_server_url.strip(),
            float(settings.grammar_timeout_s) or DEFAULT_TIMEOUT_S,
            bool(settings.language_tool_download_ok),
        )


# --- public API -------------------------------------------------------------------------------


def check_grammar(
    text: str, language: str, config: GrammarConfig
) -> tuple[list[Finding], GrammarStatus]:
    """Grammar/style findings for `text` (offsets in code points) and whether the check ran."""
    if config.mode == "off":
        return [], GrammarStatus("off", "")
    if not text.strip():
        return [], GrammarStatus("ok", "")
    try:
        with _lock:
            client = _client(config, language)
            client._TIMEOUT = _timeout(config)
            matches = client.check(_sendable(text))
            findings = list(_findings(text, matches))
    except GrammarUnavailable as exc:
        return [], GrammarStatus("unavailable", str(exc))
    except Exception as exc:  # whatever goes wrong, the rest of the report comes
        return [], GrammarStatus("unavailable", _explain(exc, config))
    return findings, GrammarStatus("ok", _where(config))


def merge_grammar(
    report: Report,
    findings: Iterable[Finding],
    status: GrammarStatus,
    context: Context | None = None,
) -> Report:
    """The report with grammar findings added (sorted by position) and its grammar status set.

    With a `context`, findings whose rule is ignored, or spelling complaints about a word in the
    allow-list ("this word is fine for my audience"), are left out.
    """
    kept = list(findings)
    if context is not None:
        ignored = set(context.ignored_rules)
        allowed = {w.casefold() for w in context.allow_list}
        kept = [f for f in kept if f.rule not in ignored and f.text.casefold() not in allowed]
    merged = sorted((*report.findings, *kept), key=lambda f: (f.start, f.end))
    return dataclasses.replace(report, findings=tuple(merged), grammar=status)


def java_problem() -> str | None:
    """None when Java 17+ is on PATH, else the plain reason local LanguageTool cannot run."""
    java = shutil.which("java")
    if java is None:
        return "Java not found"
    try:
        out = subprocess.run(
            [java, "-version"], capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return "Java does not start"
    found = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if found is None:
        return None  # an unusual build: let LanguageTool try
    major = int(found.group(1))
    if major == 1 and found.group(2):  # "1.8" means Java 8
        major = int(found.group(2))
    if major < 17:
        return f"Java {major} found; LanguageTool needs Java 17 or newer"
    return None


def local_languagetool_installed() -> bool:
    """Whether the local LanguageTool is already downloaded (nothing is fetched)."""
    from language_tool_python.download_lt import LTP_DOWNLOAD_VERSION, LocalLanguageTool
    from language_tool_python.utils import LTP_JAR_DIR_PATH_ENV_VAR

    if os.environ.get(LTP_JAR_DIR_PATH_ENV_VAR):
        return True
    wanted = LocalLanguageTool.from_version_name(LTP_DOWNLOAD_VERSION)
    return wanted in LocalLanguageTool.get_installed_versions()


def download_local_languagetool(progress: Progress | None = None) -> None:
    """Download the local LanguageTool (the user agreed), reporting bytes as they come.

    Raises GrammarUnavailable with a plain reason. Call it off the GUI thread: it takes minutes.
    """
    problem = java_problem()
    if problem:
        raise GrammarUnavailable(problem)
    # Typed as Any: we lend it a stand-in for its `tqdm` module below.
    download_lt: Any = importlib.import_module("language_tool_python.download_lt")

    with _download_lock:
        # The library reports progress only through tqdm; lend it a stand-in that calls us.
        saved = download_lt.tqdm
        download_lt.tqdm = _TqdmShim(progress)
        try:
            download_lt.LocalLanguageTool.from_version_name(
                download_lt.LTP_DOWNLOAD_VERSION
            ).download()
        except Exception as exc:
            raise GrammarUnavailable(f"LanguageTool download failed: {exc}") from exc
        finally:
            download_lt.tqdm = saved


def close_all() -> None:
    """Forget cached clients and stop the local LanguageTool server, if one was started."""
    global _local, _download
    with _lock:
        if _download.thread is None or not _download.thread.is_alive():
            _download = _Download()
        clients = list(_clients.values())
        _clients.clear()
        if _local is not None:
            clients.append(_local)
            _local = None
    for client in clients:
        try:
            client.close()
        except Exception:  # closing is best effort
            pass


# --- clients ----------------------------------------------------------------------------------

_lock = threading.Lock()
_download_lock = threading.Lock()
_clients: dict[tuple[str, str, str], Any] = {}
_local: Any = None  # one Java server for every language: each one costs ~1 GB of memory


def _lt_language(language: str) -> str:
    return LT_LANGUAGES.get(language.split("-")[0].casefold(), "auto")


def _timeout(config: GrammarConfig) -> float:
    return max(0.05, float(config.timeout_s))


def _where(config: GrammarConfig) -> str:
    return "local LanguageTool" if config.mode == "local" else _base_url(config.url)


def _client(config: GrammarConfig, language: str) -> Any:
    """A cached client for (mode, url, language); caller holds _lock."""
    lt_language = _lt_language(language)
    if config.mode == "local":
        return _local_client(config, lt_language)
    url = _base_url(config.url)
    if not url:
        raise GrammarUnavailable("no LanguageTool server address set")
    key = ("server", url, lt_language)
    client = _clients.get(key)
    if client is None:
        client = _make_client(
            timeout_s=_timeout(config),
            language=lt_language,
            remote_server=url,
            proxies=_proxies_for(url),
        )
        _clients[key] = client
    return client


def _local_client(config: GrammarConfig, lt_language: str) -> Any:
    global _local
    if _local is None:
        problem = java_problem()
        if problem:
            raise GrammarUnavailable(problem)
        if not local_languagetool_installed():
            if not config.allow_download:
                raise GrammarUnavailable(
                    "LanguageTool is not downloaded yet (about 250 MB):"
                    " allow the download in Settings"
                )
            raise GrammarUnavailable(_background_download())
        try:
            _local = _make_client(timeout_s=_timeout(config), language=lt_language)
        except Exception as exc:
            raise GrammarUnavailable(f"local LanguageTool did not start: {exc}") from exc
    if str(_local.language) != lt_language:
        _local.language = lt_language
    return _local


@dataclass
class _Download:
    done: int = 0
    total: int | None = None
    error: str = ""
    thread: threading.Thread | None = None


_download = _Download()


def _background_download() -> str:
    """Start (once) the consented download on a thread; say how far it got.

    A check must not wait minutes for 250 MB: it reports progress, and the next check after
    the download finishes starts the server. A failure stays reported until `close_all()`.
    """
    state = _download
    if state.error:
        return state.error
    if state.thread is None:

        def progress(done: int, total: int | None) -> None:
            state.done, state.total = done, total

        def work() -> None:
            try:
                download_local_languagetool(progress)
            except GrammarUnavailable as exc:
                state.error = str(exc)

        state.thread = threading.Thread(target=work, name="languagetool-download", daemon=True)
        state.thread.start()
    if state.total:
        return f"downloading LanguageTool ({100 * state.done // state.total} %)"
    return f"downloading LanguageTool ({state.done // 1_000_000} MB so far)"


def _make_client(*, timeout_s: float, **kwargs: Any) -> Any:
    from language_tool_python import LanguageTool

    class _Client(LanguageTool):
        """The library's client with our timeout and one attempt per request.

        The library retries a failed request once and waits up to 300 s; we answer a typing
        user, so a slow or dead server must cost one timeout, not ten minutes.
        """

        def __init__(self, **kw: Any) -> None:
            self._TIMEOUT = timeout_s  # type: ignore[assignment]
            super().__init__(**kw)

        def _query_server(
            self,
            url: str,
            params: dict[str, str] | None = None,
            num_tries: int = 2,
            method: Literal["get", "post"] = "get",
        ) -> Any:
            return super()._query_server(url, params, 1, method)

    return _Client(**kwargs)


def _base_url(url: str) -> str:
    """The server's root ("http://host:8081/"), whether the user typed /v2 or /v2/check or not."""
    url = url.strip()
    if not url:
        return ""
    if "://" not in url:
        url = "http://" + url
    parts = urllib.parse.urlsplit(url)
    path = re.sub(r"/v2(/.*)?$", "", parts.path).rstrip("/") + "/"
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def _proxies_for(url: str) -> dict[str, str] | None:
    """Talk to a server on this machine directly, whatever proxy the environment sets."""
    host = urllib.parse.urlsplit(url).hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    # requests drops proxy entries set to None, so the environment's proxy is not used.
    return {"http": None, "https": None} if loopback else None  # type: ignore[dict-item]


def _sendable(text: str) -> str:
    """Lone surrogates cannot be sent as UTF-8; U+FFFD has the same length in both units."""
    return re.sub("[\ud800-\udfff]", "\ufffd", text)


# --- matches to findings ----------------------------------------------------------------------


def _findings(text: str, matches: Iterable[Any]) -> Iterator[Finding]:
    # utf16[i] = UTF-16 offset of code point i; the library already moved match.offset to code
    # points, but match.error_length is still in UTF-16 units (an emoji inside the span is 2).
    utf16 = [0]
    for ch in text:
        utf16.append(utf16[-1] + (2 if ord(ch) > 0xFFFF else 1))
    for match in matches:
        start = int(match.offset)
        length = int(match.error_length)
        if not 0 <= start < len(text) or length <= 0:
            continue
        end_units = utf16[start] + length
        end = bisect.bisect_left(utf16, end_units)  # rounds up past half an emoji
        end = min(end, len(text))
        if end <= start:
            continue
        category = _category(str(match.category), str(getattr(match, "rule_issue_type", "")))
        severity: Severity = "info" if category == "style" else "warning"
        # A replacement may be " " (one space for two) or "" (delete): keep it as it is.
        replacements = [str(r) for r in match.replacements]
        yield Finding(
            rule=f"{category}.{match.rule_id}",
            category=category,
            severity=severity,
            start=start,
            end=end,
            text=text[start:end],
            message=str(match.message),
            suggestion=replacements[0] if replacements else None,
            replacement=replacements[0] if replacements else None,
        )


def _category(lt_category: str, issue_type: str) -> Category:
    if lt_category.upper() in STYLE_CATEGORIES or issue_type.casefold() in STYLE_ISSUE_TYPES:
        return "style"
    return "grammar"


# --- errors in words --------------------------------------------------------------------------


def _explain(exc: BaseException, config: GrammarConfig) -> str:
    """A plain sentence for why LanguageTool could not be used."""
    import requests
    from language_tool_python.exceptions import LanguageToolError, RateLimitError

    local = config.mode == "local"
    unreachable = (
        "local LanguageTool is not answering"
        if local
        else f"server not reachable at {_base_url(config.url)}"
    )
    slow = "local LanguageTool" if local else "server"
    for cause in _chain(exc):
        if isinstance(cause, requests.exceptions.ConnectTimeout):
            return unreachable
        if isinstance(cause, requests.exceptions.Timeout):
            return f"{slow} too slow (no answer within {_timeout(config):g} s)"
        if isinstance(cause, requests.exceptions.ConnectionError):
            return unreachable
        if isinstance(cause, requests.exceptions.InvalidURL | requests.exceptions.MissingSchema):
            return f"not a server address: {config.url}"
        if isinstance(cause, requests.exceptions.InvalidSchema):
            return f"not a server address: {config.url}"
    if isinstance(exc, RateLimitError):
        return "server refuses more checks for now (rate limit); try again later"
    if isinstance(exc, ValueError) and "unsupported language" in str(exc):
        return "server does not check this language"
    if isinstance(exc, LanguageToolError):
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        if first.startswith("Error:"):  # LanguageTool's own plain-text refusal, e.g. too long
            return f"server refused the text: {first[6:].strip()[:160]}"
    return NOT_LANGUAGETOOL


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


class _TqdmShim:
    """Stands in for the `tqdm` module during a download: tqdm.tqdm(...) reports to a callback."""

    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress

    def tqdm(self, *_: Any, total: int | None = None, **__: Any) -> _Bar:
        return _Bar(self._progress, total)


class _Bar:
    def __init__(self, progress: Progress | None, total: int | None) -> None:
        self._progress, self._total, self._done = progress, total, 0

    def update(self, n: int) -> None:
        self._done += n
        if self._progress is not None:
            self._progress(self._done, self._total)

    def close(self) -> None:
        pass
