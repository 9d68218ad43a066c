"""The w-voices-f training families: valid labels and varied texts.

Voices from inside the municipality: forwarded mail, internal memos, politicians, schools,
kindergartens, nurses and doctors, and the out-of-scope mail around the organisation.
"""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from tests.training_data.helpers import OUT_OF_SCOPE, draft_problems, draws, texts, varied_problems
from training_data.generator.corpus import label_for, label_problems
from training_data.generator.draft import Draft, Family
from training_data.generator.families.voices_f import FAMILIES, WRITER
from training_data.generator.world import TENANTS, World

DRAWS = 200
FULL_CITATION = re.compile(r"\b(20\d\d)/0*(\d{1,6})\b")
ALL_CATEGORIES = {"byggesak", "plansak", "innsynskrav", "politisk", "horing", "tilsyn", "skole", "barnehage",
                  "helse_omsorg", "barnevern", "vann_avlop", "vei_trafikk", "bevilling", "tilskudd", "eiendomsskatt",
                  "rekruttering", "anskaffelse", *OUT_OF_SCOPE}


@pytest.fixture(scope="module", params=FAMILIES, ids=lambda f: f.name)
def drawn(request) -> tuple[Family, World, list[Draft]]:
    family = request.param
    world, drafts = draws(family, DRAWS)
    return family, world, drafts


def problems(d: Draft, world: World) -> list[str]:
    out = draft_problems(d, WRITER)
    if d.skjerming == "F13" and d.category != "anskaffelse":
        out.append("F13 outside anskaffelse")
    if d.forwarded is not None and d.journalposttype != "I":
        out.append("forwarded mail must be I")
    if any(c in t for t in texts(d) for c in "{}"):
        out.append("unfilled slot")
    # an open case of the tenant cited in full form must be the draft's sak (out-of-scope: never)
    open_saks = {c.sak for c in world.cases if c.tenant == d.tenant}
    cited = {f"{y}/{int(n)}" for t in texts(d) for y, n in FULL_CITATION.findall(t)} & open_saks
    if d.category in OUT_OF_SCOPE and cited:
        out.append(f"out-of-scope mail cites open case {cited}")
    if d.category not in OUT_OF_SCOPE and d.category != "innsynskrav" and cited - {d.sak}:
        out.append(f"cites open case {cited} but sak is {d.sak}")
    return out


def test_every_family_writes_valid_labels(drawn, scope):
    family, world, drafts = drawn
    open_saks = {t: {c.sak for c in world.cases if c.tenant == t} for t in TENANTS}
    for i, d in enumerate(drafts):
        d.received = d.received or "2026-09-01"
        label = label_for(d, f"vf{i:05d}", scope)
        assert label_problems(label, scope, open_saks) == [], f"{family.name} seed {i}"
        assert problems(d, world) == [], f"{family.name} seed {i}"
        assert d.category == family.category, f"{family.name} seed {i}"


def test_texts_are_varied(drawn):
    family, _, drafts = drawn
    assert varied_problems(drafts, lambda d: d.body + "\n".join(t for t in texts(d)[2:])) == [], family.name


def test_screened_names_appear_in_the_mail(drawn):
    family, _, drafts = drawn
    for d in drafts:
        earlier = [m.sender_name for m in (d.quoted, d.forwarded) if m]
        text = " ".join(texts(d) + earlier + [d.sender_name])
        for name in d.personnavn:
            assert name.split()[0] in text, (family.name, name)


def test_every_category_is_covered_and_weights_are_modest():
    assert {f.category for f in FAMILIES} == ALL_CATEGORIES
    assert 17 <= sum(f.weight for f in FAMILIES) <= 23
    assert len({f.name for f in FAMILIES}) == len(FAMILIES)
    assert all(f.writer == WRITER for f in FAMILIES)
    per_cat = Counter(f.category for f in FAMILIES)
    for cat in ("byggesak", "plansak", "helse_omsorg", "skole", "barnehage", "innsynskrav", "vann_avlop",
                "vei_trafikk", "nyhetsbrev", "spam", "autosvar", "faktura"):
        assert per_cat[cat] >= 2, cat
    weight = Counter()
    for f in FAMILIES:
        weight[f.category] += f.weight
    assert weight["byggesak"] == max(weight.values())


def test_both_tenants_and_languages_occur():
    drafts = [f.make(random.Random(s), World(rng=random.Random(s))) for f in FAMILIES for s in range(30)]
    assert {d.tenant for d in drafts} == set(TENANTS)
    bodies = " ".join(" ".join(texts(d)) for d in drafts)
    assert " eg " in bodies and " jeg " in bodies.lower() and " the " in bodies


def test_forwarded_mail_keeps_the_original_sender():
    forwarded = [d for f in FAMILIES for s in range(20)
                 for d in [f.make(random.Random(s), World(rng=random.Random(s)))] if d.forwarded]
    assert len({d.category for d in forwarded}) >= 12
    for d in forwarded:
        assert d.journalposttype == "I"
        assert d.avsender["epost"] == d.forwarded.sender_email != d.sender_email
        assert d.sender_email.endswith(TENANTS[d.tenant]["domain"])


def test_internal_memos_use_both_n_and_x():
    kinds = Counter((d.category, d.journalposttype) for f in FAMILIES for s in range(40)
                    for d in [f.make(random.Random(s), World(rng=random.Random(s)))] if d.journalposttype != "I")
    cats = {c for c, _ in kinds}
    assert {"byggesak", "plansak", "skole", "barnehage", "helse_omsorg", "barnevern", "rekruttering",
            "anskaffelse"} <= cats
    assert {j for _, j in kinds} == {"N", "X"}


def test_hard_negatives_look_like_case_mail():
    """Bounces, auto-replies and invoices carry case-like numbers but never a sak."""
    for name in ("autosvar.vf_ndr", "autosvar.vf_fravaer", "faktura.vf_prosjekt"):
        family = next(f for f in FAMILIES if f.name == name)
        _, drafts = draws(family, 60)
        assert any(re.search(r"\d{2,4}/\d{3,}", " ".join(texts(d))) for d in drafts), name
        assert all(d.sak is None for d in drafts)
    ndr = next(f for f in FAMILIES if f.name == "autosvar.vf_ndr")
    assert all(d.dsn and d.quoted is not None for d in draws(ndr, 20)[1])
