"""The streaming multipart parser (`api.multipart`): parts and bytes exactly as sent, however
the body is cut into chunks, in bounded memory; malformed bodies refused in Stripe's shape.
And what a crashed upload left on disk is swept (`store.blobs`)."""

from __future__ import annotations

import asyncio
import hashlib
import os
from collections.abc import AsyncIterator, Iterable
from pathlib import Path

import pytest

from stripe_emulator.api.errors import InvalidRequestError
from stripe_emulator.api.multipart import MultipartParser, Part, boundary_of, read_fields
from stripe_emulator.store.blobs import STALE_SECONDS, DiskBlobs

BOUNDARY = b"d1e2f3"


def body(*parts: tuple[str, str | None, bytes], boundary: bytes = BOUNDARY,
         preamble: bytes = b"") -> bytes:
    out = [preamble]
    for name, filename, data in parts:
        disposition = f'form-data; name="{name}"'
        if filename is not None:
            disposition += f'; filename="{filename}"'
        out.append(b"--" + boundary + b"\r\nContent-Disposition: " + disposition.encode()
                   + (b"\r\nContent-Type: application/octet-stream" if filename else b"")
                   + b"\r\n\r\n" + data + b"\r\n")
    out.append(b"--" + boundary + b"--\r\n")
    return b"".join(out)


