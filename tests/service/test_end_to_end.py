"""The whole chain on the embedded default, as README command (1) runs it: `postmottak run` with
SQLite, the drop-folder inbox, the local archive and the bundled model.  Mail dropped into the
inbox becomes validating Fiks Arkiv packages or left mail."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.servers import free_port

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def corpus(tmp_path):
    from training_data.generator.corpus import build

    out = tmp_path / "corpus"
    build(out, n=40, seed=99)
    return out


def test_run_turns_dropped_mail_into_packages_or_left_mail(tmp_path, corpus):
    from service.archive.arkivmelding import validate_arkivmelding

    home = tmp_path / "home"
    port = free_port()
    env = dict(os.environ, POSTMOTTAK_HOME=str(home), POSTMOTTAK_API__PORT=str(port),
               POSTMOTTAK_POLL_INTERVAL="0.1", PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "service.cli", "run"], env=env, cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        _wait(lambda: _get(f"{base}/health") is not None, proc)
        inbox = home / "inbox"
        mails = sorted((corpus / "mail").glob("*.eml"))
        for f in mails:  # writers drop files under a temporary name and rename them into place
            shutil.copy(f, inbox / f"{f.name}.tmp")
            os.rename(inbox / f"{f.name}.tmp", inbox / f.name)

        def done():
            stats = _get(f"{base}/api/stats")
            return stats is not None and sum(stats.get(k, 0) for k in ("archived", "left", "failed")) == len(mails)

        _wait(done, proc, timeout=120)
        stats = _get(f"{base}/api/stats")
        assert stats.get("failed", 0) == 0
        assert stats.get("archived", 0) > 0 and stats.get("left", 0) > 0
        listed = _get(f"{base}/api/mails?limit=1000")
        left = [m for m in listed if m["state"] == "left"]
        assert all(m["reason"] for m in left)  # left mail says why
        packages = list((home / "archive").rglob("arkivmelding.xml"))
        assert len(packages) == stats["archived"]
        for xml in packages:
            validate_arkivmelding(xml.read_bytes())
            assert (xml.parent / "melding.eml").exists()
        page = httpx.get(f"{base}/", timeout=10)
        assert page.status_code == 200 and "Til behandling i dokumentsenteret" in page.text
        assert not list(inbox.glob("*.eml"))
    finally:
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=60)
    assert b"Traceback" not in out


def test_ingest_prints_one_line_per_mail_without_content(tmp_path, corpus):
    env = dict(os.environ, POSTMOTTAK_HOME=str(tmp_path / "home"), PYTHONPATH=str(ROOT))
    files = sorted((corpus / "mail").glob("*.eml"))[:10]
    res = subprocess.run([sys.executable, "-m", "service.cli", "ingest", *map(str, files)], env=env,
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr[-2000:]
    lines = res.stdout.strip().splitlines()
    assert len(lines) == 10
    labels = [json.loads(line) for line in (corpus / "labels.jsonl").read_text().splitlines()]
    subjects_and_names = [lab["avsender"]["navn"] for lab in labels if lab["avsender"].get("navn")]
    for line in lines:
        mail_id, state, category, where = line.split("\t")
        assert state in ("archived", "left", "failed")
        assert not any(name in line for name in subjects_and_names)
    again = subprocess.run([sys.executable, "-m", "service.cli", "ingest", *map(str, files)], env=env,
                           capture_output=True, text=True, timeout=300)
    assert again.stdout.count("(mottatt før)") == 10


def _get(url: str):
    try:
        r = httpx.get(url, timeout=5)
    except httpx.HTTPError:
        return None
    return r.json() if r.status_code == 200 else None


def _wait(predicate, proc, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if proc.poll() is not None:
            raise AssertionError(f"tjenesten stoppet (kode {proc.returncode})")
        if time.monotonic() > deadline:
            raise AssertionError("tidsgrensen gikk ut")
        time.sleep(0.1)
