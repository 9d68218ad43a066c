"""The w-voices-b training families: valid labels and varied texts."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from tests.training_data.helpers import valid_orgnr as _valid_orgnr
from training_data.generator.draft import Draft, Family
from training_data.generator.families.voices_b import FAMILIES, WRITER
from training_data.generator.world import TENANTS, World

DRAWS = 200
DEFAULT_SKJERMING = {"helse_omsorg": "P13", "barnevern": "BV", "rekruttering": "P25"}
OUT_OF_SCOPE = {"spam", "faktura", "systemvarsel", "privat"}
PERSON_SCREENING = {"P13", "BV", "P25"}
ORGNR_RE = re.compile(r"Org\.? ?nr\.?:? ?(\d{3} ?\d{3} ?\d{3})", re.IGNORECASE)


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
    if d.category in DEFAULT_SKJERMING and d.skjerming != DEFAULT_SKJERMING[d.category]:
        out.append(f"{d.category} without {DEFAULT_SKJERMING[d.category]}")
    if d.category in OUT_OF_SCOPE and (d.journalposttype != "I" or d.skjerming or d.sak):
        out.append("out-of-scope mail with archive fields set")
    if d.sak is not None and d.sak not in {c.sak for c in world.cases if c.tenant == d.tenant}:
        out.append(f"sak {d.sak} is not an open case of {d.tenant}")
    if set(d.avsender) != {"navn", "epost", "orgnr"}:
        out.append(f"avsender keys {sorted(d.avsender)}")
    else:
        if d.avsender["orgnr"] is not None and not _valid_orgnr(d.avsender["orgnr"]):
            out.append(f"orgnr {d.avsender['orgnr']}")
        if d.avsender["orgnr"] and not any(d.avsender["orgnr"] in t.replace(" ", "") for t in _texts(d)):
            out.append("orgnr not stated anywhere in the mail")
        stated = ORGNR_RE.search(d.body)
        if d.avsender["orgnr"] is None and stated and not d.forwarded and d.avsender["epost"] == d.sender_email:
            out.append(f"orgnr {stated.group(1)} stated in the body but avsender.orgnr is null")
        if not d.avsender["navn"] or "@" not in (d.avsender["epost"] or ""):
            out.append(f"avsender {d.avsender}")
    if d.skjerming is None and d.personnavn:
        out.append("personnavn without skjerming")
    if d.skjerming in PERSON_SCREENING and not d.personnavn:
        out.append("screened mail names no private person")
    if d.journalposttype in ("N", "X") and not d.avsender["epost"].endswith(TENANTS[d.tenant]["domain"]):
        out.append("internal memo whose avsender is not an employee")
    if not d.subject.strip() or "{" in d.body or "}" in d.body or "{" in d.subject:
        out.append("empty subject or unfilled slot")
    if d.writer != WRITER:
        out.append(f"writer {d.writer}")
    return out


def _texts(d: Draft) -> list[str]:
    return [d.body] + [a.text for a in d.attachments] + [m.body for m in (d.quoted, d.forwarded) if m]


def test_every_family_writes_valid_labels(drawn, scope):
    family, world, drafts = drawn
    for i, d in enumerate(drafts):
        assert problems(d, world, scope) == [], f"{family.name} seed {i}"
        assert d.category == family.category


def test_texts_are_varied(drawn):
    family, _, drafts = drawn
    masked = Counter(re.sub(r"\d", "0", d.body) for d in drafts)
    assert masked.most_common(1)[0][1] < 0.2 * len(drafts), family.name
    assert len({d.subject for d in drafts}) >= 3, family.name


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
