"""Migrations: numbered in order without collisions; databases stamped with a revision id
from before the renumbering are restamped and upgraded; downgrades undo every step; and
the partial indexes on `objects` are written exactly as `store.engine.json_field` writes
the store's filters (the planners use an expression index only on identical text)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy.schema import CreateIndex

import stripe_emulator.store
from stripe_emulator.store import migrate
from stripe_emulator.store.engine import Dialect, json_field
from stripe_emulator.store.indexes import CREATED_BY, ObjectIndex
from stripe_emulator.store.tables import OBJECT_INDEXES, objects
from tests.rules.schema import BACKENDS, migrated, schema_differences

MIGRATIONS = Path(stripe_emulator.store.__file__).parent / "migrations"
DIALECTS: dict[Dialect, sa.Dialect] = {  # dialects only: nothing connects
    "sqlite": sa.create_mock_engine("sqlite://", print).dialect,
    "postgresql": sa.create_mock_engine("postgresql+psycopg2://", print).dialect,
}


def _script() -> ScriptDirectory:
    return ScriptDirectory(str(MIGRATIONS))


def _config(connection: sa.Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def _version(connection: sa.Connection) -> str:
    return str(connection.exec_driver_sql("SELECT version_num FROM alembic_version")
               .scalar_one())


def _tables(connection: sa.Connection) -> set[str]:
    return set(sa.inspect(connection).get_table_names())


# -- numbering ---------------------------------------------------------------------------------
def test_revisions_form_one_line_numbered_in_order_and_named_after_their_files() -> None:
    script = _script()
    chain = list(reversed(list(script.walk_revisions())))  # base first
    assert script.get_heads() == [chain[-1].revision] and chain[0].down_revision is None
    files = sorted(p.stem for p in (MIGRATIONS / "versions").glob("[0-9]*.py"))
    assert len(files) == len(chain)
    for number, (script_, file) in enumerate(zip(chain, files, strict=True), start=1):
        assert file.startswith(f"{number:04d}_"), (number, file)  # 0001, 0002... no gap
        assert file == script_.revision or file.startswith(f"{script_.revision}_"), file
        assert re.match(rf"^{number:04d}(_[a-z_]+)?$", script_.revision), script_.revision
        if number > 1:
            assert script_.down_revision == chain[number - 2].revision


def test_renamed_ids_are_unknown_to_the_chain_and_map_onto_it() -> None:
    script = _script()
    known = {s.revision for s in script.walk_revisions()}
    for old, new in migrate._RENAMED.items():
        assert old not in known and new in known, (old, new)
    assert set(CREATED_BY) <= known  # every frozen index tuple belongs to a real migration


# -- databases stamped before the renumbering ---------------------------------------------------
@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(("old_id", "same_schema_as"),
                         [("0006_tax", "0005_tax"), ("0002_webhooks", "0003_webhooks")])
def test_a_database_stamped_with_an_old_id_is_restamped_and_upgraded(
        backend: str, old_id: str, same_schema_as: str) -> None:
    with migrated(backend, f"restamp_{old_id}", same_schema_as) as db:
        assert "api_keys" not in _tables(db.connection)  # really the older schema
        db.connection.exec_driver_sql(
            f"UPDATE alembic_version SET version_num = '{old_id}'")
        db.connection.commit()
        with pytest.raises(CommandError, match=old_id):  # alembic alone cannot go on
            _script().get_revision(_version(db.connection))

        db.upgrade("head")

        assert _version(db.connection) == _script().get_current_head()
        assert "api_keys" in _tables(db.connection)
        assert schema_differences(db.connection) == []


@pytest.mark.parametrize("backend", BACKENDS)
def test_downgrades_undo_every_migration_and_upgrading_again_rebuilds_head(backend: str) -> None:
    with migrated(backend, "downgrade") as db:
        command.downgrade(_config(db.connection), "base")
        db.connection.commit()
        assert _tables(db.connection) == {"alembic_version"}  # their indexes went with them
        assert db.connection.exec_driver_sql("SELECT * FROM alembic_version").all() == []

        db.upgrade("head")

        assert schema_differences(db.connection) == []


# -- the index helper ---------------------------------------------------------------------------
def test_index_statements_are_the_text_the_migrations_always_wrote() -> None:
    lookup = next(i for i in OBJECT_INDEXES if i.name == "objects_price_lookup_key")
    nested = next(i for i in OBJECT_INDEXES if i.name == "objects_si_price")
    once = next(i for i in OBJECT_INDEXES if i.name == "objects_product_feature_once")
    assert lookup.create_sql("sqlite") == (
        "CREATE UNIQUE INDEX objects_price_lookup_key ON objects (account, "
        "json_extract(data, '$.lookup_key')) WHERE type = 'price' AND "
        "json_extract(data, '$.lookup_key') IS NOT NULL")
    assert lookup.create_sql("postgresql") == (
        "CREATE UNIQUE INDEX objects_price_lookup_key ON objects (account, "
        "(data->>'lookup_key')) WHERE type = 'price' AND (data->>'lookup_key') IS NOT NULL")
    assert nested.create_sql("postgresql") == (
        "CREATE INDEX objects_si_price ON objects (account, (data#>>'{price,id}'), created, seq) "
        "WHERE type = 'subscription_item'")
    assert once.create_sql("sqlite") == (
        "CREATE UNIQUE INDEX objects_product_feature_once ON objects (account, "
        "json_extract(data, '$.product'), json_extract(data, '$.entitlement_feature')) "
        "WHERE type = 'product_feature' AND NOT deleted")
    assert once.drop_sql() == "DROP INDEX objects_product_feature_once"


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_document_keys_are_the_filters_expressions(dialect: Dialect) -> None:
    for index in OBJECT_INDEXES:
        for key, sql in zip(index.keys, index.key_sql(dialect), strict=True):
            assert sql == (json_field(dialect, key[1:]) if key.startswith("$") else key)


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_the_metadata_compiles_each_index_to_the_migrations_statement(dialect: Dialect) -> None:
    declared = {str(i.name): str(CreateIndex(i).compile(dialect=DIALECTS[dialect]))
                for i in objects.indexes}
    for index in OBJECT_INDEXES:
        assert declared[index.name] == index.create_sql(dialect)
    assert len(OBJECT_INDEXES) == len({i.name for i in OBJECT_INDEXES})  # no name twice


def test_declarations_refuse_what_is_not_a_column_or_a_field() -> None:
    for bad in (("account", "data; DROP TABLE objects"), ("account", "$Bad-Path")):
        with pytest.raises(ValueError):
            ObjectIndex("objects_bad", "price", bad)
    with pytest.raises(ValueError):
        ObjectIndex("objects_bad", "price'; --", ("account",))
