"""The hypercare dashboard: live figures from reviewers' verdicts, the chart, filters, and the page in Chromium."""

import csv
import io
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient

from classifier.policy import Thresholds
from eval.live import live_report
from eval.metrics import bucket
from service.config import Settings
from service.models import Classification, Mail, MailState, Review, ReviewVerdict
from tests.servers import free_port, missing

CHROMIUM = Path("/usr/bin/chromium")
CHART_LOADED = "(() => { const img = document.getElementById('chart'); return img !== null && img.complete; })()"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def add_mail(s, i, *, state, tenant, day, verdict=None, model_version="m1", category="byggesak"):
    mail = Mail(sha256=f"{i:064d}", size=1, tenant=tenant, source="t", state=state,
                received_at=datetime.fromisoformat(day).replace(hour=9, tzinfo=UTC))
    s.add(mail)
    s.flush()
    action = "archive" if state == MailState.archived else "leave"
    s.add(Classification(mail_id=mail.id, model_version=model_version, action=action, category=category,
                         confidence=0.9, record={"action": action, "category": category, "skjerming": None,
                                                 "sak": None, "model_version": model_version}))
    if verdict:
        s.add(Review(mail_id=mail.id, verdict=verdict, reviewer="t",
                     corrected={"sak": "2024/1"} if verdict == ReviewVerdict.corrected else None))


@pytest.fixture
def client(tmp_path):
    from service.api.app import create_app
    from service.runtime import build_runtime

    model = SimpleNamespace(model_version="m1", thresholds_=Thresholds())
    rt = build_runtime(Settings(home=tmp_path / "home"), model=model)
    A, L = MailState.archived, MailState.left
    with rt.db.session() as s:
        add_mail(s, 1, state=A, tenant="fjordvik", day="2026-09-14", verdict=ReviewVerdict.approved)
        add_mail(s, 2, state=A, tenant="fjordvik", day="2026-09-14", verdict=ReviewVerdict.corrected)
        add_mail(s, 3, state=L, tenant="havoy", day="2026-09-14", verdict=ReviewVerdict.utenfor_scope)
        add_mail(s, 4, state=L, tenant="havoy", day="2026-09-15", verdict=ReviewVerdict.journalfoert,
                 model_version="m2")
        add_mail(s, 5, state=A, tenant="<script>alert(1)</script>", day="2026-09-15", model_version="m2",
                 category="<b>x</b>")
    with TestClient(create_app(rt)) as c:
        yield c
    rt.close()


def test_page_shows_live_figures_with_unreviewed_column(client):
    page = client.get("/dashboard")
    assert page.status_code == 200
    text = page.text
    assert 'id="pct-totalt_riktig">40,00 %' in text  # 2 of 5 right; the unreviewed mail is not right
    assert 'id="pct-ikke_kontrollert">20,00 %' in text and "Ikke kontrollert" in text
    assert 'src="/dashboard/chart.png"' in text
    assert "<script>alert(1)</script>" not in text and "&lt;script&gt;" in text  # escaped


def test_filters_for_kommune_and_period(client):
    text = client.get("/dashboard", params={"kommune": "havoy", "fra": "2026-09-15"}).text
    assert 'id="pct-ikke_gjenkjent">100,00 %' in text
    assert 'src="/dashboard/chart.png?kommune=havoy&amp;fra=2026-09-15"' in text
    assert client.get("/dashboard", params={"fra": "ikke-en-dato"}).status_code == 422
    assert client.get("/dashboard", params={"kommune": "", "fra": "", "til": ""}).status_code == 200  # empty form
    text = client.get("/dashboard", params={"kommune": "<i>x</i>"}).text
    assert "<i>x</i>" not in text


def test_chart_json_and_csv(client):
    png = client.get("/dashboard/chart.png", params={"kommune": "fjordvik"})
    assert png.headers["content-type"] == "image/png" and png.content.startswith(b"\x89PNG")
    report = client.get("/dashboard/rapport.json").json()
    assert report["kind"] == "live" and report["overall"]["n"] == 5
    assert [c["model_version"] for c in report["model_changes"]] == ["m1", "m2"]
    rows = list(csv.DictReader(io.StringIO(client.get("/dashboard/rapport.csv").text)))
    assert {(r["dag"], r["kommune"]) for r in rows} >= {("2026-09-14", "alle"), ("2026-09-15", "havoy")}
    assert all("ikke_kontrollert_prosent" in r for r in rows)


