"""The w-voices-e training families: valid labels, the label conventions, varied texts."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from tests.training_data.helpers import draws, texts, valid_orgnr
from training_data.generator.corpus import _open_saks, label_for, label_problems
from training_data.generator.draft import Draft, Family
from training_data.generator.families.voices_e import FAMILIES, WRITER
from training_data.generator.world import TENANTS, World

DRAWS = 200
DEFAULT_SKJERMING = {"helse_omsorg": "P13", "barnevern": "BV", "rekruttering": "P25"}
OUT_OF_SCOPE = {"nyhetsbrev", "spam", "autosvar", "faktura", "systemvarsel", "intern", "privat"}
PERSON_SCREENING = {"P13", "BV", "P25"}
ORGNR_RE = re.compile(r"Org\.? ?nr\.?:? ?(\d{3} ?\d{3} ?\d{3})", re.IGNORECASE)
PRICE_RE = re.compile(r"\bkr \d|EUR \d|NOK \d|timepris", re.IGNORECASE)
# several families per category where the brief asks for it
AT_LEAST_TWO = {"byggesak", "plansak", "helse_omsorg", "skole", "barnehage", "innsynskrav", "vann_avlop",
                "vei_trafikk", "nyhetsbrev", "spam", "autosvar", "faktura"}


@pytest.fixture(scope="module", params=FAMILIES, ids=lambda f: f.name)
def drawn(request) -> tuple[Family, World, list[Draft]]:
    world, drafts = draws(request.param, DRAWS)
    for d in drafts:
        d.received = d.received or world.received_date()
        d.family = request.param.name
    return request.param, world, drafts


def _case_numbers(world: World, tenant: str) -> dict[str, object]:
    return {c.sak: c for c in world.cases if c.tenant == tenant}


def _cited(d: Draft, sak: str) -> bool:
    """The mail names case ``sak`` in one of the usual forms (2024/1187, 24/1187, 2024/001187, 24/01187-3)."""
    year, num = sak.split("/")
    pattern = rf"(?<!\d)(?:{year}|{year[2:]})/0*{int(num)}(?!\d)"
    return any(re.search(pattern, t) for t in texts(d))


def test_registry(scope):
    names = [f.name for f in FAMILIES]
    assert len(names) == len(set(names))
    assert all(f.writer == WRITER and f.weight > 0 for f in FAMILIES)
    cats = Counter(f.category for f in FAMILIES)
    assert set(cats) == set(scope.categories), set(scope.categories) - set(cats)
    assert all(cats[c] >= 2 for c in AT_LEAST_TWO), cats
    assert 35 <= len(FAMILIES) <= 50
    assert 17 <= sum(f.weight for f in FAMILIES) <= 23
    byggesak = sum(f.weight for f in FAMILIES if f.category == "byggesak")
    assert byggesak == max(sum(f.weight for f in FAMILIES if f.category == c) for c in cats)


def test_labels_are_valid(drawn, scope):
    family, world, drafts = drawn
    saks = _open_saks(world)
    for i, d in enumerate(drafts):
        label = label_for(d, f"m{i}", scope)
        assert label_problems(label, scope, saks) == [], (family.name, i)
        assert d.category == family.category, (family.name, i)
        assert d.writer == WRITER


def test_label_conventions(drawn):
    family, _, drafts = drawn
    for i, d in enumerate(drafts):
        where = (family.name, i)
        assert d.tenant in TENANTS
        if d.category in DEFAULT_SKJERMING:
            assert d.skjerming == DEFAULT_SKJERMING[d.category], where
        if d.category in OUT_OF_SCOPE:
            assert (d.journalposttype, d.skjerming, d.sak) == ("I", None, None), where
        if d.category == "innsynskrav":
            assert d.sak is None, where
        if d.category == "anskaffelse" and d.skjerming == "F13":
            assert any(PRICE_RE.search(t) for t in texts(d)), where
        if d.category == "anskaffelse" and d.skjerming is None:
            assert not PRICE_RE.search(d.body), where
        if d.skjerming is None:
            assert d.personnavn == [], where
        if d.skjerming in PERSON_SCREENING:
            assert d.personnavn, where
        if d.journalposttype in ("N", "X"):
            assert d.avsender["epost"].endswith(TENANTS[d.tenant]["domain"]), where


def test_sak_is_cited_and_belongs_to_the_tenant(drawn):
    family, world, drafts = drawn
    for i, d in enumerate(drafts):
        if d.sak is None:
            continue
        cases = _case_numbers(world, d.tenant)
        assert d.sak in cases, (family.name, i)
        case = cases[d.sak]
        by_property = case.gnr is not None and f"{case.gnr}" in " ".join(texts(d)) and f"{case.bnr}" in " ".join(texts(d))
        by_plan = "planID" in case.tittel and case.tittel.split("planID ")[1] in " ".join(texts(d))
        assert _cited(d, d.sak) or by_property or by_plan, (family.name, i, d.sak)
        for reading in d.accept:
            if reading.get("sak"):
                assert reading["sak"] in cases


def test_avsender(drawn):
    family, _, drafts = drawn
    for i, d in enumerate(drafts):
        a = d.avsender
        assert set(a) == {"navn", "epost", "orgnr"}, (family.name, i)
        assert a["navn"] and "@" in a["epost"], (family.name, i)
        if a["orgnr"] is not None:
            assert valid_orgnr(a["orgnr"]), (family.name, i)
            assert any(a["orgnr"] in t.replace(" ", "") for t in texts(d)), (family.name, i)
        if d.forwarded is not None:
            assert a["epost"] == d.forwarded.sender_email != d.sender_email
            assert d.sender_email.endswith(TENANTS[d.tenant]["domain"])
            assert d.journalposttype == "I"
        elif d.category not in OUT_OF_SCOPE and d.skjerming != "P13":
            stated = ORGNR_RE.search(d.body)
            if stated and a["epost"] == d.sender_email:
                assert a["orgnr"] == stated.group(1).replace(" ", ""), (family.name, i)


def test_screened_names_appear_in_the_mail(drawn):
    family, _, drafts = drawn
    for d in drafts:
        text = " ".join(texts(d))
        for name in d.personnavn:
            assert name.split()[0] in text, (family.name, name)


def test_texts_are_varied_and_filled(drawn):
    family, _, drafts = drawn
    masked = Counter(re.sub(r"\d", "0", d.body) for d in drafts)
    assert masked.most_common(1)[0][1] < 0.2 * len(drafts), family.name
    assert len({d.subject for d in drafts}) >= 3, family.name
    for d in drafts:
        for t in texts(d):
            assert "{" not in t and "}" not in t or "<feedback>" in t, (family.name, t[:80])
        assert d.subject.strip()


def test_languages_and_tenants_occur():
    drafts = [f.make(random.Random(s), World(rng=random.Random(s))) for f in FAMILIES for s in range(25)]
    assert {d.tenant for d in drafts} == set(TENANTS)
    bodies = " ".join(d.body for d in drafts)
    assert " vi " in bodies and " ikkje " in bodies and " the " in bodies
    assert any(d.forwarded for d in drafts) and any(d.quoted for d in drafts)
    assert any(a.kind == "scan" for d in drafts for a in d.attachments)
    assert any(a.kind == "docx" for d in drafts for a in d.attachments)
    assert any(d.accept for d in drafts)
