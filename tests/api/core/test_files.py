"""Files through the official SDK (uploads to its `files` base address, the rest to `api`,
both this server): upload, retrieve, list, contents, every refusal, and that no refused or
broken upload leaves bytes behind."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import hashlib
import os
import socket
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import stripe

import stripe_emulator.app
from stripe_emulator.api.context import Context
from stripe_emulator.api.objects import Filter
from stripe_emulator.areas.core import files
from stripe_emulator.areas.core.models import File
from stripe_emulator.config import Settings
from stripe_emulator.runtime import Runtime
from stripe_emulator.store import open_store
from stripe_emulator.store.files import FileContents
from stripe_emulator.testing import Account, EmulatorServer
from tests.api.core.conftest import pdf_bytes, png_bytes, upload
from tests.api.test_keys import restricted
from tests.api.webhooks.serve import KEY, Process
from tests.conformance import assert_conforms
from tests.conftest import drop_pg_database, make_pg_database
from tests.polling import wait_for

MB = 1 << 20


def contents(account: Account, file_id: str, key: str | None = None) -> httpx.Response:
    """`GET /v1/files/<id>/contents` with the key as HTTP Basic user, as Stripe's docs show."""
    return httpx.get(f"{account.url}/v1/files/{file_id}/contents",
                     auth=(key or account.api_key, ""), timeout=60)


def leftovers(server: EmulatorServer) -> int:
    """Staged upload bytes that no file holds: what a refused or broken upload left."""
    if server.settings.database_url is None:
        tmp = server.settings.data_dir / "files" / "tmp"
        return len(list(tmp.glob("*.part"))) if tmp.exists() else 0
    import psycopg2

    with psycopg2.connect(server.settings.database_url) as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM file_chunks WHERE blob NOT IN "
                    "(SELECT blob FROM file_contents)")
        row = cur.fetchone()
    conn.close()
    return int(row[0])


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    path = tmp_path / "evidence.pdf"
    path.write_bytes(pdf_bytes(3000))
    return path


@pytest.fixture
def png(tmp_path: Path) -> Path:
    path = tmp_path / "receipt.png"
    path.write_bytes(png_bytes(2000))
    return path


