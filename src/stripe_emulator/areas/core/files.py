"""Files: uploads (`POST /v1/files`, streamed to the store by the edge), the files other
areas make (`create_from_chunks`: report CSVs, Sigma results, Identity images), retrieve,
list, the raw contents (`GET /v1/files/{file}/contents`) and the public download through a
file link. `file.created` is emitted for every file, however made.

Other areas call `create_from_chunks` to make a file and `read_chunks` to read one back;
the bytes are never whole in memory either way.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable
from typing import Any, cast

from stripe_emulator.api.auth import PUBLISHABLE
from stripe_emulator.api.context import Context
from stripe_emulator.api.downloads import Download
from stripe_emulator.api.errors import APIError, AuthenticationFailed, InvalidRequestError
from stripe_emulator.api.listing import ListPage, list_objects
from stripe_emulator.api.multipart import HEAD_BYTES, UploadedFile
from stripe_emulator.api.objects import Filter
from stripe_emulator.areas.core import file_links
from stripe_emulator.areas.core.file_purposes import (
    LINKABLE_AT_UPLOAD,
    MB,
    Purpose,
    detect_type,
    expiry,
    media_type,
    purpose_of,
)
from stripe_emulator.areas.core.models import File, FileLink, FileLinks
from stripe_emulator.areas.core.sdk_params import FileCreateParams, FileListParams
from stripe_emulator.events import emit
from stripe_emulator.store.files import FileContents, StoredBlob, TooLarge

__all__ = ["contents", "create", "create_from_chunks", "download_link", "list_files",
           "read_chunks", "retrieve"]

#: The largest file another area may make (a report run's CSV): far above any upload.
GENERATED_MAX = 1 << 30
FILE_CREATED = "file.created"


def _size(n: int) -> str:
    """`5 MB`, `512 KB`: a limit as Stripe's upload guide writes it."""
    return f"{n // MB} MB" if n >= MB else f"{n // 1024} KB"


def _basename(filename: str | None) -> str | None:
    """The part of a client's file name after its last `/` or `\\` (the SDK sends the
    local path it opened)."""
    if not filename:
        return None
    name = filename.replace("\\", "/").rsplit("/", 1)[-1].strip()
    return name or None


def _check_upload(spec: Purpose, upload: UploadedFile, file_type: str | None) -> None:
    """Stripe's refusals of an upload's bytes: empty, too large, of a type its purpose
    does not take."""
    if upload.size == 0:
        raise InvalidRequestError("Invalid file: the uploaded file is empty. Upload a file "
                                  "of at least one byte.", param="file")
    if upload.size > spec.max_size:
        raise InvalidRequestError(
            f"File too large: files with purpose `{spec.name}` can be at most "
            f"{_size(spec.max_size)}, and this one is {upload.size} bytes.", param="file")
    if spec.types is not None and file_type not in spec.types:
        raise InvalidRequestError(
            f"Invalid file type: files with purpose `{spec.name}` must be one of "
            f"{', '.join(sorted(spec.types))}; the uploaded file is "
            f"{file_type or 'of an unknown type'}.", param="file")


async def create(ctx: Context, p: FileCreateParams) -> File:
    """A file from an upload (its bytes already staged by the edge), with a FileLink when
    `file_link_data[create]` asks for one."""
    upload = p.file
    if not isinstance(upload, UploadedFile):
        raise InvalidRequestError(
            "Invalid file: send the file as a file part of a multipart/form-data request "
            "(with a filename), as Stripe's libraries do.", param="file")
    spec = purpose_of(p.purpose)
    link = p.file_link_data if p.file_link_data is not None and p.file_link_data.create \
        else None
    if link is not None:
        if not spec.link_at_upload:
            raise InvalidRequestError(
                f"Cannot create a file link for a file with purpose `{spec.name}`: "
                f"`file_link_data[create]` is only allowed for purposes "
                f"{', '.join(LINKABLE_AT_UPLOAD)}.", param="file_link_data[create]")
        if ctx.key_kind == "publishable":
            raise AuthenticationFailed(PUBLISHABLE)
    file_type = detect_type(upload.head, upload.filename)
    _check_upload(spec, upload, file_type)
    file_id = ctx.new_id("file")
    await ctx.repository(FileContents).keep(file_id, upload.blob)
    file = await _insert(ctx, file_id, spec, size=upload.size, file_type=file_type,
                         filename=_basename(upload.filename))
    if link is not None:
        made = await file_links.create_for(
            ctx, file, expires_at=link.expires_at, metadata=link.metadata or {},
            param="file_link_data[expires_at]", file_param="file_link_data[create]")
        file["links"] = _links([made], file_id)
        await ctx.objects.save(file)
    await emit(ctx, FILE_CREATED, file)
    return file


