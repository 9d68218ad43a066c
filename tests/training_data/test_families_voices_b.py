"""The w-voices-b training families: valid labels and varied texts."""

from __future__ import annotations

import random

import pytest

from tests.training_data.helpers import draft_problems, varied_problems
from training_data.generator.draft import Draft, Family
from training_data.generator.families.voices_b import FAMILIES, WRITER
from training_data.generator.world import TENANTS, World

DRAWS = 200


@pytest.fixture(scope="module", params=FAMILIES, ids=lambda f: f.name)
def drawn(request) -> tuple[Family, World, list[Draft]]:
    family = request.param
    world = World(rng=random.Random(f"world:{family.name}"))
    return family, world, [family.make(random.Random(seed), world) for seed in range(DRAWS)]


def problems(d: Draft, world: World, scope) -> list[str]:
    out = []
    if d.tenant not in TENANTS:
        out.append(f"tenant {d.tenant}")
    if d.category not in scope.categories:
        out.append(f"category {d.category}")
    if d.journalposttype not in ("I", "N", "X"):
        out.append(f"journalposttype {d.journalposttype}")
    if d.skjerming not in (None, *scope.skjerming):
        out.append(f"skjerming {d.skjerming}")
    if d.sak is not None and d.sak not in {c.sak for c in world.cases if c.tenant == d.tenant}:
        out.append(f"sak {d.sak} is not an open case of {d.tenant}")
    return out + draft_problems(d, WRITER)


def _texts(d: Draft) -> list[str]:
    return [d.body] + [a.text for a in d.attachments] + [m.body for m in (d.quoted, d.forwarded) if m]


def test_every_family_writes_valid_labels(drawn, scope):
    family, world, drafts = drawn
    for i, d in enumerate(drafts):
        assert problems(d, world, scope) == [], f"{family.name} seed {i}"
        assert d.category == family.category


def test_texts_are_varied(drawn):
    family, _, drafts = drawn
    assert varied_problems(drafts) == [], family.name


def test_screened_names_appear_in_the_mail(drawn):
    family, _, drafts = drawn
    for d in drafts:
        earlier = [m.sender_name + " " + m.body for m in (d.quoted, d.forwarded) if m]
        text = " ".join(_texts(d) + earlier + [d.subject, d.sender_name])
        for name in d.personnavn:
            assert name.split()[0] in text, (family.name, name)


def test_both_tenants_and_languages_occur():
    drafts = [f.make(random.Random(s), World(rng=random.Random(s))) for f in FAMILIES for s in range(30)]
    assert {d.tenant for d in drafts} == set(TENANTS)
    bodies = " ".join(d.body for d in drafts)
    assert " eg " in bodies and " jeg " in bodies.lower() and " the " in bodies


def test_module_weight_is_a_modest_share():
    assert 12 <= sum(f.weight for f in FAMILIES) <= 24
    assert len({f.name for f in FAMILIES}) == len(FAMILIES)
    assert len({f.category for f in FAMILIES}) == 12


def test_forwarded_mail_keeps_the_original_sender():
    forwarded = [d for f in FAMILIES for s in range(20)
                 for d in [f.make(random.Random(s), World(rng=random.Random(s)))] if d.forwarded]
    assert forwarded
    for d in forwarded:
        assert d.journalposttype == "I"
        assert d.avsender["epost"] == d.forwarded.sender_email != d.sender_email
