"""Card PaymentMethods through the official SDK: create, test tokens, attach/detach,
customer lists, default payment method, validation and declines."""

from __future__ import annotations

import pytest
import stripe

from stripe_emulator.testing import Account
from tests.api.core.conftest import create_customer
from tests.api.payments.conftest import (
    AMEX,
    CHARGE_FAILS,
    DECLINED,
    INSUFFICIENT_FUNDS,
    MASTERCARD,
    VISA,
    attached_card,
    create_card,
)
from tests.conformance import assert_conforms


class TestCreatePaymentMethod:
    @pytest.mark.parametrize("number,brand,display,funding", [
        (VISA, "visa", "visa", "credit"), (MASTERCARD, "mastercard", "mastercard", "credit"),
        (AMEX, "amex", "american_express", "credit"),
        ("4000056655665556", "visa", "visa", "debit"),
        ("5105105105105100", "mastercard", "mastercard", "prepaid"),
        ("6011111111111117", "discover", "discover", "credit"),
        ("3566002020360505", "jcb", "jcb", "credit"),
        ("6200000000000005", "unionpay", "union_pay", "credit"),
        ("3056930009020004", "diners", "diners_club", "credit"),
    ])
    def test_card_details(self, client: stripe.StripeClient, number: str, brand: str,
                          display: str, funding: str) -> None:
        pm = create_card(client, number, billing_details={"name": "Jenny Rosen"})
        assert pm.id.startswith("pm_") and pm.type == "card"
        card = pm.card
        assert card is not None
        assert (card.brand, card.display_brand, card.funding) == (brand, display, funding)
        assert card.last4 == number[-4:] and card.country == "US"
        assert (card.exp_month, card.exp_year) == (12, 2034)
        assert card.checks is not None and card.checks.cvc_check == "unchecked"
        assert card.networks is not None and card.networks.available == [brand]
        assert pm.customer is None and pm.billing_details.name == "Jenny Rosen"
        assert number not in str(pm)
        assert_conforms(pm)

    def test_fingerprint_stable_per_number_and_account(self, client: stripe.StripeClient,
                                                       server: object) -> None:
        a, b = create_card(client), create_card(client)
        c = create_card(client, MASTERCARD)
        assert a.card.fingerprint == b.card.fingerprint != c.card.fingerprint  # type: ignore[union-attr]
        other = create_card(server.new_account().client())  # type: ignore[attr-defined]
        assert other.card.fingerprint != a.card.fingerprint  # type: ignore[union-attr]

    def test_test_token(self, client: stripe.StripeClient) -> None:
        pm = client.v1.payment_methods.create({"type": "card",
                                               "card": {"token": "tok_mastercard"}})
        assert pm.card is not None and pm.card.brand == "mastercard"
        assert pm.card.last4 == MASTERCARD[-4:]
        assert_conforms(pm)

    def test_unknown_token(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.payment_methods.create({"type": "card", "card": {"token": "tok_nope"}})
        assert e.value.code == "resource_missing" and e.value.param == "card[token]"

    def test_magic_id_makes_a_new_payment_method(self, client: stripe.StripeClient) -> None:
        a = client.v1.payment_methods.retrieve("pm_card_visa")
        b = client.v1.payment_methods.retrieve("pm_card_visa")
        assert a.id != b.id and a.id.startswith("pm_") and a.card.last4 == VISA[-4:]  # type: ignore[union-attr]
        assert a.card.fingerprint == b.card.fingerprint  # type: ignore[union-attr]

    def test_publishable_key_may_create(self, account: Account) -> None:
        import stripe as sdk

        pk = sdk.StripeClient(account.publishable_key,
                              base_addresses={"api": account.url}, max_network_retries=0)
        assert pk.v1.payment_methods.create({"type": "card", "card": {
            "token": "tok_visa"}}).card.brand == "visa"  # type: ignore[union-attr]

    def test_luhn_failure(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.CardError) as e:
            create_card(client, "4242424242424241")
        assert e.value.code == "incorrect_number" and e.value.http_status == 402
        assert "4242424242424241" not in str(e.value.json_body)
        assert client.v1.payment_methods.list().data == []

    def test_not_a_number(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.CardError) as e:
            create_card(client, "42424242abcd4242")
        assert e.value.code == "invalid_number"

    @pytest.mark.parametrize("card,code", [
        ({"exp_month": 13}, "invalid_expiry_month"),
        ({"exp_year": 2001}, "invalid_expiry_year"),
        ({"cvc": "12"}, "invalid_cvc"),
    ])
    def test_bad_details(self, client: stripe.StripeClient, card: dict[str, object],
                         code: str) -> None:
        with pytest.raises(stripe.CardError) as e:
            create_card(client, card=card)
        assert e.value.code == code

    def test_amex_cvc_has_four_digits(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.CardError) as e:
            create_card(client, AMEX, card={"cvc": "123"})
        assert e.value.code == "invalid_cvc"

    def test_missing_expiry(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.payment_methods.create({"type": "card", "card": {"number": VISA}})
        assert e.value.code == "parameter_missing" and e.value.param == "card[exp_month]"

    def test_raw_number_that_is_not_a_test_card_is_refused(
            self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.CardError) as e:
            create_card(client, "4111111111111111")
        assert e.value.http_status == 402
        assert str(e.value.user_message).startswith(
            "Sending credit card numbers directly to the Stripe API is generally unsafe.")
        assert "4111111111111111" not in str(e.value.json_body)

    def test_type_required(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.payment_methods.create({"card": {"token": "tok_visa"}})
        assert e.value.param == "type"


class TestAttachPaymentMethod:
    def test_attach_and_detach(self, client: stripe.StripeClient,
                               customer: stripe.Customer) -> None:
        pm = create_card(client)
        attached = client.v1.payment_methods.attach(pm.id, {"customer": customer.id})
        assert attached.customer == customer.id
        assert attached.card.checks.cvc_check == "pass"  # type: ignore[union-attr]
        event = client.v1.events.list({"type": "payment_method.attached"}).data[0]
        assert event.data.object.id == pm.id
        detached = client.v1.payment_methods.detach(pm.id)
        assert detached.customer is None
        event = client.v1.events.list({"type": "payment_method.detached"}).data[0]
        assert event.data.previous_attributes["customer"] == customer.id

    def test_attach_magic_id(self, client: stripe.StripeClient,
                             customer: stripe.Customer) -> None:
        pm = client.v1.payment_methods.attach("pm_card_mastercard", {"customer": customer.id})
        assert pm.id.startswith("pm_") and pm.customer == customer.id

    def test_attach_to_second_customer_refused(self, client: stripe.StripeClient,
                                               customer: stripe.Customer) -> None:
        pm = attached_card(client, customer.id, default=False)
        other = create_customer(client)
        with pytest.raises(stripe.InvalidRequestError):
            client.v1.payment_methods.attach(pm.id, {"customer": other.id})

    @pytest.mark.parametrize("number,decline_code", [(DECLINED, "generic_decline"),
                                                     (INSUFFICIENT_FUNDS, "insufficient_funds")])
    def test_declining_cards_fail_to_attach(self, client: stripe.StripeClient,
                                            customer: stripe.Customer, number: str,
                                            decline_code: str) -> None:
        pm = create_card(client, number)
        with pytest.raises(stripe.CardError) as e:
            client.v1.payment_methods.attach(pm.id, {"customer": customer.id})
        assert e.value.code == "card_declined"
        assert e.value.error is not None and e.value.error.decline_code == decline_code
        assert client.v1.payment_methods.retrieve(pm.id).customer is None

    def test_charge_fail_card_attaches(self, client: stripe.StripeClient,
                                       customer: stripe.Customer) -> None:
        pm = create_card(client, CHARGE_FAILS)
        assert client.v1.payment_methods.attach(
            pm.id, {"customer": customer.id}).customer == customer.id

    def test_unknown_customer(self, client: stripe.StripeClient) -> None:
        pm = create_card(client)
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.payment_methods.attach(pm.id, {"customer": "cus_nope"})
        assert e.value.param == "customer" and e.value.http_status == 404

    def test_detach_unattached(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError):
            client.v1.payment_methods.detach(create_card(client).id)


class TestCustomerPaymentMethods:
    def test_list_and_retrieve(self, client: stripe.StripeClient,
                               customer: stripe.Customer) -> None:
        a = attached_card(client, customer.id, default=False)
        b = attached_card(client, customer.id, MASTERCARD, default=False)
        create_card(client)  # not attached
        listed = client.v1.customers.payment_methods.list(customer.id)
        assert [p.id for p in listed.data] == [b.id, a.id]
        assert client.v1.payment_methods.list({"customer": customer.id}).data[0].id == b.id
        one = client.v1.customers.payment_methods.retrieve(customer.id, a.id)
        assert one.id == a.id
        other = create_customer(client)
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.customers.payment_methods.retrieve(other.id, a.id)
        assert e.value.http_status == 404

    def test_default_payment_method(self, client: stripe.StripeClient,
                                    customer: stripe.Customer) -> None:
        pm = attached_card(client, customer.id)
        c = client.v1.customers.retrieve(customer.id, {
            "expand": ["invoice_settings.default_payment_method"]})
        assert c.invoice_settings.default_payment_method.id == pm.id  # type: ignore[union-attr]
        client.v1.payment_methods.detach(pm.id)
        assert client.v1.customers.retrieve(
            customer.id).invoice_settings.default_payment_method is None

    def test_default_must_be_attached(self, client: stripe.StripeClient,
                                      customer: stripe.Customer) -> None:
        pm = create_card(client)
        with pytest.raises(stripe.InvalidRequestError) as e:
            client.v1.customers.update(customer.id, {"invoice_settings": {
                "default_payment_method": pm.id}})
        assert e.value.param == "invoice_settings[default_payment_method]"

    def test_customer_created_with_payment_method(self, client: stripe.StripeClient) -> None:
        pm = create_card(client)
        c = client.v1.customers.create({"payment_method": pm.id, "invoice_settings": {
            "default_payment_method": pm.id}})
        assert c.invoice_settings.default_payment_method == pm.id
        assert client.v1.payment_methods.retrieve(pm.id).customer == c.id


class TestUpdatePaymentMethod:
    def test_update_details(self, client: stripe.StripeClient,
                            customer: stripe.Customer) -> None:
        pm = attached_card(client, customer.id, default=False)
        u = client.v1.payment_methods.update(pm.id, {
            "billing_details": {"email": "j@example.com"}, "card": {"exp_month": 1},
            "metadata": {"k": "v"}})
        assert u.billing_details.email == "j@example.com" and u.card.exp_month == 1  # type: ignore[union-attr]
        event = client.v1.events.list({"type": "payment_method.updated"}).data[0]
        assert event.data.object.id == pm.id

    def test_unattached_cannot_be_updated(self, client: stripe.StripeClient) -> None:
        with pytest.raises(stripe.InvalidRequestError):
            client.v1.payment_methods.update(create_card(client).id, {"metadata": {"a": "b"}})
