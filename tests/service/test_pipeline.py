"""The chain's state machine on SQLite and PostgreSQL, with a classifier and archive under the test's control.

The end-to-end tests with the bundled model and the local archive are in test_end_to_end.py.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from sqlalchemy import func, select

from classifier.types import Case, Decision, Korrespondansepart, Prediction
from service.archive.base import ArchiveReceipt, ArchiveRequest, ArchiveUnavailable
from service.db import Database
from service.models import JournalpostRecord, Mail, MailEvent, MailState
from service.pipeline import Pipeline
from service.store import RawStore


def make_mail(subject: str, *, to: str = "postmottak@fjordvik.kommune.no", msgid: str | None = None,
              body: str = "Hei, se vedlagt.") -> bytes:
    m = EmailMessage()
    m["From"] = "Ola Testesen <ola@example.no>"
    m["To"] = to
    m["Subject"] = subject
    m["Message-ID"] = msgid or f"<{abs(hash((subject, to, body)))}@example.no>"
    m["Date"] = "Mon, 14 Sep 2026 08:58:53 +0200"
    m.set_content(body)
    return bytes(m)


class Classifier:
    """Archives mail whose subject says 'arkiver', leaves the rest; can be told to crash."""

    def __init__(self) -> None:
        self.fail_times = 0
        self.calls = 0

    def __call__(self, parsed, key, tenant) -> Decision:
        self.calls += 1
        if self.fail_times:
            self.fail_times -= 1
            raise RuntimeError("modellen feilet")
        archive = "arkiver" in parsed.subject
        p = Prediction(id=key, tenant=tenant, category="byggesak" if archive else "nyhetsbrev", confidence=0.99,
                       offentlig_tittel="Søknad om tillatelse", avsender=Korrespondansepart("Ola", "ola@example.no"),
                       enhet="PLB", klasse="L42", model_version="test-1")
        return Decision("archive" if archive else "leave", [] if archive else ["utenfor_scope"], p)


class Archive:
    """Idempotent on mail_id, like every real adapter must be; can be made unavailable."""

    def __init__(self) -> None:
        self.posts: dict[str, ArchiveReceipt] = {}
        self.down = False
        self.calls = 0

    def archive(self, req: ArchiveRequest) -> ArchiveReceipt:
        self.calls += 1
        if self.down:
            raise ArchiveUnavailable("arkivet svarer ikke")
        if req.mail_id in self.posts:
            r = self.posts[req.mail_id]
            return ArchiveReceipt(r.journalpost_id, r.saksmappe, r.location, created=False)
        r = ArchiveReceipt(f"JP{len(self.posts) + 1}", "2026/1", f"mem://{req.mail_id[:8]}", True)
        self.posts[req.mail_id] = r
        return r

    def find_open_cases(self, tenant: str) -> list[Case]:
        return []

    def health(self) -> None:
        if self.down:
            raise ArchiveUnavailable("arkivet svarer ikke")


@pytest.fixture
def parts(db_url, tmp_path, scope):
    db = Database(db_url)
    db.migrate()
    clf, arc = Classifier(), Archive()
    pipe = Pipeline(db, RawStore(tmp_path / "raw"), scope, clf, arc, model_version="test-1", max_attempts=3)
    yield pipe, clf, arc, db
    db.dispose()


def state_of(db, mail_id):
    with db.session() as s:
        return s.get(Mail, mail_id).state


def test_same_bytes_twice_is_one_mail(parts):
    pipe, _, _, db = parts
    raw = make_mail("Søknad arkiver")
    a = pipe.receive(raw, source="drop", item_ref="a.eml#1")
    b = pipe.receive(raw, source="imap", item_ref="42")
    assert a.new and not b.new and a.mail_id == b.mail_id
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Mail)) == 1


def test_archive_and_leave_with_events(parts):
    pipe, _, arc, db = parts
    kept = pipe.receive(make_mail("Søknad arkiver"), source="drop").mail_id
    left = pipe.receive(make_mail("Nyhetsbrev"), source="drop").mail_id
    assert pipe.process(kept) is MailState.archived
    assert pipe.process(left) is MailState.left
    with db.session() as s:
        m = s.get(Mail, kept)
        assert m.journalpost.journalpost_id == "JP1"
        assert [e.step for e in m.events] == ["received", "parsed", "classified", "archived"]
        assert all(e.model_version == "test-1" for e in m.events[1:])
        assert s.get(Mail, left).reason == "utenfor_scope"
    assert arc.calls == 1


def test_unknown_tenant_is_left_with_reason(parts):
    pipe, clf, _, db = parts
    mid = pipe.receive(make_mail("Søknad arkiver", to="someone@elsewhere.example"), source="drop").mail_id
    assert pipe.process(mid) is MailState.left
    with db.session() as s:
        assert s.get(Mail, mid).reason == "ukjent_tenant"
    assert clf.calls == 0


def test_same_message_id_other_bytes_is_left_for_a_person(parts):
    pipe, _, arc, db = parts
    first = pipe.receive(make_mail("Søknad arkiver", msgid="<same@x>"), source="drop").mail_id
    second = pipe.receive(make_mail("Søknad arkiver", msgid="<same@x>", body="Hei igjen"), source="drop").mail_id
    assert pipe.process(first) is MailState.archived
    assert pipe.process(second) is MailState.left
    with db.session() as s:
        assert s.get(Mail, second).reason == "mulig_duplikat"
    assert arc.calls == 1


def test_failing_step_is_retried_then_set_aside(parts):
    pipe, clf, _, db = parts
    mid = pipe.receive(make_mail("Søknad arkiver"), source="drop").mail_id
    clf.fail_times = 99
    for _ in range(3):
        pipe.process(mid)
        with db.session() as s:  # make the retry due now
            s.get(Mail, mid).next_attempt_at = s.get(Mail, mid).received_at
    assert state_of(db, mid) is MailState.failed
    with db.session() as s:
        m = s.get(Mail, mid)
        assert m.reason.startswith("intern_feil: RuntimeError")
        assert "modellen feilet" not in m.reason  # exception messages may quote mail: never stored


def test_transient_failure_recovers(parts):
    pipe, clf, _, db = parts
    mid = pipe.receive(make_mail("Søknad arkiver"), source="drop").mail_id
    clf.fail_times = 1
    assert pipe.process(mid) is MailState.parsed
    assert pipe.pending() == []  # backing off
    with db.session() as s:
        s.get(Mail, mid).next_attempt_at = s.get(Mail, mid).received_at
    assert pipe.pending() == [mid]
    assert pipe.process(mid) is MailState.archived


def test_archive_down_keeps_mail_and_files_it_once_back(parts):
    pipe, _, arc, db = parts
    mid = pipe.receive(make_mail("Søknad arkiver"), source="drop").mail_id
    arc.down = True
    for _ in range(10):  # an archive that is down never makes a mail fail
        pipe.process(mid)
        with db.session() as s:
            s.get(Mail, mid).next_attempt_at = s.get(Mail, mid).received_at
    assert state_of(db, mid) is MailState.classified
    arc.down = False
    assert pipe.process(mid) is MailState.archived
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(JournalpostRecord)) == 1
        assert s.scalar(select(func.count()).where(MailEvent.step == "retry")) == 10


def test_resume_after_crash_between_archive_and_commit(parts, monkeypatch):
    pipe, _, arc, db = parts
    mid = pipe.receive(make_mail("Søknad arkiver"), source="drop").mail_id

    original = pipe._finish

    def crash(s, mail, state, *a, **kw):
        if state is MailState.archived:
            raise KeyboardInterrupt  # the process dies before the commit
        return original(s, mail, state, *a, **kw)

    monkeypatch.setattr(pipe, "_finish", crash)
    with pytest.raises(KeyboardInterrupt):
        pipe.process(mid)
    assert state_of(db, mid) is MailState.classified
    monkeypatch.setattr(pipe, "_finish", original)
    assert pipe.process(mid) is MailState.archived
    assert arc.calls == 2 and len(arc.posts) == 1
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(JournalpostRecord)) == 1
        assert "fantes fra før" in s.get(Mail, mid).events[-1].detail


def test_broken_mail_fails_with_reason_and_is_kept(parts):
    pipe, _, _, db = parts
    mid = pipe.receive(b"", source="drop").mail_id
    assert pipe.process(mid) is MailState.failed
    with db.session() as s:
        m = s.get(Mail, mid)
        assert m.reason.startswith("parse_feil")
        assert pipe.store.get(m.sha256) == b""
