"""Compiled rule packs (and the fitted models) kept on disk between runs.

Compiling some 24,000 phrases (stemming every word of them) takes seconds on each start of
the app and on each `check` from the command line; reading the compiled packs back takes a
tenth of that. A cached pack is used only when it was made from the very same rule files
by the very same code, and anything wrong with it (missing, damaged, written by another
version, a full or read-only disk) just means compiling afresh.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path
from typing import TypeVar, cast

from ...paths import Paths

T = TypeVar("T")
log = logging.getLogger(__name__)
_CODE_DIR = Path(__file__).resolve().parent


@contextmanager
def no_collection() -> Iterator[None]:
    """Pause the cycle collector: making or reading a pack creates hundreds of thousands of
    objects and no garbage, and the collector's passes over them cost a third of the time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def stamp(source: Path) -> str:
    """A digest of the source (a file, or every file in a folder) and of the code that
    compiles it: a cached copy made from anything else is not used."""
    files = [source] if source.is_file() else sorted(p for p in source.rglob("*") if p.is_file())
    if not files:
        raise FileNotFoundError(f"nothing to read in {source}")
    return _digest(tuple((path, path.stat().st_size, path.stat().st_mtime_ns) for path in files))


@cache
def _digest(files: tuple[tuple[Path, int, int], ...]) -> str:
    """Read once per run for the same files unchanged (ten packs share one folder)."""
    digest = hashlib.sha256(_code_digest().encode())
    for path, _, _ in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@cache
def _code_digest() -> str:
    digest = hashlib.sha256(sys.version.encode())
    sources = sorted(_CODE_DIR.glob("*.py"))
    if not sources or getattr(sys, "frozen", False):
        # A bundle carries no sources: its own file changes whenever its code does.
        bundle = Path(sys.executable).stat()
        digest.update(f"{sys.executable} {bundle.st_size} {bundle.st_mtime_ns}".encode())
    for path in sources:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def cached(name: str, kind: type, source: Path, build: Callable[[], T]) -> T:
    """`name`'s object, made by `build()` from `source`: from the disk cache when it is
    current, else built and saved for next time (when it is a `kind`: a model that could not
    be read is not kept)."""
    try:
        key = stamp(source)
    except OSError as error:
        log.info("%s not cached: %s", name, error)
        with no_collection():
            return build()
    path = Paths.default().cache_dir / "packs" / f"{name}-{key}.pickle"
    found = _read(path)
    if isinstance(found, kind):
        return cast(T, found)  # `kind` is what `build` gives when it succeeds
    with no_collection():
        made = build()
    if isinstance(made, kind):
        _write(path, made)
    return made


def _read(path: Path) -> object:
    try:
        with path.open("rb") as handle, no_collection():
            return pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception as error:  # a damaged file can raise nearly anything
        log.info("pack cache %s not used: %s", path.name, error)
        return None


def _write(path: Path, made: object) -> None:
    """Save atomically (a crash leaves the old file or none, never half of one) and drop the
    files made from older rule sets."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
        try:
            with os.fdopen(handle, "wb") as file:
                pickle.dump(made, file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        for old in path.parent.glob(path.name.rsplit("-", 1)[0] + "-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
        # A save cut short by a crash leaves its part behind; an hour on, no save is still going.
        for part in path.parent.glob("*.part"):
            with suppress(FileNotFoundError):  # another process's, just finished
                if part.stat().st_mtime < time.time() - 3600:
                    part.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError) as error:
        log.info("pack cache %s not saved: %s", path.name, error)
