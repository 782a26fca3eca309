"""Files and FileLinks endpoints (Stripe's `files` host and `api` host, served by one
server), and the public `/links/<token>` download: the path, the params, one service call."""

from __future__ import annotations

from typing import Any

from stripe_emulator.api.context import Context
from stripe_emulator.api.downloads import Download
from stripe_emulator.api.listing import ListPage
from stripe_emulator.api.registry import UPLOAD_BODY, endpoint
from stripe_emulator.areas.core import file_links, files
from stripe_emulator.areas.core.sdk_params import (
    FileContentsParams,
    FileCreateParams,
    FileLinkCreateParams,
    FileLinkListParams,
    FileLinkRetrieveParams,
    FileLinkUpdateParams,
    FileListParams,
    FileRetrieveParams,
)

RAW = "application/octet-stream"


@endpoint("POST", "/v1/files", params=FileCreateParams, sdk="FileCreateParams",
          publishable=True, returns="file", upload=True, max_body=UPLOAD_BODY)
async def create_file(ctx: Context, params: FileCreateParams) -> Any:
    """Create a file (a multipart/form-data upload)."""
    return await files.create(ctx, params)


@endpoint("GET", "/v1/files/{file}", params=FileRetrieveParams, sdk="FileRetrieveParams",
          returns="file")
async def retrieve_file(ctx: Context, params: FileRetrieveParams, file: str) -> Any:
    """Retrieve a file."""
    return await files.retrieve(ctx, file)


@endpoint("GET", "/v1/files", params=FileListParams, sdk="FileListParams", returns="file")
async def list_files(ctx: Context, params: FileListParams) -> ListPage:
    """List all files."""
    return await files.list_files(ctx, params)


@endpoint("GET", "/v1/files/{file}/contents", params=FileContentsParams,
          sdk="FileContentsParams", media_type=RAW)
async def file_contents(ctx: Context, params: FileContentsParams, file: str) -> Download:
    """Download a file's contents."""
    return await files.contents(ctx, file)


@endpoint("POST", "/v1/file_links", params=FileLinkCreateParams, sdk="FileLinkCreateParams",
          returns="file_link")
async def create_file_link(ctx: Context, params: FileLinkCreateParams) -> Any:
    """Create a file link."""
    return await file_links.create(ctx, params)


@endpoint("GET", "/v1/file_links/{link}", params=FileLinkRetrieveParams,
          sdk="FileLinkRetrieveParams", returns="file_link")
async def retrieve_file_link(ctx: Context, params: FileLinkRetrieveParams, link: str) -> Any:
    """Retrieve a file link."""
    return await file_links.retrieve(ctx, link)


@endpoint("POST", "/v1/file_links/{link}", params=FileLinkUpdateParams,
          sdk="FileLinkUpdateParams", returns="file_link")
async def update_file_link(ctx: Context, params: FileLinkUpdateParams, link: str) -> Any:
    """Update a file link."""
    return await file_links.update(ctx, link, params)


@endpoint("GET", "/v1/file_links", params=FileLinkListParams, sdk="FileLinkListParams",
          returns="file_link")
async def list_file_links(ctx: Context, params: FileLinkListParams) -> ListPage:
    """List all file links."""
    return await file_links.list_file_links(ctx, params)


@endpoint("GET", "/links/{token}", media_type=RAW)
async def download_file_link(ctx: Context, params: None, token: str) -> Download:
    """Download a file through a file link (public: no key)."""
    return await files.download_link(ctx, token)
