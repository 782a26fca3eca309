"""What a file's purpose allows (one table: upload, types, size, expiry, download, links),
a file's type told from its first bytes (the SDK declares every upload
`application/octet-stream`), and the media type a download is served with."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["PURPOSES", "UPLOADABLE", "Purpose", "detect_type", "expiry", "media_type",
           "purpose_of"]

KB = 1 << 10
MB = 1 << 20

_PDF, _JPG, _PNG, _GIF, _SVG = "pdf", "jpg", "png", "gif", "svg"


@dataclass(frozen=True, slots=True)
class Purpose:
    """One file purpose. `types`: the file types an upload may have (None: any);
    `expires_after`: (days, months) after creation, or None (never); `downloadable`: the
    file has a `url` and its contents can be fetched; `linkable`: FileLinks may point at it
    (at upload too, when it is `uploadable`)."""

    name: str
    uploadable: bool
    linkable: bool
    types: frozenset[str] | None = None
    max_size: int = 16 * MB
    expires_after: tuple[int, int] | None = None
    #: [local] where Stripe's guide is silent: downloadable exactly when linkable.
    downloadable: bool | None = None

    @property
    def can_download(self) -> bool:
        return self.linkable if self.downloadable is None else self.downloadable

    @property
    def link_at_upload(self) -> bool:
        """`file_link_data[create]=true` is allowed when uploading a file of this purpose."""
        return self.uploadable and self.linkable


def _types(*names: str) -> frozenset[str]:
    return frozenset(names)


_TABLE = (
    # Stripe's upload guide: types, size, expiry and download for the purposes it lists.
    Purpose("account_requirement", True, False, _types(_PDF, _JPG, _PNG), 16 * MB,
            downloadable=False),
    Purpose("additional_verification", True, False),
    Purpose("business_icon", True, True, _types(_JPG, _PNG, _GIF), 512 * KB,
            downloadable=True),
    Purpose("business_logo", True, True, _types(_JPG, _PNG, _GIF), 512 * KB,
            downloadable=True),
    Purpose("customer_signature", True, True, _types(_JPG, _PNG, _SVG), 4 * MB,
            expires_after=(7, 0), downloadable=True),
    Purpose("dispute_evidence", True, True, _types(_PDF, _JPG, _PNG), 5 * MB,
            expires_after=(0, 9), downloadable=True),
    Purpose("identity_document", True, False, _types(_PDF, _JPG, _PNG), 16 * MB,
            downloadable=False),
    Purpose("issuing_regulatory_reporting", True, True),
    Purpose("pci_document", True, True),
    Purpose("platform_terms_of_service", True, False),
    Purpose("tax_document_user_upload", True, True, _types(_PDF), 16 * MB, downloadable=True),
    Purpose("terminal_android_apk", True, True),
    Purpose("terminal_reader_splashscreen", True, True),
    Purpose("terminal_wifi_certificate", True, False),
    Purpose("terminal_wifi_private_key", True, False),
    # Made by Stripe only (reports, Sigma, Identity, Treasury): never uploaded.
    Purpose("document_provider_identity_document", False, False),
    Purpose("finance_report_run", False, True),
    Purpose("financial_account_statement", False, True),
    Purpose("identity_document_downloadable", False, True),
    Purpose("selfie", False, True),
    Purpose("sigma_scheduled_query", False, True),
)

#: Every purpose a File can have, by name.
PURPOSES: dict[str, Purpose] = {p.name: p for p in _TABLE}
#: The purposes `POST /v1/files` takes, in Stripe's order.
UPLOADABLE = tuple(p.name for p in _TABLE if p.uploadable)
#: The purposes file links may point at (the FileLink create error lists them).
LINKABLE = tuple(p.name for p in _TABLE if p.linkable)
#: The purposes `file_link_data` is allowed with at upload.
LINKABLE_AT_UPLOAD = tuple(p.name for p in _TABLE if p.link_at_upload)


def purpose_of(name: str) -> Purpose:
    """The purpose called `name` (a File's own: always one of the table's)."""
    found = PURPOSES.get(name)
    if found is None:
        raise ValueError(f"unknown file purpose {name!r}")
    return found


def expiry(spec: Purpose, created: int) -> int | None:
    """When a file of `spec` made at `created` expires: days later, or calendar months later
    (the same day of the month, or its last day), at the same time of day."""
    if spec.expires_after is None:
        return None
    days, months = spec.expires_after
    moment = dt.datetime.fromtimestamp(created, dt.UTC) + dt.timedelta(days=days)
    if months:
        index = moment.month - 1 + months
        year, month = moment.year + index // 12, index % 12 + 1
        day = min(moment.day, calendar.monthrange(year, month)[1])
        moment = moment.replace(year=year, month=month, day=day)
    return int(moment.timestamp())


# -- the type of a file, from its bytes ----------------------------------------------------

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", _PDF),
    (b"\x89PNG\r\n\x1a\n", _PNG),
    (b"\xff\xd8\xff", _JPG),
    (b"GIF87a", _GIF),
    (b"GIF89a", _GIF),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
)
#: ZIP containers, told apart by their file name's extension.
_ZIPPED = frozenset({"docx", "xlsx", "pptx", "apk", "zip"})
#: Text files, named by their extension; other text is `txt`.
_TEXT = frozenset({"csv", "tsv", "txt", "json", "xml", "pem", "crt", "cer", "key", "md",
                   "html"})
_SVG_START = re.compile(
    rb"^(\xef\xbb\xbf)?\s*(<\?xml[^>]*\?>\s*)?((<!--.*?-->|<!DOCTYPE[^>]*>)\s*)*<svg[\s>/]",
    re.S | re.I)

_MEDIA_TYPES = {
    _PDF: "application/pdf", _PNG: "image/png", _JPG: "image/jpeg", _GIF: "image/gif",
    _SVG: "image/svg+xml", "tiff": "image/tiff", "webp": "image/webp",
    "csv": "text/csv", "tsv": "text/tab-separated-values", "txt": "text/plain",
    "json": "application/json", "xml": "application/xml", "html": "text/plain",
    "md": "text/markdown", "pem": "application/x-pem-file", "zip": "application/zip",
    "apk": "application/vnd.android.package-archive",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}


def _extension(filename: str | None) -> str:
    if not filename or "." not in filename:
        return ""
    return filename.rsplit(".", 1)[1].lower()


def _is_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    for cut in range(4):  # the sample may end inside a multi-byte character
        try:
            head[:len(head) - cut].decode("utf-8")
        except UnicodeDecodeError:
            continue
        return True
    return False


def detect_type(head: bytes, filename: str | None) -> str | None:
    """A file's type (`pdf`, `png`, `jpg`, `gif`, `svg`, `csv`, ...) from its first bytes,
    the file name breaking ties (ZIP containers, kinds of text); None when unknown."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    extension = _extension(filename)
    if head.startswith(b"PK\x03\x04"):
        return extension if extension in _ZIPPED else "zip"
    if not head or not _is_text(head):
        return None
    if _SVG_START.match(head):
        return _SVG
    return extension if extension in _TEXT else "txt"


def media_type(file_type: str | None) -> str:
    """The Content-Type a file of `file_type` is downloaded with (HTML is served as plain
    text: this server's origin never renders what a client uploaded)."""
    return _MEDIA_TYPES.get(file_type or "", "application/octet-stream")
