"""Training families for byggesak, plansak, vann_avlop, vei_trafikk and eiendomsskatt."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from tests.training_data.helpers import draws
from tests.training_data.helpers import texts as _texts
from tests.training_data.helpers import valid_orgnr as _valid_orgnr
from training_data.generator.draft import Draft, Family
from training_data.generator.families import plan_tek
from training_data.generator.families.plan_tek import FAMILIES
from training_data.generator.world import TENANTS, World

DRAWS = 200
MY_CATEGORIES = {"byggesak", "plansak", "vann_avlop", "vei_trafikk", "eiendomsskatt"}
SAK_RE = re.compile(r"^\d{4}/\d+$")
NYNORSK = re.compile(r"\b(eg|ikkje|korleis|frå|dykkar|kva|høyring|vert|søkjer|eigedom\w*|vatn|ein|eit|berre|heile|nokon|kjem|sidan|"
                     r"ligg|ønskjer|løyve|veke|skule|vegar|mellombels|følgjer|sjå)\b", re.IGNORECASE)
ENGLISH = re.compile(r"\b(the|we|would|please|our|you|and)\b", re.IGNORECASE)


def _no_digit_spaces(text: str) -> str:
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
    if d.skjerming not in (None, "P13"):
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
        if d.avsender != {"navn": d.sender_name, "epost": d.sender_email, "orgnr": None} or not d.sender_email.endswith(domain):
            problems.append("internal memo whose avsender is not the employee")
    if d.forwarded is None and d.avsender["epost"] != d.sender_email:
        problems.append("avsender epost differs from the sender of a mail that is not forwarded")
    if not (d.sender_email.isascii() and d.avsender["epost"].isascii()):
        problems.append("non-ASCII e-mail address")
    if not d.subject.strip() or not d.body.strip():
        problems.append("empty subject or body")
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
            assert orgnr in _no_digit_spaces("\n".join(_texts(d))), f"{family.name}: orgnr {orgnr} is not stated"


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
    openings = {re.sub(r"\W", "", d.body)[:25].lower() for d in drafts}
    assert len(openings) >= 5, family.name


def _cited(sak: str, text: str) -> bool:
    year, num = sak.split("/")
    return bool(re.search(rf"(?<![\d/])(?:{year}|{year[2:]})/0*{num}(?![\d/])", text))


def test_linked_case_is_cited_or_named_by_property(drawn):
    """A mail belongs to an open case only when it cites the number or names its gnr/bnr (or planID)."""
    family, world, drafts = drawn
    cases = {(c.tenant, c.sak): c for c in world.cases}
    for d in drafts:
        if d.sak is None:
            continue
        text = "\n".join(_texts(d))
        case = cases[(d.tenant, d.sak)]
        by_property = case.gnr is not None and re.search(rf"\b{case.gnr}\b", text) and re.search(rf"\b{case.bnr}\b", text)
        plan_id = re.search(r"planID (\d+)", case.tittel)
        by_plan_id = plan_id is not None and plan_id.group(1) in text
        assert _cited(d.sak, text) or by_property or by_plan_id, f"{family.name}: {d.sak} neither cited nor named by gnr/bnr or planID"


def test_a_cited_open_case_is_the_label(drawn):
    """When the mail cites an open case of its tenant in the four-digit-year form, that case is the label."""
    family, world, drafts = drawn
    for d in drafts:
        text = "\n".join(_texts(d))
        for c in world.cases:
            if c.tenant == d.tenant and c.sak != d.sak and re.search(rf"(?<![\d/]){c.sak.split('/')[0]}/0*{c.sak.split('/')[1]}(?![\d/])", text):
                pytest.fail(f"{family.name}: cites open case {c.sak} but is labelled {d.sak}")


def test_category_mix_and_family_count():
    weights, count = Counter(), Counter()
    for f in FAMILIES:
        weights[f.category] += f.weight
        count[f.category] += 1
    assert set(weights) == MY_CATEGORIES
    assert weights["byggesak"] == max(weights.values())
    assert weights["byggesak"] > 2 * weights["plansak"]
    assert min(weights.values()) >= 5
    assert min(count.values()) >= 7
    assert len({f.name for f in FAMILIES}) == len(FAMILIES)
    assert all(f.writer == "w-plantek" and f.name.startswith(f.category + ".") for f in FAMILIES)


def test_both_tenants_nynorsk_and_english_occur_in_every_category():
    world = World(rng=random.Random(7))
    for category in MY_CATEGORIES:
        families = [f for f in FAMILIES if f.category == category]
        tenants, nynorsk, english, havoy_nn, havoy = Counter(), 0, 0, 0, 0
        for seed in range(400):
            d = families[seed % len(families)].make(random.Random(seed), world)
            tenants[d.tenant] += 1
            is_nn = bool(NYNORSK.search(d.body))
            nynorsk += is_nn
            english += len(ENGLISH.findall(d.body)) >= 2
            if d.tenant == "havoy":
                havoy += 1
                havoy_nn += is_nn
        assert min(tenants.values()) > 100, category
        assert nynorsk > 40, category
        assert havoy_nn / havoy > 0.3, category
        assert english >= 3, category


def test_forwarded_mail_keeps_the_original_sender():
    world = World(rng=random.Random(11))
    for seed in range(80):
        d = plan_tek.make_bygg_videresendt(random.Random(seed), world)
        assert d.forwarded is not None
        assert d.sender_email.endswith(TENANTS[d.tenant]["domain"])
        assert d.avsender["epost"] == d.forwarded.sender_email != d.sender_email
        assert d.journalposttype == "I"


def test_internal_notes_are_n_or_x_and_rektor_memos_n():
    world = World(rng=random.Random(5))
    seen = Counter()
    for make in (plan_tek.make_bygg_internt_notat, plan_tek.make_va_internt_notat):
        for seed in range(80):
            d = make(random.Random(seed), world)
            seen[d.journalposttype] += 1
            if d.journalposttype == "X":
                assert d.sak is not None  # a note for the file belongs to an open case
    assert seen["N"] > 20 and seen["X"] > 20 and not seen["I"]
    for seed in range(40):
        assert plan_tek.make_vei_rektor_notat(random.Random(seed), world).journalposttype == "N"


def test_p13_only_where_personal_circumstances_are_revealed():
    world = World(rng=random.Random(3))
    screened = Counter()
    for f in FAMILIES:
        for seed in range(60):
            d = f.make(random.Random(seed), world)
            if d.skjerming:
                screened[f.name] += 1
                assert d.avsender["navn"] in d.personnavn
    assert screened["eiendomsskatt.klage_p13"] == 60
    assert 0 < screened["vann_avlop.gebyr"] < 30
    assert set(screened) == {"eiendomsskatt.klage_p13", "vann_avlop.gebyr"}


def test_same_property_other_matter_gets_no_case():
    """Mail naming the gnr/bnr of an open case of another matter stays a new case, with a note saying so."""
    world = World(rng=random.Random(13))
    decoys = 0
    for f in FAMILIES:
        for seed in range(60):
            d = f.make(random.Random(seed), world)
            if "but another matter" in d.note:
                decoys += 1
                assert d.sak is None, f.name
    assert decoys > 50


def test_substance_only_in_attachment_occurs():
    world = World(rng=random.Random(17))
    short_with_attachment = 0
    for f in FAMILIES:
        for seed in range(40):
            d = f.make(random.Random(seed), world)
            if d.attachments and len(d.body.split("\n\n")[0]) < 90 and any(len(a.text) > 150 for a in d.attachments):
                short_with_attachment += 1
    assert short_with_attachment > 40


def test_a_named_plan_id_of_an_open_plan_case_is_the_label():
    world = World(rng=random.Random(19))
    by_plan_id = 0
    plan_families = [f for f in FAMILIES if f.category == "plansak"]
    for seed in range(400):
        d = plan_families[seed % len(plan_families)].make(random.Random(seed), world)
        text = "\n".join(_texts(d))
        for c in world.cases:
            m = re.search(r"planID (\d+)", c.tittel)
            if c.tenant == d.tenant and m and re.search(rf"(?<!\d){m.group(1)}(?!\d)", text):
                assert d.sak == c.sak, f"names planID {m.group(1)} of {c.sak} but is labelled {d.sak}"
        by_plan_id += "planID" in d.note and d.sak is not None
    assert by_plan_id > 20


def test_decoy_matters_share_no_key_word_with_the_mail():
    assert ("byggesak", "Ulovlighetsoppfølging - levegg") not in plan_tek._decoy_matters("byggesak", "1/2 - Kirkevegen 3 - Søknad om terrasse og levegg")
    assert ("byggesak", "Oppføring av garasje") not in plan_tek._decoy_matters("byggesak", "1/2 - Kirkevegen 3 - Søknad om oppføring av garasje")
    only_other = plan_tek._decoy_matters("byggesak", "1/2 - Kirkevegen 3 - Ulovlighetsoppfølging", ("vann_avlop", "eiendomsskatt"))
    assert only_other and {c for c, _ in only_other} <= {"vann_avlop", "eiendomsskatt"}


def test_replies_quote_the_kommunes_letter_with_the_case_number():
    world = World(rng=random.Random(23))
    replies = 0
    for f in FAMILIES:
        for seed in range(60):
            d = f.make(random.Random(seed), world)
            if d.quoted is not None:
                replies += 1
                assert d.subject.lower().startswith(("sv:", "re:")), f.name
                assert d.quoted.sender_email.endswith(TENANTS[d.tenant]["domain"])
                if d.sak:
                    assert _cited(d.sak, d.quoted.body + d.subject + d.body), f.name
    assert replies > 30
