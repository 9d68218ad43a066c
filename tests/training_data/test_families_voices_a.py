"""The "w-voices-a" training families: they run, write valid labels and varied texts."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from classifier.scope import load_scope
from training_data.generator.corpus import DEFAULT_SCOPE, _open_saks, label_for, label_problems
from training_data.generator.draft import Draft, Family
from training_data.generator.families.voices_a import FAMILIES, WRITER
from training_data.generator.world import World

DRAWS = 200
MY_CATEGORIES = {"byggesak", "plansak", "vann_avlop", "vei_trafikk", "eiendomsskatt", "innsynskrav", "politisk",
                 "horing", "tilsyn", "nyhetsbrev", "autosvar", "intern"}
OUT_OF_SCOPE = {"nyhetsbrev", "autosvar", "intern"}


@pytest.fixture(scope="module")
def scope():
    return load_scope(DEFAULT_SCOPE)


@pytest.fixture(scope="module", params=FAMILIES, ids=lambda f: f.name)
def drawn(request) -> tuple[Family, World, list[Draft]]:
    family = request.param
    world = World(rng=random.Random(f"world:{family.name}"))
    drafts = []
    for seed in range(DRAWS):
        d = family.make(random.Random(seed), world)
        d.received = d.received or world.received_date()
        drafts.append(d)
    return family, world, drafts


def test_registry_covers_my_categories_with_unique_names():
    names = [f.name for f in FAMILIES]
    assert len(names) == len(set(names))
    assert {f.category for f in FAMILIES} == MY_CATEGORIES
    assert all(f.writer == WRITER and f.weight > 0 for f in FAMILIES)


def test_labels_are_valid(drawn, scope):
    family, world, drafts = drawn
    saks = _open_saks(world)
    for i, d in enumerate(drafts):
        label = label_for(d, f"m{i}", scope)
        assert label_problems(label, scope, saks) == [], (family.name, i)
        assert d.category == family.category
        if d.skjerming is None:
            assert d.personnavn == []
        if d.category in OUT_OF_SCOPE or d.category == "innsynskrav":
            assert d.sak is None
        if d.category in OUT_OF_SCOPE:
            assert d.journalposttype == "I" and d.skjerming is None
        if d.journalposttype in ("N", "X"):
            assert d.avsender["orgnr"] is None and d.avsender["epost"] == d.sender_email


def test_sak_belongs_to_same_tenant(drawn):
    _, world, drafts = drawn
    for d in drafts:
        if d.sak is not None:
            assert any(c.sak == d.sak and c.tenant == d.tenant for c in world.cases)


def test_stated_orgnr_appears_in_mail(drawn):
    _, _, drafts = drawn
    for d in drafts:
        orgnr = d.avsender["orgnr"]
        if orgnr:
            text = " ".join([d.body] + [a.text for a in d.attachments]).replace(" ", "")
            assert orgnr in text


def test_forwarded_mail_keeps_original_sender(drawn):
    _, _, drafts = drawn
    for d in drafts:
        if d.forwarded is not None:
            assert d.avsender["epost"] == d.forwarded.sender_email
            assert d.journalposttype == "I"


def test_texts_are_varied(drawn):
    family, _, drafts = drawn
    masked = Counter(re.sub(r"\d+", "#", d.body) for d in drafts)
    most_common = masked.most_common(1)[0][1]
    assert most_common < 0.2 * len(drafts), family.name
    assert len(masked) > 0.5 * len(drafts), family.name


def test_both_tenants_and_languages_occur():
    world = World(rng=random.Random(7))
    drafts = [f.make(random.Random(s), world) for f in FAMILIES for s in range(60)]
    assert {d.tenant for d in drafts} == {"fjordvik", "havoy"}
    bodies = " ".join(d.body for d in drafts)
    assert "eg " in bodies.lower() and "jeg " in bodies.lower()
    assert re.search(r"\b(the|please|thank you)\b", bodies, re.IGNORECASE)
