"""`multipart/form-data` bodies (file uploads): fields decode like forms, files arrive as
`UploadedFile` values under their field name."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

from stripe_emulator.api.errors import InvalidRequestError
from stripe_emulator.api.forms import decode_pairs

__all__ = ["UploadedFile", "parse_multipart"]


@dataclass(slots=True, frozen=True)
class UploadedFile:
    """One uploaded file: its bytes, and the name and type the client gave."""

    filename: str | None
    content_type: str | None
    data: bytes


def parse_multipart(body: bytes, content_type: str) -> dict[str, Any]:
    """Decode a multipart body into the same nested structure as a form body."""
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body)
    if not message.is_multipart():
        raise InvalidRequestError("Invalid multipart/form-data body.")
    pairs: list[tuple[str, str]] = []
    files: dict[str, UploadedFile] = {}
    for part in message.iter_parts():
        assert isinstance(part, Message)
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        if filename is not None:
            files[name] = UploadedFile(filename, part.get_content_type(), data)
        else:
            pairs.append((name, data.decode(part.get_content_charset() or "utf-8")))
    result = decode_pairs(pairs)
    result.update(files)
    return result
