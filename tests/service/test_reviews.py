"""The review API: a reviewer's verdict per decided mail, latest wins, validated against the scope."""

from datetime import UTC, datetime
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient

from classifier.policy import Thresholds
from service.config import Settings
from service.models import Classification, Mail, MailState, Review


@pytest.fixture
def client(tmp_path, db_url):
    from service.api.app import create_app
    from service.runtime import build_runtime

    model = SimpleNamespace(model_version="m1", thresholds_=Thresholds())
    rt = build_runtime(Settings(home=tmp_path / "home", database_url=db_url), model=model)
    ids = {}
    with rt.db.session() as s:
        for i, state in enumerate([MailState.archived, MailState.left, MailState.failed, MailState.parsed]):
            mail = Mail(sha256=f"{i:064d}", size=1, tenant="fjordvik", source="t", state=state,
                        received_at=datetime(2026, 9, 14, 8, tzinfo=UTC))
            s.add(mail)
            s.flush()
            if state in (MailState.archived, MailState.left):
                action = "archive" if state == MailState.archived else "leave"
                s.add(Classification(mail_id=mail.id, model_version="m1", action=action, category="byggesak",
                                     confidence=0.95, record={"action": action, "category": "byggesak",
                                                              "skjerming": None, "sak": None}))
            ids[state.value] = mail.id
    with TestClient(create_app(rt)) as c:
        c.ids = ids
        c.rt = rt
        yield c
    rt.close()


def put(client, state, **body):
    return client.put(f"/api/mails/{client.ids[state]}/review", json={"reviewer": "kari", **body})


def test_approve_an_archived_mail(client):
    r = put(client, "archived", verdict="approved")
    assert r.status_code == 200, r.text
    assert r.json()["bucket"] == "riktig_tolket" and r.json()["reviewer"] == "kari"
    assert client.get(f"/api/mails/{client.ids['archived']}/review").json()["verdict"] == "approved"


def test_latest_review_wins(client):
    put(client, "archived", verdict="approved")
    r = put(client, "archived", verdict="corrected", corrected={"skjerming": "P13", "avsender": {"orgnr": "974760673"}})
    assert r.status_code == 200, r.text
    assert r.json()["bucket"] == "feiltolkning"
    assert r.json()["corrected"] == {"skjerming": "P13", "avsender": {"orgnr": "974760673"}}
    with client.rt.db.session() as s:
        assert s.query(Review).count() == 1


@pytest.mark.parametrize("state,verdict,bucket", [
    ("left", "journalfoert", "ikke_gjenkjent"),
    ("left", "utenfor_scope", "riktig_utenfor_scope"),
    ("failed", "journalfoert", "ikke_gjenkjent"),
    ("archived", "utenfor_scope", "feiltolkning"),
])
def test_verdicts_map_to_buckets(client, state, verdict, bucket):
    r = put(client, state, verdict=verdict)
    assert r.status_code == 200, r.text
    assert r.json()["bucket"] == bucket


def test_invalid_reviews_are_refused_with_reasons(client):
    assert put(client, "left", verdict="approved").status_code == 422  # a left mail is not "approved"
    r = put(client, "archived", verdict="journalfoert")
    assert r.status_code == 422 and "passer ikke" in r.json()["detail"]
    assert put(client, "archived", verdict="corrected").status_code == 422  # corrected needs the fields
    r = put(client, "archived", verdict="corrected", corrected={"category": "finnes_ikke"})
    assert r.status_code == 422 and "ukjent kategori" in r.json()["detail"]
    assert put(client, "archived", verdict="corrected", corrected={"skjerming": "X99"}).status_code == 422
    assert put(client, "archived", verdict="corrected", corrected={"sak": "ikke en sak"}).status_code == 422
    assert put(client, "archived", verdict="corrected", corrected={"ukjent": 1}).status_code == 422
    assert put(client, "archived", verdict="approved", reviewer="").status_code == 422
    assert put(client, "parsed", verdict="approved").status_code == 409  # still being processed
    assert client.put("/api/mails/9999/review", json={"verdict": "approved", "reviewer": "k"}).status_code == 404
    assert client.get(f"/api/mails/{client.ids['left']}/review").status_code == 404  # none yet


def test_migration_0002_goes_down_and_up_again(tmp_path):
    from alembic import command
    from sqlalchemy import inspect

    from service.db import Database, alembic_config

    url = f"sqlite:///{tmp_path / 'm.db'}"
    db = Database(url)
    db.migrate()
    assert "review" in inspect(db.engine).get_table_names()
    command.downgrade(alembic_config(url), "0001")
    assert "review" not in inspect(db.engine).get_table_names()
    command.upgrade(alembic_config(url), "head")
    assert {c["name"] for c in inspect(db.engine).get_columns("review")} == {
        "id", "mail_id", "verdict", "corrected", "reviewer", "reviewed_at"}
    db.dispose()
