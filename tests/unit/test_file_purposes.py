"""A file's type from its bytes, the purposes table's rules (expiry, links, downloads), and
the Content-Disposition of downloads."""

from __future__ import annotations

import datetime as dt

import pytest

from stripe_emulator.api.downloads import content_disposition
from stripe_emulator.areas.core.file_purposes import (
    LINKABLE,
    LINKABLE_AT_UPLOAD,
    PURPOSES,
    UPLOADABLE,
    detect_type,
    expiry,
    media_type,
    purpose_of,
)


@pytest.mark.parametrize(("head", "name", "kind"), [
    (b"%PDF-1.7\n...", "x.bin", "pdf"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", None, "png"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "photo.jpeg", "jpg"),
    (b"GIF89a\x01\x00", "a.gif", "gif"),
    (b"GIF87a\x01\x00", None, "gif"),
    (b"RIFF\x10\x00\x00\x00WEBPVP8 ", None, "webp"),
    (b"II*\x00\x08\x00", None, "tiff"),
    (b'<svg xmlns="http://www.w3.org/2000/svg"></svg>', "s.txt", "svg"),
    (b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- c -->\n<!DOCTYPE svg>\n<svg>', None, "svg"),
    (b'<?xml version="1.0"?>\n<!-- made by hand -->\n<svg width="1"/>', None, "svg"),
    (b"id,amount\n1,2\n", "report.CSV", "csv"),
    (b"id\tamount\n", "r.tsv", "tsv"),
    (b"hello", "notes", "txt"),
    (b'{"a": 1}', "data.json", "json"),
    (b"PK\x03\x04rest", "app.apk", "apk"),
    (b"PK\x03\x04rest", "doc.docx", "docx"),
    (b"PK\x03\x04rest", "archive", "zip"),
    (b"\x00\x01\x02binary", "x.bin", None),
    (b"", "empty.pdf", None),
    ("é".encode()[:1], "cut.txt", "txt"),  # a multi-byte character cut by the sample
])
def test_detect_type(head: bytes, name: str | None, kind: str | None) -> None:
    assert detect_type(head, name) == kind


def test_media_types() -> None:
    assert media_type("pdf") == "application/pdf"
    assert media_type("jpg") == "image/jpeg"
    assert media_type("csv") == "text/csv"
    assert media_type("html") == "text/plain"  # never rendered on this server's origin
    assert media_type(None) == media_type("weird") == "application/octet-stream"


def test_the_table_matches_stripes_lists() -> None:
    assert len(UPLOADABLE) == 15 and "finance_report_run" not in UPLOADABLE
    assert set(LINKABLE_AT_UPLOAD) == {
        "business_icon", "business_logo", "customer_signature", "dispute_evidence",
        "issuing_regulatory_reporting", "pci_document", "tax_document_user_upload",
        "terminal_android_apk", "terminal_reader_splashscreen"}
    assert len(LINKABLE) == 14 and "identity_document" not in LINKABLE
    assert not purpose_of("account_requirement").can_download
    assert purpose_of("finance_report_run").can_download
    assert not purpose_of("terminal_wifi_private_key").can_download
    assert purpose_of("business_logo").max_size == 512 * 1024
    assert len(PURPOSES) == 21
    with pytest.raises(ValueError):
        purpose_of("nope")


def ts(*args: int) -> int:
    return int(dt.datetime(*args, tzinfo=dt.UTC).timestamp())  # type: ignore[misc]


def test_expiry() -> None:
    evidence = purpose_of("dispute_evidence")
    assert expiry(evidence, ts(2026, 1, 15, 10, 30)) == ts(2026, 10, 15, 10, 30)
    assert expiry(evidence, ts(2026, 5, 31)) == ts(2027, 2, 28)  # the month's last day
    assert expiry(purpose_of("customer_signature"), ts(2026, 12, 28)) == ts(2027, 1, 4)
    assert expiry(purpose_of("identity_document"), ts(2026, 1, 1)) is None


def test_content_disposition() -> None:
    assert content_disposition("report.csv") == 'attachment; filename="report.csv"'
    assert content_disposition('a"b\\c\r\n.pdf') == (
        "attachment; filename=\"a_b_c__.pdf\"; filename*=UTF-8''a%22b%5Cc%0D%0A.pdf")
    assert content_disposition("été.png") == (
        "attachment; filename=\"_t_.png\"; filename*=UTF-8''%C3%A9t%C3%A9.png")
