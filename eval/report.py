"""Daily report data: one ``Outcome`` per mail, grouped per day x tenant, per day, per tenant and overall.

Both the replay of a labelled set and the live figures from production reduce every mail
to an ``Outcome`` (its day, tenant, bucket and the model version that read it).  This
module turns outcomes into the report dictionary that the JSON/CSV writers, the chart,
the static HTML report and the dashboard page all read.  Outcomes hold codes and counts
only, never mail content.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from eval.metrics import BUCKET_NAMES, BUCKETS, FIELDS

IKKE_KONTROLLERT = "ikke_kontrollert"
LIVE_COLUMNS = (*BUCKETS, IKKE_KONTROLLERT)
COLUMN_NAMES = {**BUCKET_NAMES, IKKE_KONTROLLERT: "Ikke kontrollert"}
ALL_TENANTS = "alle"


@dataclass
class Outcome:
    """What happened to one mail, in the terms of the treffsikkerhet buckets."""

    day: str  # ISO date the mail belongs to
    tenant: str
    bucket: str  # one of LIVE_COLUMNS
    model_version: str = ""
    leak: bool = False  # archived and leaks screened information
    archived: bool = False
    fields_right: dict[str, bool] = field(default_factory=dict)  # per FIELDS, only when archived and checked
    label_category: str | None = None  # for the confusion table (None: unknown)
    predicted_category: str | None = None


@dataclass
class Group:
    """Counts for one group of outcomes."""

    n: int = 0
    counts: Counter = field(default_factory=Counter)
    leaks: int = 0
    archived: int = 0
    field_checked: Counter = field(default_factory=Counter)
    field_right: Counter = field(default_factory=Counter)
    versions: Counter = field(default_factory=Counter)

    def add(self, o: Outcome) -> None:
        self.n += 1
        self.counts[o.bucket] += 1
        self.leaks += int(o.leak)
        self.archived += int(o.archived)
        for name, right in o.fields_right.items():
            self.field_checked[name] += 1
            self.field_right[name] += int(right)
        if o.model_version:
            self.versions[o.model_version] += 1

    def percent(self, key: str) -> float:
        if not self.n:
            return 0.0
        if key == "totalt_riktig":
            return 100.0 * (self.counts["riktig_tolket"] + self.counts["riktig_utenfor_scope"]) / self.n
        return 100.0 * self.counts[key] / self.n

    def to_dict(self, columns: Sequence[str]) -> dict[str, Any]:
        return {
            "n": self.n,
            "counts": {c: self.counts[c] for c in columns},
            "percent": {c: round(self.percent(c), 2) for c in (*columns, "totalt_riktig")},
            "skjerming_leaks": self.leaks,
            "archived": self.archived,
            "field_accuracy": {
                f: (round(100.0 * self.field_right[f] / self.field_checked[f], 2) if self.field_checked[f] else None)
                for f in FIELDS
            },
            "model_version": self.versions.most_common(1)[0][0] if self.versions else "",
        }


def build_report(outcomes: Iterable[Outcome], *, kind: str, title: str,
                 generated: datetime | None = None) -> dict[str, Any]:
    """The report dictionary (see docs/eval.md for its layout).

    ``kind`` is ``"replay"`` (four buckets) or ``"live"`` (plus the ``ikke_kontrollert`` column).
    Percentages are of all mail in the group, so the columns add to 100 %.
    """
    columns = LIVE_COLUMNS if kind == "live" else BUCKETS
    overall, by_tenant = Group(), defaultdict(Group)
    by_day, by_day_tenant = defaultdict(Group), defaultdict(Group)
    confusion: Counter = Counter()
    for o in outcomes:
        if o.bucket not in columns:
            raise ValueError(f"ukjent kolonne {o.bucket!r} for rapport av typen {kind}")
        overall.add(o)
        by_tenant[o.tenant].add(o)
        by_day[o.day].add(o)
        by_day_tenant[(o.day, o.tenant)].add(o)
        if o.label_category is not None and o.label_category != o.predicted_category:
            confusion[(o.label_category, o.predicted_category)] += 1
    days = []
    for day in sorted(by_day):
        tenants = {t: g.to_dict(columns) for (d, t), g in sorted(by_day_tenant.items()) if d == day}
        days.append({"day": day, "overall": by_day[day].to_dict(columns), "tenants": tenants})
    return {
        "title": title,
        "kind": kind,
        "generated": (generated or datetime.now(UTC)).isoformat(timespec="seconds"),
        "columns": list(columns),
        "column_names": {c: COLUMN_NAMES[c] for c in (*columns, "totalt_riktig")},
        "overall": overall.to_dict(columns),
        "tenants": {t: g.to_dict(columns) for t, g in sorted(by_tenant.items())},
        "days": days,
        "model_changes": model_changes(days),
        "confusion": [{"label": a, "predicted": b, "n": n}
                      for (a, b), n in sorted(confusion.items(), key=lambda kv: (-kv[1], kv[0][0], str(kv[0][1])))],
    }


def model_changes(days: Sequence[dict[str, Any]], tenant: str | None = None) -> list[dict[str, str]]:
    """The days on which the model version differs from the day before (the first day included)."""
    changes, last = [], None
    for d in days:
        group = d["overall"] if tenant in (None, ALL_TENANTS) else d["tenants"].get(tenant)
        version = (group or {}).get("model_version") or ""
        if version and version != last:
            changes.append({"day": d["day"], "model_version": version})
            last = version
    return changes


def series(report: dict[str, Any], tenant: str | None = None) -> list[dict[str, Any]]:
    """Per-day groups for one tenant (or all), skipping days that tenant had no mail."""
    out = []
    for d in report["days"]:
        group = d["overall"] if tenant in (None, ALL_TENANTS) else d["tenants"].get(tenant)
        if group and group["n"]:
            out.append({"day": d["day"], **group})
    return out


def csv_rows(report: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per day and tenant, plus the day's total under tenant ``alle``."""
    rows = []
    for d in report["days"]:
        for tenant, group in [*d["tenants"].items(), (ALL_TENANTS, d["overall"])]:
            row = {"dag": d["day"], "kommune": tenant, "n": group["n"]}
            row.update({f"{c}_prosent": group["percent"][c] for c in (*report["columns"], "totalt_riktig")})
            row.update({"skjermingslekkasjer": group["skjerming_leaks"], "modellversjon": group["model_version"]})
            rows.append(row)
    return rows


def to_csv(report: dict[str, Any]) -> str:
    rows = csv_rows(report)
    buf = io.StringIO()
    columns = ["dag", "kommune", "n", *(f"{c}_prosent" for c in (*report["columns"], "totalt_riktig")),
               "skjermingslekkasjer", "modellversjon"]
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def to_json(report: dict[str, Any]) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


def write_report_files(report: dict[str, Any], out_dir: Path) -> dict[str, Path]:
    """Write report.json, report.csv, chart.png and report.html into ``out_dir``."""
    from eval.chart import render_chart
    from eval.html import render_html

    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {"json": out_dir / "report.json", "csv": out_dir / "report.csv",
             "chart": out_dir / "chart.png", "html": out_dir / "report.html"}
    paths["json"].write_text(to_json(report), encoding="utf-8")
    paths["csv"].write_text(to_csv(report), encoding="utf-8")
    paths["chart"].write_bytes(render_chart(report))
    paths["html"].write_text(render_html(report, chart_src=paths["chart"].name), encoding="utf-8")
    return paths
