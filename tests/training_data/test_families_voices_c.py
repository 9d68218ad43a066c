"""The w-voices-c training families: valid labels and varied texts."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from tests.training_data.helpers import OUT_OF_SCOPE, draft_problems, draws, texts, varied_problems
from training_data.generator.corpus import label_for, label_problems
from training_data.generator.draft import Draft, Family
from training_data.generator.families.voices_c import FAMILIES, WRITER
from training_data.generator.world import TENANTS, World

DRAWS = 200
ADDRESS = re.compile(r"^[A-Za-z0-9._+-]+@[a-z0-9.-]+\.[a-z]{2,}$")
SAKNR = re.compile(r"\b(?:20)?\d\d/\d{3,6}\b")


@pytest.fixture(scope="module", params=FAMILIES, ids=lambda f: f.name)
def drawn(request) -> tuple[Family, World, list[Draft]]:
    world, drafts = draws(request.param, DRAWS)
    return request.param, world, drafts


def problems(d: Draft, world: World, scope) -> list[str]:
    open_saks = {t: {c.sak for c in world.cases if c.tenant == t} for t in TENANTS}
    d.received = d.received or "2026-08-03"
    out = label_problems(label_for(d, "t00001", scope), scope, open_saks) + draft_problems(d, WRITER)
    if d.category in OUT_OF_SCOPE and d.personnavn:
        out.append("out-of-scope mail names private persons")
    if d.skjerming == "F13" and d.category != "anskaffelse":
        out.append("F13 outside anskaffelse")
    if d.journalposttype == "I" and d.sender_email.endswith(TENANTS[d.tenant]["domain"]) and not d.forwarded \
            and d.category not in OUT_OF_SCOPE:
        out.append("mail from an employee that is neither a memo nor a forward")
    return out


def test_every_family_writes_valid_labels(drawn, scope):
    family, world, drafts = drawn
    assert family.writer == WRITER
    for i, d in enumerate(drafts):
        assert problems(d, world, scope) == [], f"{family.name} seed {i}"
        assert d.category == family.category


def test_sak_is_cited_in_the_mail(drawn):
    """A mail belongs to an open case only when its number is written somewhere in it."""
    family, _, drafts = drawn
    for i, d in enumerate(drafts):
        if d.sak is None:
            continue
        year, num = d.sak.split("/")
        cited = re.compile(rf"\b(?:{year}|{year[2:]})/0*{int(num)}\b")
        assert any(cited.search(t) for t in texts(d)), f"{family.name} seed {i}: {d.sak}"


def test_texts_are_varied(drawn):
    family, _, drafts = drawn
    assert varied_problems(drafts) == [], family.name


def test_screened_names_appear_in_the_mail(drawn):
    family, _, drafts = drawn
    for d in drafts:
        earlier = [m.sender_name + " " + m.body for m in (d.quoted, d.forwarded) if m]
        text = " ".join(texts(d) + earlier + [d.sender_name])
        for name in d.personnavn:
            assert name.split()[0] in text, (family.name, name)


def test_addresses_are_plain_ascii(drawn):
    family, _, drafts = drawn
    for i, d in enumerate(drafts):
        for a in [d.sender_email, d.avsender["epost"]] + [m.sender_email for m in (d.quoted, d.forwarded) if m]:
            assert ADDRESS.match(a), f"{family.name} seed {i}: {a!r}"


def test_both_tenants_and_standards_occur():
    drafts = [f.make(random.Random(s), World(rng=random.Random(s))) for f in FAMILIES for s in range(30)]
    assert {d.tenant for d in drafts} == set(TENANTS)
    bodies = " ".join(d.body for d in drafts).lower()
    assert " eg " in bodies and " jeg " in bodies and " ikkje " in bodies and " ikke " in bodies
    assert " the " in bodies and " we " in bodies


def test_module_covers_every_category_with_a_modest_weight(scope):
    assert 17 <= sum(f.weight for f in FAMILIES) <= 23
    assert len({f.name for f in FAMILIES}) == len(FAMILIES)
    assert {f.category for f in FAMILIES} == set(scope.categories)
    assert all(f.name.split(".")[0] == f.category for f in FAMILIES)


def test_forwarded_mail_keeps_the_original_sender():
    forwarded = [d for f in FAMILIES for s in range(20)
                 for d in [f.make(random.Random(s), World(rng=random.Random(s)))] if d.forwarded]
    assert forwarded
    for d in forwarded:
        assert d.journalposttype == "I"
        assert d.avsender["epost"] == d.forwarded.sender_email != d.sender_email


def test_internal_memos_are_n_or_x():
    memos = [d for f in FAMILIES for s in range(40)
             for d in [f.make(random.Random(s), World(rng=random.Random(s)))] if d.journalposttype != "I"]
    assert {d.journalposttype for d in memos} == {"N", "X"}


def test_hard_negatives_with_case_numbers_stay_out_of_any_case():
    """Auto-replies and invoices that quote a case number still get sak null."""
    quoting = [d for f in FAMILIES if f.category in OUT_OF_SCOPE for s in range(40)
               for d in [f.make(random.Random(s), World(rng=random.Random(s)))]
               if any(SAKNR.search(t) for t in texts(d))]
    assert len(quoting) > 20
    assert all(d.sak is None for d in quoting)


def test_screening_follows_the_content():
    """Hardship in eiendomsskatt/barnehage gives P13; tenders give F13, questions stay public."""
    seen = Counter()
    for f in FAMILIES:
        if f.category not in ("eiendomsskatt", "barnehage", "anskaffelse"):
            continue
        for s in range(60):
            d = f.make(random.Random(s), World(rng=random.Random(s)))
            seen[(d.category, d.skjerming)] += 1
            if d.skjerming == "F13":
                assert "kr" in " ".join(texts(d))
    assert seen[("eiendomsskatt", "P13")] and seen[("eiendomsskatt", None)]
    assert seen[("barnehage", "P13")] and seen[("barnehage", None)]
    assert seen[("anskaffelse", "F13")] and seen[("anskaffelse", None)]
