"""The partial indexes on `objects` that lists filtered by a document field use.

Owns `ObjectIndex`, one declaration per index: its name, the object type it covers (the
`WHERE type = '...'` that makes it partial), its keys and an optional extra condition. A
key or a condition names a plain column (`account`, `created`, `deleted`) or a document
field as `$field.path`, which is written by `store.engine.json_field`, the function the
store's filters use: the planners (SQLite's and PostgreSQL's) pick an expression index only
when a query repeats its expression text exactly.

A declaration renders itself three ways, which the tests hold equal:

- `create_sql(dialect)`: the `CREATE [UNIQUE] INDEX` statement a migration runs (an
  f-string, not SQLAlchemy's DDL compiler, so a migration writes the same bytes whatever
  SQLAlchemy version runs it);
- `to_index()`: an `sa.Index` for `store.tables.metadata`, with the same expressions and
  predicate per dialect, so `alembic.autogenerate` can compare it with a database;
- `drop_sql()`: the `DROP INDEX` of a downgrade.

`CREATED_BY` says which indexes each migration creates, by revision id. A migration must
build the same schema forever, so **an entry is frozen once its migration is released**:
to change an index, a new migration drops it and creates the replacement (declared under
the new revision), and `store.tables` lists the indexes at head.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final, Protocol

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal

from stripe_emulator.store.engine import Dialect, json_field

__all__ = ["CREATED_BY", "ObjectIndex", "create_object_indexes", "dialect_of",
           "drop_object_indexes"]

_COLUMN = re.compile(r"^[a-z_][a-z0-9_]*$")
_FIELD_REF = re.compile(r"\$([a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*)")


def dialect_of(name: str) -> Dialect:
    """Our dialect for a SQLAlchemy dialect name (the two backends the store speaks)."""
    if name == "postgresql":
        return "postgresql"
    if name == "sqlite":
        return "sqlite"
    raise ValueError(f"unsupported dialect {name!r}")


class DocumentField(sa.sql.expression.ColumnElement[str]):
    """A document field in SQLAlchemy expressions, compiled by `json_field` per dialect."""

    __visit_name__ = "document_field"
    inherit_cache = True
    _traverse_internals = [("path", InternalTraversal.dp_string)]

    def __init__(self, path: str) -> None:
        json_field("sqlite", path)  # validates the path
        self.path = path
        self.type = sa.Text()


@compiles(DocumentField)
def _compile_document_field(element: DocumentField, compiler: SQLCompiler, **kw: Any) -> str:
    return json_field(dialect_of(compiler.dialect.name), element.path)


@dataclass(frozen=True, slots=True)
class ObjectIndex:
    """A partial index on `objects`: rows of `object_type` (and `where`), keyed by `keys`.

    `keys` are plain columns or `$field.path` document fields; `where` is an extra condition
    (`"NOT deleted"`, `"$lookup_key IS NOT NULL"`), ANDed after the type.
    """

    name: str
    object_type: str
    keys: tuple[str, ...]
    unique: bool = False
    where: str = ""

    def __post_init__(self) -> None:
        if not _COLUMN.match(self.name) or not re.match(r"^[a-z_][a-z0-9_.]*$", self.object_type):
            raise ValueError(f"bad index {self.name!r} on {self.object_type!r}")
        for key in self.keys:
            if key.startswith("$"):
                json_field("sqlite", key[1:])  # validates the path
            elif not _COLUMN.match(key):
                raise ValueError(f"bad key {key!r} in index {self.name!r}")

    def key_sql(self, dialect: Dialect) -> list[str]:
        """Each key as SQL: a column name, or the document field's `json_field` text."""
        return [json_field(dialect, k[1:]) if k.startswith("$") else k for k in self.keys]

    def predicate(self, dialect: Dialect) -> str:
        """What makes the index partial: the object type, then `where` (fields written out)."""
        condition = f"type = '{self.object_type}'"
        if self.where:
            extra = _FIELD_REF.sub(lambda m: json_field(dialect, m.group(1)), self.where)
            condition += f" AND {extra}"
        return condition

    def create_sql(self, dialect: Dialect) -> str:
        """The statement a migration runs to build this index."""
        return (f"CREATE {'UNIQUE ' if self.unique else ''}INDEX {self.name} ON objects "
                f"({', '.join(self.key_sql(dialect))}) WHERE {self.predicate(dialect)}")

    def drop_sql(self) -> str:
        """The statement a downgrade runs to drop this index."""
        return f"DROP INDEX {self.name}"

    def to_index(self) -> sa.Index:
        """This index in SQLAlchemy metadata (declare it inside the `objects` table)."""
        elements: list[str | DocumentField] = [
            DocumentField(k[1:]) if k.startswith("$") else k for k in self.keys]
        return sa.Index(self.name, *elements, unique=self.unique,
                        sqlite_where=sa.text(self.predicate("sqlite")),
                        postgresql_where=sa.text(self.predicate("postgresql")))


