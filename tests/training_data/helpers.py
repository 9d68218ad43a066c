"""Helpers shared by the family tests: drawing drafts and reading their texts."""

from __future__ import annotations

import random
import re

from training_data.generator.draft import Draft, Family
from training_data.generator.world import World, orgnr_check_digit


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
