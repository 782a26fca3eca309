"""Where the bytes of files live, chosen by the store (areas never know which):

- `DiskBlobs` (SQLite): files under `<data_dir>/files/`, **content-addressed** (the SHA-256
  of the bytes names the file, `files/ab/ab12...`): written to `files/tmp/` first, fsynced,
  and renamed into place only once complete; a failure removes the temporary file. A name
  is never reused for other bytes, so a file is never rewritten, and two equal uploads
  share one copy.
- `ChunkBlobs` (PostgreSQL): the `file_chunks` table (`bytea` rows of `CHUNK` bytes), so
  every process on the database serves every file.

Bytes reach a file in one of two ways. An HTTP upload is **staged** while its body arrives,
outside any unit of work (a slow client holds no lock or connection), then **kept** by the
unit of work that creates the File (`store.files.FileContents.keep`), or **discarded**.
Bytes a service makes (a report's CSV) are **written** inside its unit of work. Either way
nothing is whole in memory: at most one chunk, and a failure leaves no partial bytes.
"""

from __future__ import annotations

import abc
import asyncio
import hashlib
import logging
import os
import re
import secrets
import tempfile
from collections.abc import AsyncIterable, AsyncIterator, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

if TYPE_CHECKING:
    from stripe_emulator.store.engine import Session, Store

__all__ = ["CHUNK", "Blobs", "ChunkBlobs", "DiskBlobs", "StagedBlob", "StoredBlob", "TooLarge"]

log = logging.getLogger("stripe_emulator.store")

#: Bytes per stored chunk (a `file_chunks` row) and per read of a download.
CHUNK = 256 * 1024
#: Staged bytes no file kept after this long (PostgreSQL chunks, or `.part` files on disk)
#: are an upload whose process died: swept when a store opens.
STALE_SECONDS = 24 * 3600
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class TooLarge(Exception):
    """The bytes went past `limit`; none of them is kept."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"more than {limit} bytes")
        self.limit = limit


@dataclass(slots=True, frozen=True)
class StoredBlob:
    """Bytes in the store: `key` finds them again (`Blobs.read`)."""

    key: str
    size: int
    sha256: str


@dataclass(slots=True, frozen=True)
class StagedBlob:
    """An upload's bytes, stored but no file's yet: kept or discarded (`Blobs.discard` is
    safe either way, and the edge calls it after every upload)."""

    key: str
    size: int
    sha256: str


class Blobs(abc.ABC):
    """A store's bytes: staged outside units of work, kept or written inside one, read
    outside any (a download streams after its unit of work has ended)."""

    @abc.abstractmethod
    async def stage(self, chunks: AsyncIterable[bytes], *, limit: int) -> StagedBlob:
        """Store `chunks` (at most `limit` bytes, else `TooLarge`) as a staged blob."""

    @abc.abstractmethod
    async def keep(self, session: Session, staged: StagedBlob) -> StoredBlob:
        """Make a staged blob permanent, in `session`'s unit of work."""

    @abc.abstractmethod
    async def discard(self, staged: StagedBlob) -> None:
        """Drop a staged blob unless a committed unit of work kept it (idempotent)."""

    @abc.abstractmethod
    async def write(self, session: Session, chunks: AsyncIterable[bytes], *,
                    limit: int) -> StoredBlob:
        """Store `chunks` permanently, in `session`'s unit of work."""

    @abc.abstractmethod
    def read(self, key: str) -> AsyncIterator[bytes]:
        """The bytes of a stored blob, `CHUNK` at a time, outside any unit of work."""


async def _cleanup(coro: Coroutine[Any, Any, None]) -> None:
    """Run a cleanup coroutine to its end even if the task is being cancelled (a client that
    went away must not leave half a file behind)."""
    task = asyncio.ensure_future(coro)
    try:
        await asyncio.shield(task)
    except asyncio.CancelledError:
        await task
        raise


# -- SQLite: files on disk ---------------------------------------------------------------

