"""The scope specification: categories, units, screening codes and tenants.

Reads files in the format of ``shared/spec/scope.yaml``; the project ships its own
example in ``service/scope.example.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml


class ScopeError(ValueError):
    """The scope file is missing a part or refers to an unknown code."""


@dataclass(frozen=True)
class Category:
    code: str
    navn: str
    enhet: str | None
    klasse: str | None
    klasse2: str | None
    skjerming: str | None  # default screening for this kind of mail

    @property
    def journalfoeres(self) -> bool:
        """Whether this kind is ever journalført (has an administrative unit)."""
        return self.enhet is not None


@dataclass(frozen=True)
class Tenant:
    code: str
    navn: str
    postmottak: str
    arkivsystem: str
    in_scope: frozenset[str]


@dataclass(frozen=True)
class Scope:
    enheter: dict[str, str]
    skjerming: dict[str, str]  # code -> hjemmel
    journalposttyper: dict[str, str]
    categories: dict[str, Category]
    tenants: dict[str, Tenant]
    source: str = field(default="", compare=False)

    def tenant(self, code: str) -> Tenant:
        try:
            return self.tenants[code]
        except KeyError:
            raise ScopeError(f"ukjent tenant {code!r} i scope-filen") from None

    def in_scope(self, tenant: str, category: str) -> bool:
        return category in self.tenant(tenant).in_scope

    def tenant_for_address(self, addresses: list[str]) -> str | None:
        """The tenant whose postmottak address is among ``addresses``."""
        wanted = {a.strip().lower() for a in addresses if a}
        for t in self.tenants.values():
            if t.postmottak.lower() in wanted:
                return t.code
        domains = {a.rsplit("@", 1)[-1] for a in wanted if "@" in a}
        for t in self.tenants.values():
            if t.postmottak.lower().rsplit("@", 1)[-1] in domains:
                return t.code
        return None


def load_scope(path: str | Path) -> Scope:
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ScopeError(f"kan ikke lese scope-filen {path}: {exc.strerror}") from exc
    for key in ("enheter", "skjerming", "journalposttyper", "categories", "tenants"):
        if not isinstance(raw.get(key), dict):
            raise ScopeError(f"scope-filen {path} mangler '{key}'")
    enheter = {str(k): str(v) for k, v in raw["enheter"].items()}
    skjerming = {str(k): str(v) for k, v in raw["skjerming"].items()}
    categories = {}
    for code, c in raw["categories"].items():
        c = c or {}
        enhet = c.get("enhet")
        if enhet is not None and enhet not in enheter:
            raise ScopeError(f"kategori {code}: ukjent enhet {enhet!r}")
        skj = c.get("skjerming")
        if skj is not None and skj not in skjerming:
            raise ScopeError(f"kategori {code}: ukjent skjerming {skj!r}")
        categories[code] = Category(
            code=code,
            navn=str(c.get("navn", code)),
            enhet=enhet,
            klasse=None if c.get("klasse") is None else str(c["klasse"]),
            klasse2=None if c.get("klasse2") is None else str(c["klasse2"]),
            skjerming=skj,
        )
    tenants = {}
    for code, t in raw["tenants"].items():
        in_scope = frozenset(t.get("in_scope") or [])
        unknown = in_scope - categories.keys()
        if unknown:
            raise ScopeError(f"tenant {code}: ukjente kategorier i in_scope: {sorted(unknown)}")
        never = {c for c in in_scope if not categories[c].journalfoeres}
        if never:
            raise ScopeError(f"tenant {code}: kategorier uten enhet kan ikke være in_scope: {sorted(never)}")
        tenants[code] = Tenant(
            code=code,
            navn=str(t.get("navn", code)),
            postmottak=str(t.get("postmottak", "")),
            arkivsystem=str(t.get("arkivsystem", "local")),
            in_scope=in_scope,
        )
    return Scope(
        enheter=enheter,
        skjerming=skjerming,
        journalposttyper={str(k): str(v) for k, v in raw["journalposttyper"].items()},
        categories=categories,
        tenants=tenants,
        source=str(path),
    )
