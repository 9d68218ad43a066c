"""The decision policy: archive only when tenant, scope and every scored field are sure."""

from __future__ import annotations

import pytest

from classifier.policy import REASONS, Thresholds, decide, leave_reasons
from classifier.types import Prediction

SURE = {"tenant": 1.0, "category": 0.99, "journalposttype": 0.99, "skjerming": 0.99, "sak": 0.99, "avsender": 0.9}


def prediction(**changes) -> Prediction:
    fields = {
        "id": "m1",
        "tenant": "fjordvik",
        "category": "byggesak",
        "confidence": 0.99,
        "field_confidence": dict(SURE),
        "flags": [],
    }
    fields.update(changes)
    return Prediction(**fields)


def test_sure_in_scope_mail_is_archived(scope):
    decision = decide(prediction(), scope, Thresholds())
    assert decision.action == "archive"
    assert decision.reasons == []
    assert decision.to_record()["action"] == "archive"


def test_unknown_tenant_is_left(scope):
    assert decide(prediction(tenant=None), scope, Thresholds()).reasons == ["ukjent_tenant"]
    assert decide(prediction(tenant="nowhere"), scope, Thresholds()).reasons == ["ukjent_tenant"]


def test_out_of_scope_categories_are_left(scope):
    assert decide(prediction(category="nyhetsbrev"), scope, Thresholds()).reasons == ["utenfor_scope"]
    # helse_omsorg is in scope for fjordvik but not (yet) for havoy
    assert decide(prediction(category="helse_omsorg", tenant="fjordvik"), scope, Thresholds()).action == "archive"
    assert decide(prediction(category="helse_omsorg", tenant="havoy"), scope, Thresholds()).reasons == ["utenfor_scope"]


@pytest.mark.parametrize(
    "field,reason",
    [("skjerming", "usikker_skjerming"), ("sak", "usikker_sak"), ("journalposttype", "usikker_journalposttype")],
)
def test_an_uncertain_field_leaves_the_mail(scope, field, reason):
    p = prediction(field_confidence={**SURE, field: 0.5})
    decision = decide(p, scope, Thresholds())
    assert decision.action == "leave"
    assert decision.reasons == [reason]


def test_uncertain_category_uses_the_per_category_threshold(scope):
    p = prediction(confidence=0.8)
    assert decide(p, scope, Thresholds(category=0.9)).reasons == ["usikker_kategori"]
    relaxed = Thresholds(category=0.9, per_category={"byggesak": 0.75})
    assert decide(p, scope, relaxed).action == "archive"
    assert decide(prediction(category="plansak", confidence=0.8), scope, relaxed).action == "leave"


def test_scanned_substance_is_left(scope):
    assert decide(prediction(flags=["scanned_attachment"]), scope, Thresholds()).action == "archive"
    left = decide(prediction(flags=["scanned_attachment", "scanned_substance"]), scope, Thresholds())
    assert left.reasons == ["skannet_vedlegg"]


def test_all_reasons_at_once_are_reported(scope):
    p = prediction(confidence=0.1, field_confidence={**SURE, "skjerming": 0.1, "sak": 0.1}, flags=["scanned_substance"])
    assert set(leave_reasons(p, scope, Thresholds())) == {
        "usikker_kategori",
        "usikker_skjerming",
        "usikker_sak",
        "skannet_vedlegg",
    }


def test_every_reason_has_a_norwegian_explanation(scope):
    p = prediction(confidence=0.1, field_confidence={k: 0.0 for k in SURE}, flags=["scanned_substance", "cited_case_not_open"])
    codes = set(leave_reasons(p, scope, Thresholds(leave_when_cited_case_not_open=True)))
    codes |= {"ukjent_tenant", "utenfor_scope", "uleselig_epost", "feil_i_klassifisering"}
    assert codes <= REASONS.keys()
    assert all(text.strip() for text in REASONS.values())


def test_thresholds_round_trip():
    t = Thresholds(category=0.8, per_category={"byggesak": 0.7}, sak=0.95)
    assert Thresholds.from_dict(t.to_dict()) == t
    assert Thresholds.from_dict({**t.to_dict(), "unknown": 1}) == t


def test_open_case_of_the_same_klasse_backs_a_less_sure_category(scope):
    unsure = dict(SURE, skjerming=0.99)
    backed = prediction(confidence=0.4, field_confidence=unsure, flags=["sak_samme_klasse"])
    assert decide(backed, scope, Thresholds(category=0.9)).action == "archive"
    # without the case, or below the floor, the category is too unsure
    assert decide(prediction(confidence=0.4, field_confidence=unsure), scope, Thresholds(category=0.9)).reasons == [
        "usikker_kategori"]
    assert decide(prediction(confidence=0.1, field_confidence=unsure, flags=["sak_samme_klasse"]), scope,
                  Thresholds(category=0.9)).reasons == ["usikker_kategori"]


def test_case_backing_needs_a_sure_link_and_a_sure_skjerming(scope):
    t = Thresholds(category=0.9, sak=0.8)
    weak_link = prediction(confidence=0.4, flags=["sak_samme_klasse"], field_confidence=dict(SURE, sak=0.7))
    assert "usikker_kategori" in decide(weak_link, scope, t).reasons
    weak_skj = prediction(confidence=0.4, flags=["sak_samme_klasse"], field_confidence=dict(SURE, skjerming=0.95))
    assert decide(weak_skj, scope, t).reasons == ["usikker_kategori"]
