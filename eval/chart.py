"""The hypercare chart: stacked daily bars of the buckets, totalt riktig as a line, model changes marked.

Renders with matplotlib's Agg backend into PNG bytes; nothing is shown on screen.
"""

from __future__ import annotations

import io
from typing import Any

import matplotlib

matplotlib.use("Agg")
from matplotlib.figure import Figure

from eval.report import ALL_TENANTS, COLUMN_NAMES, model_changes, series

COLOURS = {
    "riktig_tolket": "#2e7d32",
    "riktig_utenfor_scope": "#81c784",
    "ikke_gjenkjent": "#f9a825",
    "feiltolkning": "#c62828",
    "ikke_kontrollert": "#b0bec5",
}
LINE_COLOUR = "#123b5d"


def short_version(version: str, width: int = 22) -> str:
    """A model version short enough for a chart label (the tail carries the retrain step)."""
    return version if len(version) <= width else "…" + version[-(width - 1):]


def render_chart(report: dict[str, Any], tenant: str | None = None, *, dpi: int = 110) -> bytes:
    """PNG bytes of the chart for one tenant (or all, ``None``/``"alle"``)."""
    days = series(report, tenant)
    columns = report["columns"]
    width = max(6.5, min(16.0, 2.5 + 0.6 * len(days)))
    fig = Figure(figsize=(width, 4.6), dpi=dpi)
    ax = fig.add_subplot()
    label = "alle kommuner" if tenant in (None, ALL_TENANTS) else tenant
    fig.suptitle(f"Treffsikkerhet per dag – {label}", fontsize=11, y=0.98)
    if not days:
        ax.text(0.5, 0.5, "Ingen meldinger i perioden", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return _png(fig)
    xs = list(range(len(days)))
    bottom = [0.0] * len(days)
    for column in columns:
        values = [d["percent"][column] for d in days]
        ax.bar(xs, values, bottom=bottom, color=COLOURS[column], width=0.7, label=COLUMN_NAMES[column])
        bottom = [b + v for b, v in zip(bottom, values)]
    ax.plot(xs, [d["percent"]["totalt_riktig"] for d in days], color=LINE_COLOUR, marker="o", linewidth=2,
            label=COLUMN_NAMES["totalt_riktig"])
    index = {d["day"]: i for i, d in enumerate(days)}
    all_changes = model_changes(report["days"], tenant)
    changes = all_changes[1:]  # the first day is no change
    labels = [change_label(c["model_version"], p["model_version"]) for p, c in zip(all_changes, changes)]
    for change, text in zip(changes, labels):
        if change["day"] in index:
            x = index[change["day"]] - 0.5
            ax.axvline(x, color="#555555", linestyle="--", linewidth=0.9)
            ax.text(x, 104, text, rotation=90 if len(text) > 5 else 0, fontsize=7, va="bottom", ha="center",
                    color="#333333")
    if all_changes:
        fig.text(0.5, 0.915, f"Modell ved start: {all_changes[0]['model_version']}", ha="center", fontsize=7.5,
                 color="#555555")
    ax.set_ylim(0, 103)
    ax.set_yticks(range(0, 101, 20))
    ax.set_xlim(-0.6, len(days) - 0.4)
    ax.set_ylabel("% av meldingene")
    ax.set_xticks(xs)
    ax.set_xticklabels([_day_label(d["day"]) for d in days], rotation=45 if len(days) > 8 else 0, fontsize=8)
    for x, d in zip(xs, days):
        ax.text(x, 1.5, f"n={d['n']}", ha="center", va="bottom", fontsize=6.5, color="white")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.17), ncol=3, fontsize=8, frameon=False)
    long_labels = any(len(t) > 5 for t in labels)
    fig.subplots_adjust(bottom=0.26, top=0.7 if long_labels else 0.84)
    return _png(fig)


def change_label(version: str, previous: str) -> str:
    """``+r3`` when only the retrain step changed, otherwise the (shortened) new version."""
    base = version.split("+", 1)[0]
    if "+" in version and previous.split("+", 1)[0] == base:
        return version[len(base):]
    return short_version(version)


def _day_label(day: str) -> str:
    parts = day.split("-")
    return f"{parts[2]}.{parts[1]}." if len(parts) == 3 else day


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()
