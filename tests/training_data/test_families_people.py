"""The person-sensitive training families (helse_omsorg, barnevern, skole, barnehage, rekruttering)."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from tests.training_data.helpers import draws
from tests.training_data.helpers import valid_orgnr as _valid_orgnr
from training_data.generator.draft import Draft, Family
from training_data.generator.families import people
from training_data.generator.families.people import FAMILIES, draft_texts, names_in
from training_data.generator.world import TENANTS, World

DRAWS = 200
MY_CATEGORIES = {"helse_omsorg", "barnevern", "skole", "barnehage", "rekruttering"}
ALWAYS = {"helse_omsorg": "P13", "barnevern": "BV", "rekruttering": "P25"}
SAK_RE = re.compile(r"^\d{4}/\d+$")


def _draws(family: Family, n: int = DRAWS) -> tuple[World, list[Draft]]:
    return draws(family, n)


@pytest.fixture(scope="module", params=FAMILIES, ids=lambda f: f.name)
def drawn(request) -> tuple[Family, World, list[Draft]]:
    world, drafts = _draws(request.param)
    return request.param, world, drafts


def label_problems(d: Draft, world: World, scope) -> list[str]:
    problems = []
    if d.tenant not in TENANTS:
        problems.append(f"tenant {d.tenant}")
    if d.category not in scope.categories:
        problems.append(f"category {d.category}")
    if d.journalposttype not in ("I", "N", "X"):
        problems.append(f"journalposttype {d.journalposttype}")
    if d.skjerming not in (None, "P13", "F13", "BV", "P25"):
        problems.append(f"skjerming {d.skjerming}")
    if d.category in ALWAYS and d.skjerming != ALWAYS[d.category]:
        problems.append(f"{d.category} must be {ALWAYS[d.category]}, got {d.skjerming}")
    if d.sak is not None:
        open_saks = {c.sak for c in world.cases if c.tenant == d.tenant}
        if not SAK_RE.match(d.sak) or d.sak not in open_saks:
            problems.append(f"sak {d.sak} is not an open case of {d.tenant}")
    if set(d.avsender) != {"navn", "epost", "orgnr"}:
        problems.append(f"avsender keys {sorted(d.avsender)}")
    elif d.avsender["orgnr"] is not None and not _valid_orgnr(d.avsender["orgnr"]):
        problems.append(f"orgnr {d.avsender['orgnr']}")
    elif not d.avsender["navn"] or "@" not in (d.avsender["epost"] or ""):
        problems.append(f"avsender {d.avsender}")
    if d.skjerming is None and d.personnavn:
        problems.append("personnavn without skjerming")
    if d.skjerming and not d.personnavn:
        problems.append("screened mail names no private person")
    if d.journalposttype in ("N", "X"):
        domain = TENANTS[d.tenant]["domain"]
        if not d.avsender["epost"].endswith(domain) or d.avsender["orgnr"] is not None:
            problems.append("internal memo whose avsender is not the employee")
    if not d.subject.strip() and d.category != "barnevern":
        problems.append("empty subject")
    if "{" in d.body or "}" in d.body:
        problems.append("unfilled template slot in body")
    return problems


def test_every_family_writes_valid_labels(drawn, scope):
    family, world, drafts = drawn
    for i, d in enumerate(drafts):
        assert isinstance(d, Draft)
        assert label_problems(d, world, scope) == [], f"{family.name} seed {i}"
        assert d.category == family.category
        assert d.writer == "w-people"


def test_personnavn_are_named_in_the_mail(drawn):
    family, _, drafts = drawn
    for d in drafts:
        text = "\n".join(draft_texts(d)) + "\n" + d.sender_name
        for name in d.personnavn:
            assert name in text, f"{family.name}: {name!r} is not in the mail"


def test_texts_vary(drawn):
    family, _, drafts = drawn
    masked = Counter(re.sub(r"\d", "#", d.body) for d in drafts)
    assert masked.most_common(1)[0][1] / len(drafts) < 0.2
    distinct_openings = {re.sub(r"\W", "", d.body)[:25].lower() for d in drafts}
    assert len(distinct_openings) >= 5, family.name


def test_category_mix_covers_every_category_and_havoy_out_of_scope_kinds():
    weights = Counter()
    for f in FAMILIES:
        weights[f.category] += f.weight
    assert set(weights) == MY_CATEGORIES
    assert min(weights.values()) >= 4
    assert weights["helse_omsorg"] > weights["rekruttering"]
    assert len({f.name for f in FAMILIES}) == len(FAMILIES)
    assert all(f.writer == "w-people" for f in FAMILIES)
    for category in MY_CATEGORIES:
        assert sum(f.category == category for f in FAMILIES) >= 6, category


def test_at_least_eight_families_for_most_categories():
    per_category = Counter(f.category for f in FAMILIES)
    assert sum(n >= 8 for n in per_category.values()) >= 4


def test_both_tenants_and_languages_occur():
    world = World(rng=random.Random(7))
    tenants, nynorsk = Counter(), 0
    for seed in range(400):
        family = FAMILIES[seed % len(FAMILIES)]
        d = family.make(random.Random(seed), world)
        tenants[d.tenant] += 1
        nynorsk += bool(re.search(r"\b(eg|ikkje|korleis|frå|dykkar|kva)\b", d.body))
    assert tenants["fjordvik"] > 100 and tenants["havoy"] > 100
    assert nynorsk > 40


def test_screened_school_and_kindergarten_mail_reveals_circumstances():
    world = World(rng=random.Random(3))
    by_name = {f.name: f for f in FAMILIES}
    for name in ("skole.spesialundervisning", "skole.skoleskyss_helse", "barnehage.redusert_betaling",
                 "barnehage.spesialpedagogisk"):
        for seed in range(50):
            assert by_name[name].make(random.Random(seed), world).skjerming == "P13"
    for name in ("skole.permisjon", "skole.sfo", "barnehage.soknad_plass", "barnehage.oppsigelse"):
        for seed in range(50):
            d = by_name[name].make(random.Random(seed), world)
            assert d.skjerming is None and d.personnavn == []


def test_forwarded_mail_keeps_the_original_sender():
    world = World(rng=random.Random(11))
    by_name = {f.name: f for f in FAMILIES}
    for name in ("skole.rektor_videresender", "helse_omsorg.videresendt"):
        for seed in range(60):
            d = by_name[name].make(random.Random(seed), world)
            original = d.forwarded or next(a.message for a in d.attachments if a.kind == "msg")
            assert d.sender_email.endswith(TENANTS[d.tenant]["domain"])
            assert d.avsender["epost"] == original.sender_email != d.sender_email
            assert d.journalposttype == "I"


def test_internal_memos_are_n_or_x_from_the_employee():
    world = World(rng=random.Random(5))
    by_name = {f.name: f for f in FAMILIES}
    seen = Counter()
    for name in ("helse_omsorg.internt_notat", "rekruttering.internt_notat"):
        for seed in range(80):
            d = by_name[name].make(random.Random(seed), world)
            seen[d.journalposttype] += 1
            assert d.avsender == {"navn": d.sender_name, "epost": d.sender_email, "orgnr": None}
    assert seen["N"] and seen["X"] and not seen["I"]


def test_cited_open_case_appears_in_the_mail():
    world = World(rng=random.Random(13))
    linked = 0
    for f in FAMILIES:
        for seed in range(40):
            d = f.make(random.Random(seed), world)
            if d.sak is None:
                continue
            linked += 1
            year, num = d.sak.split("/")
            text = "\n".join(draft_texts(d))
            pattern = rf"(?:{year}|{year[2:]})/0*{num}\b"
            assert re.search(pattern, text), f"{f.name}: {d.sak} not cited"
    assert linked > 100


def test_names_in_finds_full_and_lone_first_names():
    text = "Emma Hovde har ADHD. Emma trenger hjelp. Broren Jonas Hovde er frisk."
    assert names_in([text], [("Emma Hovde", "Emma"), ("Jonas Hovde", "Jonas"), ("Ola Nordmann", "Ola")]) == [
        "Emma Hovde", "Emma", "Jonas Hovde"]


def test_names_in_reads_names_typed_without_norwegian_letters():
    assert names_in(["Med hilsen\nCamilla Sørensen"], [("Camilla Sørensen", "Camilla")]) == ["Camilla Sørensen"]
    assert names_in(["far min Kaare er sjuk"], [("Kåre Aas", "Kåre")]) == ["Kaare"]


def test_roughen_keeps_names_intact():
    rng = random.Random(2)
    for _ in range(50):
        out = people.roughen(rng, "Oliver Bakke har vondt i magen. Oliver vil ikke gå på skolen.",
                             ["Oliver Bakke", "Oliver"], p_terse=1.0, typo_rate=0.2)
        assert "Oliver" in out
