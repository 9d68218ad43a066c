"""The hypercare dashboard: live treffsikkerhet per day and kommune, from the reviewers' verdicts.

``/dashboard`` is the page; ``/dashboard/chart.png``, ``/dashboard/rapport.json`` and
``/dashboard/rapport.csv`` serve the same figures (same ``kommune``/``fra``/``til`` filters).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from eval.chart import render_chart
from eval.html import FIELD_NAMES, norsk_dato, pct
from eval.live import live_report
from eval.metrics import FIELDS
from eval.report import to_csv
from service.api.app import TEMPLATES
from service.api.deps import get_runtime, get_session
from service.models import Mail
from service.runtime import Runtime

router = APIRouter(include_in_schema=False)


def parse_day(value: str | None, name: str) -> date | None:
    """An ISO date from the filter form; an empty field means no limit."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"ugyldig dato i «{name}»: bruk ÅÅÅÅ-MM-DD") from None


class Filters:
    def __init__(
        self,
        kommune: Annotated[str | None, Query(max_length=64)] = None,
        fra: Annotated[str | None, Query(max_length=10)] = None,
        til: Annotated[str | None, Query(max_length=10)] = None,
    ) -> None:
        self.kommune = kommune or None
        self.fra = parse_day(fra, "fra")
        self.til = parse_day(til, "til")

    def query(self) -> str:
        params = {k: v for k, v in (("kommune", self.kommune), ("fra", self.fra), ("til", self.til)) if v}
        return urlencode({k: str(v) for k, v in params.items()})


def report_for(s: Session, rt: Runtime, f: Filters) -> dict[str, Any]:
    return live_report(s, rt.scope, tenant=f.kommune, since=f.fra, until=f.til)


@router.get("/dashboard", response_class=HTMLResponse)
def dashboard(request: Request, s: Annotated[Session, Depends(get_session)],
              rt: Annotated[Runtime, Depends(get_runtime)], f: Annotated[Filters, Depends()]) -> HTMLResponse:
    report = report_for(s, rt, f)
    tenants = sorted({*rt.scope.tenants, *(t for t in s.scalars(select(Mail.tenant).distinct()) if t)})
    q = f.query()
    return TEMPLATES.TemplateResponse(request, "dashboard.html", {
        "report": report, "filters": f, "tenants": tenants, "fields": FIELDS, "field_names": FIELD_NAMES,
        "pct": pct, "norsk_dato": norsk_dato, "chart_url": "/dashboard/chart.png" + (f"?{q}" if q else ""),
        "query": q,
    })


@router.get("/dashboard/chart.png")
def chart(s: Annotated[Session, Depends(get_session)], rt: Annotated[Runtime, Depends(get_runtime)],
          f: Annotated[Filters, Depends()]) -> Response:
    png = render_chart(report_for(s, rt, f), f.kommune)
    return Response(png, media_type="image/png", headers={"Cache-Control": "no-store"})


@router.get("/dashboard/rapport.json")
def report_json(s: Annotated[Session, Depends(get_session)], rt: Annotated[Runtime, Depends(get_runtime)],
                f: Annotated[Filters, Depends()]) -> JSONResponse:
    return JSONResponse(report_for(s, rt, f))


@router.get("/dashboard/rapport.csv")
def report_csv(s: Annotated[Session, Depends(get_session)], rt: Annotated[Runtime, Depends(get_runtime)],
               f: Annotated[Filters, Depends()]) -> Response:
    return Response(to_csv(report_for(s, rt, f)), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="treffsikkerhet.csv"'})