class DiskBlobs(Blobs):
    """Content-addressed files under `root` (see the module docstring); with no `root` (an
    in-memory database), under a temporary directory made on first use and removed by
    `close`."""

    def __init__(self, root: Path | None) -> None:
        self._root = root
        self._scratch: tempfile.TemporaryDirectory[str] | None = None
        if root is not None:
            _sweep(root / "tmp")

    @property
    def root(self) -> Path:
        if self._root is None:
            self._scratch = tempfile.TemporaryDirectory(prefix="stripe-emulator-files-")
            self._root = Path(self._scratch.name)
        return self._root

    @property
    def _tmp(self) -> Path:
        tmp = self.root / "tmp"
        tmp.mkdir(parents=True, exist_ok=True)
        return tmp

    def close(self) -> None:
        """Remove the temporary directory of an in-memory database's files."""
        if self._scratch is not None:
            self._scratch.cleanup()
            self._scratch = None

    def _path(self, sha256: str) -> Path:
        if not _SHA256.match(sha256):
            raise ValueError(f"bad blob key {sha256!r}")
        return self.root / sha256[:2] / sha256

    async def stage(self, chunks: AsyncIterable[bytes], *, limit: int) -> StagedBlob:
        name = f"{secrets.token_hex(16)}.part"
        path = self._tmp / name
        digest = hashlib.sha256()
        size = 0
        f: BinaryIO = open(path, "xb")  # noqa: SIM115 - closed below on every path
        try:
            async for chunk in chunks:
                size += len(chunk)
                if size > limit:
                    raise TooLarge(limit)
                # Page-cache writes take microseconds: on the loop, like SQLite's own.
                f.write(chunk)
                digest.update(chunk)
            f.flush()
            await asyncio.to_thread(os.fsync, f.fileno())  # the slow part, off the loop
        except BaseException:
            f.close()
            path.unlink(missing_ok=True)
            raise
        f.close()
        return StagedBlob(name, size, digest.hexdigest())

    async def keep(self, session: Session, staged: StagedBlob) -> StoredBlob:
        temp = self._tmp / staged.key
        target = self._path(staged.sha256)
        if target.exists():  # the same bytes are already stored
            temp.unlink(missing_ok=True)
        else:
            target.parent.mkdir(exist_ok=True)
            os.replace(temp, target)
            await asyncio.to_thread(_fsync_dir, target.parent)
        return StoredBlob(staged.sha256, staged.size, staged.sha256)

    async def discard(self, staged: StagedBlob) -> None:
        # A kept blob's temporary file is gone (renamed); its content file may be shared
        # with other files, so only the temporary file is ever removed.
        (self._tmp / staged.key).unlink(missing_ok=True)

    async def write(self, session: Session, chunks: AsyncIterable[bytes], *,
                    limit: int) -> StoredBlob:
        staged = await self.stage(chunks, limit=limit)
        try:
            return await self.keep(session, staged)
        finally:
            await self.discard(staged)

    async def read(self, key: str) -> AsyncIterator[bytes]:
        with open(self._path(key), "rb") as f:
            while chunk := f.read(CHUNK):
                yield chunk


def _sweep(tmp: Path) -> None:
    """Remove the `.part` files of uploads whose process died mid-way: untouched for
    `STALE_SECONDS` (another process on the same directory, such as an operator command
    beside a running server, may be writing one right now). Ages are measured on the file
    system's own clock, a probe file's modification time."""
    if not tmp.is_dir():
        return
    probe = tmp / f".probe-{secrets.token_hex(8)}"
    probe.touch()
    try:
        now = probe.stat().st_mtime
    finally:
        probe.unlink(missing_ok=True)
    for leftover in tmp.glob("*.part"):
        try:
            if leftover.stat().st_mtime < now - STALE_SECONDS:
                leftover.unlink(missing_ok=True)
        except FileNotFoundError:  # kept or discarded meanwhile
            continue


