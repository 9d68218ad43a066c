"""The live mapping of reviewers' verdicts to buckets, on hand-computed cases."""

from datetime import UTC, date, datetime

import pytest

from eval.live import (
    ALLOWED,
    LiveMail,
    fields_right,
    leaks,
    live_bucket,
    live_report,
    local_day,
    outcome,
    truth,
)
from eval.report import IKKE_KONTROLLERT


def record(**kw):
    base = {"id": "1", "action": "archive", "category": "byggesak", "confidence": 0.99, "journalposttype": "I",
            "skjerming": None, "sak": "2024/1187", "offentlig_tittel": "Søknad om tiltak",
            "avsender": {"navn": "Ola", "epost": "ola@example.no", "orgnr": None}, "tenant": "fjordvik",
            "enhet": "PLAN", "klasse": "L42", "model_version": "m1"}
    base.update(kw)
    return base


@pytest.mark.parametrize("state,verdict,expected", [
    ("archived", "approved", "riktig_tolket"),
    ("archived", "corrected", "feiltolkning"),
    ("archived", "utenfor_scope", "feiltolkning"),
    ("archived", "journalfoert", "feiltolkning"),
    ("left", "journalfoert", "ikke_gjenkjent"),
    ("left", "corrected", "ikke_gjenkjent"),
    ("left", "utenfor_scope", "riktig_utenfor_scope"),
    ("failed", "journalfoert", "ikke_gjenkjent"),
    ("failed", "utenfor_scope", "riktig_utenfor_scope"),
    ("archived", None, IKKE_KONTROLLERT),
    ("left", None, IKKE_KONTROLLERT),
    ("failed", None, IKKE_KONTROLLERT),
    ("left", "approved", IKKE_KONTROLLERT),  # not a valid verdict for left mail: never guessed right
])
def test_live_bucket(state, verdict, expected):
    assert live_bucket(state, verdict) == expected


def test_undecided_mail_and_unknown_verdicts_are_refused():
    with pytest.raises(ValueError):
        live_bucket("classified", None)
    with pytest.raises(ValueError):
        live_bucket("archived", "kanskje")


def test_allowed_verdicts_never_include_approving_a_left_mail():
    assert "approved" not in ALLOWED["left"] and "approved" not in ALLOWED["failed"]
    assert "approved" in ALLOWED["archived"]


def test_truth_overlays_corrections_and_drops_derived_fields_of_a_new_category():
    t = truth(record(), {"category": "plansak", "avsender": {"orgnr": "974760673"}})
    assert t["category"] == "plansak" and "enhet" not in t and "klasse" not in t
    assert t["avsender"] == {"navn": "Ola", "epost": "ola@example.no", "orgnr": "974760673"}
    assert truth(record(), None) == record()


def test_fields_right_marks_only_corrected_fields_wrong(scope):
    right = fields_right(record(), {"sak": "2024/9999", "avsender": {"epost": "OLA@example.no"}}, scope)
    assert right["sak"] is False
    assert right["avsender.epost"] is True  # same address, other case
    assert right["category"] and right["skjerming"] and right["journalposttype"]
    assert all(fields_right(record(), None, scope).values())


def test_leaks():
    assert leaks(record(), {"skjerming": "P13"})  # needed screening, archived without
    assert not leaks(record(skjerming="P13"), None)
    assert leaks(record(skjerming="P13", offentlig_tittel="Vedtak for Kari Nordmann"),
                 {"personnavn": ["Kari Nordmann"]})
    assert not leaks(record(), None)


def test_outcome_of_a_corrected_archived_mail(scope):
    o = outcome(LiveMail(day="2026-09-14", tenant="fjordvik", state="archived", model_version="m1",
                         record=record(), verdict="corrected", corrected={"skjerming": "P13"}), scope)
    assert o.bucket == "feiltolkning" and o.leak and o.archived
    assert o.fields_right["skjerming"] is False and o.fields_right["category"] is True
    assert o.label_category == "byggesak" == o.predicted_category


def test_unreviewed_archived_mail_has_no_field_figures(scope):
    o = outcome(LiveMail(day="2026-09-14", tenant="fjordvik", state="archived", record=record()), scope)
    assert o.bucket == IKKE_KONTROLLERT and o.fields_right == {} and not o.leak


def test_local_day_is_norwegian_time():
    assert local_day(datetime(2026, 9, 14, 22, 30, tzinfo=UTC)) == "2026-09-15"
    assert local_day(datetime(2026, 9, 14, 21, 30)) == "2026-09-14"  # naive = UTC


def test_live_report_from_the_database(tmp_path, scope):
    from service.db import Database
    from service.models import Classification, Mail, MailState, Review, ReviewVerdict

    db = Database(f"sqlite:///{tmp_path / 'p.db'}")
    db.migrate()
    day1 = datetime(2026, 9, 14, 9, tzinfo=UTC)
    day2 = datetime(2026, 9, 15, 9, tzinfo=UTC)
    rows = [  # (state, tenant, received, verdict)
        (MailState.archived, "fjordvik", day1, ReviewVerdict.approved),
        (MailState.archived, "fjordvik", day1, ReviewVerdict.corrected),
        (MailState.left, "havoy", day1, ReviewVerdict.utenfor_scope),
        (MailState.left, "havoy", day2, ReviewVerdict.journalfoert),
        (MailState.archived, "havoy", day2, None),
        (MailState.classified, "havoy", day2, None),  # still in progress: not counted
    ]
    with db.session() as s:
        for i, (state, tenant, at, verdict) in enumerate(rows):
            mail = Mail(sha256=f"{i:064d}", size=10, tenant=tenant, source="t", state=state, received_at=at)
            s.add(mail)
            s.flush()
            action = "archive" if state == MailState.archived else "leave"
            s.add(Classification(mail_id=mail.id, model_version="m1" if at == day1 else "m2", action=action,
                                 category="byggesak", confidence=0.9, record=record(action=action)))
            if verdict is not None:
                s.add(Review(mail_id=mail.id, verdict=verdict, reviewer="test",
                             corrected={"sak": "2024/2"} if verdict == ReviewVerdict.corrected else None))
    with db.session() as s:
        report = live_report(s, scope)
        assert report["overall"]["n"] == 5
        assert report["overall"]["counts"] == {"riktig_tolket": 1, "riktig_utenfor_scope": 1, "ikke_gjenkjent": 1,
                                               "feiltolkning": 1, IKKE_KONTROLLERT: 1}
        assert report["overall"]["percent"]["totalt_riktig"] == 40.0
        assert [d["day"] for d in report["days"]] == ["2026-09-14", "2026-09-15"]
        assert report["model_changes"] == [{"day": "2026-09-14", "model_version": "m1"},
                                           {"day": "2026-09-15", "model_version": "m2"}]
        assert report["overall"]["field_accuracy"]["sak"] == 50.0  # two checked archived mails, one sak wrong
        havoy = live_report(s, scope, tenant="havoy", since=date(2026, 9, 15))
        assert havoy["overall"]["n"] == 2
        assert havoy["overall"]["counts"]["ikke_gjenkjent"] == 1 and havoy["overall"]["counts"][IKKE_KONTROLLERT] == 1
    db.dispose()
