"""Helpers shared by the family tests: drawing drafts and reading their texts."""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable

from training_data.generator.draft import Draft, Family
from training_data.generator.world import TENANTS, World, orgnr_check_digit


def valid_orgnr(orgnr: str) -> bool:
    """Exactly nine digits with a valid mod-11 check digit."""
    return bool(re.fullmatch(r"\d{9}", orgnr)) and orgnr_check_digit(orgnr[:8]) == int(orgnr[8])


def texts(d: Draft) -> list[str]:
    """Every text of a draft: subject, body, quoted/forwarded message, attachment text."""
    out = [d.subject, d.body]
    for m in (d.quoted, d.forwarded):
        if m is not None:
            out += [m.subject, m.body]
    out += [a.text for a in d.attachments]
    return out


def draws(family: Family, n: int) -> tuple[World, list[Draft]]:
    """``n`` drafts of one family in one world, seeds 0..n-1 (deterministic)."""
    world = World(rng=random.Random(f"world:{family.name}"))
    return world, [family.make(random.Random(seed), world) for seed in range(n)]


DEFAULT_SKJERMING = {"helse_omsorg": "P13", "barnevern": "BV", "rekruttering": "P25"}
OUT_OF_SCOPE = {"nyhetsbrev", "spam", "autosvar", "faktura", "systemvarsel", "intern", "privat"}
PERSON_SCREENING = {"P13", "BV", "P25"}
ORGNR_RE = re.compile(r"Org\.? ?nr\.?:? ?(\d{3} ?\d{3} ?\d{3})", re.IGNORECASE)


def draft_problems(d: Draft, writer: str) -> list[str]:
    """The label conventions every writer's families keep (empty when all hold): default
    skjerming of the always-screened kinds, no archive fields on out-of-scope mail, a
    korrespondansepart with a valid orgnr only when the mail states it, personnavn exactly
    when screened for persons, memos from employees, filled slots, the writer's id."""
    out = []
    if d.category in DEFAULT_SKJERMING and d.skjerming != DEFAULT_SKJERMING[d.category]:
        out.append(f"{d.category} without {DEFAULT_SKJERMING[d.category]}")
    if d.category in OUT_OF_SCOPE and (d.journalposttype != "I" or d.skjerming or d.sak):
        out.append("out-of-scope mail with archive fields set")
    a = d.avsender
    if set(a) != {"navn", "epost", "orgnr"}:
        return out + [f"avsender keys {sorted(a)}"]
    if a["orgnr"] is not None and not valid_orgnr(a["orgnr"]):
        out.append(f"orgnr {a['orgnr']}")
    stated_in = [d.body] + [x.text for x in d.attachments] + [m.body for m in (d.quoted, d.forwarded) if m]
    if a["orgnr"] and not any(a["orgnr"] in t.replace(" ", "") for t in stated_in):
        out.append("orgnr not stated anywhere in the mail")
    stated = ORGNR_RE.search(d.body)
    if a["orgnr"] is None and stated and not d.forwarded and a["epost"] == d.sender_email:
        out.append(f"orgnr {stated.group(1)} stated in the body but avsender.orgnr is null")
    if not a["navn"] or "@" not in (a["epost"] or ""):
        out.append(f"avsender {a}")
    if d.skjerming is None and d.personnavn:
        out.append("personnavn without skjerming")
    if d.skjerming in PERSON_SCREENING and not d.personnavn:
        out.append("screened mail names no private person")
    if d.journalposttype in ("N", "X") and (d.tenant not in TENANTS or not (a["epost"] or "").endswith(TENANTS[d.tenant]["domain"])):
        out.append("internal memo whose avsender is not an employee")
    if not d.subject.strip() or "{" in d.body or "}" in d.body or "{" in d.subject:
        out.append("empty subject or unfilled slot")
    if d.writer != writer:
        out.append(f"writer {d.writer}")
    return out


def varied_problems(drafts: list[Draft], text: Callable[[Draft], str] = lambda d: d.body) -> list[str]:
    """What makes a family's drafts too alike (empty when they vary): one text, digits masked,
    in a fifth or more of the drafts, or fewer than three subjects."""
    out = []
    masked = Counter(re.sub(r"\d", "0", text(d)) for d in drafts)
    if masked.most_common(1)[0][1] >= 0.2 * len(drafts):
        out.append("one text in a fifth or more of the drafts")
    if len({d.subject for d in drafts}) < 3:
        out.append("fewer than three subjects")
    return out
