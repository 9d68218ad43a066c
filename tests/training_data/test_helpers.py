"""The shared label-convention check of the family tests catches what it says it does."""

from __future__ import annotations

from tests.training_data.helpers import draft_problems, varied_problems
from training_data.generator.draft import Draft


def _draft(**kw) -> Draft:
    base = {"tenant": "fjordvik", "sender_name": "Kari Nordli", "sender_email": "kari@example.no", "subject": "Søknad",
            "body": "Hei, vedlagt søknaden.", "category": "byggesak", "writer": "w-test",
            "avsender": {"navn": "Kari Nordli", "epost": "kari@example.no", "orgnr": None}}
    return Draft(**{**base, **kw})


def test_a_conventional_draft_has_no_problems():
    assert draft_problems(_draft(), "w-test") == []


def test_each_broken_convention_is_named():
    cases = {
        "helse_omsorg without P13": _draft(category="helse_omsorg"),
        "out-of-scope mail with archive fields set": _draft(category="spam", sak="2025/12"),
        "orgnr not stated anywhere in the mail": _draft(avsender={"navn": "Firma AS", "epost": "a@b.no",
                                                                  "orgnr": "974760673"}),
        "stated in the body but avsender.orgnr is null": _draft(body="Org.nr. 974 760 673"),
        "personnavn without skjerming": _draft(personnavn=["Kari Nordli"]),
        "screened mail names no private person": _draft(category="skole", skjerming="P13"),
        "internal memo whose avsender is not an employee": _draft(journalposttype="N"),
        "empty subject or unfilled slot": _draft(body="Hei {navn}"),
        "writer w-other": _draft(writer="w-other"),
    }
    for expected, draft in cases.items():
        assert any(expected in p for p in draft_problems(draft, "w-test")), expected


def test_drafts_that_repeat_a_text_or_a_subject_are_not_varied():
    varied = [_draft(subject=f"Søknad {i % 3}", body=f"Tekst nummer {'x' * i}") for i in range(10)]
    assert varied_problems(varied) == []
    same_body = [_draft(subject=f"Søknad {i % 3}", body=f"Sak {i}: vedlagt.") for i in range(10)]  # digits masked
    assert varied_problems(same_body) == ["one text in a fifth or more of the drafts"]
    one_subject = [_draft(body=f"Tekst {'x' * i}") for i in range(10)]
    assert varied_problems(one_subject) == ["fewer than three subjects"]
