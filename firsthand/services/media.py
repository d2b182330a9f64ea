"""Images attached to posts: copied into the media folder beside the database, checked, listed.

Plain Python (no Qt): image sizes are read from the file headers of the formats networks
accept (PNG, JPEG, GIF, WebP, BMP).
"""

from __future__ import annotations

import shutil
import struct
import tomllib
import uuid
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import BinaryIO

from sqlmodel import Session, col, select

from firsthand.message import QT_TRANSLATE_NOOP, say
from firsthand.services.posts import NO_POST
from firsthand.store import NotFound, Store, Unwritable
from firsthand.store.models import Media, Post

MAX_BYTES = 30 * 1024 * 1024  # no network takes a bigger photo; bigger files are mistakes
MAX_PIXELS = 80_000_000  # decoding more would stall the thumbnailer and waste memory
PREVIEWS_FILE = Path(__file__).resolve().parents[1] / "resources" / "previews.toml"

# In English; the UI translates them (context "StoreError"). %2: what the system said.
CANNOT_COPY = QT_TRANSLATE_NOOP("StoreError", "Firsthand can't copy the images into %1: %2.")
NO_IMAGE = QT_TRANSLATE_NOOP("StoreError", "Image %1 does not exist.")


class MediaError(ValueError):
    """An image that can't be attached; `reason` is "not_image", "too_large",
    "too_many_pixels" or "unreadable" (the widget words it for the user)."""

    def __init__(self, reason: str, path: Path, detail: str = "") -> None:
        super().__init__(f"{path}: {reason} {detail}".strip())
        self.reason = reason
        self.path = path
        self.detail = detail


@dataclass(frozen=True)
class MediaData:
    id: int
    post_id: int
    path: Path  # absolute, inside the media folder
    original_name: str
    width: int
    height: int
    position: int


@dataclass(frozen=True)
class PreviewSpec:
    """How a network shows a post: see resources/previews.toml."""

    fold: int | None = None
    image: tuple[int, int] | None = None
    ratios: tuple[float, float] | None = None
    min_width: int = 0


@dataclass(frozen=True)
class ImageWarning:
    network: str
    problem: str  # "small" or "ratio"
    width: int
    height: int
    best: tuple[int, int] | None


@cache
def preview_specs() -> dict[str, PreviewSpec]:
    with PREVIEWS_FILE.open("rb") as fh:
        data = tomllib.load(fh)
    out: dict[str, PreviewSpec] = {}
    for key, table in data.items():
        image = table.get("image")
        ratios = table.get("ratios")
        out[key] = PreviewSpec(
            fold=table.get("fold"),
            image=(int(image[0]), int(image[1])) if image else None,
            ratios=(float(ratios[0]), float(ratios[1])) if ratios else None,
            min_width=int(table.get("min_width", 0)),
        )
    return out


def preview_spec(network: str) -> PreviewSpec:
    return preview_specs().get(network, PreviewSpec())


def image_warnings(width: int, height: int, networks: list[str]) -> list[ImageWarning]:
    """What each network will do badly with a `width`×`height` image."""
    out: list[ImageWarning] = []
    if width <= 0 or height <= 0:
        return out
    ratio = width / height
    for network in networks:
        spec = preview_spec(network)
        if spec.min_width and width < spec.min_width:
            out.append(ImageWarning(network, "small", width, height, spec.image))
        elif spec.ratios and not (spec.ratios[0] * 0.97 <= ratio <= spec.ratios[1] * 1.03):
            out.append(ImageWarning(network, "ratio", width, height, spec.image))
    return out


def _read_size(fh: BinaryIO) -> tuple[int, int] | None:
    head = fh.read(32)
    if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR":
        w, h = struct.unpack(">II", head[16:24])
        return int(w), int(h)
    if head[:6] in (b"GIF87a", b"GIF89a"):
        w, h = struct.unpack("<HH", head[6:10])
        return int(w), int(h)
    if head[:2] == b"BM" and len(head) >= 26:
        w, h = struct.unpack("<ii", head[18:26])
        return abs(int(w)), abs(int(h))
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        chunk = head[12:16]
        if chunk == b"VP8 ":
            w, h = struct.unpack("<HH", head[26:30])
            return int(w) & 0x3FFF, int(h) & 0x3FFF
        if chunk == b"VP8L":
            b = head[21:25]
            w = 1 + (((b[1] & 0x3F) << 8) | b[0])
            h = 1 + (((b[3] & 0xF) << 10) | (b[2] << 2) | ((b[1] & 0xC0) >> 6))
            return w, h
        if chunk == b"VP8X":
            w = 1 + int.from_bytes(head[24:27], "little")
            h = 1 + int.from_bytes((head + fh.read(3))[27:30], "little")
            return w, h
        return None
    if head[:2] == b"\xff\xd8":
        fh.seek(2)
        while True:
            byte = fh.read(1)
            while byte and byte != b"\xff":
                byte = fh.read(1)
            while byte == b"\xff":
                byte = fh.read(1)
            if not byte:
                return None
            marker = byte[0]
            if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
                continue
            length_bytes = fh.read(2)
            if len(length_bytes) < 2:
                return None
            length = struct.unpack(">H", length_bytes)[0]
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                data = fh.read(5)
                if len(data) < 5:
                    return None
                h, w = struct.unpack(">HH", data[1:5])
                return int(w), int(h)
            fh.seek(length - 2, 1)
    return None


