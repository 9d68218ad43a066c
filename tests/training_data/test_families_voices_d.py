"""The w-voices-d training families (young, mobile-first and newcomer voices): valid labels, varied texts."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from classifier.scope import load_scope
from tests.training_data.helpers import OUT_OF_SCOPE, draft_problems, varied_problems
from tests.training_data.helpers import texts as _texts
from training_data.generator.corpus import DEFAULT_SCOPE, _open_saks, label_for, label_problems
from training_data.generator.draft import Draft, Family
from training_data.generator.families.voices_d import FAMILIES, WRITER
from training_data.generator.world import TENANTS, World

DRAWS = 200
SEVERAL = {"byggesak", "plansak", "helse_omsorg", "skole", "barnehage", "innsynskrav", "vann_avlop", "vei_trafikk",
           "nyhetsbrev", "spam", "autosvar", "faktura"}


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
        d.family, d.writer = family.name, family.writer
        drafts.append(d)
    return family, world, drafts


def texts(d: Draft) -> list[str]:
    """Every text of a draft, including a message forwarded as an attached .eml."""
    out = _texts(d)
    for a in d.attachments:
        if a.message is not None:
            out += [a.message.sender_name, a.message.subject, a.message.body]
    return out


def _problems(d: Draft, world: World) -> list[str]:
    out = draft_problems(d, WRITER)
    if d.category in OUT_OF_SCOPE and d.personnavn:
        out.append("out-of-scope mail names private persons")
    if d.category == "innsynskrav" and d.sak is not None:
        out.append("innsynskrav with a sak")
    if d.sak is not None and not any(c.sak == d.sak and c.tenant == d.tenant for c in world.cases):
        out.append(f"sak {d.sak} is not an open case of {d.tenant}")
    if d.journalposttype in ("N", "X"):
        if not d.sender_email.endswith("@" + TENANTS[d.tenant]["domain"]) or d.avsender["epost"] != d.sender_email:
            out.append("internal memo whose avsender is not the employee who wrote it")
        if d.avsender["orgnr"] is not None:
            out.append("internal memo with an orgnr")
    return out


def test_registry_covers_every_category_with_unique_names(scope):
    names = [f.name for f in FAMILIES]
    assert len(names) == len(set(names))
    cats = Counter(f.category for f in FAMILIES)
    assert set(cats) == set(scope.categories)
    assert all(cats[c] >= 2 for c in SEVERAL), {c: cats[c] for c in SEVERAL}
    assert all(f.writer == WRITER and f.weight > 0 for f in FAMILIES)
    assert all(f.name.split(".")[0] == f.category for f in FAMILIES)


def test_module_weight_is_about_twenty():
    total = sum(f.weight for f in FAMILIES)
    assert 17 <= total <= 23, total
    by_cat = Counter()
    for f in FAMILIES:
        by_cat[f.category] += f.weight
    assert by_cat.most_common(1)[0][0] == "byggesak"


def test_labels_are_valid(drawn, scope):
    family, world, drafts = drawn
    saks = _open_saks(world)
    for i, d in enumerate(drafts):
        label = label_for(d, f"m{i}", scope)
        assert label_problems(label, scope, saks) == [], (family.name, i)
        assert _problems(d, world) == [], (family.name, i)
        assert d.category == family.category


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


def test_sak_is_cited_or_quoted(drawn):
    """A mail with a sak shows that case's number somewhere (body, subject or quote)."""
    family, _, drafts = drawn
    for d in drafts:
        if d.sak is None:
            continue
        year, num = d.sak.split("/")
        pattern = rf"(?:{year}|{year[2:]})/0*{int(num)}\b"
        assert any(re.search(pattern, t) for t in texts(d)), (family.name, d.sak)


def test_both_tenants_and_languages_occur():
    drafts = [f.make(random.Random(s), World(rng=random.Random(s))) for f in FAMILIES for s in range(30)]
    assert {d.tenant for d in drafts} == set(TENANTS)
    bodies = " ".join(d.body for d in drafts).lower()
    assert " eg " in bodies and " jeg " in bodies and " the " in bodies
    assert sum(len(d.body) < 120 for d in drafts) > 0.25 * len(drafts)  # many terse phone mails
    assert any(a.kind == "scan" for d in drafts for a in d.attachments)
    assert any(d.dsn for d in drafts)


def test_forwarded_mail_keeps_the_original_sender():
    forwarded = [d for f in FAMILIES for s in range(30)
                 for d in [f.make(random.Random(s), World(rng=random.Random(s)))] if d.forwarded]
    assert forwarded
    for d in forwarded:
        assert d.journalposttype == "I"
        assert d.avsender["epost"] == d.forwarded.sender_email != d.sender_email
        assert d.sender_email.endswith(tuple("@" + t["domain"] for t in TENANTS.values()))
    attached = [d for f in FAMILIES for s in range(40)
                for d in [f.make(random.Random(s), World(rng=random.Random(s)))]
                if any(a.kind == "msg" for a in d.attachments)]
    assert attached
    for d in attached:
        inner = next(a.message for a in d.attachments if a.kind == "msg")
        assert d.journalposttype == "I" and d.avsender["epost"] == inner.sender_email != d.sender_email


def test_cited_unknown_case_numbers_stay_new_matters():
    """Some replies cite a case number that is not open: those get sak null."""
    family = next(f for f in FAMILIES if f.name == "byggesak.vd_svar_mangel")
    world = World(rng=random.Random("unknown"))
    drafts = [family.make(random.Random(s), world) for s in range(150)]
    assert any(d.sak is None for d in drafts) and any(d.sak for d in drafts)
