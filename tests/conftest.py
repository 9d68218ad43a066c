from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from tests.servers import PostgresServer

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV_SET = SHARED / "dev-set"
SCOPE_FILE = ROOT / "service" / "scope.example.yaml"

_db_counter = itertools.count()


@pytest.fixture(scope="session")
def postgres():
    server = PostgresServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, tmp_path) -> str:
    """Each storage/pipeline test runs on SQLite and on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'postmottak.db'}"
    server = request.getfixturevalue("postgres")
    return server.create_database(f"t{next(_db_counter)}_{request.node.name[:30].lower()}".replace("[", "_").replace("]", "").replace("-", "_"))


@pytest.fixture(scope="session")
def scope():
    from classifier.scope import load_scope

    return load_scope(SCOPE_FILE)


@pytest.fixture(scope="session")
def dev_set():
    from classifier.dataset import LabelledSet

    if not DEV_SET.exists():
        pytest.skip("../shared/dev-set finnes ikke")
    return LabelledSet.open(DEV_SET)
