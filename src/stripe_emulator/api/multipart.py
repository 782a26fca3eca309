"""`multipart/form-data` request bodies, parsed as they arrive (RFC 7578).

`MultipartParser` is a pull parser over a body's chunks: `next_part()` gives a part's
headers, `chunks()` its bytes as they come. It holds at most one incoming chunk plus the
boundary, whatever the body's size (`peak` says how much it held).

On an upload route (`@endpoint(..., upload=True)`), `read_upload` streams each file part
into the store's blob stager while the small fields become params like a form's; a file
arrives as an `UploadedFile` (its size, first bytes and staged blob) under its field name.
Elsewhere `read_fields` takes a buffered body's fields (file parts are refused there).
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from stripe_emulator.api.errors import InvalidRequestError
from stripe_emulator.api.forms import decode_pairs
from stripe_emulator.store.blobs import StagedBlob, TooLarge

if TYPE_CHECKING:
    from stripe_emulator.api.types import Receive
    from stripe_emulator.store.blobs import Blobs

__all__ = ["HEAD_BYTES", "MultipartParser", "Part", "Upload", "UploadedFile", "boundary_of",
           "read_fields", "read_upload"]

#: How many of a file's first bytes an `UploadedFile` keeps (type detection reads them).
HEAD_BYTES = 8192
#: The most a part's headers may take.
HEADERS_MAX = 16 * 1024
#: The most all the non-file fields of one body may take together (a form body's limit).
FIELDS_MAX = 2 << 20
_MB = 1 << 20
_BOUNDARY = re.compile(r'boundary=(?:"([^"]{1,200})"|([^\s;,"]{1,200}))', re.I)
_PARAM = re.compile(r';\s*([A-Za-z0-9_.*-]+)\s*=\s*(?:"([^"]*)"|([^;]*))')


def _malformed(why: str) -> InvalidRequestError:
    return InvalidRequestError(f"Invalid multipart/form-data body: {why}.")


def boundary_of(content_type: str) -> bytes:
    """The boundary a `multipart/form-data; boundary=...` content type names."""
    m = _BOUNDARY.search(content_type)
    if m is None:
        raise _malformed("the Content-Type header names no boundary")
    return (m.group(1) or m.group(2)).encode("latin-1")


@dataclass(slots=True, frozen=True)
class Part:
    """A part's headers: its field name, and for a file part the client's file name."""

    name: str
    filename: str | None
    content_type: str | None


class MultipartParser:
    """Parts of a multipart body read from `source` (its chunks, in order). Call
    `next_part()` for each part (None after the last), and read its bytes with `chunks()`
    before asking for the next one (unread bytes are skipped)."""

    def __init__(self, source: AsyncIterator[bytes], boundary: bytes) -> None:
        self._source = source
        self._delimiter = b"\r\n--" + boundary
        # As if a line break preceded the body: the first boundary, which may open it, then
        # looks like every later one.
        self._buffer = bytearray(b"\r\n")
        self._in_body = True  # the preamble reads like a part's body, and is dropped
        self._done = False
        self._ended = False
        #: The largest number of bytes the parser held at once.
        self.peak = 0

    async def _fill(self) -> bool:
        """Append the next chunk of the body; False when there is none."""
        if self._ended:
            return False
        chunk = await anext(self._source, None)
        if chunk is None:
            self._ended = True
            return False
        self._buffer += chunk
        self.peak = max(self.peak, len(self._buffer))
        return True

    async def next_part(self) -> Part | None:
        """The next part's headers, or None after the closing boundary."""
        if self._done:
            return None
        if self._in_body:
            async for _ in self.chunks():
                pass
        while len(self._buffer) < 2:
            if not await self._fill():
                raise _malformed("it ends without its closing boundary")
        if self._buffer.startswith(b"--"):
            self._done = True
            return None
        # After a boundary: optional whitespace (RFC 2046's transport padding), a line break.
        while (end := self._buffer.find(b"\r\n")) < 0:
            if len(self._buffer) > HEADERS_MAX or not await self._fill():
                raise _malformed("a boundary line does not end")
        if self._buffer[:end].strip(b" \t"):
            raise _malformed("a boundary is followed by other text")
        del self._buffer[:end + 2]
        if self._buffer.startswith(b"\r\n"):
            headers = b""
            del self._buffer[:2]
        else:
            while (end := self._buffer.find(b"\r\n\r\n")) < 0:
                if len(self._buffer) > HEADERS_MAX or not await self._fill():
                    raise _malformed("a part's headers do not end")
            headers = bytes(self._buffer[:end])
            del self._buffer[:end + 4]
        if len(headers) > HEADERS_MAX:
            raise _malformed("a part's headers are too long")
        self._in_body = True
        return _part(headers)

    async def chunks(self) -> AsyncIterator[bytes]:
        """The current part's bytes, as they arrive (none once read)."""
        delimiter = self._delimiter
        keep = len(delimiter) - 1  # a delimiter may straddle two chunks
        while self._in_body:
            at = self._buffer.find(delimiter)
            if at >= 0:
                out = bytes(self._buffer[:at])
                del self._buffer[:at + len(delimiter)]
                self._in_body = False
                if out:
                    yield out
                return
            if len(self._buffer) > keep:
                out = bytes(self._buffer[:-keep])
                del self._buffer[:-keep]
                yield out
            if not await self._fill():
                raise _malformed("it ends in the middle of a part")


