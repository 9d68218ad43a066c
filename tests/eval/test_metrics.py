"""Every bucket rule of dataset-format.md on hand-computed cases."""

import pytest

from eval.metrics import bucket, evaluate, skjerming_leaks


def label(**kw):
    base = {"id": "m1", "tenant": "fjordvik", "received": "2026-09-14", "category": "byggesak", "in_scope": True,
            "journalposttype": "I", "skjerming": None, "sak": "2024/1187",
            "avsender": {"navn": "Ola", "epost": "ola@example.no", "orgnr": None}, "personnavn": []}
    base.update(kw)
    return base


def pred(**kw):
    base = {"id": "m1", "action": "archive", "category": "byggesak", "confidence": 0.99, "journalposttype": "I",
            "skjerming": None, "sak": "2024/1187", "offentlig_tittel": "Søknad",
            "avsender": {"navn": "Ola", "epost": "ola@example.no", "orgnr": None}}
    base.update(kw)
    return base


@pytest.mark.parametrize("lab,prd,expected", [
    (label(), pred(), "riktig_tolket"),
    (label(), pred(category="plansak"), "feiltolkning"),
    (label(), pred(sak=None), "feiltolkning"),
    (label(), pred(skjerming="P13"), "feiltolkning"),
    (label(), pred(action="leave"), "ikke_gjenkjent"),
    (label(), pred(action="leave", category="plansak"), "ikke_gjenkjent"),  # a left mail is never wrong
    (label(category="nyhetsbrev", in_scope=False, sak=None), pred(action="leave", category="byggesak"),
     "riktig_utenfor_scope"),
    (label(category="nyhetsbrev", in_scope=False, sak=None), pred(category="nyhetsbrev", sak=None), "feiltolkning"),
    # journalposttype and avsender do not decide the bucket (they are per-field figures)
    (label(), pred(journalposttype="N", avsender={"navn": "x", "epost": "x@y", "orgnr": None}), "riktig_tolket"),
    # an accept reading also counts as right
    (label(accept=[{"category": "plansak", "sak": None}]), pred(category="plansak", sak=None), "riktig_tolket"),
    (label(accept=[{"category": "plansak", "sak": None}]), pred(category="plansak"), "feiltolkning"),
])
def test_bucket(lab, prd, expected):
    assert bucket(lab, prd) == expected


def test_leaks():
    screened = label(category="helse_omsorg", skjerming="P13", personnavn=["Kari Nordmann"])
    assert skjerming_leaks(screened, pred(skjerming=None)) == ["mangler_skjerming"]
    assert skjerming_leaks(screened, pred(skjerming="P13", offentlig_tittel="Søknad - KARI NORDMANN")) == ["navn_i_tittel"]
    assert skjerming_leaks(screened, pred(skjerming="P13", offentlig_tittel="Søknad - *****")) == []
    assert skjerming_leaks(screened, pred(action="leave", skjerming=None)) == []


def test_evaluate_groups_and_field_accuracy(scope):
    labels = [label(id="a"), label(id="b", tenant="havoy", received="2026-09-15"),
              label(id="c", category="spam", in_scope=False, sak=None), label(id="d")]
    preds = [pred(id="a"), pred(id="b", avsender={"navn": "Ola", "epost": "OLA@example.no", "orgnr": "123"}),
             pred(id="c", action="leave", category="spam")]  # d has no prediction: counted as left
    ev = evaluate(labels, preds, scope)
    o = ev.overall.to_dict()
    assert o["counts"] == {"riktig_tolket": 2, "riktig_utenfor_scope": 1, "ikke_gjenkjent": 1, "feiltolkning": 0}
    assert o["percent"]["totalt_riktig"] == 75.0
    assert sum(o["percent"][b] for b in o["counts"]) == pytest.approx(100.0)
    assert o["field_accuracy"]["avsender.epost"] == 100.0  # case-insensitive
    assert o["field_accuracy"]["avsender.orgnr"] == 50.0
    assert o["field_accuracy"]["enhet"] == 100.0  # derived from the category via the scope
    assert ev.missing == ["d"]
    assert ev.by_tenant["havoy"].n == 1 and ev.by_day["2026-09-14"].n == 3
