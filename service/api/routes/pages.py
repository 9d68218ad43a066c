"""Pages for the dokumentsenter.  Jinja2 autoescapes everything a mail contributes."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from classifier.policy import REASONS as MODEL_REASONS
from service.api.app import TEMPLATES
from service.api.deps import get_session
from service.models import Mail, MailState
from service.pipeline import REASONS as PIPELINE_REASONS

router = APIRouter(include_in_schema=False)


def explain(reason: str | None) -> str:
    if not reason:
        return ""
    words = []
    for code in reason.split(","):
        key = code.split(":", 1)[0].strip()
        words.append(MODEL_REASONS.get(key) or PIPELINE_REASONS.get(key) or code)
    return " ".join(words)


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, s: Annotated[Session, Depends(get_session)]) -> HTMLResponse:
    counts = {state.value: n for state, n in s.execute(select(Mail.state, func.count()).group_by(Mail.state))}
    waiting = list(
        s.scalars(select(Mail).where(Mail.state.in_([MailState.left, MailState.failed]))
                  .order_by(Mail.id.desc()).limit(200))
    )
    archived = list(s.scalars(select(Mail).where(Mail.state == MailState.archived).order_by(Mail.id.desc()).limit(50)))
    return TEMPLATES.TemplateResponse(
        request, "overview.html",
        {"counts": counts, "waiting": waiting, "archived": archived, "explain": explain,
         "states": [st.value for st in MailState]},
    )