def _part(raw: bytes) -> Part:
    """A part from its header block (names may be UTF-8, as browsers and the SDK send them)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    disposition = content_type = None
    for line in text.split("\r\n"):
        key, sep, value = line.partition(":")
        if not sep:
            raise _malformed("a part's header line has no colon")
        key = key.strip().lower()
        if key == "content-disposition":
            disposition = value.strip()
        elif key == "content-type":
            content_type = value.strip() or None
    if disposition is None or not disposition.lower().startswith("form-data"):
        raise _malformed("a part has no Content-Disposition: form-data header")
    params: dict[str, str] = {}
    for m in _PARAM.finditer(disposition):
        name = m.group(1).lower()
        params[name] = m.group(2) if m.group(2) is not None else m.group(3).strip()
    if "filename*" in params:  # RFC 5987: charset'language'percent-encoded
        _, _, encoded = params["filename*"].partition("''")
        params["filename"] = unquote(encoded or params["filename*"], errors="replace")
    name = params.get("name")
    if not name:
        raise _malformed("a part has no name")
    return Part(name=name, filename=params.get("filename"), content_type=content_type)


@dataclass(slots=True)
class UploadedFile:
    """One uploaded file, staged in the store: the client's file name and declared type (the
    SDK always declares `application/octet-stream`), its size, its first `HEAD_BYTES`
    bytes, and the staged blob a service keeps (`store.files.FileContents.keep`)."""

    filename: str | None
    content_type: str | None
    size: int
    head: bytes
    blob: StagedBlob

    def fingerprint(self) -> dict[str, Any]:
        """What identifies the upload for Idempotency-Key comparisons (the bytes' hash)."""
        return {"filename": self.filename, "size": self.size, "sha256": self.blob.sha256}


@dataclass(slots=True)
class Upload:
    """An upload body read: `raw` params (fields decoded like a form's, files as
    `UploadedFile`), and every blob staged for it (the edge discards them when it is done:
    a no-op for what a committed unit of work kept)."""

    raw: dict[str, Any]
    staged: list[StagedBlob] = field(default_factory=list)


async def _body(receive: Receive) -> AsyncIterator[bytes]:
    """An ASGI request body's chunks as they arrive; a client that goes away mid-body is an
    error (the upload is incomplete)."""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise InvalidRequestError("The request body ended early: the client went away.")
        chunk = message.get("body", b"")
        if chunk:
            yield chunk
        if not message.get("more_body"):
            return


async def _head(chunks: AsyncIterator[bytes], into: bytearray) -> AsyncIterator[bytes]:
    """`chunks`, copying their first `HEAD_BYTES` bytes into `into`."""
    async for chunk in chunks:
        if len(into) < HEAD_BYTES:
            into += chunk[:HEAD_BYTES - len(into)]
        yield chunk


async def read_upload(receive: Receive, content_type: str, *, limit: int,
                      blobs: Blobs) -> Upload:
    """Read a multipart upload body as it arrives: file parts stream into `blobs` (each at
    most `limit` bytes, else Stripe's 400 naming the part), fields up to `FIELDS_MAX` bytes
    together. On any failure every blob staged so far is discarded before raising."""
    parser = MultipartParser(_body(receive), boundary_of(content_type))
    upload = Upload(raw={})
    pairs: list[tuple[str, str]] = []
    files: dict[str, UploadedFile] = {}
    field_bytes = 0
    try:
        while (part := await parser.next_part()) is not None:
            if part.filename is None:
                value = bytearray()
                async for chunk in parser.chunks():
                    field_bytes += len(chunk)
                    if field_bytes > FIELDS_MAX:
                        raise InvalidRequestError(
                            f"The request's fields are too large: at most {FIELDS_MAX // _MB} "
                            "MB together.", status=413)
                    value += chunk
                pairs.append((part.name, _text(value, part.name)))
                continue
            head = bytearray()
            try:
                staged = await blobs.stage(_head(parser.chunks(), head), limit=limit)
            except TooLarge:
                raise InvalidRequestError(
                    f"The file is too large: this endpoint accepts files of at most "
                    f"{limit // _MB} MB.", param=part.name) from None
            upload.staged.append(staged)
            files[part.name] = UploadedFile(part.filename, part.content_type, staged.size,
                                            bytes(head), staged)
    except BaseException:
        for staged in upload.staged:
            await blobs.discard(staged)
        raise
    upload.raw = decode_pairs(pairs)
    upload.raw.update(files)
    return upload


async def read_fields(body: bytes, content_type: str) -> dict[str, Any]:
    """The fields of a buffered multipart body, decoded like a form's (routes that take no
    files refuse file parts)."""

    async def source() -> AsyncIterator[bytes]:
        yield body

    parser = MultipartParser(source(), boundary_of(content_type))
    pairs: list[tuple[str, str]] = []
    while (part := await parser.next_part()) is not None:
        if part.filename is not None:
            raise InvalidRequestError(
                f"Invalid {part.name}: this endpoint does not take file uploads.",
                param=part.name)
        value = bytearray()
        async for chunk in parser.chunks():
            value += chunk
        pairs.append((part.name, _text(value, part.name)))
    return decode_pairs(pairs)


def _text(value: bytearray, name: str) -> str:
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidRequestError(f"Invalid {name}: the value is not UTF-8 text.",
                                  param=name) from None
