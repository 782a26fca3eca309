"""Entitlements: partial expression indexes for the area's hot filters.

- a customer's active entitlements (`GET /v1/entitlements/active_entitlements?customer=`,
  asked on every request of an app): (account, customer, created, seq), so a page is an
  index range of that customer's rows only, already in list order;
- the area's per-subscription records, by customer (each recalculation);
- features by lookup_key, UNIQUE: a lookup key belongs to one feature of an account for
  good (archived ones keep theirs), even under concurrent creates on PostgreSQL;
- product features by product (a product's list, each recalculation), and UNIQUE with the
  feature: a feature attaches to a product once, even under concurrent attaches.

Expressions are written by `store.engine.json_field`, the function the store's filters use,
so the text matches exactly and the planners pick these indexes.

Revision ID: 0004_entitlements
"""

from __future__ import annotations

from alembic import op

from stripe_emulator.store.engine import Dialect, json_field

revision = "0004_entitlements"
down_revision = "0003_webhooks"
branch_labels = None
depends_on = None

_INDEXES = (
    # name, unique, type, key expressions (fields or plain columns), extra condition
    ("objects_entitlement_customer", False, "entitlements.active_entitlement",
     ("account", "$customer", "created", "seq"), ""),
    ("objects_entitlement_subscription_customer", False, "entitlements.subscription",
     ("account", "$customer", "created", "seq"), ""),
    ("objects_feature_lookup_key", True, "entitlements.feature",
     ("account", "$lookup_key"), ""),
    ("objects_product_feature_product", False, "product_feature",
     ("account", "$product", "created", "seq"), ""),
    ("objects_product_feature_once", True, "product_feature",
     ("account", "$product", "$entitlement_feature"), " AND NOT deleted"),
)


def upgrade() -> None:
    dialect: Dialect = "postgresql" if op.get_bind().dialect.name == "postgresql" else "sqlite"
    for name, unique, type_, keys, extra in _INDEXES:
        columns = ", ".join(json_field(dialect, k[1:]) if k.startswith("$") else k
                            for k in keys)
        op.execute(f"CREATE {'UNIQUE ' if unique else ''}INDEX {name} ON objects ({columns}) "
                   f"WHERE type = '{type_}'{extra}")


def downgrade() -> None:
    for name, *_ in _INDEXES:
        op.execute(f"DROP INDEX {name}")
