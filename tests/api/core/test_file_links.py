"""FileLinks through the official SDK: create (also at upload), retrieve, update (expire now,
move or drop the expiry), list, and the public `/links/<token>` download without a key,
refused once the link has expired."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import stripe

from stripe_emulator.testing import Account, EmulatorServer
from tests.api.core.conftest import pdf_bytes, png_bytes, upload
from tests.api.test_keys import restricted
from tests.conformance import assert_conforms

DAY = 86400


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    path = tmp_path / "évidence 1.pdf"  # a name that needs RFC 6266's filename*
    path.write_bytes(pdf_bytes(4000))
    return path


@pytest.fixture
def file(client: stripe.StripeClient, pdf: Path) -> stripe.File:
    return upload(client, pdf)


def public(url: str) -> httpx.Response:
    """What anyone with the link gets: no key."""
    return httpx.get(url, timeout=30)


class TestCreate:
    def test_defaults(self, client: stripe.StripeClient, account: Account,
                      file: stripe.File) -> None:
        link = client.v1.file_links.create({"file": file.id})
        assert link.id.startswith("link_") and link.object == "file_link"
        assert (link.file, link.expired, link.expires_at, link.livemode) == (
            file.id, False, None, False)
        assert link.metadata.to_dict() == {}
        assert link.url is not None and link.url.startswith(f"{account.url}/links/")
        assert_conforms(link)
        assert client.v1.file_links.retrieve(link.id).to_dict() == link.to_dict()

    def test_with_expiry_and_metadata(self, client: stripe.StripeClient,
                                      file: stripe.File) -> None:
        expires = file.created + DAY
        link = client.v1.file_links.create({"file": file.id, "expires_at": expires,
                                            "metadata": {"case": "42"}})
        assert (link.expires_at, link.expired) == (expires, False)
        assert link.metadata.to_dict() == {"case": "42"}

    def test_expiry_in_the_past(self, client: stripe.StripeClient, file: stripe.File) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.file_links.create({"file": file.id, "expires_at": file.created - 1})
        assert (e.value.http_status, e.value.param) == (400, "expires_at")

    def test_unknown_file(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.file_links.create({"file": "file_nope"})
        assert (e.value.http_status, e.value.code, e.value.param) == (
            400, "resource_missing", "file")
        assert e.value.user_message == "No such file: 'file_nope'"

    def test_purpose_without_links(self, client: stripe.StripeClient, pdf: Path) -> None:
        f = upload(client, pdf, "identity_document")
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.file_links.create({"file": f.id})
        assert (e.value.http_status, e.value.param) == (400, "file")
        assert "identity_document" in str(e.value.user_message)

    def test_at_upload(self, client: stripe.StripeClient, pdf: Path) -> None:
        f = upload(client, pdf, file_link_data={"create": True, "metadata": {"a": "b"}})
        assert f.links is not None and len(f.links.data) == 1
        link = f.links.data[0]
        assert (link.file, link.metadata.to_dict()) == (f.id, {"a": "b"})
        assert_conforms(f)
        assert client.v1.files.retrieve(f.id).links.data[0].id == link.id  # type: ignore[union-attr]
        assert [x.id for x in client.v1.file_links.list({"file": f.id}).data] == [link.id]
        assert public(link.url).content == pdf.read_bytes()  # type: ignore[arg-type]
        event = client.v1.events.list({"type": "file.created"}).data[0]
        assert event.data.object["links"]["data"][0]["id"] == link.id

    def test_at_upload_with_a_past_expiry(self, client: stripe.StripeClient, pdf: Path) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            upload(client, pdf, file_link_data={"create": True, "expires_at": 1})
        assert e.value.param == "file_link_data[expires_at]"
        assert client.v1.files.list().data == []

    def test_a_file_shows_its_newest_ten_links(self, client: stripe.StripeClient,
                                               file: stripe.File) -> None:
        made = [client.v1.file_links.create({"file": file.id}).id for _ in range(11)]
        links = client.v1.files.retrieve(file.id).links
        assert links is not None and links.has_more
        assert [x.id for x in links.data] == made[::-1][:10]


class TestPublicDownload:
    def test_without_a_key(self, client: stripe.StripeClient, file: stripe.File,
                           pdf: Path) -> None:
        link = client.v1.file_links.create({"file": file.id})
        r = public(link.url)  # type: ignore[arg-type]
        assert r.status_code == 200
        assert r.content == pdf.read_bytes()
        assert r.headers["content-type"] == "application/pdf"
        assert r.headers["content-disposition"] == (
            "attachment; filename=\"_vidence 1.pdf\"; filename*=UTF-8''%C3%A9vidence%201.pdf")
        assert r.headers["x-content-type-options"] == "nosniff"

    def test_refused_after_expiry(self, client: stripe.StripeClient, file: stripe.File) -> None:
        link = client.v1.file_links.create({"file": file.id})
        expired = client.v1.file_links.update(link.id, {"expires_at": "now"})
        assert expired.expired is True and expired.expires_at is not None
        r = public(link.url)  # type: ignore[arg-type]
        assert r.status_code == 404
        assert r.json()["error"] == {
            "code": "resource_missing",
            "doc_url": "https://stripe.com/docs/error-codes/resource-missing",
            "message": "This file link does not exist or has expired.",
            "request_log_url": r.json()["error"]["request_log_url"],
            "type": "invalid_request_error"}
        assert link.url not in r.text  # type: ignore[operator]

    def test_unknown_token(self, account: Account) -> None:
        assert public(f"{account.url}/links/fl_test_nope").status_code == 404
        assert httpx.post(f"{account.url}/links/fl_test_nope").status_code == 404

    def test_other_accounts_links_work_for_anyone(self, server: EmulatorServer,
                                                  client: stripe.StripeClient,
                                                  file: stripe.File) -> None:
        link = client.v1.file_links.create({"file": file.id})
        them = server.new_account().client(max_network_retries=0)
        with pytest.raises(stripe.InvalidRequestError) as e:
            them.v1.file_links.retrieve(link.id)
        assert e.value.http_status == 404
        assert them.v1.file_links.list().data == []
        assert public(link.url).status_code == 200  # type: ignore[arg-type]

    def test_listed_in_openapi_without_security(self, account: Account) -> None:
        doc = httpx.get(f"{account.url}/openapi.json").json()
        op = doc["paths"]["/links/{token}"]["get"]
        assert op["security"] == []
        assert "application/octet-stream" in op["responses"]["200"]["content"]
        upload_op = doc["paths"]["/v1/files"]["post"]
        assert "multipart/form-data" in upload_op["requestBody"]["content"]


class TestUpdate:
    def test_move_and_drop_the_expiry(self, client: stripe.StripeClient,
                                      file: stripe.File) -> None:
        link = client.v1.file_links.create({"file": file.id})
        later = file.created + 2 * DAY
        assert client.v1.file_links.update(link.id, {"expires_at": later}).expires_at == later
        dropped = client.v1.file_links.update(link.id, {"expires_at": ""})
        assert (dropped.expires_at, dropped.expired) == (None, False)
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.file_links.update(link.id, {"expires_at": file.created - 10})
        assert e.value.param == "expires_at"

    def test_metadata(self, client: stripe.StripeClient, file: stripe.File) -> None:
        link = client.v1.file_links.create({"file": file.id, "metadata": {"a": "1", "b": "2"}})
        updated = client.v1.file_links.update(link.id, {"metadata": {"a": "", "c": "3"}})
        assert updated.metadata.to_dict() == {"b": "2", "c": "3"}
        cleared = client.v1.file_links.update(link.id, {"metadata": ""})
        assert cleared.metadata.to_dict() == {}

    def test_an_expired_link_stays_expired(self, client: stripe.StripeClient,
                                           file: stripe.File) -> None:
        link = client.v1.file_links.create({"file": file.id})
        client.v1.file_links.update(link.id, {"expires_at": "now"})
        for change in ({"expires_at": ""}, {"metadata": {"a": "b"}}):
            with pytest.raises(stripe.InvalidRequestError) as e:
                client.v1.file_links.update(link.id, change)  # type: ignore[arg-type]
            assert e.value.user_message == "Expired links can no longer be updated."
        assert client.v1.file_links.retrieve(link.id).expired is True

    def test_unknown_link(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.file_links.update("link_nope", {"metadata": {"a": "b"}})
        assert (e.value.http_status, e.value.user_message) == (
            404, "No such file link: 'link_nope'")


class TestList:
    def test_filters_and_cursors(self, client: stripe.StripeClient, pdf: Path,
                                 tmp_path: Path) -> None:
        a = upload(client, pdf)
        icon = tmp_path / "icon.png"
        icon.write_bytes(png_bytes())
        b = upload(client, icon, "business_icon")
        links = [client.v1.file_links.create({"file": f.id}) for f in (a, b, a, b)]
        client.v1.file_links.update(links[1].id, {"expires_at": "now"})
        newest_first = [x.id for x in reversed(links)]
        assert [x.id for x in client.v1.file_links.list().data] == newest_first
        assert [x.id for x in client.v1.file_links.list({"file": a.id}).data] == [
            links[2].id, links[0].id]
        assert [x.id for x in client.v1.file_links.list({"expired": True}).data] == [
            links[1].id]
        live = client.v1.file_links.list({"expired": False})
        assert [x.id for x in live.data] == [links[3].id, links[2].id, links[0].id]
        assert all(not x.expired for x in live.data)
        page = client.v1.file_links.list({"expired": False, "limit": 2})
        assert [x.id for x in page.data] == [links[3].id, links[2].id] and page.has_more
        rest = client.v1.file_links.list({"expired": False, "limit": 2,
                                          "starting_after": page.data[-1].id})
        assert [x.id for x in rest.data] == [links[0].id] and not rest.has_more
        assert [x.id for x in client.v1.file_links.list(
            {"expired": False, "file": b.id}).data] == [links[3].id]
        page = client.v1.file_links.list({"limit": 3})
        assert [x.id for x in page.data] == newest_first[:3] and page.has_more
        rest = client.v1.file_links.list({"starting_after": page.data[-1].id})
        assert [x.id for x in rest.data] == newest_first[3:]
        assert client.v1.file_links.list({"created": {"lt": links[0].created}}).data == []
        listed = client.v1.file_links.list().data
        assert [x.expired for x in listed] == [False, False, True, False]
        assert_conforms(listed[0])

    def test_restricted_keys(self, account: Account, client: stripe.StripeClient,
                             file: stripe.File) -> None:
        link = client.v1.file_links.create({"file": file.id})
        reader = stripe.StripeClient(restricted(account, {"file_links": "read"}),
                                     base_addresses={"api": account.url},
                                     max_network_retries=0)
        assert [x.id for x in reader.v1.file_links.list().data] == [link.id]
        with pytest.raises(stripe.PermissionError):
            reader.v1.file_links.create({"file": file.id})