async def create_from_chunks(ctx: Context, *, purpose: str,
                             chunks: AsyncIterable[bytes] | Iterable[bytes],
                             filename: str | None = None, type: str | None = None,
                             expires_at: int | None = None, title: str | None = None) -> File:
    """Make a file of `purpose` (any, Stripe-made ones included) from `chunks`, written to
    the store as they come (never whole in memory), in this unit of work: if it rolls back,
    no file and no bytes remain. `type` defaults to what the bytes look like, `expires_at`
    to the purpose's rule; emits `file.created` and returns the File."""
    spec = purpose_of(purpose)
    file_id = ctx.new_id("file")
    head = bytearray()
    limit = spec.max_size if spec.uploadable else GENERATED_MAX
    try:
        blob = await ctx.repository(FileContents).write(file_id, _head(chunks, head),
                                                        limit=limit)
    except TooLarge:
        raise ValueError(f"a {purpose} file cannot be larger than {limit} bytes") from None
    file_type = type or detect_type(bytes(head), filename)
    file = await _insert(ctx, file_id, spec, size=blob.size, file_type=file_type,
                         filename=_basename(filename), expires_at=expires_at, title=title)
    await emit(ctx, FILE_CREATED, file)
    return file


async def _head(chunks: AsyncIterable[bytes] | Iterable[bytes],
                into: bytearray) -> AsyncIterator[bytes]:
    """`chunks` (sync or async) as async, their first `HEAD_BYTES` copied into `into`."""
    if isinstance(chunks, AsyncIterable):
        async for chunk in chunks:
            if len(into) < HEAD_BYTES:
                into += chunk[:HEAD_BYTES - len(into)]
            yield chunk
        return
    for chunk in chunks:
        if len(into) < HEAD_BYTES:
            into += chunk[:HEAD_BYTES - len(into)]
        yield chunk


def _links(links: list[FileLink], file_id: str) -> FileLinks:
    return {"object": "list", "data": links, "has_more": False,
            "url": f"/v1/file_links?file={file_id}"}


async def _insert(ctx: Context, file_id: str, spec: Purpose, *, size: int,
                  file_type: str | None, filename: str | None,
                  expires_at: int | None = None, title: str | None = None) -> File:
    now = ctx.now()
    file: File = {
        "id": file_id,
        "object": "file",
        "created": now,
        "expires_at": expires_at if expires_at is not None else expiry(spec, now),
        "filename": filename or file_id,
        "links": _links([], file_id),
        "purpose": spec.name,
        "size": size,
        "title": title,
        "type": file_type,
        "url": (f"{ctx.runtime.public_url}/v1/files/{file_id}/contents"
                if spec.can_download else None),
    }
    await ctx.objects.insert(file)
    return file


async def _shown(ctx: Context, file: File) -> File:
    """`file` with its `links` as they are now (files of purposes without links skip the
    lookup)."""
    if purpose_of(file["purpose"]).linkable:
        file["links"] = await file_links.links_of(ctx, file["id"])
    return file


async def retrieve(ctx: Context, file_id: str) -> File:
    """A file, with its links."""
    return await _shown(ctx, await ctx.objects.load(File, file_id, thing="file"))


async def list_files(ctx: Context, p: FileListParams) -> ListPage:
    """Files, newest first: of one `purpose`, `created` in a range."""
    filters = [Filter("purpose", p.purpose)] if p.purpose is not None else []
    page = await list_objects(ctx, File, p, url="/v1/files", filters=filters, thing="file")
    data = [cast(dict[str, Any], await _shown(ctx, cast(File, doc))) for doc in page.docs()]
    return ListPage(url=page.url, data=data, has_more=page.has_more)


def _unavailable(file: File, now: int) -> InvalidRequestError | None:
    """Why the contents of `file` cannot be fetched at `now`, if they cannot."""
    if not purpose_of(file["purpose"]).can_download:
        return InvalidRequestError(
            f"The contents of files with purpose `{file['purpose']}` cannot be downloaded.",
            status=404, code="resource_missing")
    expires_at = file["expires_at"]
    if expires_at is not None and expires_at <= now:
        return InvalidRequestError(f"The file {file['id']} has expired: its contents are "
                                   "no longer available.", status=404,
                                   code="resource_missing")
    return None


async def _download(ctx: Context, file: File) -> Download:
    """The bytes of `file`, streamed after this unit of work ends."""
    repository = ctx.repository(FileContents)
    blob = await repository.find(file["id"])
    if blob is None:  # an object without its bytes: the store lost them
        raise APIError(f"The contents of file {file['id']} are missing from the store.")
    return Download(chunks=repository.chunks(blob), size=blob.size,
                    content_type=media_type(file["type"]),
                    filename=file["filename"] or file["id"])


async def contents(ctx: Context, file_id: str) -> Download:
    """A file's raw bytes (`url` of a downloadable file, fetched with the API key)."""
    file = await ctx.objects.load(File, file_id, thing="file")
    refusal = _unavailable(file, ctx.now())
    if refusal is not None:
        raise refusal
    return await _download(ctx, file)


async def download_link(ctx: Context, token: str) -> Download:
    """A file's bytes through a live link's public URL (no key: the token says whose)."""
    owner, link = await file_links.open_link(ctx, token)
    file = await owner.objects.load(File, link["file"], thing="file")
    refusal = _unavailable(file, owner.now())
    if refusal is not None:
        raise refusal
    return await _download(owner, file)


async def read_chunks(ctx: Context, file_id: str) -> AsyncIterator[bytes]:
    """The bytes of one of the account's files, read from the store as they are iterated
    (also after this unit of work ends); `No such file` if there is none."""
    await ctx.objects.load(File, file_id, thing="file")
    repository = ctx.repository(FileContents)
    blob: StoredBlob | None = await repository.find(file_id)
    if blob is None:
        raise APIError(f"The contents of file {file_id} are missing from the store.")
    return repository.chunks(blob)