class TestUpload:
    @pytest.mark.parametrize(("name", "kind"), [("pdf", "pdf"), ("png", "png")])
    def test_round_trip(self, request: pytest.FixtureRequest, client: stripe.StripeClient,
                        account: Account, name: str, kind: str) -> None:
        path: Path = request.getfixturevalue(name)
        f = upload(client, path)
        assert f.id.startswith("file_") and f.object == "file"
        assert (f.purpose, f.type, f.size, f.title) == ("dispute_evidence", kind,
                                                         path.stat().st_size, None)
        assert f.filename == path.name  # the SDK sends the whole local path
        assert f.url == f"{account.url}/v1/files/{f.id}/contents"
        assert f.links is not None and f.links.data == [] and not f.links.has_more
        assert f.links.url == f"/v1/file_links?file={f.id}"
        assert_conforms(f)
        r = contents(account, f.id)
        assert r.status_code == 200, r.text
        assert r.content == path.read_bytes()
        assert r.headers["content-type"] == {"pdf": "application/pdf", "png": "image/png"}[kind]
        assert r.headers["content-length"] == str(path.stat().st_size)
        assert r.headers["content-disposition"] == f'attachment; filename="{path.name}"'
        assert r.headers["x-content-type-options"] == "nosniff"

    def test_retrieve_and_list_show_what_create_returned(self, client: stripe.StripeClient,
                                                         pdf: Path) -> None:
        f = upload(client, pdf)
        got = client.v1.files.retrieve(f.id)
        assert got.to_dict() == f.to_dict()
        assert_conforms(got)
        listed = client.v1.files.list()
        assert [x.id for x in listed.data] == [f.id]
        assert listed.data[0].to_dict() == f.to_dict()
        assert listed.url == "/v1/files"

    def test_expiry_follows_the_purpose(self, client: stripe.StripeClient, pdf: Path,
                                        png: Path) -> None:
        evidence = upload(client, pdf)
        created = dt.datetime.fromtimestamp(evidence.created, dt.UTC)
        month = created.month + 9
        year = created.year + (month - 1) // 12
        assert evidence.expires_at is not None
        expires = dt.datetime.fromtimestamp(evidence.expires_at, dt.UTC)
        assert (expires.year, expires.month) == (year, (month - 1) % 12 + 1)
        signature = upload(client, png, "customer_signature")
        assert signature.expires_at == signature.created + 7 * 86400
        assert upload(client, pdf, "additional_verification").expires_at is None

    def test_non_downloadable_purposes(self, client: stripe.StripeClient, account: Account,
                                       pdf: Path) -> None:
        f = upload(client, pdf, "identity_document")
        assert f.url is None
        r = contents(account, f.id)
        assert r.status_code == 404
        assert r.json()["error"]["message"] == (
            "The contents of files with purpose `identity_document` cannot be downloaded.")

    def test_type_is_told_from_the_bytes(self, client: stripe.StripeClient,
                                         tmp_path: Path) -> None:
        named_wrong = tmp_path / "scan.txt"  # the name says text, the bytes say PNG
        named_wrong.write_bytes(png_bytes())
        assert upload(client, named_wrong).type == "png"
        csv = tmp_path / "rows.csv"
        csv.write_text("id,amount\n1,100\n")
        assert upload(client, csv, "pci_document").type == "csv"
        svg = tmp_path / "sig.svg"
        svg.write_text('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>')
        assert upload(client, svg, "customer_signature").type == "svg"

    def test_file_created_event(self, client: stripe.StripeClient, pdf: Path) -> None:
        f = upload(client, pdf)
        events = client.v1.events.list({"type": "file.created"}).data
        assert [e.data.object["id"] for e in events] == [f.id]
        assert events[0].data.object["size"] == f.size

    def test_publishable_key_may_upload(self, account: Account, pdf: Path) -> None:
        public = stripe.StripeClient(account.publishable_key, max_network_retries=0,
                                     base_addresses={"api": account.url, "files": account.url})
        f = upload(public, pdf)
        assert f.purpose == "dispute_evidence"
        with pytest.raises(stripe.AuthenticationError):
            upload(public, pdf, file_link_data={"create": True})
        with pytest.raises(stripe.AuthenticationError):
            public.v1.files.retrieve(f.id)

    def test_idempotent_upload(self, client: stripe.StripeClient, server: EmulatorServer,
                               pdf: Path) -> None:
        first = upload(client, pdf, options={"idempotency_key": "upload-1"})
        again = upload(client, pdf, options={"idempotency_key": "upload-1"})
        assert again.id == first.id
        assert [f.id for f in client.v1.files.list().data] == [first.id]
        assert leftovers(server) == 0


