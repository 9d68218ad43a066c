"""The cross-cutting families (boundary pairs and forms across categories)."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from tests.training_data.helpers import draws
from training_data.generator.corpus import discover_families, label_for, label_problems, mentioned_properties
from training_data.generator.draft import Draft, Family
from training_data.generator.families.crosscut import DEFAULT_SKJERMING, FAMILIES, OUT_OF_SCOPE, WRITER
from training_data.generator.world import TENANTS, World, orgnr_check_digit

DRAWS = 200
CITATION = re.compile(r"\b(20\d{2}|\d{2})/0*(\d{1,6})\b")
ADDRESS = re.compile(r"^[A-Za-z0-9._+-]+@[a-z0-9.-]+\.[a-z]{2,}$")


def _draws(family: Family, n: int = DRAWS) -> tuple[World, list[Draft]]:
    return draws(family, n)


@pytest.fixture(scope="module", params=FAMILIES, ids=lambda f: f.name)
def drawn(request) -> tuple[Family, World, list[Draft]]:
    world, drafts = _draws(request.param)
    return request.param, world, drafts


def _texts(d: Draft) -> list[str]:
    parts = [d.subject, d.body]
    for a in d.attachments:
        parts.append(a.text)
        if a.message is not None:
            parts += _texts(a.message)
    for earlier in (d.quoted, d.forwarded):
        if earlier:
            parts += [earlier.subject, earlier.body]
    return parts


def _all_text(d: Draft) -> str:
    return "\n".join(_texts(d))


def _cited(text: str) -> set[str]:
    out = set()
    for year, num in CITATION.findall(text):
        out.add(f"{year if len(year) == 4 else '20' + year}/{int(num)}")
    return out


def _origin(d: Draft) -> str:
    if d.forwarded is not None:
        return d.forwarded.sender_email
    nested = [a.message for a in d.attachments if a.kind == "msg" and a.message is not None]
    return nested[0].sender_email if nested else d.sender_email


def test_every_family_writes_valid_labels(drawn, scope):
    family, world, drafts = drawn
    open_saks = {t: {c.sak for c in world.cases if c.tenant == t} for t in TENANTS}
    for i, d in enumerate(drafts):
        d.received = d.received or "2026-09-01"
        label = label_for(d, f"x{i:05d}", scope)
        assert label_problems(label, scope, open_saks) == [], f"{family.name} seed {i}"
        assert d.category == family.category, f"{family.name} seed {i}"
        assert d.tenant in TENANTS


def test_sak_is_an_open_case_of_the_tenant_that_the_mail_cites(drawn):
    family, world, drafts = drawn
    for i, d in enumerate(drafts):
        if d.sak is None:
            continue
        tenants = {c.tenant for c in world.cases if c.sak == d.sak}
        assert tenants == {d.tenant}, f"{family.name} seed {i}"
        case = next(c for c in world.cases if c.sak == d.sak)
        same_property = case.gnr is not None and (case.gnr, case.bnr) in mentioned_properties(d)
        assert d.sak in _cited(_all_text(d)) or same_property, f"{family.name} seed {i}: {d.sak} neither cited nor its property"


def test_out_of_scope_and_innsynskrav_rules(drawn):
    family, _, drafts = drawn
    for i, d in enumerate(drafts):
        if d.category in OUT_OF_SCOPE:
            assert (d.journalposttype, d.skjerming, d.sak, d.personnavn) == ("I", None, None, []), f"{family.name} seed {i}"
        if d.category == "innsynskrav":
            assert d.sak is None, f"{family.name} seed {i}"


def test_skjerming_and_personnavn(drawn):
    family, _, drafts = drawn
    for i, d in enumerate(drafts):
        if d.category in DEFAULT_SKJERMING:
            assert d.skjerming == DEFAULT_SKJERMING[d.category], f"{family.name} seed {i}"
        if d.skjerming is None:
            assert d.personnavn == [], f"{family.name} seed {i}"
        senders = [d.sender_name] + [m.sender_name for m in (d.quoted, d.forwarded) if m] + \
            [a.message.sender_name for a in d.attachments if a.message is not None]
        shown = _all_text(d) + "\n" + "\n".join(senders)
        for name in d.personnavn:
            assert name in shown, f"{family.name} seed {i}: {name!r} not in the mail"
        if d.skjerming == "P13" and d.avsender["orgnr"] is None and d.journalposttype == "I" and "@" in d.avsender["epost"] \
                and not any(d.avsender["epost"].endswith(t["domain"]) for t in TENANTS.values()):
            assert d.personnavn, f"{family.name} seed {i}: screened private mail names nobody"


def test_uncited_property_of_another_matter_starts_a_new_case():
    family = next(f for f in FAMILIES if f.name == "byggesak.x_annen_sak_samme_eiendom")
    world, drafts = _draws(family, 30)
    for d in drafts:
        assert d.sak is None
        assert any(c.gnr is not None and (c.gnr, c.bnr) in mentioned_properties(d) and c.tenant == d.tenant
                   for c in world.cases)


def test_journalposttype_n_and_x_only_for_employees(drawn):
    family, _, drafts = drawn
    for i, d in enumerate(drafts):
        if d.journalposttype in ("N", "X"):
            assert d.category not in OUT_OF_SCOPE
            assert d.sender_email.endswith(TENANTS[d.tenant]["domain"]), f"{family.name} seed {i}"
            assert d.avsender == {"navn": d.sender_name, "epost": d.sender_email, "orgnr": None}


def test_avsender_is_the_original_sender(drawn):
    family, _, drafts = drawn
    for i, d in enumerate(drafts):
        assert set(d.avsender) == {"navn", "epost", "orgnr"}
        assert d.avsender["epost"] == _origin(d), f"{family.name} seed {i}"
        assert d.avsender["navn"].strip()
        for a in (d.sender_email, d.avsender["epost"]):
            assert ADDRESS.match(a), f"{family.name} seed {i}: {a!r}"


def test_orgnr_is_valid_and_stated_in_the_mail(drawn):
    family, _, drafts = drawn
    for i, d in enumerate(drafts):
        orgnr = d.avsender["orgnr"]
        if orgnr is None:
            continue
        assert re.fullmatch(r"[89]\d{8}", orgnr) and orgnr_check_digit(orgnr[:8]) == int(orgnr[8])
        assert orgnr in _all_text(d).replace(" ", ""), f"{family.name} seed {i}"


def test_texts_are_varied(drawn):
    family, _, drafts = drawn
    masked = Counter(re.sub(r"\d", "0", _all_text(d)) for d in drafts)
    assert masked.most_common(1)[0][1] < 0.2 * len(drafts), family.name
    assert len(masked) > 0.5 * len(drafts), family.name


def test_the_group_is_a_fair_share_of_the_corpus():
    names = [f.name for f in FAMILIES]
    assert len(names) == len(set(names)) >= 40
    assert all(f.writer == WRITER and f.weight > 0 for f in FAMILIES)
    everyone = discover_families()
    assert {f.name for f in FAMILIES} <= {f.name for f in everyone}
    assert not ({f.name for f in FAMILIES} & {f.name for f in everyone if f.writer != WRITER})
    share = sum(f.weight for f in FAMILIES) / sum(f.weight for f in everyone)
    assert 0.08 < share < 0.25
    assert {f.category for f in FAMILIES} >= {"politisk", "vei_trafikk", "tilsyn", "horing", "plansak", "byggesak",
                                              "innsynskrav", "autosvar", "faktura", "nyhetsbrev", "intern", "skole",
                                              "barnehage", "barnevern", "helse_omsorg", "rekruttering", "tilskudd",
                                              "anskaffelse", "spam"}


def test_forms_cover_attachments_scans_replies_and_forwards():
    world = World(rng=random.Random(7))
    kinds, quoted, forwarded = Counter(), 0, 0
    for f in FAMILIES:
        for seed in range(5):
            d = f.make(random.Random(seed), world)
            kinds.update(a.kind for a in d.attachments)
            quoted += d.quoted is not None
            forwarded += d.forwarded is not None
    assert kinds["scan"] and kinds["msg"] and kinds["pdf"] and kinds["docx"]
    assert quoted and forwarded
