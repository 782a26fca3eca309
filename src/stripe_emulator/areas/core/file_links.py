"""FileLinks: create, retrieve, update (expire now, move or drop the expiry), list; a file's
`links`; and the public token a link's URL carries, resolved for `/links/<token>`.

A link's `expired` is shown from its `expires_at` and the clock whenever it is read, so it
turns true on time without a job. FileLinks emit no events (Stripe sends none).
"""

from __future__ import annotations

from typing import Any, cast

from stripe_emulator.api.context import Context
from stripe_emulator.api.errors import InvalidRequestError
from stripe_emulator.api.ids import new_secret
from stripe_emulator.api.listing import ListPage, created_filter, list_objects, page_in_memory
from stripe_emulator.api.objects import EVERY, Filter
from stripe_emulator.api.params import merge_metadata
from stripe_emulator.areas.core.file_purposes import LINKABLE, purpose_of
from stripe_emulator.areas.core.models import File, FileLink, FileLinks
from stripe_emulator.areas.core.sdk_params import (
    FileLinkCreateParams,
    FileLinkListParams,
    FileLinkUpdateParams,
)
from stripe_emulator.store.files import FileLinkTokens

__all__ = ["create", "create_for", "links_of", "list_file_links", "open_link", "retrieve",
           "update"]

#: How many of a file's links its `links` list shows (newest first).
LINKS_SHOWN = 10
#: What a link's public URL token starts with (the rest is random, from the OS's CSPRNG).
TOKEN_PREFIX = "fl_test"


def shown(link: FileLink, now: int) -> FileLink:
    """`link` as the API shows it at `now` (`expired` from `expires_at`)."""
    expires_at = link["expires_at"]
    expired = expires_at is not None and expires_at <= now
    if link["expired"] == expired:
        return link
    return {**link, "expired": expired}


def _future(ctx: Context, expires_at: int, param: str) -> int:
    if expires_at <= ctx.now():
        raise InvalidRequestError(
            f"Invalid {param}: must be a timestamp in the future ({expires_at} is not).",
            param=param)
    return expires_at


async def create(ctx: Context, p: FileLinkCreateParams) -> FileLink:
    """Create a link to one of the account's files whose purpose allows links."""
    file = await ctx.objects.load(File, p.file, thing="file", param="file", status=400)
    return await create_for(ctx, file, expires_at=p.expires_at, metadata=p.metadata or {})


async def create_for(ctx: Context, file: File, *, expires_at: int | None,
                     metadata: dict[str, str], param: str = "expires_at",
                     file_param: str = "file") -> FileLink:
    """A new link to `file` (`param`/`file_param` name the params in errors: uploads
    create links through `file_link_data[...]`)."""
    if not purpose_of(file["purpose"]).linkable:
        raise InvalidRequestError(
            f"Cannot create a file link for a file with purpose `{file['purpose']}`. File "
            f"links can only be created for files with one of these purposes: "
            f"{', '.join(LINKABLE)}.", param=file_param)
    if expires_at is not None:
        _future(ctx, expires_at, param)
    token = new_secret(TOKEN_PREFIX)
    link: FileLink = {
        "id": ctx.new_id("link"),
        "object": "file_link",
        "created": ctx.now(),
        "expired": False,
        "expires_at": expires_at,
        "file": file["id"],
        "livemode": False,
        "metadata": metadata,
        "url": f"{ctx.runtime.public_url}/links/{token}",
    }
    await ctx.objects.insert(link)
    await ctx.repository(FileLinkTokens).add(token, link["id"])
    return link


async def retrieve(ctx: Context, link_id: str) -> FileLink:
    """A file link, `expired` as of now."""
    link = await ctx.objects.load(FileLink, link_id, thing="file link")
    return shown(link, ctx.now())


async def update(ctx: Context, link_id: str, p: FileLinkUpdateParams) -> FileLink:
    """Change a live link's metadata or expiry: a future timestamp, `now` (expire it at
    once) or "" (never expire). An expired link can no longer be updated."""
    now = ctx.now()
    before = shown(await ctx.objects.load(FileLink, link_id, thing="file link"), now)
    if before["expired"]:
        raise InvalidRequestError("Expired links can no longer be updated.")
    after: FileLink = {**before}
    if p.sent("expires_at"):
        if p.expires_at is None:
            after["expires_at"] = None
        elif p.expires_at == "now":
            after["expires_at"] = now
        else:
            after["expires_at"] = _future(ctx, p.expires_at, "expires_at")
    after["metadata"] = merge_metadata(before["metadata"], p.metadata, sent=p.sent("metadata"))
    after = shown(after, now)
    if after != before:
        await ctx.objects.save(after)
    return after


async def list_file_links(ctx: Context, p: FileLinkListParams) -> ListPage:
    """Links, newest first: of one `file`, `created` in a range, `expired` or not."""
    url = "/v1/file_links"
    filters = [Filter("file", p.file)] if p.file is not None else []
    now = ctx.now()
    if p.expired is None:
        page = await list_objects(ctx, FileLink, p, url=url, filters=filters,
                                  thing="file link")
        data = [cast(dict[str, Any], shown(cast(FileLink, d), now)) for d in page.docs()]
        return ListPage(url=url, data=data, has_more=page.has_more)
    # Whether a link is expired depends on the clock: filter the account's links in memory.
    rows = await ctx.objects.rows(FileLink, limit=EVERY, filters=filters,
                                  created=created_filter(p.created))
    links = [shown(cast(FileLink, row.doc()), now) for row in rows]
    return page_in_memory([link for link in links if link["expired"] == p.expired], p,
                          url=url, thing="file link")


async def links_of(ctx: Context, file_id: str) -> FileLinks:
    """A file's `links`: its newest links, as a list object."""
    rows = await ctx.objects.rows(FileLink, limit=LINKS_SHOWN + 1,
                                  filters=[Filter("file", file_id)])
    now = ctx.now()
    return {"object": "list",
            "data": [shown(cast(FileLink, row.doc()), now) for row in rows[:LINKS_SHOWN]],
            "has_more": len(rows) > LINKS_SHOWN,
            "url": f"/v1/file_links?file={file_id}"}


async def open_link(ctx: Context, token: str) -> tuple[Context, FileLink]:
    """The link a public URL's token opens, and a context in its account; Stripe's 404
    for an unknown token or an expired link (the same answer: nothing is told apart)."""
    found = await ctx.repository(FileLinkTokens).resolve(token)
    if found is not None:
        owner = ctx.for_account(found.account)
        link = await owner.objects.get(FileLink, found.link)
        if link is not None and not shown(link, owner.now())["expired"]:
            return owner, link
    # The token is the link's secret: the answer never repeats it.
    raise InvalidRequestError("This file link does not exist or has expired.", status=404,
                              code="resource_missing")