# ------------------------------------------------------------------ headless Chromium, real data
@pytest.fixture
def served(tmp_path):
    """The service app on a loopback port over a database of really processed, generated mail with reviews."""
    import uvicorn

    from classifier.dataset import LabelledSet
    from classifier.scope import load_scope
    from classifier.training import train_sets
    from service.api.app import create_app
    from service.runtime import build_runtime
    from training_data.generator.corpus import build

    build(tmp_path / "base", n=150, seed=11)
    build(tmp_path / "incoming", n=36, seed=12)
    settings = Settings(home=tmp_path / "home")
    model = train_sets([tmp_path / "base"], load_scope(settings.scope_file), tune=False,
                       thresholds=Thresholds(category=0.5, skjerming=0.5, journalposttype=0.5, sak=0.5))
    rt = build_runtime(settings, model=model)
    incoming = LabelledSet.open(tmp_path / "incoming")
    start = datetime(2026, 9, 14, 9, tzinfo=UTC)
    for i, label in enumerate(incoming.labels):
        got = rt.pipeline.receive(incoming.raw(label["id"]), source="test")
        rt.pipeline.process(got.mail_id)
        with rt.db.session() as s:
            mail = s.get(Mail, got.mail_id)
            mail.received_at = start + timedelta(days=i % 3)
            if i % 6 == 5 or mail.state not in (MailState.archived, MailState.left):
                continue  # some mail is not reviewed yet
            record = mail.classification.record
            if mail.state == MailState.archived:
                right = label["in_scope"] and bucket(label, record) == "riktig_tolket"
                verdict = ReviewVerdict.approved if right else ReviewVerdict.corrected
            else:
                verdict = ReviewVerdict.journalfoert if label["in_scope"] else ReviewVerdict.utenfor_scope
            s.add(Review(mail_id=mail.id, verdict=verdict, reviewer="test",
                         corrected={"category": label["category"]} if verdict == ReviewVerdict.corrected else None))
    with rt.db.session() as s:
        expected = live_report(s, rt.scope)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(rt), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "tjenesten startet ikke"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", expected
    server.should_exit = True
    thread.join(timeout=30)
    rt.close()


@pytest.mark.chromium
def test_dashboard_renders_in_headless_chromium(served):
    if not CHROMIUM.exists():
        missing("Chromium (Debian-pakken chromium)")
    from playwright.sync_api import sync_playwright

    base, expected = served
    overall = expected["overall"]
    assert overall["n"] == 36 and overall["counts"]["ikke_kontrollert"] >= 6
    assert len(expected["days"]) == 3
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            response = page.goto(f"{base}/dashboard")
            assert response.status == 200
            page.wait_for_function(CHART_LOADED)
            assert page.eval_on_selector("#chart", "img => img.naturalWidth") > 0
            total = f"{overall['percent']['totalt_riktig']:.2f}".replace(".", ",") + " %"
            assert page.inner_text("#pct-totalt_riktig") == total
            unreviewed = f"{overall['percent']['ikke_kontrollert']:.2f}".replace(".", ",") + " %"
            assert page.inner_text("#pct-ikke_kontrollert") == unreviewed
            assert page.locator("#per-dag tbody tr").count() >= 3
            assert "16.09.2026" in page.inner_text("#per-dag")
            # filter by kommune through the form; the chart follows the filter
            page.select_option("select[name=kommune]", "fjordvik")
            page.click("button[type=submit]")
            page.wait_for_url("**kommune=fjordvik**", wait_until="load")
            page.wait_for_function(CHART_LOADED)
            assert "kommune=fjordvik" in page.get_attribute("#chart", "src")
            assert page.eval_on_selector("#chart", "img => img.naturalWidth") > 0
        finally:
            browser.close()
