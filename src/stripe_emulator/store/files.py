"""The Files tables (migration 0008): `file_contents`, which bytes (`store.blobs`) each of an
account's files holds, and `file_link_tokens`, the secret token of each FileLink's public
URL, found from any account (the public `/links/<token>` route has no key)."""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator
from dataclasses import dataclass

from stripe_emulator.store.blobs import Blobs, StagedBlob, StoredBlob, TooLarge
from stripe_emulator.store.engine import AccountRepository

__all__ = ["FileContents", "FileLinkTokens", "StagedBlob", "StoredBlob", "TooLarge"]


@dataclass(slots=True, frozen=True)
class LinkToken:
    """Whose link a public token opens."""

    account: str
    link: str


class FileContents(AccountRepository):
    """The bytes of an account's files."""

    __slots__ = ()

    @property
    def _blobs(self) -> Blobs:
        blobs = self._session.blobs
        if blobs is None:  # pragma: no cover - every store sets it
            raise RuntimeError("this store keeps no file contents")
        return blobs

    async def _record(self, file_id: str, blob: StoredBlob) -> None:
        await self._session.execute(
            "INSERT INTO file_contents (account, file, blob, size, sha256) "
            "VALUES (?, ?, ?, ?, ?)", self._account, file_id, blob.key, blob.size, blob.sha256)

    async def keep(self, file_id: str, staged: StagedBlob) -> StoredBlob:
        """Make an upload's staged bytes `file_id`'s (they are the file's once this unit of
        work commits; if it rolls back, the edge's discard removes them)."""
        blob = await self._blobs.keep(self._session, staged)
        await self._record(file_id, blob)
        return blob

    async def write(self, file_id: str, chunks: AsyncIterable[bytes], *,
                    limit: int) -> StoredBlob:
        """Store `chunks` as `file_id`'s bytes, incrementally (`TooLarge` past `limit`)."""
        blob = await self._blobs.write(self._session, chunks, limit=limit)
        await self._record(file_id, blob)
        return blob

    async def find(self, file_id: str) -> StoredBlob | None:
        """What `file_id` holds, or None."""
        row = await self._session.fetchone(
            "SELECT blob, size, sha256 FROM file_contents WHERE account = ? AND file = ?",
            self._account, file_id)
        return StoredBlob(str(row[0]), int(row[1]), str(row[2])) if row else None

    def chunks(self, blob: StoredBlob) -> AsyncIterator[bytes]:
        """The bytes of `blob` (from `find`), read as they are iterated; usable after this
        unit of work ends (a download streams then)."""
        return self._blobs.read(blob.key)


class FileLinkTokens(AccountRepository):
    """The public tokens of an account's FileLinks."""

    __slots__ = ()

    async def add(self, token: str, link_id: str) -> None:
        await self._session.execute(
            "INSERT INTO file_link_tokens (token, account, link) VALUES (?, ?, ?)",
            token, self._account, link_id)

    async def resolve(self, token: str) -> LinkToken | None:
        """The account and link of `token`, in whichever account (this repository's own
        account plays no part: a public route learns it here)."""
        row = await self._session.fetchone(
            "SELECT account, link FROM file_link_tokens WHERE token = ?", token)
        return LinkToken(str(row[0]), str(row[1])) if row else None
