"""Report data per day x tenant, per day, per tenant and overall, with its CSV/JSON writers."""

import csv
import io
import json

import pytest

from eval.report import (
    IKKE_KONTROLLERT,
    Outcome,
    build_report,
    model_changes,
    series,
    to_csv,
    write_report_files,
)


def outcomes():
    return [
        Outcome("2026-09-14", "fjordvik", "riktig_tolket", "v1", archived=True,
                fields_right={"category": True, "sak": True}),
        Outcome("2026-09-14", "fjordvik", "riktig_utenfor_scope", "v1", label_category="spam",
                predicted_category="spam"),
        Outcome("2026-09-14", "havoy", "feiltolkning", "v1", archived=True, leak=True,
                fields_right={"category": False, "sak": True}, label_category="byggesak",
                predicted_category="plansak"),
        Outcome("2026-09-15", "havoy", "ikke_gjenkjent", "v2", label_category="byggesak",
                predicted_category="plansak"),
    ]


def test_groups_hand_computed():
    r = build_report(outcomes(), kind="replay", title="t")
    o = r["overall"]
    assert o["n"] == 4
    assert o["counts"] == {"riktig_tolket": 1, "riktig_utenfor_scope": 1, "ikke_gjenkjent": 1, "feiltolkning": 1}
    assert o["percent"] == {"riktig_tolket": 25.0, "riktig_utenfor_scope": 25.0, "ikke_gjenkjent": 25.0,
                            "feiltolkning": 25.0, "totalt_riktig": 50.0}
    assert o["skjerming_leaks"] == 1 and o["archived"] == 2
    assert o["field_accuracy"]["category"] == 50.0 and o["field_accuracy"]["sak"] == 100.0
    assert o["field_accuracy"]["enhet"] is None  # never checked
    day1 = r["days"][0]
    assert day1["day"] == "2026-09-14" and day1["overall"]["n"] == 3
    assert day1["tenants"]["fjordvik"]["percent"]["totalt_riktig"] == 100.0
    assert day1["tenants"]["havoy"]["percent"]["feiltolkning"] == 100.0
    assert r["tenants"]["havoy"]["n"] == 2
    assert r["confusion"] == [{"label": "byggesak", "predicted": "plansak", "n": 2}]


def test_buckets_add_to_100_percent_every_day():
    r = build_report(outcomes() * 3 + outcomes()[:1], kind="replay", title="t")
    for d in r["days"]:
        for g in [d["overall"], *d["tenants"].values()]:
            assert sum(g["percent"][c] for c in r["columns"]) == pytest.approx(100.0, abs=0.02)


def test_live_report_shows_unreviewed_mail_as_its_own_column_never_right():
    r = build_report([*outcomes(), Outcome("2026-09-15", "havoy", IKKE_KONTROLLERT, "v2")], kind="live", title="t")
    assert r["columns"][-1] == IKKE_KONTROLLERT
    assert r["overall"]["percent"][IKKE_KONTROLLERT] == 20.0
    assert r["overall"]["percent"]["totalt_riktig"] == 40.0  # 2 of 5, the unreviewed one not counted right


def test_unreviewed_column_is_refused_in_a_replay():
    with pytest.raises(ValueError):
        build_report([Outcome("2026-09-15", "havoy", IKKE_KONTROLLERT)], kind="replay", title="t")


def test_model_changes_and_series_per_tenant():
    r = build_report(outcomes(), kind="replay", title="t")
    assert model_changes(r["days"]) == [{"day": "2026-09-14", "model_version": "v1"},
                                        {"day": "2026-09-15", "model_version": "v2"}]
    assert [d["day"] for d in series(r, "fjordvik")] == ["2026-09-14"]  # no fjordvik mail on the 15th
    assert [d["n"] for d in series(r)] == [3, 1]


def test_csv_has_a_row_per_day_and_tenant_plus_the_total():
    rows = list(csv.DictReader(io.StringIO(to_csv(build_report(outcomes(), kind="replay", title="t")))))
    assert [(r["dag"], r["kommune"]) for r in rows] == [
        ("2026-09-14", "fjordvik"), ("2026-09-14", "havoy"), ("2026-09-14", "alle"),
        ("2026-09-15", "havoy"), ("2026-09-15", "alle")]
    assert rows[2]["totalt_riktig_prosent"] == "66.67" and rows[2]["modellversjon"] == "v1"
    assert rows[1]["skjermingslekkasjer"] == "1"


def test_write_report_files(tmp_path):
    r = build_report(outcomes(), kind="replay", title="t")
    paths = write_report_files(r, tmp_path / "out")
    assert json.loads(paths["json"].read_text(encoding="utf-8"))["overall"]["n"] == 4
    assert paths["chart"].read_bytes().startswith(b"\x89PNG")
    assert 'src="chart.png"' in paths["html"].read_text(encoding="utf-8")
    assert paths["csv"].read_text(encoding="utf-8").startswith("dag,kommune,n,")
