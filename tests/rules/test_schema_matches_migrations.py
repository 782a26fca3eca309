"""Rule: `store/tables.py` describes exactly the schema the migrations build.

On SQLite and on PostgreSQL, a fresh database is migrated to head by `store.migrate`, then
compared with `store.tables.metadata`: alembic autogenerate must report no difference,
and every index's DDL in the catalog must equal the declared one (how, and why alembic
alone is not enough for expression and partial indexes: `tests/rules/schema.py`).

A migration that adds a table or an index without declaring it in `store/tables.py` (or
the reverse) fails here. The second test shows the check sees what it must: a missing
table, a partial index with another predicate, an index on another expression.
"""

from __future__ import annotations

import pytest

from stripe_emulator.store.indexes import ObjectIndex, dialect_of
from tests.rules.schema import BACKENDS, migrated, schema_differences


@pytest.mark.parametrize("backend", BACKENDS)
def test_tables_py_equals_what_the_migrations_build(backend: str) -> None:
    with migrated(backend, "rule_schema") as db:
        differences = schema_differences(db.connection)
    assert differences == [], ("store/tables.py and the migrations disagree:\n  "
                               + "\n  ".join(differences))


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_check_reports_a_schema_the_migrations_did_not_build(backend: str) -> None:
    with migrated(backend, "rule_schema_violation") as db:
        dialect = dialect_of(db.connection.dialect.name)
        once_without_where = ObjectIndex(  # declared with `where="NOT deleted"`
            "objects_product_feature_once", "product_feature",
            ("account", "$product", "$entitlement_feature"), unique=True)
        si_on_price = ObjectIndex(  # declared on `$price.id`
            "objects_si_price", "subscription_item", ("account", "$price", "created", "seq"))
        for statement in ("DROP TABLE card_vault",
                          once_without_where.drop_sql(), once_without_where.create_sql(dialect),
                          si_on_price.drop_sql(), si_on_price.create_sql(dialect)):
            db.connection.exec_driver_sql(statement)
        db.connection.commit()

        differences = schema_differences(db.connection)

    culprits = ("card_vault", "objects_product_feature_once", "objects_si_price")
    assert all(any(name in d for name in culprits) for d in differences), differences
    for name in culprits:
        assert any(name in d for d in differences), (name, differences)
    assert any(d.startswith("add_table card_vault") for d in differences), differences
