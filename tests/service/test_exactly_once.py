"""500 mails, the worker killed with SIGKILL three times and restarted: every mail archived or
left exactly once, nothing lost, no orphan files.  Runs the real `postmottak worker` process
with the bundled model and the local archive, on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from service.db import Database
from service.models import JournalpostRecord, Mail, MailEvent, MailState

pytestmark = pytest.mark.slow

N_MAILS = 500


def build_inbox(inbox: Path, n: int) -> None:
    from training_data.generator.corpus import build

    corpus = inbox.parent / "corpus"
    build(corpus, n=n, seed=4242)
    inbox.mkdir(parents=True, exist_ok=True)
    for f in sorted((corpus / "mail").glob("*.eml")):
        f.rename(inbox / f.name)


def final_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Mail).where(Mail.state.in_(
            [MailState.archived, MailState.left, MailState.failed])))


def start_worker(env: dict, log: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "service.cli", "worker"], env=env,
                            stdout=open(log, "ab"), stderr=subprocess.STDOUT)


def wait_until(predicate, timeout: float, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"arbeideren døde av seg selv (kode {proc.returncode})")
        if time.monotonic() > deadline:
            raise AssertionError("tidsgrensen gikk ut")
        time.sleep(0.05)


def test_sigkill_three_times_every_mail_exactly_once(tmp_path, db_url):
    home = tmp_path / "home"
    inbox = home / "inbox"
    build_inbox(inbox, N_MAILS)
    env = dict(os.environ, POSTMOTTAK_HOME=str(home), POSTMOTTAK_DATABASE_URL=db_url,
               POSTMOTTAK_POLL_INTERVAL="0.05", PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    db = Database(db_url)
    db.migrate()
    rng = random.Random(7)
    log = tmp_path / "worker.log"
    kills = 0
    # Kill at random moments: while mail is still being taken in, and later while it is processed.
    for target in sorted(rng.sample(range(20, N_MAILS - 50), 3)):
        proc = start_worker(env, log)
        wait_until(lambda: final_count(db) >= target or len(list(inbox.glob("*.eml"))) < N_MAILS - target,
                   timeout=300, proc=proc)
        time.sleep(rng.uniform(0, 0.3))  # somewhere inside a step
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills += 1
    assert kills == 3
    proc = start_worker(env, log)
    try:
        wait_until(lambda: final_count(db) == N_MAILS and not list(inbox.glob("*.eml")), timeout=600, proc=proc)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    assert proc.returncode == 0

    with db.session() as s:
        mails = list(s.scalars(select(Mail)))
        assert len(mails) == N_MAILS
        states = Counter(m.state for m in mails)
        assert states[MailState.failed] == 0, [m.reason for m in mails if m.state is MailState.failed]
        assert states[MailState.archived] + states[MailState.left] == N_MAILS
        # exactly one final event per mail, and one journalpost per archived mail
        finals = Counter(mid for (mid,) in s.execute(
            select(MailEvent.mail_id).where(MailEvent.step.in_(["archived", "left", "failed"]))))
        assert set(finals.values()) == {1} and len(finals) == N_MAILS
        jp = list(s.scalars(select(JournalpostRecord)))
        assert len(jp) == states[MailState.archived]
        assert len({j.mail_id for j in jp}) == len(jp)
        archived_locations = {Path(j.location).resolve() for j in jp}
        digests = {m.sha256 for m in mails}
    db.dispose()

    # no orphan files: the archive holds exactly the archived journalposts, the raw store exactly the mail
    packages = {p.parent.resolve() for p in (home / "archive").rglob("arkivmelding.xml")}
    assert packages == archived_locations
    leftovers = [p for p in (home / "archive").rglob("*") if p.name.startswith((".tmp", "tmp"))]
    assert leftovers == []
    raw_files = list((home / "raw").rglob("*.eml"))
    assert {p.stem for p in raw_files} == digests
    assert not list((home / "raw").rglob(".tmp-*"))