def image_size(path: Path) -> tuple[int, int]:
    """(width, height) of the image at `path`; MediaError if it is not one we can post."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise MediaError("too_large", path, str(size))
        with path.open("rb") as fh:
            dims = _read_size(fh)
    except OSError as exc:
        raise MediaError("unreadable", path, exc.strerror or str(exc)) from exc
    if dims is None or dims[0] <= 0 or dims[1] <= 0:
        raise MediaError("not_image", path)
    if dims[0] * dims[1] > MAX_PIXELS:
        raise MediaError("too_many_pixels", path, f"{dims[0]}×{dims[1]}")
    return dims


def _data(row: Media, media_dir: Path) -> MediaData:
    assert row.id is not None
    return MediaData(
        row.id,
        row.post_id,
        media_dir / row.path,
        row.original_name,
        row.width,
        row.height,
        row.position,
    )


def _new_name(post_id: int, suffix: str) -> str:
    # The stored path is relative to the media folder, so the database and its folder move together.
    return f"{post_id}-{uuid.uuid4().hex[:12]}{suffix.lower()}"


def _next_position(s: Session, post_id: int) -> int:
    """Where an image added now goes: after the post's others. Raises NotFound without the post."""
    if s.get(Post, post_id) is None:
        raise NotFound(say(NO_POST, post_id))
    last = s.exec(
        select(Media.position).where(Media.post_id == post_id).order_by(col(Media.position).desc())
    ).first()
    return (last + 1) if last is not None else 0


def attach_image(store: Store, media_dir: Path, post_id: int, source: Path) -> MediaData:
    """Copy `source` into `media_dir` and attach it after the post's other images."""
    width, height = image_size(source)
    media_dir.mkdir(parents=True, exist_ok=True)
    name = _new_name(post_id, source.suffix)
    target = media_dir / name
    try:
        shutil.copyfile(source, target)
    except OSError as exc:
        raise MediaError("unreadable", source, exc.strerror or str(exc)) from exc
    try:
        with store.write() as s:
            row = Media(
                post_id=post_id,
                path=name,
                original_name=source.name,
                width=width,
                height=height,
                position=_next_position(s, post_id),
            )
            s.add(row)
            s.flush()
            return _data(row, media_dir)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def copy_media(
    store: Store, media_dir: Path, from_post_id: int, to_post_id: int
) -> list[MediaData]:
    """Attach copies of `from_post_id`'s images to `to_post_id`, in their order, after its own.

    Each copy is a file of its own, because removing an image deletes its file: shared files
    would let one post's removal take the other's image. An image whose file is already gone
    is skipped. All the copies are attached, or none (Unwritable when a file can't be copied).
    """
    originals = list_media(store, media_dir, from_post_id)
    if not originals:
        return []
    copies: list[tuple[MediaData, str]] = []
    try:
        media_dir.mkdir(parents=True, exist_ok=True)
        for original in originals:
            name = _new_name(to_post_id, original.path.suffix)
            try:
                shutil.copyfile(original.path, media_dir / name)
            except FileNotFoundError:
                continue  # nothing left to copy; the post shows no image for it either
            copies.append((original, name))
        with store.write() as s:
            start = _next_position(s, to_post_id)
            rows = [
                Media(
                    post_id=to_post_id,
                    path=name,
                    original_name=original.original_name,
                    width=original.width,
                    height=original.height,
                    position=start + i,
                )
                for i, (original, name) in enumerate(copies)
            ]
            s.add_all(rows)
            s.flush()
            return [_data(row, media_dir) for row in rows]
    except BaseException as exc:
        for _original, name in copies:
            (media_dir / name).unlink(missing_ok=True)
        if isinstance(exc, OSError):  # the database's own errors arrive as StoreErrors
            raise Unwritable(say(CANNOT_COPY, media_dir, exc.strerror or exc), media_dir) from exc
        raise


def list_media(store: Store, media_dir: Path, post_id: int) -> list[MediaData]:
    with store.read() as s:
        rows = s.exec(
            select(Media).where(Media.post_id == post_id).order_by(col(Media.position))
        ).all()
        return [_data(r, media_dir) for r in rows]


def remove_media(store: Store, media_dir: Path, media_id: int) -> None:
    """Detach an image and delete our copy of it (the user's original is never touched)."""
    with store.write() as s:
        row = s.get(Media, media_id)
        if row is None:
            raise NotFound(say(NO_IMAGE, media_id))
        name = row.path
        s.delete(row)
    (media_dir / name).unlink(missing_ok=True)
