"""The administrative training families (innsynskrav, politisk, horing, tilsyn, bevilling, tilskudd, anskaffelse)."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from tests.training_data.helpers import draws
from tests.training_data.helpers import texts as _texts
from tests.training_data.helpers import valid_orgnr as _valid_orgnr
from training_data.generator.draft import Draft, Family
from training_data.generator.families import admin
from training_data.generator.families.admin import FAMILIES
from training_data.generator.world import TENANTS, World

DRAWS = 200
MY_CATEGORIES = {"innsynskrav", "politisk", "horing", "tilsyn", "bevilling", "tilskudd", "anskaffelse"}
SAK_RE = re.compile(r"^\d{4}/\d+$")


def _digits_only_spacing(text: str) -> str:
    return re.sub(r"(?<=\d) (?=\d)", "", text)


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
    if d.skjerming == "P13" and not d.personnavn:
        problems.append("P13 mail names no private person")
    if d.journalposttype in ("N", "X"):
        domain = TENANTS[d.tenant]["domain"]
        if not d.avsender["epost"].endswith(domain) or d.avsender["orgnr"] is not None:
            problems.append("internal memo whose avsender is not the employee")
    for address in (d.sender_email, d.avsender.get("epost") or ""):
        if not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}", address):
            problems.append(f"e-mail address {address!r}")
    if not d.subject.strip():
        problems.append("empty subject")
    for text in _texts(d):
        if re.search(r"\{[a-zA-Z_0-9]*\}", text):
            problems.append("unfilled template slot")
    return problems


def test_every_family_writes_valid_labels(drawn, scope):
    family, world, drafts = drawn
    for i, d in enumerate(drafts):
        assert isinstance(d, Draft)
        assert label_problems(d, world, scope) == [], f"{family.name} seed {i}"
        assert d.category == family.category


def test_stated_orgnr_is_in_the_mail(drawn):
    family, _, drafts = drawn
    for d in drafts:
        orgnr = d.avsender["orgnr"]
        if orgnr:
            text = _digits_only_spacing("\n".join(_texts(d)))
            assert orgnr in text, f"{family.name}: orgnr {orgnr} is not stated in the mail"


def test_personnavn_are_named_in_the_mail(drawn):
    family, _, drafts = drawn
    for d in drafts:
        text = "\n".join(_texts(d))
        for name in d.personnavn:
            assert name in text, f"{family.name}: {name!r} is not in the mail"


def test_texts_vary(drawn):
    family, _, drafts = drawn
    masked = Counter(re.sub(r"\d", "#", d.body) for d in drafts)
    assert masked.most_common(1)[0][1] / len(drafts) < 0.2, family.name
    distinct_openings = {re.sub(r"\W", "", d.body)[:25].lower() for d in drafts}
    assert len(distinct_openings) >= 5, family.name


def test_cited_open_case_appears_in_the_mail(drawn):
    family, _, drafts = drawn
    for d in drafts:
        if d.sak is None:
            continue
        year, num = d.sak.split("/")
        text = "\n".join(_texts(d))
        assert re.search(rf"(?:{year}|{year[2:]})/0*{num}\b", text), f"{family.name}: {d.sak} not cited"


def test_innsynskrav_never_gets_a_case_even_when_it_names_one():
    world = World(rng=random.Random(1))
    names_open_case = 0
    for f in admin.INNSYN_FAMILIES:
        for seed in range(120):
            before = len(world.cases)
            d = f.make(random.Random(seed), world)
            assert d.sak is None, f.name
            names_open_case += len(world.cases) > before
    assert names_open_case > 100


def test_f13_follows_prices_in_procurement_mail():
    world = World(rng=random.Random(2))
    by_name = {f.name: f for f in FAMILIES}
    for seed in range(80):
        assert by_name["anskaffelse.tilbud"].make(random.Random(seed), world).skjerming == "F13"
        questions = by_name["anskaffelse.sporsmal"].make(random.Random(seed), world)
        assert questions.skjerming is None and not questions.attachments
        klage = by_name["anskaffelse.klage"].make(random.Random(seed), world)
        has_prices = bool(re.search(r"\d[\d ]* kr\b", klage.body)) or bool(klage.attachments)
        assert (klage.skjerming == "F13") == has_prices
    for f in FAMILIES:
        if f.category != "anskaffelse" and f.name != "tilskudd.personal_p13":
            for seed in range(30):
                assert f.make(random.Random(seed), world).skjerming is None, f.name


def test_only_the_personal_grant_family_is_screened():
    world = World(rng=random.Random(3))
    for f in FAMILIES:
        for seed in range(40):
            d = f.make(random.Random(seed), world)
            if f.name == "tilskudd.personal_p13":
                assert d.skjerming == "P13" and d.personnavn == [d.avsender["navn"]]
            elif d.category != "anskaffelse":
                assert d.skjerming is None and d.personnavn == [], f.name


def test_forwarded_mail_keeps_the_original_sender():
    world = World(rng=random.Random(11))
    for f in FAMILIES:
        if not f.name.endswith(".forwarded"):
            continue
        for seed in range(60):
            d = f.make(random.Random(seed), world)
            assert d.forwarded is not None
            assert d.sender_email.endswith(TENANTS[d.tenant]["domain"])
            assert d.avsender["epost"] == d.forwarded.sender_email != d.sender_email
            assert d.journalposttype == "I"


def test_internal_memos_are_n_or_x_from_the_employee():
    world = World(rng=random.Random(5))
    seen = Counter()
    for f in (admin.make_tilskudd_internal, admin.make_anskaffelse_internal):
        for seed in range(80):
            d = f(random.Random(seed), world)
            seen[d.journalposttype] += 1
            assert d.avsender == {"navn": d.sender_name, "epost": d.sender_email, "orgnr": None}
            assert d.sak is not None
    assert seen["N"] and seen["X"] and not seen["I"]


def test_agencies_are_the_avsender_even_when_a_caseworker_writes():
    world = World(rng=random.Random(8))
    for seed in range(100):
        d = admin.make_tilsyn_statsforvalter_varsel(random.Random(seed), world)
        assert d.avsender["navn"].startswith("Statsforvalteren i ")
        assert d.avsender["epost"] == d.sender_email and d.avsender["orgnr"] is None


def test_category_mix_and_family_count():
    weights = Counter()
    for f in FAMILIES:
        weights[f.category] += f.weight
    assert set(weights) == MY_CATEGORIES
    assert min(weights.values()) >= 4.3
    assert weights["innsynskrav"] == max(weights.values())
    assert len({f.name for f in FAMILIES}) == len(FAMILIES)
    assert all(f.writer == "w-admin" and f.name.startswith(f.category + ".") for f in FAMILIES)
    per_category = Counter(f.category for f in FAMILIES)
    assert min(per_category.values()) >= 6


def test_both_tenants_and_languages_occur():
    world = World(rng=random.Random(7))
    tenants, nynorsk, english = Counter(), 0, 0
    for seed in range(600):
        family = FAMILIES[seed % len(FAMILIES)]
        d = family.make(random.Random(seed), world)
        tenants[d.tenant] += 1
        nynorsk += bool(re.search(r"\b(eg|ikkje|korleis|frå|dykkar|kva|høyring|vert)\b", d.body))
        english += bool(re.search(r"\b(the|please|we|our)\b", d.body, re.IGNORECASE))
    assert tenants["fjordvik"] > 200 and tenants["havoy"] > 200
    assert nynorsk > 80
    assert english > 5


def test_roughen_changes_text_but_keeps_most_words():
    rng = random.Random(4)
    text = "Jeg ber om innsyn i postjournalen for uke 38. Send det gjerne på e-post, takk."
    outs = [admin.roughen(rng, text, level=1.0) for _ in range(40)]
    assert any(o != text for o in outs)
    for o in outs:
        assert len(set(o.split()) & set(text.split())) >= len(text.split()) // 2


def test_letter_drops_a_greeting_when_the_text_already_greets():
    assert admin.letter("Hei,", "Hei! Kan dere sende ...", "Mvh\nOla") == "Hei! Kan dere sende ...\n\nMvh\nOla"
    assert admin.letter("Til Fjordvik kommune", "Jeg ber om ...", "") == "Til Fjordvik kommune\n\nJeg ber om ..."