async def source(chunks: Iterable[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


def split(data: bytes, size: int) -> list[bytes]:
    return [data[i:i + size] for i in range(0, len(data), size)]


async def parse(chunks: Iterable[bytes], boundary: bytes = BOUNDARY,
                ) -> tuple[list[tuple[Part, bytes]], int]:
    parser = MultipartParser(source(chunks), boundary)
    found = []
    while (part := await parser.next_part()) is not None:
        data = bytearray()
        async for chunk in parser.chunks():
            data += chunk
        found.append((part, bytes(data)))
    return found, parser.peak


def run(chunks: Iterable[bytes], boundary: bytes = BOUNDARY,
        ) -> tuple[list[tuple[Part, bytes]], int]:
    return asyncio.run(parse(chunks, boundary))


FILE = os.urandom(3000) + b"\r\n--d1e2f" + os.urandom(100) + b"\r\n-" + b"\r\n"


@pytest.mark.parametrize("size", [1, 2, 3, 7, 11, 64, 1000, 1 << 20])
def test_any_chunking_gives_the_same_parts(size: int) -> None:
    raw = body(("purpose", None, b"dispute_evidence"), ("file", "/tmp/x.pdf", FILE),
               ("file_link_data[create]", None, b"true"), preamble=b"ignored preamble\r\n")
    parts, _ = run(split(raw, size))
    assert [(p.name, p.filename, data) for p, data in parts] == [
        ("purpose", None, b"dispute_evidence"), ("file", "/tmp/x.pdf", FILE),
        ("file_link_data[create]", None, b"true")]
    assert parts[1][0].content_type == "application/octet-stream"


def test_empty_parts_and_no_parts() -> None:
    parts, _ = run([body(("a", None, b""), ("f", "empty.pdf", b""))])
    assert [(p.name, data) for p, data in parts] == [("a", b""), ("f", b"")]
    assert run([b"--" + BOUNDARY + b"--\r\n"])[0] == []


def test_ten_megabytes_in_bounded_memory() -> None:
    """The parser holds one incoming chunk plus a boundary's length, never the file."""
    piece = os.urandom(64 * 1024)
    count = 160  # 10 MB
    head = (b"--" + BOUNDARY + b'\r\nContent-Disposition: form-data; name="file"; '
            b'filename="big.bin"\r\n\r\n')

    def chunks() -> Iterable[bytes]:
        yield head
        for _ in range(count):
            yield piece
        yield b"\r\n--" + BOUNDARY + b"--\r\n"

    async def consume() -> tuple[int, str, int]:
        parser = MultipartParser(source(chunks()), BOUNDARY)
        part = await parser.next_part()
        assert part is not None and part.filename == "big.bin"
        digest, size = hashlib.sha256(), 0
        async for chunk in parser.chunks():
            digest.update(chunk)
            size += len(chunk)
        assert await parser.next_part() is None
        return size, digest.hexdigest(), parser.peak

    size, digest, peak = asyncio.run(consume())
    assert size == len(piece) * count
    assert digest == hashlib.sha256(piece * count).hexdigest()
    assert peak <= len(piece) + len(b"\r\n--" + BOUNDARY) + len(head)


def test_unread_parts_are_skipped() -> None:
    async def names() -> list[str]:
        parser = MultipartParser(source(split(body(("a", None, b"1" * 500),
                                                   ("b", "f.bin", b"2" * 500)), 13)),
                                 BOUNDARY)
        found = []
        while (part := await parser.next_part()) is not None:
            found.append(part.name)
        return found

    assert asyncio.run(names()) == ["a", "b"]


def test_rfc5987_file_names_and_quoted_semicolons() -> None:
    raw = (b"--" + BOUNDARY + b"\r\nContent-Disposition: form-data; name=\"file\"; "
           b"filename=\"fallback.pdf\"; filename*=UTF-8''%C3%A9t%C3%A9.pdf\r\n\r\nx\r\n"
           + b"--" + BOUNDARY + b"\r\nContent-Disposition: form-data; name=\"g\"; "
           b"filename=\"a;b.pdf\"\r\n\r\ny\r\n--" + BOUNDARY + b"--")
    parts, _ = run([raw])
    assert [p.filename for p, _ in parts] == ["été.pdf", "a;b.pdf"]


@pytest.mark.parametrize(("raw", "why"), [
    (b"--d1e2f3\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue",
     "it ends in the middle of a part"),
    (b"--d1e2f3\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv\r\n--d1e2f3",
     "it ends without its closing boundary"),
    (b"--d1e2f3\r\nContent-Type: text/plain\r\n\r\nv\r\n--d1e2f3--",
     "a part has no Content-Disposition: form-data header"),
    (b"--d1e2f3\r\nContent-Disposition: form-data\r\n\r\nv\r\n--d1e2f3--",
     "a part has no name"),
    (b"--d1e2f3\r\nno colon here\r\n\r\nv\r\n--d1e2f3--",
     "a part's header line has no colon"),
    (b"--d1e2f3junk\r\n", "a boundary is followed by other text"),
    (b"--d1e2f3\r\nContent-Disposition: form-data; name=\"a\"" + b"x" * 20000,
     "a part's headers do not end"),
    (b"no boundary at all", "it ends in the middle of a part"),
])
def test_malformed_bodies(raw: bytes, why: str) -> None:
    with pytest.raises(InvalidRequestError) as e:
        run(split(raw, 5))
    assert e.value.message == f"Invalid multipart/form-data body: {why}."
    assert e.value.http_status == 400


def test_boundary_of() -> None:
    assert boundary_of("multipart/form-data; boundary=abc") == b"abc"
    assert boundary_of('multipart/form-data; charset=utf-8; boundary="a b"') == b"a b"
    with pytest.raises(InvalidRequestError):
        boundary_of("multipart/form-data")


def test_fields_of_a_buffered_body() -> None:
    raw = body(("metadata[a]", None, b"1"), ("expand[]", None, b"x"), ("name", None,
                                                                         "é".encode()))
    fields = asyncio.run(read_fields(raw, "multipart/form-data; boundary=d1e2f3"))
    assert fields["metadata"] == {"a": "1"} and fields["name"] == "é"
    with pytest.raises(InvalidRequestError) as e:
        asyncio.run(read_fields(body(("file", "x.pdf", b"%PDF")),
                                "multipart/form-data; boundary=d1e2f3"))
    assert e.value.param == "file"


def test_a_crashed_uploads_part_file_is_swept_a_day_later(tmp_path: Path) -> None:
    tmp = tmp_path / "files" / "tmp"
    tmp.mkdir(parents=True)
    old, fresh = tmp / "old.part", tmp / "fresh.part"
    old.write_bytes(b"half")
    fresh.write_bytes(b"being written by another process")
    stamp = old.stat().st_mtime - STALE_SECONDS - 60
    os.utime(old, (stamp, stamp))
    DiskBlobs(tmp_path / "files")
    assert not old.exists() and fresh.exists()
