"""Treffsikkerhet as ``shared/spec/dataset-format.md`` defines it.

Every message lands in exactly one of four buckets:

- riktig tolket: in scope, archived, and category, skjerming and sak all right (for the label or
  one of its ``accept`` readings);
- riktig utenfor scope: not in scope and left;
- ikke gjenkjent: in scope and left;
- feiltolkning: archived and (not in scope, or category, skjerming or sak wrong).

Beside them: skjerming leaks (must be 0) and per-field accuracy on archived mail.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from classifier.dataset import readings
from classifier.scope import Scope

BUCKETS = ("riktig_tolket", "riktig_utenfor_scope", "ikke_gjenkjent", "feiltolkning")
BUCKET_NAMES = {
    "riktig_tolket": "Riktig tolket",
    "riktig_utenfor_scope": "Riktig utenfor scope",
    "ikke_gjenkjent": "Ikke gjenkjent",
    "feiltolkning": "Feiltolkning",
    "totalt_riktig": "Totalt riktig",
}
FIELDS = ("category", "enhet", "klasse", "journalposttype", "skjerming", "sak", "avsender.epost", "avsender.orgnr")
DECIDING = ("category", "skjerming", "sak")


def field_value(record: Mapping[str, Any], name: str, scope: Scope | None = None) -> Any:
    if name.startswith("avsender."):
        value = (record.get("avsender") or {}).get(name.split(".", 1)[1])
        return value.strip().lower() if isinstance(value, str) else value
    if name in ("enhet", "klasse") and name not in record and scope is not None:
        category = scope.categories.get(record.get("category") or "")
        return getattr(category, name) if category else None
    return record.get(name)


def decisive_fields_right(label: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    return any(all(pred.get(f) == r.get(f) for f in DECIDING) for r in readings(label))


def bucket(label: Mapping[str, Any], pred: Mapping[str, Any]) -> str:
    archived = pred["action"] == "archive"
    if label["in_scope"]:
        if not archived:
            return "ikke_gjenkjent"
        return "riktig_tolket" if decisive_fields_right(label, pred) else "feiltolkning"
    return "feiltolkning" if archived else "riktig_utenfor_scope"


def skjerming_leaks(label: Mapping[str, Any], pred: Mapping[str, Any]) -> list[str]:
    """Why this archived message leaks screened information ([] when it does not)."""
    if pred["action"] != "archive" or not label.get("skjerming"):
        return []
    leaks = []
    if pred.get("skjerming") is None:
        leaks.append("mangler_skjerming")
    title = (pred.get("offentlig_tittel") or "").lower()
    for name in label.get("personnavn") or []:
        if name and name.lower() in title:
            leaks.append("navn_i_tittel")
            break
    return leaks


@dataclass
class Tally:
    """Counts for one group of messages (a day, a tenant, or all)."""

    n: int = 0
    buckets: Counter = field(default_factory=Counter)
    leaks: int = 0
    archived: int = 0
    field_right: Counter = field(default_factory=Counter)

    def add(self, label: Mapping[str, Any], pred: Mapping[str, Any], scope: Scope | None) -> str:
        b = bucket(label, pred)
        self.n += 1
        self.buckets[b] += 1
        if skjerming_leaks(label, pred):
            self.leaks += 1
        if pred["action"] == "archive":
            self.archived += 1
            rs = readings(label)
            for f in FIELDS:
                got = field_value(pred, f, scope)
                if any(got == field_value(r, f, scope) for r in rs):
                    self.field_right[f] += 1
        return b

    def pct(self, key: str) -> float:
        if not self.n:
            return 0.0
        if key == "totalt_riktig":
            return 100.0 * (self.buckets["riktig_tolket"] + self.buckets["riktig_utenfor_scope"]) / self.n
        return 100.0 * self.buckets[key] / self.n

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "counts": {b: self.buckets[b] for b in BUCKETS},
            "percent": {b: round(self.pct(b), 2) for b in (*BUCKETS, "totalt_riktig")},
            "skjerming_leaks": self.leaks,
            "archived": self.archived,
            "field_accuracy": {f: (round(100.0 * self.field_right[f] / self.archived, 2) if self.archived else None)
                               for f in FIELDS},
        }


@dataclass
class Evaluation:
    overall: Tally = field(default_factory=Tally)
    by_tenant: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_day: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_day_tenant: dict[tuple[str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    confusion: Counter = field(default_factory=Counter)  # (label category, predicted category) -> n
    missing: list[str] = field(default_factory=list)  # labelled ids without a prediction
    per_message: dict[str, str] = field(default_factory=dict)  # id -> bucket

    def to_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.to_dict(),
            "by_tenant": {t: v.to_dict() for t, v in sorted(self.by_tenant.items())},
            "by_day": {d: v.to_dict() for d, v in sorted(self.by_day.items())},
            "by_day_tenant": {f"{d}/{t}": v.to_dict() for (d, t), v in sorted(self.by_day_tenant.items())},
            "confusion": [{"label": a, "predicted": b, "n": n}
                          for (a, b), n in sorted(self.confusion.items()) if a != b],
            "missing_predictions": self.missing,
        }


def evaluate(labels: Iterable[Mapping[str, Any]], predictions: Iterable[Mapping[str, Any]],
             scope: Scope | None = None) -> Evaluation:
    """Score predictions against labels.  A labelled message without a prediction counts as left."""
    preds = {p["id"]: p for p in predictions}
    ev = Evaluation()
    for label in labels:
        pred = preds.get(label["id"])
        if pred is None:
            ev.missing.append(label["id"])
            pred = {"id": label["id"], "action": "leave", "category": None}
        day, tenant = label.get("received", "ukjent"), label.get("tenant", "ukjent")
        b = ev.overall.add(label, pred, scope)
        ev.by_tenant[tenant].add(label, pred, scope)
        ev.by_day[day].add(label, pred, scope)
        ev.by_day_tenant[(day, tenant)].add(label, pred, scope)
        ev.confusion[(label["category"], pred.get("category"))] += 1
        ev.per_message[label["id"]] = b
    return ev


def format_text(ev: Evaluation) -> str:
    """A plain bokmål summary for the terminal."""
    o = ev.overall
    lines = [f"Treffsikkerhet for {o.n} meldinger"]
    for key in (*BUCKETS, "totalt_riktig"):
        count = o.buckets[key] if key in BUCKETS else o.buckets["riktig_tolket"] + o.buckets["riktig_utenfor_scope"]
        lines.append(f"  {BUCKET_NAMES[key]:<22}{o.pct(key):7.2f} %  ({count})")
    lines.append(f"  {'Skjermingslekkasjer':<22}{o.leaks:7d}")
    lines.append(f"Feltnøyaktighet på {o.archived} journalførte meldinger:")
    for f, v in o.to_dict()["field_accuracy"].items():
        lines.append(f"  {f:<22}{'–' if v is None else f'{v:7.2f} %'}")
    if len(ev.by_tenant) > 1:
        lines.append("Per kommune:")
        for t, tally in sorted(ev.by_tenant.items()):
            lines.append(f"  {t:<12} n={tally.n:<5} totalt riktig {tally.pct('totalt_riktig'):6.2f} %  "
                         f"feiltolkning {tally.pct('feiltolkning'):5.2f} %  ikke gjenkjent {tally.pct('ikke_gjenkjent'):5.2f} %")
    if ev.missing:
        lines.append(f"Advarsel: {len(ev.missing)} meldinger mangler prediksjon (telt som ikke journalført).")
    return "\n".join(lines)
