"""The FastAPI application: JSON API under /api, bokmål pages for people."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.templating import Jinja2Templates

from service.runtime import Runtime

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).resolve().parent.parent / "templates"))


def create_app(runtime: Runtime, *, worker=None) -> FastAPI:
    from service.api.routes import dashboard, health, mails, pages, reviews

    app = FastAPI(title="postmottak", version="0.1.0")
    app.state.runtime = runtime
    app.state.worker = worker
    app.include_router(health.router)
    app.include_router(mails.router, prefix="/api")
    app.include_router(pages.router)
    app.include_router(reviews.router, prefix="/api")
    app.include_router(dashboard.router)
    return app