class Migration(Protocol):
    """What the helpers need of `alembic.op` (so they take the module itself)."""

    def get_bind(self) -> sa.Connection: ...

    def execute(self, sqltext: str) -> None: ...


def create_object_indexes(op: Migration, indexes: Iterable[ObjectIndex]) -> None:
    """Build `indexes` in a migration (`create_object_indexes(op, CREATED_BY[revision])`)."""
    dialect = dialect_of(op.get_bind().dialect.name)
    for index in indexes:
        op.execute(index.create_sql(dialect))


def drop_object_indexes(op: Migration, indexes: Iterable[ObjectIndex]) -> None:
    """Drop `indexes` in a downgrade, last created first."""
    for index in reversed(tuple(indexes)):
        op.execute(index.drop_sql())


#: What each migration creates, by revision id. Frozen: never edit an entry whose migration
#: is released (see the module docstring); `store.tables` lists the indexes at head.
CREATED_BY: Final[Mapping[str, tuple[ObjectIndex, ...]]] = {
    "0001": (
        # events, listed by type
        ObjectIndex("objects_event_type", "event", ("account", "$type", "seq")),
    ),
    "0002_billing_core": (
        ObjectIndex("objects_price_product", "price",
                    ("account", "$product", "created", "seq")),
        ObjectIndex("objects_pm_customer", "payment_method",
                    ("account", "$customer", "created", "seq")),
        ObjectIndex("objects_sub_customer", "subscription",
                    ("account", "$customer", "created", "seq")),
        ObjectIndex("objects_si_subscription", "subscription_item",
                    ("account", "$subscription", "created", "seq")),
        ObjectIndex("objects_si_price", "subscription_item",
                    ("account", "$price.id", "created", "seq")),
        ObjectIndex("objects_invoice_customer", "invoice",
                    ("account", "$customer", "created", "seq")),
        ObjectIndex("objects_invoice_subscription", "invoice",
                    ("account", "$parent.subscription_details.subscription", "created", "seq")),
        ObjectIndex("objects_inpay_invoice", "invoice_payment",
                    ("account", "$invoice", "created", "seq")),
        ObjectIndex("objects_pi_customer", "payment_intent",
                    ("account", "$customer", "created", "seq")),
        ObjectIndex("objects_charge_customer", "charge",
                    ("account", "$customer", "created", "seq")),
        ObjectIndex("objects_txn_source", "balance_transaction",
                    ("account", "$source", "created", "seq")),
        # a lookup key names one price per account, even against two racing requests
        ObjectIndex("objects_price_lookup_key", "price", ("account", "$lookup_key"),
                    unique=True, where="$lookup_key IS NOT NULL"),
    ),
    "0004_entitlements": (
        # a customer's active entitlements, already in list order
        ObjectIndex("objects_entitlement_customer", "entitlements.active_entitlement",
                    ("account", "$customer", "created", "seq")),
        # the per-subscription records, by customer (each recalculation)
        ObjectIndex("objects_entitlement_subscription_customer", "entitlements.subscription",
                    ("account", "$customer", "created", "seq")),
        # a lookup key belongs to one feature of an account for good (archived ones keep it)
        ObjectIndex("objects_feature_lookup_key", "entitlements.feature",
                    ("account", "$lookup_key"), unique=True),
        ObjectIndex("objects_product_feature_product", "product_feature",
                    ("account", "$product", "created", "seq")),
        # a feature attaches to a product once, even under concurrent attaches
        ObjectIndex("objects_product_feature_once", "product_feature",
                    ("account", "$product", "$entitlement_feature"), unique=True,
                    where="NOT deleted"),
    ),
    "0005_tax": (
        # a transaction's line items, already in list order
        ObjectIndex("objects_tax_transaction_line_item", "tax.transaction_line_item",
                    ("account", "$transaction", "created", "seq")),
        # a reference names one transaction or reversal of an account
        ObjectIndex("objects_tax_transaction_reference", "tax.transaction",
                    ("account", "$reference"), unique=True),
    ),
    "0007_invoice_payment_intent": (
        # an invoice follows its PaymentIntent's events: found by the PaymentIntent's id
        ObjectIndex("objects_inpay_payment_intent", "invoice_payment",
                    ("account", "$payment.payment_intent")),
    ),
    "0008_files": (
        # GET /v1/files?purpose=..., already in list order
        ObjectIndex("objects_file_purpose", "file", ("account", "$purpose", "created", "seq")),
        # GET /v1/file_links?file=..., and each file's `links`
        ObjectIndex("objects_file_link_file", "file_link",
                    ("account", "$file", "created", "seq")),
    ),
}