def _fsync_dir(path: Path) -> None:
    """Make a rename into `path` durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# -- PostgreSQL: chunks in the database ------------------------------------------------------

class ChunkBlobs(Blobs):
    """`file_chunks` rows (see the module docstring). Staging commits each chunk on its own
    (no connection is held while a client sends); a staged blob becomes a file's when the
    unit of work that creates the file inserts its `file_contents` row, which commits with
    the file object, and `discard` deletes only chunks no such row refers to. PostgreSQL's
    own clock stamps each chunk (`created`), so the sweep needs no clock of ours."""

    def __init__(self, store: Store) -> None:
        self._store = store

    async def _chunked(self, chunks: AsyncIterable[bytes], limit: int,
                       ) -> AsyncIterator[tuple[int, bytes]]:
        """(seq, CHUNK bytes) rows of `chunks`, the last one shorter; `TooLarge` past
        `limit`. Holds at most one row's bytes plus one incoming chunk."""
        buffer = bytearray()
        size = seq = 0
        async for chunk in chunks:
            size += len(chunk)
            if size > limit:
                raise TooLarge(limit)
            buffer += chunk
            while len(buffer) >= CHUNK:
                yield seq, bytes(buffer[:CHUNK])
                del buffer[:CHUNK]
                seq += 1
        if buffer:
            yield seq, bytes(buffer)

    @staticmethod
    async def _insert(session: Session, key: str, seq: int, data: bytes) -> None:
        await session.execute(
            "INSERT INTO file_chunks (blob, seq, data, created) "
            "VALUES (?, ?, ?, CAST(EXTRACT(EPOCH FROM now()) AS BIGINT))", key, seq, data)

    async def stage(self, chunks: AsyncIterable[bytes], *, limit: int) -> StagedBlob:
        key = secrets.token_hex(16)
        digest = hashlib.sha256()
        size = 0
        try:
            async for seq, data in self._chunked(chunks, limit):
                digest.update(data)
                size += len(data)
                async with self._store.transaction() as session:
                    await self._insert(session, key, seq, data)
        except BaseException:
            await _cleanup(self._delete(key))
            raise
        return StagedBlob(key, size, digest.hexdigest())

    async def keep(self, session: Session, staged: StagedBlob) -> StoredBlob:
        return StoredBlob(staged.key, staged.size, staged.sha256)

    async def _delete(self, key: str) -> None:
        async with self._store.transaction() as session:
            await session.execute(
                "DELETE FROM file_chunks WHERE blob = ? AND NOT EXISTS "
                "(SELECT 1 FROM file_contents WHERE file_contents.blob = ?)", key, key)

    async def discard(self, staged: StagedBlob) -> None:
        await _cleanup(self._delete(staged.key))

    async def write(self, session: Session, chunks: AsyncIterable[bytes], *,
                    limit: int) -> StoredBlob:
        key = secrets.token_hex(16)
        digest = hashlib.sha256()
        size = 0
        async for seq, data in self._chunked(chunks, limit):
            digest.update(data)
            size += len(data)
            await self._insert(session, key, seq, data)
        return StoredBlob(key, size, digest.hexdigest())

    async def read(self, key: str) -> AsyncIterator[bytes]:
        seq = 0
        while True:
            async with self._store.reader() as session:
                row = await session.fetchone(
                    "SELECT data FROM file_chunks WHERE blob = ? AND seq = ?", key, seq)
            if row is None:
                return
            yield bytes(row[0])
            seq += 1

    async def sweep(self) -> int:
        """Delete the chunks of uploads staged over `STALE_SECONDS` ago that no file kept
        (their process died in between); returns how many rows went."""
        async with self._store.transaction() as session:
            return int(await session.execute(
                "DELETE FROM file_chunks WHERE blob IN (SELECT blob FROM file_chunks "
                "WHERE seq = 0 AND created < CAST(EXTRACT(EPOCH FROM now()) AS BIGINT) - ? "
                "AND blob NOT IN (SELECT blob FROM file_contents))", STALE_SECONDS))
