"""The static HTML report (bokmål): tables of the report dictionary and the chart PNG beside it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from eval.metrics import FIELDS

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
FIELD_NAMES = {
    "category": "Kategori", "enhet": "Enhet", "klasse": "Klasse", "journalposttype": "Journalposttype",
    "skjerming": "Skjerming", "sak": "Sak", "avsender.epost": "Avsender e-post", "avsender.orgnr": "Avsender orgnr",
}


def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATE_DIR)), autoescape=select_autoescape(["html"]))
    env.filters["pct"] = pct
    env.filters["norsk_dato"] = norsk_dato
    return env


def pct(value: float | None) -> str:
    """``67.06`` -> ``67,06 %`` (Norwegian decimal comma); None -> a dash."""
    if value is None:
        return "–"
    return f"{value:.2f}".replace(".", ",") + " %"


def norsk_dato(day: str) -> str:
    parts = day.split("-")
    return f"{parts[2]}.{parts[1]}.{parts[0]}" if len(parts) == 3 else day


def render_html(report: dict[str, Any], *, chart_src: str) -> str:
    """The report page; ``chart_src`` is the chart's URL or file name relative to the page."""
    return environment().get_template("report.html").render(
        report=report, chart_src=chart_src, fields=FIELDS, field_names=FIELD_NAMES)