class TestRefusals:
    """Stripe's 400s, each naming its param; none leaves staged bytes behind."""

    @pytest.fixture(autouse=True)
    def _nothing_left(self, server: EmulatorServer) -> Iterator[None]:
        yield
        assert leftovers(server) == 0

    def refused(self, client: stripe.StripeClient, path: Path | None, **params: Any,
                ) -> stripe.InvalidRequestError:
        with pytest.raises(stripe.InvalidRequestError) as e:
            if path is None:
                client.v1.files.create(params)  # type: ignore[arg-type]
            else:
                upload(client, path, **params)
        assert e.value.http_status == 400
        assert client.v1.files.list().data == []
        return e.value

    def test_no_file_part(self, client: stripe.StripeClient) -> None:
        e = self.refused(client, None, purpose="dispute_evidence")
        assert (e.code, e.param) == ("parameter_missing", "file")

    @pytest.mark.parametrize("purpose", ["selfies", "finance_report_run", ""])
    def test_bad_purpose(self, client: stripe.StripeClient, pdf: Path, purpose: str) -> None:
        e = self.refused(client, pdf, purpose=purpose)
        assert e.param == "purpose"

    def test_purpose_missing(self, client: stripe.StripeClient, pdf: Path) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e, open(pdf, "rb") as f:
            client.v1.files.create({"file": f})  # type: ignore[typeddict-item]
        assert (e.value.code, e.value.param) == ("parameter_missing", "purpose")

    def test_empty_file(self, client: stripe.StripeClient, tmp_path: Path) -> None:
        empty = tmp_path / "empty.pdf"
        empty.write_bytes(b"")
        e = self.refused(client, empty)
        assert e.param == "file"
        assert e.user_message == ("Invalid file: the uploaded file is empty. Upload a file of "
                                  "at least one byte.")

    def test_over_the_purposes_limit(self, client: stripe.StripeClient,
                                     tmp_path: Path) -> None:
        big = tmp_path / "big.pdf"
        big.write_bytes(pdf_bytes(5 * MB))  # dispute evidence: at most 5 MB
        e = self.refused(client, big)
        assert e.param == "file"
        assert e.user_message == (f"File too large: files with purpose `dispute_evidence` can "
                                  f"be at most 5 MB, and this one is {big.stat().st_size} bytes.")
        logo = tmp_path / "logo.png"
        logo.write_bytes(png_bytes(512 * 1024))
        assert self.refused(client, logo, purpose="business_logo").param == "file"

    def test_over_every_limit(self, client: stripe.StripeClient, tmp_path: Path) -> None:
        huge = tmp_path / "huge.pdf"
        huge.write_bytes(pdf_bytes(17 * MB))  # past the 16 MB any upload may have
        e = self.refused(client, huge, purpose="identity_document")
        assert e.param == "file"
        assert e.user_message == ("The file is too large: this endpoint accepts files of at "
                                  "most 16 MB.")

    def test_type_the_purpose_does_not_take(self, client: stripe.StripeClient,
                                            tmp_path: Path) -> None:
        gif = tmp_path / "anim.gif"
        gif.write_bytes(b"GIF89a" + os.urandom(100))
        e = self.refused(client, gif)
        assert e.param == "file"
        assert e.user_message == ("Invalid file type: files with purpose `dispute_evidence` "
                                  "must be one of jpg, pdf, png; the uploaded file is gif.")

    def test_file_link_data_on_a_purpose_without_links(self, client: stripe.StripeClient,
                                                       pdf: Path) -> None:
        e = self.refused(client, pdf, purpose="identity_document",
                         file_link_data={"create": True})
        assert e.param == "file_link_data[create]"

    def test_file_sent_as_a_plain_field(self, account: Account, client: stripe.StripeClient,
                                        ) -> None:
        r = httpx.post(f"{account.url}/v1/files", auth=(account.api_key, ""),
                       files={"purpose": (None, "dispute_evidence"), "file": (None, "%PDF-")})
        assert r.status_code == 400
        assert r.json()["error"]["param"] == "file"

    def test_form_body_instead_of_multipart(self, account: Account) -> None:
        r = httpx.post(f"{account.url}/v1/files", auth=(account.api_key, ""),
                       data={"purpose": "dispute_evidence"})
        assert r.status_code == 400
        assert (r.json()["error"]["code"], r.json()["error"]["param"]) == (
            "parameter_missing", "file")

    def test_body_that_ends_mid_part(self, account: Account) -> None:
        body = (b"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.pdf\"\r\n"
                b"\r\n%PDF-" + os.urandom(300_000))  # no closing boundary
        r = httpx.post(f"{account.url}/v1/files", auth=(account.api_key, ""), content=body,
                       headers={"Content-Type": "multipart/form-data; boundary=b"})
        assert r.status_code == 400
        assert r.json()["error"]["message"] == (
            "Invalid multipart/form-data body: it ends in the middle of a part.")


