from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text

router = APIRouter()


@router.get("/health")
def health(request: Request) -> JSONResponse:
    rt = request.app.state.runtime
    worker = request.app.state.worker
    problems: dict[str, str] = {}
    try:
        with rt.db.session() as s:
            s.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - reported, not raised
        problems["database"] = type(exc).__name__
    try:
        rt.archive.health()
    except Exception as exc:  # noqa: BLE001
        problems["arkiv"] = str(exc)
    if worker is not None:
        problems.update({f"innboks:{k}": v for k, v in worker.source_errors.items()})
    body = {"status": "ok" if not problems else "feil", "modell": rt.model.model_version,
            "problemer": problems}
    return JSONResponse(body, status_code=200 if "database" not in problems else 503)
