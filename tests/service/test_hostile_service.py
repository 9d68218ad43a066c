"""A corpus of 200+ hostile or broken messages through the real worker process: each is processed
or set aside as `failed` with a clear reason, the worker never dies, nothing is lost."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from service.db import Database
from service.models import Mail, MailState
from tests.hostile.corpus import build_hostile_corpus

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def test_hostile_corpus_through_the_worker(tmp_path):
    home = tmp_path / "home"
    inbox = home / "inbox" / "fjordvik"  # tenant from the folder: the hostile mails have no real recipient
    files = build_hostile_corpus(inbox)
    assert len(files) >= 200
    digests = {hashlib.sha256(f.read_bytes()).hexdigest() for f in files}
    env = dict(os.environ, POSTMOTTAK_HOME=str(home), PYTHONPATH=str(ROOT))
    res = subprocess.run([sys.executable, "-m", "service.cli", "worker", "--once"], env=env,
                         capture_output=True, text=True, timeout=1200)
    assert res.returncode == 0, res.stderr[-3000:]
    assert "Traceback" not in res.stderr

    db = Database(f"sqlite:///{home / 'postmottak.db'}")
    with db.session() as s:
        mails = list(s.scalars(select(Mail)))
        assert {m.sha256 for m in mails} == digests  # every distinct message kept, none twice
        states = Counter(m.state for m in mails)
        assert set(states) <= {MailState.archived, MailState.left, MailState.failed}, states
        for m in mails:
            if m.state is MailState.failed:
                assert m.reason and m.reason.startswith(("parse_feil: ", "arkiv_avvist: ")), m.reason
                assert not m.reason.startswith("intern_feil")  # a hostile mail is a reason, not a crash
            if m.state is MailState.left:
                assert m.reason
    db.dispose()
    assert not [p for p in inbox.iterdir() if p.suffix == ".eml"]  # the inbox is empty: all taken in
    raw = {p.stem for p in (home / "raw").rglob("*.eml")}
    assert raw == digests