class TestList:
    def test_purpose_created_and_cursors(self, client: stripe.StripeClient, pdf: Path,
                                         png: Path) -> None:
        made = [upload(client, pdf), upload(client, png, "business_icon"),
                upload(client, pdf), upload(client, png, "business_icon")]
        newest_first = [f.id for f in reversed(made)]
        assert [f.id for f in client.v1.files.list().data] == newest_first
        icons = client.v1.files.list({"purpose": "business_icon"}).data
        assert [f.id for f in icons] == [made[3].id, made[1].id]
        assert client.v1.files.list({"purpose": "selfie"}).data == []
        page = client.v1.files.list({"limit": 3})
        assert [f.id for f in page.data] == newest_first[:3] and page.has_more
        rest = client.v1.files.list({"limit": 3, "starting_after": page.data[-1].id})
        assert [f.id for f in rest.data] == newest_first[3:] and not rest.has_more
        back = client.v1.files.list({"limit": 2, "ending_before": made[0].id})
        assert [f.id for f in back.data] == newest_first[1:3]
        every = client.v1.files.list({"limit": 1}).auto_paging_iter()
        assert [f.id for f in every] == newest_first
        later = client.v1.files.list({"created": {"gt": made[0].created - 1}}).data
        assert len(later) == 4
        assert client.v1.files.list({"created": {"lt": made[0].created}}).data == []

    def test_bad_purpose_filter(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.files.list({"purpose": "nope"})  # type: ignore[typeddict-item]
        assert e.value.param == "purpose"


class TestAccess:
    def test_restricted_keys(self, account: Account, client: stripe.StripeClient,
                             pdf: Path) -> None:
        f = upload(client, pdf)
        read = restricted(account, {"files": "read"})
        reader = stripe.StripeClient(read, max_network_retries=0,
                                     base_addresses={"api": account.url, "files": account.url})
        assert reader.v1.files.retrieve(f.id).id == f.id
        assert [x.id for x in reader.v1.files.list().data] == [f.id]
        assert contents(account, f.id, read).content == pdf.read_bytes()
        with pytest.raises(stripe.PermissionError):
            upload(reader, pdf)
        writer = stripe.StripeClient(restricted(account, {"files": "write"}),
                                     max_network_retries=0,
                                     base_addresses={"api": account.url, "files": account.url})
        assert upload(writer, pdf).purpose == "dispute_evidence"
        other = restricted(account, {"customers": "write"})
        assert contents(account, f.id, other).status_code == 403

    def test_no_key(self, account: Account, client: stripe.StripeClient, pdf: Path) -> None:
        f = upload(client, pdf)
        assert httpx.get(f"{account.url}/v1/files/{f.id}/contents").status_code == 401

    def test_accounts_see_only_their_own(self, server: EmulatorServer,
                                         client: stripe.StripeClient, pdf: Path) -> None:
        f = upload(client, pdf)
        other = server.new_account()
        them = other.client(max_network_retries=0)
        with pytest.raises(stripe.InvalidRequestError) as e:
            them.v1.files.retrieve(f.id)
        assert (e.value.http_status, e.value.code) == (404, "resource_missing")
        assert them.v1.files.list().data == []
        assert contents(other, f.id).status_code == 404
        with pytest.raises(stripe.InvalidRequestError):
            them.v1.file_links.create({"file": f.id})


class TestLargeUploads:
    def test_ten_megabytes_round_trip(self, client: stripe.StripeClient, account: Account,
                                      tmp_path: Path) -> None:
        big = tmp_path / "statement.pdf"
        big.write_bytes(pdf_bytes(10 * MB))
        f = upload(client, big, "tax_document_user_upload")
        assert (f.size, f.type) == (big.stat().st_size, "pdf")
        r = contents(account, f.id)
        assert hashlib.sha256(r.content).digest() == hashlib.sha256(big.read_bytes()).digest()

    def test_the_server_never_holds_the_whole_upload(self, account: Account) -> None:
        """A 10 MB upload, streamed by the client from a generator: the memory Python
        allocates while it is sent, parsed and stored (client and server share this
        process) stays a small fraction of the file."""
        size = 10 * MB
        piece = os.urandom(64 * 1024)
        digest = hashlib.sha256()

        def body() -> Iterator[bytes]:
            yield (b"--xyz\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\n"
                   b"pci_document\r\n--xyz\r\nContent-Disposition: form-data; name=\"file\"; "
                   b"filename=\"big.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            for _ in range(size // len(piece)):
                digest.update(piece)
                yield piece
            yield b"\r\n--xyz--\r\n"

        with httpx.Client(timeout=120) as http:
            http.get(f"{account.url}/healthz")  # connection and imports warmed up
            tracemalloc.start()
            try:
                before = tracemalloc.get_traced_memory()[0]
                tracemalloc.reset_peak()
                r = http.post(f"{account.url}/v1/files", content=body(),
                              auth=(account.api_key, ""),
                              headers={"Content-Type": "multipart/form-data; boundary=xyz"})
                peak = tracemalloc.get_traced_memory()[1] - before
            finally:
                tracemalloc.stop()
        assert r.status_code == 200, r.text
        assert r.json()["size"] == size
        assert peak < size // 4, f"{peak} bytes held at once for a {size}-byte upload"
        got = contents(account, r.json()["id"])
        assert hashlib.sha256(got.content).digest() == digest.digest()


class TestDurability:
    """The bytes outlive the process: on disk beside SQLite, in PostgreSQL itself (so every
    server on the database serves every file)."""

    @staticmethod
    def sdk(process: Process, key: str) -> stripe.StripeClient:
        return stripe.StripeClient(key, max_network_retries=0,
                                   base_addresses={"api": process.url, "files": process.url})

    @staticmethod
    def fetch(process: Process, key: str, file_id: str) -> bytes:
        r = httpx.get(f"{process.url}/v1/files/{file_id}/contents", auth=(key, ""), timeout=60)
        assert r.status_code == 200, r.text
        return r.content

    def test_sqlite_restart(self, tmp_path: Path, pdf: Path) -> None:
        data = tmp_path / "data"
        first = Process(["--data-dir", str(data)])
        try:
            made = upload(self.sdk(first, KEY), pdf)
            link = self.sdk(first, KEY).v1.file_links.create({"file": made.id})
        finally:
            first.stop()
        second = Process(["--data-dir", str(data)])
        try:
            assert self.fetch(second, KEY, made.id) == pdf.read_bytes()
            token = link.url.rsplit("/", 1)[1]  # type: ignore[union-attr]
            assert httpx.get(f"{second.url}/links/{token}").content == pdf.read_bytes()
            assert self.sdk(second, KEY).v1.files.retrieve(made.id).size == made.size
        finally:
            second.stop()

    def test_postgres_processes_share_files(self, tmp_path: Path, pdf: Path,
                                            png: Path) -> None:
        url, admin = make_pg_database("files_shared")
        try:
            a = Process(["--database-url", url, "--data-dir", str(tmp_path / "a")])
            try:
                b = Process(["--database-url", url, "--data-dir", str(tmp_path / "b")])
                try:
                    made = upload(self.sdk(a, KEY), pdf)
                    assert self.fetch(b, KEY, made.id) == pdf.read_bytes()
                    other = upload(self.sdk(b, KEY), png, "business_logo")
                    assert self.fetch(a, KEY, other.id) == png.read_bytes()
                finally:
                    b.stop()
            finally:
                a.stop()
            # Nothing of them stayed on disk: a new process with an empty data dir serves both.
            assert not list((tmp_path / "a").rglob("*.pdf"))
            c = Process(["--database-url", url, "--data-dir", str(tmp_path / "c")])
            try:
                assert self.fetch(c, KEY, made.id) == pdf.read_bytes()
                assert self.fetch(c, KEY, other.id) == png.read_bytes()
            finally:
                c.stop()
        finally:
            drop_pg_database(admin, url)


class TestTheServiceOtherAreasUse:
    """`files.create_from_chunks` and `files.read_chunks`, as Reporting, Sigma and Identity
    call them: in their own unit of work, on both stores."""

    @staticmethod
    async def scenario(url: str, files_dir: Path) -> None:
        stripe_emulator.app.load_areas()
        store = await open_store(url, files_dir=files_dir)
        runtime = Runtime(Settings(public_url="https://files.example.test"))

        @contextlib.asynccontextmanager
        async def unit(write: bool = True) -> AsyncIterator[Context]:
            async with (store.transaction() if write else store.reader()) as session:
                yield Context(account="acct_files_service", session=session, store=store,
                              runtime=runtime)

        rows = [b"id,amount\n"] + [b"txn_%06d,%d\n" % (i, i * 7) for i in range(120_000)]

        async def async_rows() -> AsyncIterator[bytes]:
            for row in rows:
                yield row

        try:
            async with unit() as ctx:
                made = await files.create_from_chunks(
                    ctx, purpose="finance_report_run", filename="report.csv",
                    chunks=async_rows())
            assert (made["purpose"], made["type"], made["filename"]) == (
                "finance_report_run", "csv", "report.csv")
            assert made["size"] == sum(map(len, rows)) > 2 * MB
            assert made["url"] == (f"https://files.example.test/v1/files/{made['id']}"
                                   "/contents")
            async with unit(write=False) as ctx:
                chunks = await files.read_chunks(ctx, made["id"])
                event = await ctx.objects.find("event", Filter("type", "file.created"))
            # The bytes are read after the unit of work, as a download streams them.
            assert b"".join([chunk async for chunk in chunks]) == b"".join(rows)
            assert event is not None and event["data"]["object"]["id"] == made["id"]

            async with unit() as ctx:  # a plain iterable, a type given, Identity's purpose
                selfie = await files.create_from_chunks(
                    ctx, purpose="selfie", chunks=[png_bytes(100)], type="png")
            assert (selfie["type"], selfie["filename"]) == ("png", selfie["id"])

            class Rollback(Exception):
                pass

            with pytest.raises(Rollback):
                async with unit() as ctx:
                    gone = await files.create_from_chunks(
                        ctx, purpose="sigma_scheduled_query", chunks=async_rows())
                    raise Rollback
            async with unit(write=False) as ctx:
                assert await ctx.objects.get(File, gone["id"]) is None
                assert await ctx.repository(FileContents).find(gone["id"]) is None
        finally:
            await store.close()
            await runtime.aclose()

    @pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
    def test_make_and_read_a_file(self, backend: str, tmp_path: Path) -> None:
        if backend == "sqlite":
            asyncio.run(self.scenario(f"sqlite:///{tmp_path / 'db.sqlite'}",
                                      tmp_path / "files"))
            assert not list((tmp_path / "files" / "tmp").glob("*.part"))
            return
        url, admin = make_pg_database("files_service")
        try:
            asyncio.run(self.scenario(url, tmp_path / "files"))
            import psycopg2

            with psycopg2.connect(url) as conn, conn.cursor() as cur:
                cur.execute("SELECT count(*) FROM file_chunks WHERE blob NOT IN "
                            "(SELECT blob FROM file_contents)")
                assert cur.fetchone() == (0,)  # the rolled-back file's chunks went with it
            conn.close()
        finally:
            drop_pg_database(admin, url)
        assert not (tmp_path / "files").exists()  # PostgreSQL keeps the bytes itself


class TestBrokenUploads:
    """A client that stalls holds nothing up; one that goes away mid-upload leaves nothing."""

    @staticmethod
    def start(account: Account, total: int) -> socket.socket:
        """An upload request whose body (`total` bytes announced) is still to be sent."""
        host, port = account.url.removeprefix("http://").split(":")
        sock = socket.create_connection((host, int(port)), timeout=30)
        sock.sendall(
            f"POST /v1/files HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer "
            f"{account.api_key}\r\nContent-Type: multipart/form-data; boundary=zz\r\n"
            f"Content-Length: {total}\r\n\r\n".encode()
            + b'--zz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n')
        return sock

    @staticmethod
    def staged(server: EmulatorServer) -> bool:
        """Whether an upload's bytes are being staged right now (a `.part` file, or chunk
        rows no file holds yet)."""
        return leftovers(server) > 0

    def test_a_stalled_upload_holds_nothing_up(self, server: EmulatorServer, account: Account,
                                               client: stripe.StripeClient) -> None:
        rest = b"\r\n--zz\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\n" \
               b"pci_document\r\n--zz--\r\n"
        data = b"%PDF-" + os.urandom(600_000)
        head = b'--zz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n'
        sock = self.start(account, len(head) + len(data) + len(rest))
        try:
            sock.sendall(data[:400_000])
            wait_for(lambda: self.staged(server))
            # Meanwhile the server answers everyone else.
            assert client.v1.customers.create({"email": "a@example.com"}).id
            sock.sendall(data[400_000:] + rest)
            reply = sock.recv(65536)
            assert reply.startswith(b"HTTP/1.1 200"), reply[:200]
        finally:
            sock.close()
        assert [f.size for f in client.v1.files.list().data] == [len(data)]
        assert leftovers(server) == 0

    def test_a_client_gone_mid_upload_leaves_nothing(self, server: EmulatorServer,
                                                     account: Account,
                                                     client: stripe.StripeClient) -> None:
        sock = self.start(account, 5_000_000)
        try:
            sock.sendall(b"%PDF-" + os.urandom(700_000))
            wait_for(lambda: self.staged(server))
        finally:
            sock.close()
        wait_for(lambda: leftovers(server) == 0)
        assert client.v1.files.list().data == []
