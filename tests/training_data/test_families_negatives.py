"""The negative training families (nyhetsbrev, spam, autosvar, faktura, systemvarsel, intern, privat)."""

from __future__ import annotations

import email
import email.policy
import random
import re
from collections import Counter

import pytest

from tests.training_data.helpers import draws
from training_data.generator.corpus import label_for, label_problems
from training_data.generator.draft import Draft, Family
from training_data.generator.families.negatives import FAMILIES
from training_data.generator.world import TENANTS, World

DRAWS = 200
NEGATIVE = {"nyhetsbrev", "spam", "autosvar", "faktura", "systemvarsel", "intern", "privat"}
SAK_IN_TEXT = re.compile(r"\b(?:20)?\d{2}/\d{1,6}(?:-\d+)?\b")


def _draws(family: Family, n: int = DRAWS) -> tuple[World, list[Draft]]:
    return draws(family, n)


@pytest.fixture(scope="module", params=FAMILIES, ids=lambda f: f.name)
def drawn(request) -> tuple[Family, World, list[Draft]]:
    world, drafts = _draws(request.param)
    return request.param, world, drafts


def _all_text(d: Draft) -> str:
    parts = [d.subject, d.body] + [a.text for a in d.attachments]
    for earlier in (d.quoted, d.forwarded):
        if earlier:
            parts += [earlier.subject, earlier.body]
    return "\n".join(parts)


def test_every_family_writes_valid_labels(drawn, scope):
    family, world, drafts = drawn
    open_saks = {t: {c.sak for c in world.cases if c.tenant == t} for t in TENANTS}
    for i, d in enumerate(drafts):
        label = label_for(d, f"t{i:05d}", scope)
        assert label_problems(label, scope, open_saks) == [], f"{family.name} seed {i}"
        assert d.category == family.category in NEGATIVE
        assert not label["in_scope"]
        assert (d.journalposttype, d.skjerming, d.sak, d.personnavn) == ("I", None, None, []), f"{family.name} seed {i}"
        assert family.writer == "w-neg"


def test_avsender_is_the_sender_or_the_forwarded_original(drawn):
    family, _, drafts = drawn
    for i, d in enumerate(drafts):
        origin = d.forwarded.sender_email if d.forwarded else d.sender_email
        assert d.avsender["epost"] == origin, f"{family.name} seed {i}"
        assert d.avsender["navn"].strip(), f"{family.name} seed {i}"


ADDRESS = re.compile(r"^[A-Za-z0-9._+-]+@[a-z0-9.-]+\.[a-z]{2,}$")


def test_addresses_are_plain_ascii(drawn):
    family, _, drafts = drawn
    for i, d in enumerate(drafts):
        addresses = [d.sender_email, d.avsender["epost"]] + [m.sender_email for m in (d.quoted, d.forwarded) if m]
        for a in addresses:
            assert ADDRESS.match(a), f"{family.name} seed {i}: {a!r}"


def test_orgnr_is_only_given_when_the_mail_states_it(drawn):
    family, _, drafts = drawn
    for i, d in enumerate(drafts):
        orgnr = d.avsender["orgnr"]
        if orgnr is not None:
            assert orgnr in _all_text(d).replace(" ", ""), f"{family.name} seed {i}"


def test_texts_are_filled_and_varied(drawn):
    family, _, drafts = drawn
    for d in drafts:
        assert d.subject.strip()
        assert "{" not in d.body and "}" not in d.body, family.name
        assert d.body.strip() or d.attachments, family.name
    masked = Counter(re.sub(r"\d", "0", d.body) for d in drafts)
    assert masked.most_common(1)[0][1] < 0.2 * len(drafts), family.name
    subjects = Counter(re.sub(r"\d", "0", d.subject) for d in drafts)
    assert len(subjects) > 5, family.name


def test_both_tenants_and_some_nynorsk_appear():
    drafts = [d for f in FAMILIES for d in _draws(f, 40)[1]]
    assert {d.tenant for d in drafts} == {"fjordvik", "havoy"}
    nynorsk = [d for d in drafts if re.search(r"\b(?:ikkje|eg|vert|frå|helsing)\b", d.body)]
    english = [d for d in drafts if re.search(r"\b(?:the|your|please)\b", d.body, re.IGNORECASE)]
    assert len(nynorsk) > 0.03 * len(drafts)
    assert len(english) > 0.03 * len(drafts)


def test_hard_negatives_carry_in_scope_vocabulary_and_case_numbers():
    by_name = {f.name: f for f in FAMILIES}
    world, bounces = _draws(by_name["autosvar.ndr"])
    cited = [d for d in bounces if any(c.sak.split("/")[1] in (d.quoted.subject if d.quoted else "")
                                       for c in world.cases if c.tenant == d.tenant)]
    assert cited, "some bounces should name an open case"
    assert all(d.dsn and d.quoted and d.sak is None for d in bounces)
    _, invoices = _draws(by_name["faktura.byggeprosjekt"])
    assert sum(bool(re.search(r"gnr|byggeleder|ferdigattest", _all_text(d))) for d in invoices) > DRAWS / 2
    _, courses = _draws(by_name["nyhetsbrev.kurs_webinar"])
    assert any(a.kind == "ics" for d in courses for a in d.attachments)


def test_collectors_and_foreign_firms_do_not_get_a_norwegian_orgnr_by_mistake():
    by_name = {f.name: f for f in FAMILIES}
    _, foreign = _draws(by_name["faktura.utenlandsk"], 60)
    assert all(d.avsender["orgnr"] is None for d in foreign)
    _, fraud = _draws(by_name["spam.leverandor_kontonr"], 60)
    assert all(d.avsender["orgnr"] is None for d in fraud)


def test_forwarded_spam_keeps_the_original_sender():
    by_name = {f.name: f for f in FAMILIES}
    _, drafts = _draws(by_name["spam.videresendt"], 50)
    for d in drafts:
        assert d.forwarded is not None
        assert d.sender_email.endswith(TENANTS[d.tenant]["domain"])
        assert d.avsender["epost"] == d.forwarded.sender_email != d.sender_email


def test_drafts_render_to_parseable_mail():
    render = pytest.importorskip("training_data.generator.render")
    for f in FAMILIES:
        world = World(rng=random.Random(f"render:{f.name}"))
        for seed in range(3):
            rng = random.Random(seed)
            d = f.make(rng, world)
            d.received = d.received or world.received_date()
            msg = email.message_from_bytes(render.render(d, rng, world), policy=email.policy.default)
            assert msg["From"] and msg["Subject"], f.name
            if d.dsn:
                assert msg.get_content_type() == "multipart/report", f.name
